namespace Remiss.Cli.Tests;

/// <summary>
/// Every character the loader accepts reaches every writer, or is refused at load (issue 27): as a case officer meets it,
/// with the real tool.
/// </summary>
public class CharacterTests
{
    [Fact]
    public void A_backspace_in_a_comments_section_is_a_located_error_not_an_unexpected_one()
    {
        using var folder = new TempFolder();
        var remiss = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText.Replace("    - section: \"6\"", "    - section: \"6\\b\"", StringComparison.Ordinal));

        var render = RemissProcess.Run(null, "render", remiss, "--output", folder.File("ut"));

        Assert.Equal(1, render.ExitCode);
        Assert.Contains(render.OutLines, l => l.Contains("sou-2024-72.remiss.yaml(76,16): error RMS0241: Värdet ”6<U+0008>” innehåller styrtecknet U+0008 (backsteg)", StringComparison.Ordinal));
        Assert.DoesNotContain("oväntat fel", render.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("ut")) && Directory.EnumerateFiles(folder.File("ut"), "*.docx").Any());
    }

    [Fact]
    public void Unusual_characters_the_loader_accepts_reach_the_word_pdf_html_markdown_and_calendar_files()
    {
        using var folder = new TempFolder();
        folder.Write("organisation.yaml", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "region", "organisation.yaml")));
        const string escaped = "\\x80\\u00AD\\u200D\\uFDD0\\U0001F600\\x9F\\uE000";
        var remiss = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText
            .Replace("  title: Stärkt medicinsk kompetens i kommunal hälso- och sjukvård\n", "  title: \"Stärkt " + escaped + " medicinsk kompetens i kommunal hälso- och sjukvård\"\n", StringComparison.Ordinal)
            .Replace("    - section: \"6\"", "    - section: \"6" + escaped + "\"", StringComparison.Ordinal));

        var render = RemissProcess.Run(null, "render", remiss, "--output", folder.File("ut"), "--format", "docx,pdf,html,md");
        var plan = RemissProcess.Run(null, "plan", remiss, "--today", "2025-02-20", "--ics", folder.File("plan.ics"));
        var pull = RemissProcess.Run(null, "pull", Path.Combine(folder.File("ut"), "Yttrande SOU 2024-72 Region Västernorrland.docx"));

        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Equal(8, Directory.EnumerateFiles(folder.File("ut")).Count(f => !Path.GetFileName(f).StartsWith('.')));
        Assert.Contains("\U0001F600", File.ReadAllText(Directory.GetFiles(folder.File("ut"), "Yttrande*.md").Single()), StringComparison.Ordinal);
        Assert.True(plan.ExitCode == 0, plan.ToString());
        Assert.Contains("\U0001F600", File.ReadAllText(folder.File("plan.ics")), StringComparison.Ordinal);
        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains(pull.OutLines, l => l.Contains("inga ändringar att föra in", StringComparison.Ordinal));
    }
}
