using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Remiss.Templates.Writers;

namespace Remiss.Templates;

/// <summary>
/// What a field's Markdown means to the writers: each block's kind and its inlines, a soft line break counting as a
/// space. Two texts that mean the same print the same in every format, however the YAML wraps them, so <c>remiss pull</c>
/// compares fields with this (a field is unchanged when it means the same) and <see cref="MarkdownWrap"/> checks its
/// wrapping with it. Plain-text fields (a comment's heading) mean their text, white space collapsed.
/// </summary>
internal static class MarkdownMeaning
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> print the same (both null counts as the same).</summary>
    public static bool Same(string? a, string? b, WordFieldKind kind = WordFieldKind.Markdown)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        return kind == WordFieldKind.Text
            ? string.Equals(Collapse(a), Collapse(b), StringComparison.Ordinal)
            : string.Equals(Of(a), Of(b), StringComparison.Ordinal);
    }

    /// <summary>The Markdown as the writers see it: each block's kind and its inlines, a soft line break as a space.</summary>
    public static string Of(string markdown)
    {
        var builder = new StringBuilder(markdown.Length + 64);
        foreach (var block in RemissMarkdown.Parse(markdown).Descendants<Block>())
        {
            builder.Append('<').Append(block.GetType().Name).Append(block switch
            {
                ListBlock list => list.BulletType + list.OrderedStart,
                HeadingBlock heading => heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => string.Empty,
            }).Append('>');
            if (block is LeafBlock { Inline: { } inline })
            {
                Inlines(inline, builder);
            }
            else if (block is LeafBlock leaf && leaf.Lines.Count > 0)
            {
                // Code blocks keep their lines exactly.
                builder.Append(leaf.Lines.ToString());
            }
        }

        return builder.ToString();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

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
}
