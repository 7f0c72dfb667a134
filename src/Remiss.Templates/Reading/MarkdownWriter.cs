using System.Globalization;
using System.Text;

namespace Remiss.Templates.Reading;

/// <summary>
/// Writes paragraphs read from Word as the Markdown subset of FORMAT.md §1: paragraphs, <c>#</c> headings, <c>-</c> and
/// <c>1.</c> lists (nested by indentation), <c>**bold**</c>, <c>*italic*</c>, <c>`code`</c>, <c>[text](url)</c>, quotes,
/// code blocks and rules. Text is escaped where Markdown would read it as markup, and only there, so a field typed in
/// Word stays readable in the YAML: <c>*</c>, <c>_</c> between words' edges, <c>`</c>, <c>[</c>, <c>]</c>, <c>&lt;</c>,
/// <c>\</c> and an entity-like <c>&amp;</c> anywhere, and a heading, quote, list or fence marker at a line's start.
/// </summary>
internal static class MarkdownWriter
{
    public static string Write(IReadOnlyList<WordParagraph> paragraphs)
    {
        var blocks = new List<string>();
        for (var i = 0; i < paragraphs.Count;)
        {
            var paragraph = paragraphs[i];
            switch (paragraph.Role)
            {
                case ParagraphRole.ListItem or ParagraphRole.ListContinuation:
                    var end = i;
                    while (end < paragraphs.Count && paragraphs[end].Role is ParagraphRole.ListItem or ParagraphRole.ListContinuation)
                    {
                        end++;
                    }

                    blocks.Add(List(paragraphs.Skip(i).Take(end - i).ToList()));
                    i = end;
                    continue;
                case ParagraphRole.Code:
                    var last = i;
                    while (last < paragraphs.Count && paragraphs[last].Role == ParagraphRole.Code)
                    {
                        last++;
                    }

                    blocks.Add(Code(paragraphs.Skip(i).Take(last - i).Select(p => p.Text).ToList()));
                    i = last;
                    continue;
                case ParagraphRole.Heading:
                    blocks.Add(new string('#', Math.Clamp(paragraph.Level, 1, 6)) + " " + Inline(paragraph.Runs.Select(r => r with { Text = r.Text.Replace('\n', ' ') }).ToList(), string.Empty, heading: true));
                    break;
                case ParagraphRole.Quote:
                    blocks.Add("> " + Inline(paragraph.Runs, "> "));
                    break;
                case ParagraphRole.Rule:
                    blocks.Add("---");
                    break;
                case ParagraphRole.Table:
                    blocks.Add(Table(paragraph));
                    break;
                default:
                    blocks.Add(Inline(paragraph.Runs, string.Empty));
                    break;
            }

            i++;
        }

        return string.Join("\n\n", blocks);
    }

    private sealed record Level(bool Ordered, int Width, int Number, char Delimiter);

