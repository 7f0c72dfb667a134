using System.CommandLine;
using System.Text;
using Remiss.Cli.Output;
using Remiss.Cli.Schema;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Commands;

/// <summary><c>remiss new</c>: a commented remiss file to fill in; never overwrites.</summary>
internal static class NewCommand
{
    public static Command Create(CliEnvironment env, OrganisationFinder? organisations = null, Func<Stream>? standardInput = null)
    {
        var number = new Option<string?>("--number") { Description = "Remissens nummer, t.ex. \"SOU 2024:72\" (ger också slaget: SOU → betänkande, Ds → promemoria)." };
        var title = new Option<string?>("--title") { Description = "Det remitterade dokumentets titel." };
        var department = new Option<string?>("--department") { Description = "Avsändande departement, t.ex. Socialdepartementet." };
        var departmentDnr = new Option<string?>("--department-dnr") { Description = "Departementets diarienummer, t.ex. S2024/02145." };
        var deadline = CommonOptions.Date("--deadline", "Svarstid (åååå-mm-dd).", "2025-03-10");
        var from = new Option<string?>("--from")
        {
            Description = "Läs titel, nummer, departement, diarienummer, svarstid och remissinstanser från remissens sida på regeringen.se "
                + "(sparad som text, Markdown eller HTML) eller från missivet som PDF (kräver pdftotext). '-' läser texten från standard in. "
                + "Värden som ges med de andra flaggorna gäller före sidans.",
            HelpName = "FILE",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Filen att skapa. Standard: namnet från numret (sou-2024-72.remiss.yaml) eller titeln.",
            HelpName = "FILE",
        };
        var noComment = new Option<bool>("--no-comment")
        {
            Description = "Inga synpunkter: yttrandet blir en mening och tjänsteutlåtandet får standardbedömningen (response.position: no-comment).",
        };
        var command = new Command("new", "Skapa en ny remissfil med alla nycklar och förklaringar att fylla i. Skriver aldrig över en befintlig fil.")
        {
            number, title, department, departmentDnr, deadline, from, output, noComment,
        };
        command.SetAction(parse =>
        {
            var values = new NewFileValues(parse.GetValue(number), parse.GetValue(title), parse.GetValue(department), parse.GetValue(departmentDnr), parse.GetValue(deadline))
            {
                NoComment = parse.GetValue(noComment),
            };
            if (parse.GetValue(from) is { } page)
            {
                return NewFromPage.Run(env, page, values, parse.GetValue(output), organisations ?? NewOrganisation.Nearest, standardInput ?? Console.OpenStandardInput);
            }

            var path = parse.GetValue(output) ?? DefaultFileName(values);
            CheckExtension(path);
            return Write(env, path, values, OrganisationLocator.Find(path));
        });
        return command;
    }

    /// <summary>Refuses a name the other commands would not find.</summary>
    public static void CheckExtension(string path)
    {
        if (!path.EndsWith(RemissFiles.Extension, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"'{path}' slutar inte på {RemissFiles.Extension}; remissfiler måste göra det för att hittas av 'remiss check' och editorn.");
        }
    }

    /// <summary>
    /// Writes the new file (never over an existing one) and, once per folder, the schema beside it.
    /// <paramref name="organisation"/> is the organisation file that applies, or null.
    /// </summary>
    public static int Write(CliEnvironment env, string path, NewFileValues values, string? organisation)
    {
        // An organisation file above the new file names the organisation; the key stays as help, commented out.
        var text = NewFileTemplate.Render(values, JsonSchemaFile.Remiss.FileName, organisationApplies: organisation is not null);
        if (!NewFile.Create(env, path, text, "Välj ett annat namn med -o."))
        {
            return ExitCodes.Errors;
        }

        if (organisation is not null)
        {
            env.Out.WriteLine($"Organisationsfilen {Path.GetRelativePath(Environment.CurrentDirectory, organisation)} gäller för filen: organisationens namn, organ (id eller namn i decision.path) och undertecknare hämtas därifrån.");
        }

        JsonSchemaFile.Remiss.WriteBeside(path, env);

        env.Out.WriteLine($"Fyll i filen och kontrollera den med: remiss check \"{path}\"");
        return ExitCodes.Success;
    }

    /// <summary><c>sou-2024-72.remiss.yaml</c> from the number, else from the title, else <c>ny.remiss.yaml</c>.</summary>
    public static string DefaultFileName(NewFileValues values)
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
        return (name.Length == 0 ? "ny" : name) + RemissFiles.Extension;
    }
}

/// <summary>What <c>remiss new</c> was told, or found on a remiss page.</summary>
internal sealed record NewFileValues(string? Number, string? Title, string? Department, string? DepartmentDnr, CalendarDate? Deadline)
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoNotes = [];
    private static readonly Dictionary<string, IReadOnlyList<NewFileItem>> NoLists = [];

    /// <summary>The kind, when known better than the number implies (a page's "promemorian"); else <see cref="ImpliedKind"/>.</summary>
    public string? Kind { get; init; }

    /// <summary>A granted extension of the deadline (the department's own, for every consulted body), or null.</summary>
    public CalendarDate? ExtendedUntil { get; init; }

    /// <summary>Comment lines written at the top of the file, after the standard ones.</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    /// <summary>Comment lines written above a key (by path, <c>remiss.department_dnr</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Notes { get; init; } = NoNotes;

    /// <summary>List values (by path, <c>remiss.consulted_bodies</c>), written as a block list with a comment per item.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<NewFileItem>> Lists { get; init; } = NoLists;

    /// <summary>Keys a page did not give: their help comment is marked so the officer sees what is left.</summary>
    public IReadOnlySet<string> Missing { get; init; } = new HashSet<string>();

    /// <summary>Where the answer is e-mailed (<c>remiss.reply_to</c>), from the missive; empty when unknown.</summary>
    public IReadOnlyList<string> ReplyTo { get; init; } = [];

    /// <summary>Who gets a copy (<c>remiss.reply_cc</c>), from the missive; empty when none.</summary>
    public IReadOnlyList<string> ReplyCc { get; init; } = [];

    /// <summary>"Inga synpunkter": <c>response.position: no-comment</c>, and no memo to fill in (ORGANISATION.md §6).</summary>
    public bool NoComment { get; init; }

    /// <summary>The kind the number implies: SOU → betänkande, Ds → promemoria.</summary>
    public string? ImpliedKind => Number is null ? null : DocumentNumber.Parse(Number).Series switch
    {
        DocumentSeries.Sou => "betänkande",
        DocumentSeries.Ds => "promemoria",
        _ => null,
    };
}

/// <summary>One item of a list value, with an optional comment after it.</summary>
internal sealed record NewFileItem(string Value, string? Comment);
