using Remiss.Cli.Pages;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss new --from FILE</c>: reads a remiss page or missive (Core's <see cref="ReferralPage"/>), prints what
/// it found and what it did not, and fills the values into the file <c>remiss new</c> writes.
/// </summary>
internal static class NewFromPage
{
    /// <summary>
    /// Reads <paramref name="from"/> (a path, or <c>-</c> for <paramref name="standardInput"/>) and writes the file;
    /// <paramref name="given"/> holds what the command line said, which wins over the page.
    /// </summary>
    public static int Run(CliEnvironment env, string from, NewFileValues given, string? output, OrganisationFinder organisations, Func<Stream> standardInput)
    {
        if (from != "-" && !File.Exists(from))
        {
            throw new UsageException(Directory.Exists(from)
                ? $"'{from}' är en mapp. Ange remissidan som fil (text, Markdown, HTML eller PDF), eller '-' för standard in."
                : $"'{from}' finns inte. Ange remissidan som fil (text, Markdown, HTML eller PDF), eller '-' för standard in.");
        }

        var source = PageInput.Read(from, standardInput, out var failure);
        if (source is null)
        {
            return Refuse(env, [failure!]);
        }

        var page = ReferralPage.Read(source.Lines, source.DisplayPath);
        if (page.HasErrors)
        {
            return Refuse(env, page.Diagnostics);
        }

        var values = Values(page, given, source);
        var path = output ?? NewCommand.DefaultFileName(values);
        NewCommand.CheckExtension(path);

        Print(env, source, page);
        var organisation = organisations(path);
        if (organisation is { File: { } organisationFile })
        {
            var match = page.FindConsultedBody(organisationFile.Name);
            values = values with { Notes = With(values.Notes, "remiss.consulted_bodies", match.Sentence) };
            env.Out.WriteLine(match.Sentence);
        }

        foreach (var diagnostic in organisation?.Diagnostics ?? [])
        {
            env.Out.WriteLine(diagnostic); // an organisation file with errors: said here, fixed with 'remiss check'
        }

        foreach (var diagnostic in page.Diagnostics)
        {
            env.Out.WriteLine(diagnostic);
        }

        return NewCommand.Write(env, path, values, organisation?.Path);
    }

    private static int Refuse(CliEnvironment env, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            env.Out.WriteLine(diagnostic);
        }

        env.Error.WriteLine("remiss: ingen remissfil skrevs.");
        return ExitCodes.Errors;
    }

    private static NewFileValues Values(ReferralPageResult page, NewFileValues given, PageSource source)
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

    private static IReadOnlyDictionary<string, IReadOnlyList<string>> With(IReadOnlyDictionary<string, IReadOnlyList<string>> notes, string key, string note)
    {
        var copy = notes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        copy[key] = [.. copy.GetValueOrDefault(key) ?? [], note];
        return copy;
    }

    /// <summary>What was found, one value a line with the line of the page it came from.</summary>
    private static void Print(CliEnvironment env, PageSource source, ReferralPageResult page)
    {
        env.Out.WriteLine($"Läste {source.DisplayPath} ({source.Format}):");
        Row("titel", page.Title is { } title ? $"{title.Value}{At(title.Line)}" : null);
        Row("slag", page.Kind is { } kind ? RemissSchema.KindName(kind.Value) : null);
        Row("nummer", page.Number is { } number ? $"{number.Value.Text}{At(number.Line)}" : null);
        Row("departement", page.Department is { } department
            ? $"{department.Value}{(page.DepartmentFromDnr ? $" (av diarienumrets prefix, rad {department.Line})" : At(department.Line))}"
            : null);
        Row("diarienummer", page.DepartmentDnr is { } dnr
            ? $"{dnr.Value.Text}{At(dnr.Line)}{(page.OtherDnrs.IsEmpty ? string.Empty : $"; också {SwedishText.JoinList(page.OtherDnrs.Select(d => d.Value.Text))}")}"
            : null);
        Row("svarstid", page.Deadline is { } deadline
            ? page.ExtendedFrom is { } original
                ? $"{original.Value}{At(original.Line)}, förlängd till {deadline.Value}{At(deadline.Line)}"
                : $"{deadline.Value}{At(deadline.Line)}"
            : null);
        Row("remissinstanser", page.ConsultedBodies.IsEmpty ? null : $"{page.ConsultedBodies.Count} st. (från rad {page.ConsultedBodies[0].Line})");
        // The addresses are optional in the file: said when found, not listed as missing.
        if (page.ReplyTo is { } to)
        {
            Row("svar till", $"{to.Value}{At(to.Line)}");
        }

        if (!page.ReplyCc.IsEmpty)
        {
            Row("kopia till", $"{SwedishText.JoinList(page.ReplyCc.Select(c => c.Value))}{At(page.ReplyCc[0].Line)}");
        }

        void Row(string label, string? value) => env.Out.WriteLine($"  {label + ":",-17}{value ?? "hittades inte"}");

        static string At(int line) => $" (rad {line})";
    }
}
