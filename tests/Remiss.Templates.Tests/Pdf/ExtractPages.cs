namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// What a protocol extract's PDF must show whichever engine made it (ORGANISATION.md §5): the header and the
/// attestation line on every page of an extract that runs over a page break, and the §, "Beslut:" and the intro in order.
/// </summary>
internal static class ExtractPages
{
    /// <summary>The example's memo title, the extract's heading after its §.</summary>
    public const string ExampleTitle = "Yttrande över remiss från Socialdepartementet; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)";

    public static void AssertEveryPageHasHeaderAndAttestation(string text, int paragraph, string intro)
    {
        var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();

        Assert.True(pages.Count >= 2, $"the extract is expected to run over a page break; it has {pages.Count} page(s)");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains("Protokollsutdrag", pages[i], StringComparison.Ordinal);
            Assert.Contains("Sammanträdesdatum 2025-03-1", pages[i], StringComparison.Ordinal);
            Assert.Contains($"Sida {i + 1}({pages.Count})", pages[i], StringComparison.Ordinal);
            Assert.Matches(@"Justerandes signatur\s+Utdragsbestyrkande\s*$", pages[i]);
        }

        TextLines.AssertContainsInOrderWrapped([$"§ {paragraph} {ExampleTitle}", "Beslut:", intro], text);
    }
}
