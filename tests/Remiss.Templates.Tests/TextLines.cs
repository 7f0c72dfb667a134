using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Templates.Tests;

/// <summary>Plain-text views of the outputs, and the "every expected line, in order" check.</summary>
internal static partial class TextLines
{
    /// <summary>Markdown lines with heading marks, emphasis and backslash escapes taken away (front matter dropped).</summary>
    public static IReadOnlyList<string> FromMarkdown(string markdown)
    {
        var lines = markdown.Split('\n').ToList();
        if (lines.Count > 0 && lines[0] == "---")
        {
            var end = lines.IndexOf("---", 1);
            lines = lines.Skip(end + 1).ToList();
        }

        return lines
            .Select(l => HeadingMark().Replace(l, string.Empty))
            .Select(l => l.Replace("**", string.Empty, StringComparison.Ordinal))
            .Select(l => Escape().Replace(l, "$1"))
            .Select(l => l.TrimEnd())
            .ToList();
    }

    /// <summary>The body paragraphs of a .docx as lines of text.</summary>
    public static IReadOnlyList<string> FromDocx(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    /// <summary>Asserts <paramref name="expected"/> occur as whole lines of <paramref name="actual"/>, in this order.</summary>
    public static void AssertContainsInOrder(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var at = 0;
        foreach (var line in expected)
        {
            var found = -1;
            for (var i = at; i < actual.Count; i++)
            {
                if (actual[i] == line)
                {
                    found = i;
                    break;
                }
            }

            Assert.True(found >= 0, $"Expected line not found (in order, after line {at}):\n  {line}\n--- actual ---\n{string.Join("\n", actual)}");
            at = found + 1;
        }
    }

    /// <summary>
    /// For text extracted from a PDF, where long lines wrap: every expected line occurs, in order, with all
    /// whitespace runs treated as one space, and it starts and ends at a line boundary of the extracted text.
    /// </summary>
    public static void AssertContainsInOrderWrapped(IReadOnlyList<string> expected, string text)
    {
        var lines = text.Replace("\f", "\n", StringComparison.Ordinal).Split('\n').Select(l => Space().Replace(l, " ").Trim()).Where(l => l.Length > 0).ToList();
        var joined = "\n" + string.Join("\n", lines) + "\n";
        var at = 0;
        foreach (var line in expected)
        {
            var pattern = "\n" + WrappedPattern(line) + "\n";
            var match = new Regex(pattern).Match(joined, at);
            Assert.True(match.Success, $"Expected line not found in the PDF text (in order):\n  {line}\n--- text ---\n{joined}");
            at = match.Index + match.Length - 1;
        }
    }

    /// <summary>
    /// The line's words, each space matching a space or a line break. A word ending in a hyphen ("hälso- och")
    /// may also have been broken there and joined again by pdftotext, which drops a hyphen at the end of a line
    /// ("hälsooch"): where the line wraps depends on the fonts the machine has.
    /// </summary>
    private static string WrappedPattern(string line)
    {
        var words = line.Split(' ');
        var pattern = new System.Text.StringBuilder();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var last = i == words.Length - 1;
            if (!last && word.Length > 1 && word.EndsWith('-'))
            {
                pattern.Append(Regex.Escape(word[..^1])).Append("(?:-[ \n]|)");
            }
            else
            {
                pattern.Append(Regex.Escape(word)).Append(last ? "" : "[ \n]");
            }
        }

        return pattern.ToString();
    }

    [GeneratedRegex(@"^#{1,6} ")]
    private static partial Regex HeadingMark();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
