namespace Remiss.Tests.Shared;

/// <summary>The probe's attacks of issue 26 on the example: Markdown nested past what the renderer reads, and more text than a file may hold.</summary>
internal static partial class Examples
{
    /// <summary>The first line of the example's <c>memo.background</c> (line 57, indented four spaces).</summary>
    public const string BackgroundLine = "    Regeringen tillsatte den 22 juni 2023 en särskild utredare (dir. 2023:98) för att";

    /// <summary>The line of <see cref="BackgroundLine"/> in the file.</summary>
    public const int BackgroundLineNumber = 57;

    /// <summary>The probe's nestings, each past Markdig's 128 levels, with the column (from 1) where the file's check finds the 33rd level.</summary>
    public static TheoryData<string, int> DeepMarkdown => new()
    {
        { "quotes", 4 + 33 },          // 128 ">": the 33rd, at index 32
        { "lists", 4 + 33 },           // 50,000 nested "* ": the 17th marker (index 32) opens the 33rd and 34th levels
        { "brackets", 4 + 33 },        // 100,000 "[": the 33rd, at index 32
    };

    /// <summary>The Markdown of one of <see cref="DeepMarkdown"/>.</summary>
    public static string Deep(string kind) => kind switch
    {
        "quotes" => new string('>', 128) + " Djupt citat.",
        "lists" => string.Concat(Enumerable.Repeat("* ", 50_000)) + "Djup lista.",
        "brackets" => new string('[', 100_000),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The example with <paramref name="markdown"/> (one or more lines) as the first line of its background.</summary>
    public static string WithBackground(string markdown) =>
        ExampleWith(BackgroundLine + "\n", string.Concat(markdown.Split('\n').Select(l => (l.Length == 0 ? string.Empty : "    " + l) + "\n")) + BackgroundLine + "\n");
}
