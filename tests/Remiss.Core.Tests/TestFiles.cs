using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>Paths and helpers for the files the tests read.</summary>
internal static class TestFiles
{
    public static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml");

    public static string ExampleText => File.ReadAllText(ExamplePath);

    /// <summary>The lines of examples/sou-2024-72.expected.txt.</summary>
    public static IReadOnlyList<string> ExpectedLines() => Remiss.Tests.Shared.SharedExample.ExpectedLines();

    public static RemissFile LoadExample()
    {
        var result = RemissLoader.LoadFile(ExamplePath);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.File!;
    }

    /// <summary>A minimal valid file; tests replace one line to make exactly one thing wrong.</summary>
    public const string Minimal = """
        format: remiss/1
        remiss:
          title: En utredning
          kind: betänkande
          number: SOU 2024:1
          department: Socialdepartementet
          deadline: 2025-03-10
        case:
          organisation: Region Västernorrland
          dnr: 24HSN1
        decision:
          path: [Nämnden]
          clauses: [submit-response]
        memo:
          assessment: Bra.
        """;

    public static LoadResult Load(string yaml, LoadOptions? options = null) => RemissLoader.Load(yaml, "test.remiss.yaml", options);
}
