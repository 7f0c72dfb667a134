using System.Text;
using Remiss.Core;

namespace Remiss.Templates;

/// <summary>What a page was read from and as.</summary>
/// <param name="DisplayPath">The path as the user gave it, or <c>stdin</c>; diagnostics name it.</param>
/// <param name="Format">How it was read: text, Markdown, HTML or PDF.</param>
/// <param name="Lines">The page's lines with their place in the input.</param>
internal sealed record PageSource(string DisplayPath, string Format, IReadOnlyList<PageLine> Lines);

/// <summary>A new remiss file: its name and text, or the diagnostics that say why there is none.</summary>
/// <param name="FileName">The name <c>remiss new</c> gives it (<c>sou-2024-72.remiss.yaml</c>), unless one was asked for.</param>
/// <param name="Text">The commented file to fill in.</param>
/// <param name="Values">What went into it.</param>
/// <param name="Page">What the page said, when made from one.</param>
/// <param name="Source">The page as read, when made from one.</param>
/// <param name="Diagnostics">The page's findings (warnings), or the errors that stopped it.</param>
internal sealed record NewRemissResult(string? FileName, string? Text, NewFileValues? Values, ReferralPageResult? Page, PageSource? Source, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no file can be made (the page could not be read or has errors).</summary>
    public bool Failed => Text is null;
}

/// <summary>
/// <c>remiss new</c> as one use case, for the command line and the desk's <c>POST /api/v1/files</c>: a department's
/// saved remiss page or missive (HTML, text, Markdown or PDF, by its bytes) or nothing, read into the values of a new
/// file, named as <c>new</c> names it, and rendered as the commented template. Writing it (never over a file) is the host's.
/// </summary>
internal static class NewRemiss
{
    /// <summary>
    /// The new file. <paramref name="page"/> is the page's bytes (null for an empty form), <paramref name="pageName"/> the
    /// name it is shown and sniffed by; <paramref name="given"/> wins over the page; <paramref name="fileName"/> overrides the
    /// name; <paramref name="organisationName"/> is called with the chosen name and answers the organisation that applies to it
    /// (its name, or null when none), so the file leaves <c>case.organisation</c> to it and notes whether the page consults it.
    /// </summary>
    public static NewRemissResult Create(byte[]? page, string pageName, NewFileValues given, string? fileName, string schemaReference,
        Func<string, (bool Applies, string? Name)> organisationName)
    {
        ReferralPageResult? read = null;
        PageSource? source = null;
        var values = given;
        if (page is not null)
        {
            source = ReadPage(page, pageName, out var failure);
            if (source is null)
            {
                return new NewRemissResult(null, null, null, null, null, [failure!]);
            }

            read = ReferralPage.Read(source.Lines, source.DisplayPath);
            if (read.HasErrors)
            {
                return new NewRemissResult(null, null, null, read, source, read.Diagnostics);
            }

            values = FromPage(read, given, source);
        }

        var name = fileName ?? FileName(values);
        var (applies, organisation) = organisationName(name);
        if (read is not null && organisation is not null)
        {
            values = values with { Notes = With(values.Notes, "remiss.consulted_bodies", read.FindConsultedBody(organisation).Sentence) };
        }

        var text = NewFileTemplate.Render(values, schemaReference, organisationApplies: applies);
        return new NewRemissResult(name, text, values, read, source, read?.Diagnostics ?? []);
    }

