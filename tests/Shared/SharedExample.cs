namespace Remiss.Tests.Shared;

/// <summary>
/// The shared example's expected lines (<c>../shared/examples/sou-2024-72.expected.txt</c>, read-only
/// project input), found by walking up from the test output. Linked into every test project that needs it.
/// </summary>
internal static class SharedExample
{
    public const string ExpectedFileName = "sou-2024-72.expected.txt";

    /// <summary>The expected lines, without blank lines and <c>#</c> comments.</summary>
    public static IReadOnlyList<string> ExpectedLines()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "examples", ExpectedFileName);
            if (File.Exists(candidate))
            {
                return File.ReadAllLines(candidate).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            }
        }

        throw new FileNotFoundException($"shared/examples/{ExpectedFileName} not found above {AppContext.BaseDirectory}");
    }
}
