using System.CommandLine;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>--registry FILE</c>: a region's own clause ids (<c>*.wording.yaml</c>) on top of the built-in ones.
/// Every command that reads clause ids takes this option and loads it here, so check, render, deadlines
/// and wording accept the same files and fail on a broken one the same way.
/// </summary>
internal sealed class RegistryOption : Option<string[]>
{
    public RegistryOption()
        : base("--registry")
    {
        Description = "Egna att-satser (*.wording.yaml) utöver standardsatserna. Kan anges flera gånger.";
        HelpName = "FILE";
        AllowMultipleArgumentsPerToken = false;
    }

    /// <summary>
    /// The built-in clauses plus those of the given files. A file with errors prints its diagnostics
    /// (MSBuild form, on standard output like <c>check</c>'s) and fails the command.
    /// </summary>
    public ClauseRegistry Load(ParseResult parse, CliEnvironment env)
    {
        var registry = ClauseRegistry.BuiltIn;
        foreach (var file in parse.GetValue(this) ?? [])
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"Hittar inte registret '{file}'.");
            }

            var result = WordingLoader.LoadFile(file);
            foreach (var diagnostic in result.Diagnostics)
            {
                env.Out.WriteLine(diagnostic);
            }

            if (result.HasErrors)
            {
                throw new CommandFailedException($"registret '{file}' har fel; rätta dem och försök igen.");
            }

            registry = registry.With(result.Definitions);
        }

        return registry;
    }

    /// <summary>The registry of the given files, or null when none was given (an organisation file's registries then apply).</summary>
    public ClauseRegistry? LoadGiven(ParseResult parse, CliEnvironment env) => (parse.GetValue(this) ?? []).Length == 0 ? null : Load(parse, env);
}
