using System.CommandLine;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>Arguments and options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>One or more remiss files or folders.</summary>
    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = "Remissfiler (*.remiss.yaml) eller mappar; mappar genomsöks rekursivt.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>A region's own clause ids (<c>*.wording.yaml</c>).</summary>
    public static Option<string[]> Registry() => new("--registry")
    {
        Description = "Egna att-satser (*.wording.yaml) utöver standardsatserna. Kan anges flera gånger.",
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Builds the load options from <c>--registry</c> files, printing their diagnostics; null when a registry has errors.</summary>
    public static LoadOptions? LoadOptions(IEnumerable<string>? registryFiles, CliEnvironment env)
    {
        var registry = WordingRegistries.Load(registryFiles, env);
        return registry is null ? null : new LoadOptions { Registry = registry };
    }

    /// <summary>Singular or plural Swedish count: <c>1 fil</c>, <c>2 filer</c>.</summary>
    public static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";
}
