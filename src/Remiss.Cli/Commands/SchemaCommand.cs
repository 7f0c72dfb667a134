using System.CommandLine;
using Remiss.Cli.Schema;

namespace Remiss.Cli.Commands;

/// <summary><c>remiss schema</c>: the JSON Schema editors use for completion and hover help.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Skriv schemat till en fil i stället för till skärmen.", HelpName = "FILE" };
        var command = new Command("schema", "Skriv ett JSON Schema (draft 2020-12) för remissformatet, för t.ex. VS Code:s YAML-tillägg.") { output };
        command.SetAction(parse =>
        {
            if (parse.GetValue(output) is { } path)
            {
                RemissJsonSchema.WriteFile(path);
                env.Out.WriteLine($"Skrev {path}");
            }
            else
            {
                env.Out.WriteLine(RemissJsonSchema.Generate());
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
