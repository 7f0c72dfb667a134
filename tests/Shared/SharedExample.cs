namespace Remiss.Tests.Shared;

/// <summary>
/// The example's expected lines (<c>examples/sou-2024-72.expected.txt</c>, a copy of the shared project
/// input kept in the repository so a fresh clone tests on its own), copied beside the test assembly by
/// every test project that links this file.
/// </summary>
internal static class SharedExample
{
    public const string ExpectedFileName = "sou-2024-72.expected.txt";

    /// <summary>The expected lines, without blank lines and <c>#</c> comments.</summary>
    public static IReadOnlyList<string> ExpectedLines() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", ExpectedFileName))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
}
