using System.CommandLine;
using System.Text;
using Remiss.Cli.Output;
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
            var json = RemissJsonSchema.Generate();
            if (parse.GetValue(output) is { } path)
            {
                AtomicFile.WriteAllBytes(path, new UTF8Encoding(false).GetBytes(json + "\n"));
                env.Out.WriteLine($"Skrev {path}");
            }
            else
            {
                env.Out.WriteLine(json);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
