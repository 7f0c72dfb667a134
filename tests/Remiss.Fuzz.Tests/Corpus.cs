using Remiss.Fuzz;

namespace Remiss.Fuzz.Tests;

/// <summary>The files the tests replay and mutate, as copied beside the test assembly.</summary>
internal static class Corpus
{
    private static string Root => AppContext.BaseDirectory;

    /// <summary>Every input eng/fuzz.sh kept, by target: (target, file name relative to FuzzRegressions).</summary>
    public static IEnumerable<string[]> Regressions() =>
        FuzzTargets.All
            .SelectMany(t => Files(Path.Combine(Root, "FuzzRegressions", t.Name)).Select(f => new[] { t.Name, Path.GetFileName(f) }));

    /// <summary>The seeds of a target, the examples of its kind and its regressions: what afl-fuzz starts from.</summary>
    public static IReadOnlyList<byte[]> InputsOf(FuzzTarget target) =>
        Files(Path.Combine(Root, "Corpus", "Seeds", target.Name))
            .Concat(Files(Path.Combine(Root, "Corpus", "Examples")).Where(f => f.EndsWith(target.Extension, StringComparison.Ordinal)))
            .Concat(Files(Path.Combine(Root, "FuzzRegressions", target.Name)))
            .Select(File.ReadAllBytes)
            .ToList();

    public static string RegressionPath(string target, string name) => Path.Combine(Root, "FuzzRegressions", target, name);

    private static IEnumerable<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal) : [];
}
