using System.Text;
using System.Text.RegularExpressions;

namespace Remiss.Templates;

/// <summary>
/// Wraps the paragraphs of Markdown taken from Word at the width remiss files are written at, so a pulled field reads like
/// its neighbours in the YAML instead of one line per paragraph. Markdown joins a paragraph's lines again (a soft break
/// is a space), so the text is the same; a break is never placed where the next line would start a list, a heading or a
/// quote, or after a backslash (a hard break). The result is checked with
/// <see cref="MarkdownMeaning"/>: unless it means the same, the text is left unwrapped.
/// </summary>
internal static partial class MarkdownWrap
{
    /// <summary>The width of the Markdown in the example's <c>|</c> blocks, without their indentation.</summary>
    public const int Width = 84;

    public static string Wrap(string markdown, int width = Width)
    {
        var lines = markdown.Split('\n');
        var builder = new StringBuilder(markdown.Length + 16);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            var line = lines[i];
            builder.Append(IsParagraphLine(line) ? WrapLine(line, width) : line);
        }

        var wrapped = builder.ToString();
        return MarkdownMeaning.Same(wrapped, markdown) ? wrapped : markdown;
    }

    // A line of paragraph text: not a list item, heading, quote, indented code, table or fence.
    private static bool IsParagraphLine(string line) => line.Length > 0 && !BlockStart().IsMatch(line) && !line.StartsWith(' ') && !line.StartsWith('\t');

    private static string WrapLine(string line, int width)
    {
        if (line.Length <= width)
        {
            return line;
        }

        var words = line.Split(' ');
        var builder = new StringBuilder(line.Length + 8);
        var column = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var breakHere = column > 0 && column + 1 + word.Length > width && word.Length > 0 && !BlockStart().IsMatch(word + " ")
                && !words[i - 1].EndsWith('\\') && words[i - 1].Length > 0;
            if (breakHere)
            {
                builder.Append('\n');
                column = 0;
            }
            else if (i > 0)
            {
                builder.Append(' ');
                column++;
            }

            builder.Append(word);
            column += word.Length;
        }

        return builder.ToString();
    }

    // What makes a line start a block other than a paragraph's continuation.
    [GeneratedRegex(@"^(?:[-+*>#=|`~]|\d{1,9}[.)](?:\s|$)|<)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();
}
