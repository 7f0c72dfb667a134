using System.CommandLine;
using Remiss.Cli.Schema;

namespace Remiss.Cli.Commands;

/// <summary><c>remiss schema</c>: the JSON Schema editors use for completion and hover help.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Skriv schemat till en fil i stället för till skärmen.", HelpName = "FILE" };
        var organisation = new Option<bool>("--organisation") { Description = "Schemat för organisationsfiler (organisation.yaml) i stället för remissfiler." };
        var command = new Command("schema", "Skriv ett JSON Schema (draft 2020-12) för remissformatet, för t.ex. VS Code:s YAML-tillägg.") { output, organisation };
        command.SetAction(parse =>
        {
            var schema = parse.GetValue(organisation) ? JsonSchemaFile.Organisation : JsonSchemaFile.Remiss;
            if (parse.GetValue(output) is { } path)
            {
                schema.WriteFile(path);
                env.Out.WriteLine($"Skrev {path}");
            }
            else
            {
                env.Out.WriteLine(schema.Generate());
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
