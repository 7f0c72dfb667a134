using System.CommandLine;
using Remiss.Cli.Output;
using Remiss.Cli.Schema;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss init</c>: a commented <c>organisation.yaml</c> to fill in (ORGANISATION.md §1), and its JSON Schema
/// beside it, like <c>remiss new</c> does for remiss files. Never overwrites.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliEnvironment env)
    {
        var name = new Option<string?>("--name") { Description = "Organisationens namn, t.ex. \"Region Västernorrland\"." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = $"Filen att skapa. Standard: {OrganisationFile.FileName} i den här mappen (den gäller för remissfilerna i mappen och mapparna under).",
            HelpName = "FILE",
        };
        var command = new Command("init", $"Skapa en organisationsfil ({OrganisationFile.FileName}) med organisationens namn, organ, stil och mallar, med förklaringar. Skriver aldrig över en befintlig fil.")
        {
            name, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output) ?? OrganisationFile.FileName;
            if (!OrganisationLocator.IsOrganisationFile(path))
            {
                throw new UsageException($"'{path}' heter inte {OrganisationFile.FileName}; remiss hittar bara organisationsfiler med det namnet.");
            }

            var given = new Dictionary<string, string>(StringComparer.Ordinal) { ["format"] = OrganisationFile.CurrentFormat };
            if (parse.GetValue(name) is { } value && !string.IsNullOrWhiteSpace(value))
            {
                given["name"] = YamlTemplate.Quote(value.Trim());
            }

            string[] header =
            [
                "yaml-language-server: $schema=" + JsonSchemaFile.Organisation.FileName,
                $"Organisationsfil (format {OrganisationFile.CurrentFormat}). Gäller för remissfilerna i den här mappen och mapparna under.",
                "Fyll i värdena och kontrollera med 'remiss check' på en remissfil; ta bort # framför en valfri nyckel för att använda den.",
                "Sökvägar (reference_docx, templates, registries) räknas från den här filens mapp.",
            ];
            if (!NewFile.Create(env, path, YamlTemplate.Render(OrganisationSchema.Root, header, given), "Ändra i den, eller välj en annan mapp med -o."))
            {
                return ExitCodes.Errors;
            }

            JsonSchemaFile.Organisation.WriteBeside(path, env);

            env.Out.WriteLine("Fyll i organisationens namn och organ; remissfilerna i mappen kan sedan ange organen med id i decision.path.");
            return ExitCodes.Success;
        });
        return command;
    }
}
