namespace Remiss.Cli.Tests;

/// <summary><c>render --document protokollsutdrag</c> and <c>all</c> with recorded meetings (ORGANISATION.md §4).</summary>
public class ExtractRenderTests
{
    private static string Decided => Examples.Decided;

    [Fact]
    public void Protokollsutdrag_writes_one_extract_per_recorded_meeting_named_as_in_section_4()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Decided);

        var result = Cli.Run("render", file, "--document", "protokollsutdrag", "--format", "docx,md", "--output", folder.File("ut"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Protokollsutdrag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.docx",
                "Protokollsutdrag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.md",
                "Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.docx",
                "Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.md",
            ],
            Directory.GetFiles(folder.File("ut")).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
        Assert.Contains("Hälso- och sjukvårdsnämnden beslutar", File.ReadAllText(folder.File("ut/Protokollsutdrag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("Ämnesrad", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void All_includes_the_extracts_when_meetings_are_recorded_and_not_otherwise()
    {
        using var folder = new TempFolder();
        var decided = folder.Write("a/sou-2024-72.remiss.yaml", Decided);
        var undecided = folder.Write("b/sou-2024-72.remiss.yaml", Examples.ExampleText);

        Assert.Equal(0, Cli.Run("render", decided, undecided).ExitCode);

        Assert.Equal(4, Directory.GetFiles(folder.File("a"), "*.docx").Length);
        Assert.Equal(2, Directory.GetFiles(folder.File("b"), "*.docx").Length);
    }

    [Fact]
    public void Protokollsutdrag_without_recorded_meetings_fails_and_says_what_to_do()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);

        var result = Cli.Run("render", file, "--document", "protokollsutdrag");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("har inga protokollsutdrag att skriva: skriv in organens beslut under 'decision.meetings'", result.Error, StringComparison.Ordinal);
        Assert.Equal(["sou-2024-72.remiss.yaml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_bad_record_is_located_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Decided.Replace("paragraph: 25", "paragraph: 25a", StringComparison.Ordinal));

        var result = Cli.Run("render", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RMS0096: 'decision.meetings[0].paragraph' ska vara paragrafens nummer i protokollet", result.Out, StringComparison.Ordinal);
        Assert.Equal(["sou-2024-72.remiss.yaml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }
}