    /// <summary>A page's bytes as lines: PDF by its bytes (pdftotext), HTML by name or first tag, else text or Markdown.</summary>
    public static PageSource? ReadPage(byte[] bytes, string path, out Diagnostic? failure)
    {
        failure = null;
        if (bytes.Length > ReferralPage.MaxBytes)
        {
            failure = DiagnosticDescriptors.PageNotText.Create(path, SourceSpan.Start, $"{bytes.Length} byte, mer än gränsen {ReferralPage.MaxBytes} byte");
            return null;
        }

        if (PdfPageText.Looks(bytes))
        {
            var pdfText = PdfPageText.Text(bytes, path, out failure);
            return pdfText is null ? null : new PageSource(path, "PDF", PageLine.Split(pdfText));
        }

        var text = ReferralPage.DecodeText(bytes, path, out failure);
        if (text is null)
        {
            return null;
        }

        if (HtmlPageText.Looks(path, text))
        {
            return new PageSource(path, "HTML", HtmlPageText.Lines(text));
        }

        var extension = Path.GetExtension(path);
        var markdown = extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase);
        return new PageSource(path, markdown ? "Markdown" : "text", PageLine.Split(text));
    }

    /// <summary><c>sou-2024-72.remiss.yaml</c> from the number, else from the title, else <c>ny.remiss.yaml</c>.</summary>
    public static string FileName(NewFileValues values)
    {
        var source = values.Number ?? values.Title ?? "ny";
        var slug = new StringBuilder();
        foreach (var c in source.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var name = OutputNames.Shorten(slug.ToString().Trim('-'), 60).TrimEnd('…', '-');
        return (name.Length == 0 ? "ny" : name) + RemissFile.FileExtension;
    }

    /// <summary>The values a page gives, <paramref name="given"/> winning over it; keys it did not give marked missing.</summary>
    public static NewFileValues FromPage(ReferralPageResult page, NewFileValues given, PageSource source)
    {
        var notes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        // The format keeps the original deadline and lists extensions; the page's later date is the effective deadline.
        var extended = page.ExtendedFrom is not null && given.Deadline is null;
        if (extended)
        {
            notes["remiss.extensions"] = ["Departementet har förlängt remisstiden för alla remissinstanser (enligt remissidan)."];
        }

        if (page.DepartmentFromDnr && given.Department is null)
        {
            notes["remiss.department"] = ["Departementet följer av diarienumrets prefix; kontrollera det mot missivet."];
        }

        if (!page.OtherDnrs.IsEmpty && given.DepartmentDnr is null)
        {
            notes["remiss.department_dnr"] = [$"Fler diarienummer på sidan: {SwedishText.JoinList(page.OtherDnrs.Select(d => d.Value.Text))}."];
        }

        if (page.SubjectInstruction is { } subject)
        {
            // The missive's own words for the subject line, beside the address the answer goes to; render prints the subject it makes.
            notes["remiss.reply_to"] = [$"Missivet (rad {subject.Line}): {subject.Value}"];
        }

        var missing = new HashSet<string>(StringComparer.Ordinal);
        var values = new NewFileValues(
            given.Number ?? Found(page.Number?.Value.Text, "remiss.number"),
            given.Title ?? Found(page.Title?.Value, "remiss.title"),
            given.Department ?? Found(page.Department?.Value, "remiss.department"),
            given.DepartmentDnr ?? Found(page.DepartmentDnr?.Value.Text, "remiss.department_dnr"),
            given.Deadline ?? (extended ? page.ExtendedFrom!.Value : page.Deadline?.Value))
        {
            ExtendedUntil = extended ? page.Deadline!.Value : null,
            // The page's phrase ("promemorian") knows the kind even without a number; a number given on the command line decides.
            Kind = given.Number is null && page.Kind is { } kind ? RemissSchema.KindName(kind.Value) : null,
            Header = [$"Skapad med 'remiss new --from' från {source.DisplayPath} ({source.Format}). Kontrollera värdena mot missivet."],
            Notes = notes,
            Lists = page.ConsultedBodies.IsEmpty
                ? new Dictionary<string, IReadOnlyList<NewFileItem>>()
                : new Dictionary<string, IReadOnlyList<NewFileItem>>
                {
                    ["remiss.consulted_bodies"] = page.ConsultedBodies.Select(b => new NewFileItem(b.Value.Name, b.Value.Limitation)).ToList(),
                },
            Missing = missing,
            NoComment = given.NoComment,
            ReplyTo = page.ReplyTo is { } to ? [to.Value] : [],
            ReplyCc = page.ReplyCc.Select(c => c.Value).ToList(),
        };
        if (values.Deadline is null)
        {
            missing.Add("remiss.deadline");
        }

        return values;

        string? Found(string? value, string key)
        {
            if (value is null)
            {
                missing.Add(key);
            }

            return value;
        }
    }

    /// <summary>A copy of <paramref name="notes"/> with <paramref name="note"/> added above <paramref name="key"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> With(IReadOnlyDictionary<string, IReadOnlyList<string>> notes, string key, string note)
    {
        var copy = notes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[key] = [.. copy.GetValueOrDefault(key) ?? [], note];
        return copy;
    }
}
