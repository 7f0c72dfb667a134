using System.CommandLine;
using Remiss.Cli.Output;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary><c>remiss check PATH…</c>: every diagnostic in MSBuild form, then a summary.</summary>
internal static class CheckCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = CommonOptions.Paths();
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Behandla varningar som fel (slutkod 1)." };
        var registry = new RegistryOption();
        var command = new Command("check", "Kontrollera remissfiler och skriv varje fel med fil, rad och kolumn (MSBuild-format, så att editorer och CI hittar dem).")
        {
            paths, warnAsError, registry,
        };
        command.SetAction(parse => Run(RemissFiles.Expand(parse.GetRequiredValue(paths)), parse.GetValue(warnAsError), registry.LoadOptions(parse, env), env));
        return command;
    }

    private static int Run(IReadOnlyList<string> files, bool warnAsError, LoadOptions options, CliEnvironment env)
    {
        int errors = 0, warnings = 0, filesWithErrors = 0;
        foreach (var file in files)
        {
            var diagnostics = RemissLoader.LoadFile(file, options).Diagnostics
                .Select(d => warnAsError && !d.IsError ? d with { Severity = DiagnosticSeverity.Error } : d)
                .ToList();
            foreach (var diagnostic in diagnostics)
            {
                env.Out.WriteLine(diagnostic);
            }

            errors += diagnostics.Count(d => d.IsError);
            warnings += diagnostics.Count(d => !d.IsError);
            filesWithErrors += diagnostics.Any(d => d.IsError) ? 1 : 0;
        }

        env.Out.WriteLine(
            $"{CommonOptions.Count(files.Count, "fil kontrollerad", "filer kontrollerade")}: " +
            $"{CommonOptions.Count(errors, "fel", "fel")}, {CommonOptions.Count(warnings, "varning", "varningar")}" +
            (filesWithErrors > 0 ? $" ({CommonOptions.Count(filesWithErrors, "fil", "filer")} med fel)." : "."));
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }
}
