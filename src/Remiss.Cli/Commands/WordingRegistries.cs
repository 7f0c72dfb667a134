using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>Loads the <c>--registry</c> files on top of the built-in clauses.</summary>
internal static class WordingRegistries
{
    /// <summary>The registry, or null (after printing why) when a file has errors.</summary>
    public static ClauseRegistry? Load(IEnumerable<string>? files, CliEnvironment env)
    {
        var registry = ClauseRegistry.BuiltIn;
        foreach (var file in files ?? [])
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
                env.Error.WriteLine($"remiss: registret '{file}' har fel; rätta dem och försök igen.");
                return null;
            }

            registry = registry.With(result.Definitions);
        }

        return registry;
    }
}
