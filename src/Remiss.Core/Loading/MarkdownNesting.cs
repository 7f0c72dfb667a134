namespace Remiss.Core;

/// <summary>
/// How deep a Markdown text nests, estimated from above in one pass without parsing it (Core reads no Markdown): a
/// line's block openers (<c>&gt;</c> one, a list marker two, each space of indentation one) and a paragraph's open
/// <c>[</c> and emphasis delimiters. A text whose estimate stays within <see cref="TextLimits.Nesting"/> cannot reach
/// Markdig's own limit, whatever the template around it adds up to that.
/// </summary>
internal static class MarkdownNesting
{
    /// <summary>The first place where <paramref name="markdown"/> nests deeper than <paramref name="limit"/> (its line and column, from 0), or null.</summary>
    public static (int Line, int Column, int Depth)? FirstTooDeep(string markdown, int limit)
    {
        var line = 0;
        var start = 0;
        var brackets = 0;
        var emphasis = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var i = start;
            var block = 0;
            while (i < end)
            {
                var c = markdown[i];
                var at = i;
                if (c == ' ')
                {
                    block++;
                    i++;
                }
                else if (c == '\t')
                {
                    block += 4;
                    i++;
                }
                else if (c == '>')
                {
                    block++;
                    i = SkipOneSpace(markdown, i + 1, end);
                }
                else if ((c is '-' or '*' or '+') && (i + 1 == end || markdown[i + 1] is ' ' or '\t'))
                {
                    block += 2;
                    i = SkipOneSpace(markdown, i + 1, end);
                }
                else if (OrderedMarker(markdown, i, end) is { } after)
                {
                    block += 2;
                    i = SkipOneSpace(markdown, after, end);
                }
                else
                {
                    break;
                }

                if (block > limit)
                {
                    return (line, at - start, block);
                }
            }

            if (IsBlank(markdown, start, end))
            {
                // A blank line ends a paragraph, and with it what its brackets and emphasis opened.
                brackets = 0;
                emphasis = 0;
            }

            for (; i < end; i++)
            {
                var c = markdown[i];
                var at = i;
                if (c == '\\')
                {
                    i++;
                    continue;
                }

                if (c == '[')
                {
                    brackets++;
                }
                else if (c == ']')
                {
                    brackets = Math.Max(0, brackets - 1);
                }
                else if (c is '*' or '_')
                {
                    var run = i;
                    while (run < end && markdown[run] == c)
                    {
                        run++;
                    }

                    var length = run - i;
                    var opens = run < end && !char.IsWhiteSpace(markdown[run]);
                    var closes = i > start && !char.IsWhiteSpace(markdown[i - 1]);
                    emphasis = closes && (!opens || emphasis > 0) ? Math.Max(0, emphasis - length) : opens ? emphasis + length : emphasis;
                    i = run - 1;
                }

                if (block + brackets + emphasis > limit)
                {
                    return (line, at - start, block + brackets + emphasis);
                }
            }

            line++;
            start = end + 1;
        }

        return null;
    }

    /// <summary>The non-blank lines of <paramref name="markdown"/>.</summary>
    public static int Lines(string markdown)
    {
        var count = 0;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            if (!IsBlank(markdown, start, end))
            {
                count++;
            }

            start = end + 1;
        }

        return count;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipOneSpace(string text, int i, int end) => i < end && text[i] == ' ' ? i + 1 : i;

    /// <summary>The index after an ordered list marker (<c>1.</c>, <c>12)</c>) followed by a space or the line's end at <paramref name="i"/>, or null.</summary>
    private static int? OrderedMarker(string text, int i, int end)
    {
        var digits = i;
        while (digits < end && digits - i < 9 && text[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        if (digits == i || digits >= end || text[digits] is not ('.' or ')'))
        {
            return null;
        }

        return digits + 1 == end || text[digits + 1] is ' ' or '\t' ? digits + 1 : null;
    }
}
