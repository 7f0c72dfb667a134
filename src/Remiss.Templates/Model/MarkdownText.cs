using System.Text;

namespace Remiss.Templates.Model;

/// <summary>Makes plain values from the YAML safe to insert into Markdown, so they print literally.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes every character Markdown could read as markup (<c>* _ ` [ ] &lt; &gt; \ &amp; # | ~</c>
    /// anywhere, <c>#</c> because a heading drops a trailing one; list, heading and quote markers at the start), and folds line breaks to spaces: a value is
    /// one line of text, never a block.
    /// </summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = Clean(value!).Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Trim();
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '&' or '|' or '~' or '#')
            {
                builder.Append('\\');
            }
            else if (i == 0 && c is '-' or '+' or '=' or '!')
            {
                builder.Append('\\');
            }
            else if ((c == '.' || c == ')') && IsOrderedListStart(text, i))
            {
                // "1. januari" at the start of a line would become a numbered list.
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A Markdown text field (md): inserted as Markdown, with line endings normalised and control characters removed.</summary>
    public static string Block(string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : Clean(value!).Replace("\r\n", "\n").Replace('\r', '\n').Trim('\n', ' ');

    /// <summary>Drops control characters (other than tab and line breaks) that have no place in a document and make Word repair it.</summary>
    public static string Clean(string value)
    {
        var clean = true;
        foreach (var c in value)
        {
            if (IsUnwanted(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (!IsUnwanted(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnwanted(char c) =>
        (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\u007F' or '\uFFFE' or '\uFFFF';

    private static bool IsOrderedListStart(string text, int index)
    {
        if (index == 0)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return index + 1 == text.Length || text[index + 1] == ' ';
    }
}
