using Remiss.Cli.Pages;
using Remiss.Cli.Schema;
using Remiss.Core;
using Remiss.Templates;

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

        var bytes = PageInput.ReadBytes(from, standardInput, out var failure);
        if (bytes is null)
        {
            return Refuse(env, [failure!]);
        }

        FoundOrganisation? organisation = null;
        var made = NewRemiss.Create(bytes, PageInput.DisplayName(from), given, output, JsonSchemaFile.Remiss.FileName, path =>
        {
            organisation = organisations(path);
            return (organisation is not null, organisation?.File?.Name);
        });
        if (made.Failed)
        {
            return Refuse(env, made.Diagnostics);
        }

        var path = made.FileName!;
        NewCommand.CheckExtension(path);

        Print(env, made.Source!, made.Page!);
        if (organisation is { File: not null } && made.Values!.Notes.GetValueOrDefault("remiss.consulted_bodies") is [.., var sentence])
        {
            env.Out.WriteLine(sentence);
        }

        foreach (var diagnostic in organisation?.Diagnostics ?? [])
        {
            env.Out.WriteLine(diagnostic); // an organisation file with errors: said here, fixed with 'remiss check'
        }

        foreach (var diagnostic in made.Diagnostics)
        {
            env.Out.WriteLine(diagnostic);
        }

        return NewCommand.Write(env, path, made.Text!, organisation?.Path);
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
