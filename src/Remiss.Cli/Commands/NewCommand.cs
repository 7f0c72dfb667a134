using System.CommandLine;
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

            string? organisation = null;
            var made = NewRemiss.Create(null, string.Empty, values, parse.GetValue(output), JsonSchemaFile.Remiss.FileName, path =>
            {
                organisation = OrganisationLocator.Find(path);
                return (organisation is not null, null);
            });
            CheckExtension(made.FileName!);
            return Write(env, made.FileName!, made.Text!, organisation);
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
    /// Writes the new file's <paramref name="text"/> (<see cref="NewRemiss.Create"/>; never over an existing file) and, once per
    /// folder, the schema beside it. <paramref name="organisation"/> is the organisation file that applies, or null.
    /// </summary>
    public static int Write(CliEnvironment env, string path, string text, string? organisation)
    {
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

    /// <summary><c>sou-2024-72.remiss.yaml</c> from the number, else from the title, else <c>ny.remiss.yaml</c> (<see cref="NewRemiss.FileName"/>).</summary>
    public static string DefaultFileName(NewFileValues values) => NewRemiss.FileName(values);
}
