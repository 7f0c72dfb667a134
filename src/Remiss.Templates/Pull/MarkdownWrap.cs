using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Remiss.Templates.Writers;

namespace Remiss.Templates;

/// <summary>
/// Wraps the paragraphs of Markdown taken from Word at the width remiss files are written at, so a pulled field reads like
/// its neighbours in the YAML instead of one line per paragraph. Markdown joins a paragraph's lines again (a soft break
/// is a space), so the text is the same; a break is never placed where the next line would start a list, a heading or a
/// quote, or after a backslash (a hard break). The result is checked by parsing both with the writers' Markdown dialect:
/// unless every block and every inline (a soft break counting as a space) is the same, the text is left unwrapped.
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
        return wrapped == markdown || Shape(wrapped) == Shape(markdown) ? wrapped : markdown;
    }

    /// <summary>The Markdown as the writers see it: each block's kind and its inlines, a soft line break as a space.</summary>
    private static string Shape(string markdown)
    {
        var builder = new StringBuilder(markdown.Length + 64);
        foreach (var block in RemissMarkdown.Parse(markdown).Descendants<Block>())
        {
            builder.Append('<').Append(block.GetType().Name).Append(block is ListBlock list ? list.BulletType.ToString() : string.Empty).Append('>');
            if (block is LeafBlock { Inline: { } inline })
            {
                Inlines(inline, builder);
            }
        }

        return builder.ToString();
    }

    private static void Inlines(ContainerInline container, StringBuilder builder)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case LineBreakInline lineBreak:
                    builder.Append(lineBreak.IsHard ? "<br>" : " ");
                    break;
                case CodeInline code:
                    builder.Append("<code>").Append(code.Content).Append("</code>");
                    break;
                case EmphasisInline emphasis:
                    builder.Append('<').Append(emphasis.DelimiterChar).Append(emphasis.DelimiterCount).Append('>');
                    Inlines(emphasis, builder);
                    builder.Append("</em>");
                    break;
                case LinkInline link:
                    builder.Append("<a ").Append(link.Url).Append('>');
                    Inlines(link, builder);
                    builder.Append("</a>");
                    break;
                case ContainerInline other:
                    builder.Append('<').Append(other.GetType().Name).Append('>');
                    Inlines(other, builder);
                    break;
                default:
                    builder.Append('<').Append(inline.GetType().Name).Append('>').Append(inline.ToString());
                    break;
            }
        }
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
