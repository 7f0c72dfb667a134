namespace Remiss.Cli.Tests;

/// <summary>Issue 26 in the CLI: the probe's nested Markdown is the same located error in check and render, never "ett oväntat fel".</summary>
public sealed class BoundsTests
{
    [Theory]
    [MemberData(nameof(Examples.DeepMarkdown), MemberType = typeof(Examples))]
    public void Check_and_render_report_deep_markdown_at_the_same_line_and_column(string kind, int column)
    {
        using var folder = new TempFolder();
        var path = folder.Write("sou-2024-72.remiss.yaml", Examples.WithBackground(Examples.Deep(kind)));
        var located = $"sou-2024-72.remiss.yaml({Examples.BackgroundLineNumber},{column}): error RMS0185: 'memo.background' har Markdown som här är nästlad mer än 32 nivåer djupt";

        var check = Cli.Run("check", path);
        var render = Cli.Run("render", path, "-o", folder.File("ut"));

        Assert.Contains(located, check.Out + check.Error, StringComparison.Ordinal);
        Assert.Equal(1, render.ExitCode);
        Assert.Contains(located, render.Out + render.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("oväntat fel", render.Out + render.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("ut")) && Directory.EnumerateFileSystemEntries(folder.File("ut")).Any());
    }
}
