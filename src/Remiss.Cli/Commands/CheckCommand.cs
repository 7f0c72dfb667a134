using System.CommandLine;
using Remiss.Cli.Output;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss check PATH…</c>: every diagnostic in MSBuild form, then a summary. The organisation files the
/// remiss files use are checked too, each once, before the first remiss file that uses it.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = CommonOptions.Paths();
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Behandla varningar som fel (slutkod 1)." };
        var registry = new RegistryOption();
        var organisation = new OrganisationOption();
        var command = new Command("check", "Kontrollera remissfiler (och organisationsfilerna de använder) och skriv varje fel med fil, rad och kolumn (MSBuild-format, så att editorer och CI hittar dem).")
        {
            paths, warnAsError, registry, organisation,
        };
        command.SetAction(parse => Run(
            RemissFiles.Expand(parse.GetRequiredValue(paths)),
            parse.GetValue(warnAsError),
            organisation.Resolve(parse, registry.LoadGiven(parse, env), RemissFiles.Folders(parse.GetRequiredValue(paths))),
            env));
        return command;
    }

    private static int Run(IReadOnlyList<string> files, bool warnAsError, Organisations organisations, CliEnvironment env)
    {
        int errors = 0, warnings = 0;
        var filesWithErrors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (OrganisationLocator.IsOrganisationFile(file))
            {
                organisations.Check(file, Print); // named on the command line: checked as what it is
                continue;
            }

            foreach (var diagnostic in organisations.Load(file, Print).Diagnostics)
            {
                Print(diagnostic);
            }
        }

        env.Out.WriteLine(
            $"{CommonOptions.Count(files.Count, "fil kontrollerad", "filer kontrollerade")}: " +
            $"{CommonOptions.Count(errors, "fel", "fel")}, {CommonOptions.Count(warnings, "varning", "varningar")}" +
            (filesWithErrors.Count > 0 ? $" ({CommonOptions.Count(filesWithErrors.Count, "fil", "filer")} med fel)." : "."));
        return errors > 0 ? ExitCodes.Errors : ExitCodes.Success;

        void Print(Diagnostic diagnostic)
        {
            if (warnAsError && !diagnostic.IsError)
            {
                diagnostic = diagnostic with { Severity = DiagnosticSeverity.Error };
            }

            env.Out.WriteLine(diagnostic);
            if (diagnostic.IsError)
            {
                errors++;
                filesWithErrors.Add(diagnostic.FilePath);
            }
            else
            {
                warnings++;
            }
        }
    }
}
