namespace Remiss.Core;

/// <summary>
/// Reads a department's remiss page (saved from regeringen.se as text or Markdown, or HTML turned into text)
/// or a missive's text: the title, kind, number, department, the department's dnr, the deadline and the
/// consulted bodies, each with the line it came from, and a warning for each value not found. Pure text in,
/// values out: no files, no network; never throws.
/// </summary>
public static class ReferralPage
{
    /// <summary>Larger inputs are refused (a saved remiss page is well under a megabyte, even as HTML).</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>Reads the page from its text; <paramref name="filePath"/> names it in diagnostics.</summary>
    public static ReferralPageResult Read(string text, string filePath) => Read(PageLine.Split(text), filePath);

    /// <summary>
    /// Reads the page from lines that carry their place in the source (for text taken out of HTML, the
    /// HTML file's lines), so findings point where the user can look.
    /// </summary>
    public static ReferralPageResult Read(IEnumerable<PageLine> lines, string filePath)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            var page = PageText.From(lines);
            if (page.Lines.All(l => l.Text.Length == 0))
            {
                return Failed(DiagnosticDescriptors.PageEmpty.Create(filePath, SourceSpan.Start));
            }

            return Recognise(page, filePath, diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A regex timeout on a pathological page, or a bug of ours: a located error, never a crash.
            return Failed(DiagnosticDescriptors.InternalError.Create(filePath, SourceSpan.Start, e.GetType().Name + ": " + e.Message));
        }
    }

    /// <summary>
    /// The text of a saved page's bytes (UTF-8, with or without BOM), or null and the error that says why not:
    /// larger than <see cref="MaxBytes"/>, binary (a NUL byte: an image, a Word file …), or not UTF-8.
    /// </summary>
    public static string? DecodeText(byte[] bytes, string filePath, out Diagnostic? failure)
    {
        failure = null;
        if (bytes.Length > MaxBytes)
        {
            failure = DiagnosticDescriptors.PageNotText.Create(filePath, SourceSpan.Start, $"{bytes.Length} byte, mer än gränsen {MaxBytes} byte");
            return null;
        }

        var hasBom = bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));
        if (!hasBom && Array.IndexOf(bytes, (byte)0) >= 0)
        {
            failure = DiagnosticDescriptors.PageNotText.Create(filePath, SourceSpan.Start, "den innehåller binära data, t.ex. en bild eller ett Word-dokument");
            return null;
        }

        var text = SourceText.Decode(bytes, out var problem, out var span);
        if (text is null)
        {
            failure = DiagnosticDescriptors.NotUtf8.Create(filePath, span, problem);
        }

        return text;
    }

    private static ReferralPageResult Recognise(PageText page, string filePath, List<Diagnostic> diagnostics)
    {
        var title = PageTitle.Read(page);
        var deadline = PageDeadline.Read(page, filePath, diagnostics);
        var dnrs = PageDnr.Read(page);
        var bodies = PageBodies.Read(page);
        var reply = PageReply.Read(page);

        var dnr = dnrs.Count > 0 ? dnrs[0] : null;
        if (dnr is { Colon: true })
        {
            diagnostics.Add(DiagnosticDescriptors.PageDnrColon.Create(filePath, SourceSpan.At(dnr.Line, 1), dnr.Written, dnr.Dnr.Text));
        }

        if (dnrs.Count > 1)
        {
            diagnostics.Add(DiagnosticDescriptors.PageSeveralDnrs.Create(filePath, SourceSpan.At(dnrs[1].Line, 1),
                SwedishText.JoinList(dnrs.Select(d => d.Dnr.Text)), dnr!.Dnr.Text));
        }

        var department = deadline.Department;
        var fromDnr = false;
        var ofPrefix = dnr is { Dnr: { Prefix: { } prefix, Year: { } year } } ? DepartmentDnr.DepartmentOf(prefix, year) : null;
        if (department is null && ofPrefix is not null)
        {
            department = new PageValue<string>(ofPrefix, dnr!.Line);
            fromDnr = true;
        }
        else if (department is not null && ofPrefix is not null && !string.Equals(department.Value, ofPrefix, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticDescriptors.PageDepartmentMismatch.Create(filePath, SourceSpan.At(department.Line, 1), department.Value, dnr!.Dnr.Text, ofPrefix));
        }

        if (title.Title is null && title.Number is null && dnr is null && deadline.Deadline is null)
        {
            diagnostics.Add(DiagnosticDescriptors.PageNotReferral.Create(filePath, SourceSpan.Start));
        }
        else
        {
            NotFound(title.Title, "ingen titel", "remiss.title", "den står i sidans rubrik, t.ex. 'Remiss av betänkandet … (SOU 2024:72)'.");
            NotFound(title.Number, "inget nummer (t.ex. SOU 2024:72 eller Ds 2025:5)", "remiss.number", "har dokumentet inget nummer, låt nyckeln vara bortkommenterad.");
            NotFound(department, "inget departement", "remiss.department", "det står i missivet, t.ex. Socialdepartementet.");
            NotFound(dnr, "inget diarienummer", "remiss.department_dnr", "det står i missivet, t.ex. S2024/02145.");
            NotFound(deadline.Deadline, "ingen svarstid", "remiss.deadline", "den står i missivet, oftast som 'Remissvaren ska ha kommit in till … senast den …' (skriv åååå-mm-dd).");
        }

        return new ReferralPageResult
        {
            Title = title.Title,
            Kind = title.Kind,
            Number = title.Number,
            Department = department,
            DepartmentFromDnr = fromDnr,
            DepartmentDnr = dnr is null ? null : new PageValue<DepartmentDnr>(dnr.Dnr, dnr.Line),
            OtherDnrs = dnrs.Skip(1).Select(d => new PageValue<DepartmentDnr>(d.Dnr, d.Line)).ToEquatableArray(),
            Deadline = deadline.Deadline,
            ExtendedFrom = deadline.ExtendedFrom,
            ConsultedBodies = bodies,
            ReplyTo = reply.To,
            ReplyCc = reply.Cc,
            SubjectInstruction = reply.SubjectInstruction,
            Diagnostics = diagnostics.OrderBy(d => d.IsError ? 0 : 1).ThenBy(d => d.Line).ToEquatableArray(),
        };

        void NotFound(object? value, string what, string key, string hint)
        {
            if (value is null)
            {
                diagnostics.Add(DiagnosticDescriptors.PageValueNotFound.Create(filePath, SourceSpan.Start, what, key, hint));
            }
        }
    }

    private static ReferralPageResult Failed(Diagnostic diagnostic) => new() { Diagnostics = EquatableArray.Create(diagnostic) };
}
