using System.CommandLine;
using System.Text;
using Remiss.Cli.Output;
using Remiss.Cli.Schema;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary><c>remiss new</c>: a commented remiss file to fill in; never overwrites.</summary>
internal static class NewCommand
{
    /// <summary>The schema file the new remiss file points its editor at, beside it.</summary>
    public const string SchemaFileName = "remiss.schema.json";

    public static Command Create(CliEnvironment env)
    {
        var number = new Option<string?>("--number") { Description = "Remissens nummer, t.ex. \"SOU 2024:72\" (ger också slaget: SOU → betänkande, Ds → promemoria)." };
        var title = new Option<string?>("--title") { Description = "Det remitterade dokumentets titel." };
        var department = new Option<string?>("--department") { Description = "Avsändande departement, t.ex. Socialdepartementet." };
        var departmentDnr = new Option<string?>("--department-dnr") { Description = "Departementets diarienummer, t.ex. S2024/02145." };
        var deadline = CommonOptions.Date("--deadline", "Svarstid (åååå-mm-dd).", "2025-03-10");
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
            number, title, department, departmentDnr, deadline, output, noComment,
        };
        command.SetAction(parse =>
        {
            var values = new NewFileValues(parse.GetValue(number), parse.GetValue(title), parse.GetValue(department), parse.GetValue(departmentDnr), parse.GetValue(deadline))
            {
                NoComment = parse.GetValue(noComment),
            };
            var path = parse.GetValue(output) ?? DefaultFileName(values);
            if (!path.EndsWith(RemissFiles.Extension, StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"'{path}' slutar inte på {RemissFiles.Extension}; remissfiler måste göra det för att hittas av 'remiss check' och editorn.");
            }

            // An organisation file above the new file names the organisation; the key stays as help, commented out.
            var organisation = OrganisationLocator.Find(path);
            var bytes = AtomicFile.Utf8.GetBytes(NewFileTemplate.Render(values, SchemaFileName, organisationApplies: organisation is not null));
            try
            {
                AtomicFile.Write(path, stream => stream.Write(bytes), overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                env.Error.WriteLine($"remiss: {path} finns redan och skrivs inte över. Välj ett annat namn med -o.");
                return ExitCodes.Errors;
            }

            env.Out.WriteLine($"Skapade {path}");
            if (organisation is not null)
            {
                env.Out.WriteLine($"Organisationsfilen {Path.GetRelativePath(Environment.CurrentDirectory, organisation)} gäller för filen: organisationens namn, organ (id eller namn i decision.path) och undertecknare hämtas därifrån.");
            }

            var schemaPath = Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, SchemaFileName);
            if (!File.Exists(schemaPath))
            {
                // The file's first line points at this schema; write it once so the editor helps at once.
                JsonSchemaFile.Remiss.WriteFile(schemaPath);
                env.Out.WriteLine($"Skapade {schemaPath} (för hjälp i editorn)");
            }

            env.Out.WriteLine($"Fyll i filen och kontrollera den med: remiss check \"{path}\"");
            return ExitCodes.Success;
        });
        return command;
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

/// <summary>What <c>remiss new</c> was told.</summary>
internal sealed record NewFileValues(string? Number, string? Title, string? Department, string? DepartmentDnr, CalendarDate? Deadline)
{
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