    private static string List(IReadOnlyList<WordParagraph> items)
    {
        var lines = new List<string>();
        var levels = new List<Level>();
        var previousHasText = false;
        foreach (var item in items)
        {
            if (item.Role == ParagraphRole.ListContinuation)
            {
                var indent = new string(' ', levels.Sum(l => l.Width));
                lines.Add(string.Empty);
                lines.Add(indent + Inline(item.Runs, indent));
                previousHasText = true;
                continue;
            }

            var level = Math.Min(item.Level, levels.Count);
            var before = level < levels.Count ? levels[level] : null;
            string marker;
            char delimiter = '.';
            if (item.Ordered)
            {
                // A numbered list that restarts needs a list of its own: Markdown starts one where the delimiter changes.
                delimiter = before is { Ordered: true } previous && item.Number != previous.Number + 1
                    ? (previous.Delimiter == '.' ? ')' : '.')
                    : before?.Ordered == true ? before.Delimiter : '.';
                marker = item.Number.ToString(CultureInfo.InvariantCulture) + delimiter;
            }
            else
            {
                marker = "-";
            }

            var outer = new string(' ', levels.Take(level).Sum(l => l.Width));
            var content = Inline(item.Runs, outer + new string(' ', marker.Length + 1));

            // A nested list right below its item's text interrupts that text, which Markdown allows only for a
            // list whose first item has text and, numbered, starts at 1: any other starts after a blank line.
            if (level == levels.Count && level > 0 && previousHasText && (content.Length == 0 || (item.Ordered && item.Number != 1)))
            {
                lines.Add(string.Empty);
            }

            levels.RemoveRange(level, levels.Count - level);
            levels.Add(new Level(item.Ordered, marker.Length + 1, item.Number, delimiter));
            lines.Add(content.Length == 0 ? outer + marker : outer + marker + " " + content);
            previousHasText = content.Length > 0;
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// A GFM pipe table: the first row is the header, the delimiter row carries each column's alignment, a cell's <c>|</c>
    /// is escaped and a line break in a cell (which a pipe table cannot hold) becomes a space.
    /// </summary>
    private static string Table(WordParagraph table)
    {
        var width = table.Rows.Count == 0 ? 0 : Math.Max(1, table.Rows[0].Count);
        string Row(List<List<WordRun>> cells) => "| " + string.Join(" | ", Enumerable.Range(0, width).Select(i => i < cells.Count
            ? Inline(cells[i].Select(r => r with { Text = r.Text.Replace('\n', ' ') }).ToList(), string.Empty).Replace("|", "\\|", StringComparison.Ordinal)
            : string.Empty)) + " |";
        var lines = new List<string>(table.Rows.Count + 1);
        if (table.Rows.Count > 0)
        {
            lines.Add(Row(table.Rows[0]));
            lines.Add("| " + string.Join(" | ", Enumerable.Range(0, width).Select(i => (i < table.Alignments.Count ? table.Alignments[i] : null) switch
            {
                "left" => ":---",
                "center" => ":---:",
                "right" => "---:",
                _ => "---",
            })) + " |");
            lines.AddRange(table.Rows.Skip(1).Select(Row));
        }

        return string.Join("\n", lines);
    }

    private static string Code(IReadOnlyList<string> lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var c in line)
            {
                run = c == '`' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        return fence + "\n" + string.Join("\n", lines) + "\n" + fence;
    }

    /// <summary>A paragraph's runs as inline Markdown; a line break continues on a new line after <paramref name="indent"/>.</summary>
    public static string Inline(IReadOnlyList<WordRun> runs, string indent, bool heading = false)
    {
        var output = new StringBuilder();
        var lineStart = true;
        var segments = new List<(string? Link, List<WordRun> Runs)>();
        foreach (var run in runs)
        {
            if (segments.Count > 0 && segments[^1].Link == run.Link && run.Link is not null)
            {
                segments[^1].Runs.Add(run);
            }
            else
            {
                segments.Add((run.Link, [run]));
            }
        }

        var open = new List<char>(); // 'b' and 'i', outermost first
        var pending = string.Empty;
        foreach (var (link, segmentRuns) in segments)
        {
            if (link is null)
            {
                foreach (var run in segmentRuns)
                {
                    Emphasised(run, run.Bold, run.Italic, () =>
                    {
                        if (run.Code)
                        {
                            output.Append(CodeSpan(run.Text.Trim()));
                            lineStart = false;
                        }
                        else
                        {
                            Escape(output, run.Text.Trim(), ref lineStart, indent, heading);
                        }
                    });
                }

                continue;
            }

            // A link whose runs share one formatting goes inside that formatting; a mixed one carries its own.
            var uniform = segmentRuns.All(r => r.Bold == segmentRuns[0].Bold && r.Italic == segmentRuns[0].Italic);
            var first = segmentRuns[0];
            var whole = string.Concat(segmentRuns.Select(r => r.Text));
            Emphasised(first with { Text = whole }, uniform && first.Bold, uniform && first.Italic, () =>
            {
                output.Append('[');
                var inner = uniform ? segmentRuns.Select(r => r with { Bold = false, Italic = false, Link = null }).ToList() : segmentRuns.Select(r => r with { Link = null }).ToList();
                output.Append(Inline(inner, indent, heading));
                output.Append("](").Append(Destination(link)).Append(')');
                lineStart = false;
            });
        }

        Close(0);
        return output.ToString();

        // Closes what the run does not have, writes the spaces before it, opens what it has, writes it, and keeps the
        // spaces after it for the next run: delimiters always touch text, as Markdown needs.
        void Emphasised(WordRun run, bool bold, bool italic, Action write)
        {
            var text = run.Text;
            var core = text.Trim();
            if (core.Length == 0)
            {
                pending += text;
                return;
            }

            var keep = 0;
            while (keep < open.Count && (open[keep] == 'b' ? bold : italic))
            {
                keep++;
            }

            Close(keep);
            var lead = text[..(text.Length - text.TrimStart().Length)];
            AppendSpaces(pending + lead);
            pending = text[text.TrimEnd().Length..];
            if (bold && !open.Contains('b'))
            {
                output.Append("**");
                open.Add('b');
            }

            if (italic && !open.Contains('i'))
            {
                output.Append('*');
                open.Add('i');
            }

            write();
        }

        void Close(int keep)
        {
            for (var i = open.Count - 1; i >= keep; i--)
            {
                output.Append(open[i] == 'b' ? "**" : "*");
                open.RemoveAt(i);
            }
        }

        void AppendSpaces(string spaces)
        {
            foreach (var c in spaces)
            {
                if (c == '\n')
                {
                    output.Append("\\\n").Append(indent);
                    lineStart = true;
                }
                else if (!lineStart)
                {
                    output.Append(c);
                }
            }
        }
    }

    private static string CodeSpan(string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return fence + pad + text.Replace('\n', ' ') + pad + fence;
    }

    private static string Destination(string url)
    {
        if (url.AsSpan().IndexOfAny(" ()<>\\") < 0)
        {
            return url;
        }

        return "<" + url.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("<", "\\<", StringComparison.Ordinal).Replace(">", "\\>", StringComparison.Ordinal) + ">";
    }

    /// <summary>Appends text, escaping what Markdown would read as markup (see the class summary).</summary>
    private static void Escape(StringBuilder output, string text, ref bool lineStart, string indent, bool heading)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                output.Append("\\\n").Append(indent);
                lineStart = true;
                continue;
            }

            if (lineStart)
            {
                if (c == ' ')
                {
                    continue; // a line's leading spaces are not text in Markdown
                }

                lineStart = false;
                if (c is '#' or '>' or '-' or '+' or '=' or '~' or '|' or '!')
                {
                    output.Append('\\').Append(c);
                    continue;
                }

                if (char.IsAsciiDigit(c))
                {
                    var digits = i;
                    while (digits < text.Length && char.IsAsciiDigit(text[digits]))
                    {
                        digits++;
                    }

                    if (digits < text.Length && text[digits] is '.' or ')')
                    {
                        output.Append(text, i, digits - i).Append('\\').Append(text[digits]);
                        i = digits;
                        continue;
                    }
                }
            }

            switch (c)
            {
                case '\\' or '`' or '*' or '[' or ']' or '<':
                    output.Append('\\').Append(c);
                    break;
                case '_' when !(i > 0 && char.IsLetterOrDigit(text[i - 1]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])):
                    output.Append("\\_");
                    break;
                case '&' when i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#'):
                    output.Append("\\&");
                    break;
                case '#' when heading:
                    output.Append("\\#");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }
}
