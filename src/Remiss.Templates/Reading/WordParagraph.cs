using System.Globalization;
using System.Text;

namespace Remiss.Templates.Reading;

/// <summary>What a paragraph is in the Markdown subset (FORMAT.md §1).</summary>
internal enum ParagraphRole
{
    Body,
    Heading,
    ListItem,

    /// <summary>A further paragraph of a list item (<c>List Paragraph</c> without a number).</summary>
    ListContinuation,
    Quote,
    Code,

    /// <summary>A horizontal rule (an empty paragraph with a bottom border).</summary>
    Rule,

    /// <summary>A table (<see cref="WordParagraph.Rows"/>): its first row is the header, each cell one line of text.</summary>
    Table,
}

/// <summary>A stretch of text with one formatting: bold, italic, code, and the web address it links to.</summary>
internal sealed record WordRun(string Text, bool Bold, bool Italic, bool Code, string? Link)
{
    public bool SameFormat(WordRun other) => Bold == other.Bold && Italic == other.Italic && Code == other.Code && Link == other.Link;
}

/// <summary>
/// One paragraph as the Markdown sees it: its role, list level and number, and its runs. Word's noise is gone by
/// construction (only text, line breaks, bold, italic, code and links are read); <see cref="Normalize"/> takes what
/// Markdown cannot hold either (runs split anywhere, formatting on spaces, spaces at the ends).
/// </summary>
internal sealed class WordParagraph
{
    public ParagraphRole Role { get; set; }

    /// <summary>The heading level (1–6) or the list level (0–8).</summary>
    public int Level { get; set; }

    /// <summary>For a list item: numbered rather than bulleted.</summary>
    public bool Ordered { get; set; }

    /// <summary>For a list item: which list it belongs to (its <c>numId</c>, or a number made up for a list style by name).</summary>
    public int ListKey { get; set; }

    /// <summary>For a numbered item: the list level's first number.</summary>
    public int Start { get; set; } = 1;

    /// <summary>For a numbered item: its number, counted in its field (<see cref="NumberItems"/>).</summary>
    public int Number { get; set; }

    public List<WordRun> Runs { get; set; } = [];

    /// <summary>For a table: its rows, each its cells' runs (a cell's paragraphs joined by a space).</summary>
    public List<List<List<WordRun>>> Rows { get; set; } = [];

    /// <summary>For a table: each column's alignment, as its header cell has it (<c>left</c>, <c>center</c>, <c>right</c>, or null).</summary>
    public List<string?> Alignments { get; set; } = [];

    /// <summary>The paragraph's mark was deleted as a tracked change: accepted, it joins the next paragraph.</summary>
    public bool MarkDeleted { get; set; }

    /// <summary>Its text as Word shows it (line breaks as <c>\n</c>, tabs as <c>\t</c>), before <see cref="Normalize"/>.</summary>
    public string RawText { get; set; } = string.Empty;

    /// <summary>The text of its runs (of a table, its cells' apart by a space).</summary>
    public string Text => Role == ParagraphRole.Table
        ? string.Join(' ', Rows.SelectMany(r => r).Select(c => string.Concat(c.Select(r => r.Text))))
        : string.Concat(Runs.Select(r => r.Text));

    /// <summary>True when it has no visible text.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>
    /// Tabs to spaces; no spaces at the paragraph's ends or around a line break; spaces carry no bold, italic or code
    /// (formatting on a space cannot be seen, nor written in Markdown) and no link at a link's ends; runs of one
    /// formatting joined. Two paragraphs that look the same in Word normalise to the same runs.
    /// </summary>
    public void Normalize()
    {
        if (Role == ParagraphRole.Table)
        {
            // Each cell as a paragraph of its own.
            Rows = Rows.Select(row => row.Select(cell =>
            {
                var paragraph = new WordParagraph { Runs = cell };
                paragraph.Normalize();
                return paragraph.Runs;
            }).ToList()).ToList();
            return;
        }

        var all = new System.Text.StringBuilder();
        var formats = new List<WordRun>();
        foreach (var run in Runs)
        {
            foreach (var c in run.Text)
            {
                all.Append(c == '\t' ? ' ' : c);
                formats.Add(run);
            }
        }

        var text = all.ToString();
        var keep = new bool[text.Length];
        Array.Fill(keep, true);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                for (var j = i - 1; j >= 0 && text[j] == ' '; j--)
                {
                    keep[j] = false;
                }

                for (var j = i + 1; j < text.Length && text[j] == ' '; j++)
                {
                    keep[j] = false;
                }
            }
        }

        for (var i = 0; i < text.Length && char.IsWhiteSpace(text[i]); i++)
        {
            keep[i] = false;
        }

        for (var i = text.Length - 1; i >= 0 && char.IsWhiteSpace(text[i]); i--)
        {
            keep[i] = false;
        }

        // Each kept character with its formatting; a space's formatting reduced to what can be seen of it.
        var chars = new List<(char C, WordRun Format)>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (keep[i])
            {
                chars.Add((text[i], formats[i]));
            }
        }

        for (var i = 0; i < chars.Count; i++)
        {
            if (!char.IsWhiteSpace(chars[i].C))
            {
                continue;
            }

            var link = chars[i].Format.Link;
            if (link is not null && !(LinkAround(chars, i, -1) == link && LinkAround(chars, i, +1) == link))
            {
                link = null;
            }

            chars[i] = (chars[i].C, new WordRun(string.Empty, false, false, false, link));
        }

        var merged = new List<WordRun>();
        var current = new System.Text.StringBuilder();
        WordRun? format = null;
        foreach (var (c, f) in chars)
        {
            if (format is not null && !format.SameFormat(f))
            {
                merged.Add(format with { Text = current.ToString() });
                current.Clear();
            }

            format = f;
            current.Append(c);
        }

        if (format is not null)
        {
            merged.Add(format with { Text = current.ToString() });
        }

        Runs = merged;
    }

    /// <summary>The link of the nearest character that is not a space, in <paramref name="step"/>'s direction, or null.</summary>
    private static string? LinkAround(List<(char C, WordRun Format)> chars, int at, int step)
    {
        for (var i = at + step; i >= 0 && i < chars.Count; i += step)
        {
            if (!char.IsWhiteSpace(chars[i].C))
            {
                return chars[i].Format.Link;
            }
        }

        return null;
    }

    /// <summary>Numbers the numbered items of one field in order: each list level counts from its start, a higher level restarting the ones below it.</summary>
    public static void NumberItems(IEnumerable<WordParagraph> paragraphs)
    {
        var counters = new Dictionary<(int Key, int Level), int>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Role != ParagraphRole.ListItem)
            {
                continue;
            }

            foreach (var deeper in counters.Keys.Where(k => k.Key == paragraph.ListKey && k.Level > paragraph.Level).ToList())
            {
                counters.Remove(deeper);
            }

            var count = counters.GetValueOrDefault((paragraph.ListKey, paragraph.Level));
            counters[(paragraph.ListKey, paragraph.Level)] = count + 1;
            paragraph.Number = paragraph.Ordered ? paragraph.Start + count : 0;
        }
    }

    /// <summary>Everything that makes two paragraphs look the same in Word, as one string to compare.</summary>
    public string Key()
    {
        var key = new StringBuilder();
        key.Append((int)Role).Append('|').Append(Role is ParagraphRole.Heading or ParagraphRole.ListItem ? Level : 0)
            .Append('|').Append(Role == ParagraphRole.ListItem && Ordered ? Number.ToString(CultureInfo.InvariantCulture) : Role == ParagraphRole.ListItem ? "•" : string.Empty);
        Append(key, Runs);
        if (Role == ParagraphRole.Table)
        {
            key.Append('\u0005').AppendJoin(',', Alignments);
            foreach (var row in Rows)
            {
                key.Append('\u0003');
                foreach (var cell in row)
                {
                    key.Append('\u0004');
                    Append(key, cell);
                }
            }
        }

        return key.ToString();
    }

    private static void Append(StringBuilder key, List<WordRun> runs)
    {
        foreach (var run in runs)
        {
            key.Append('\u0001').Append(run.Bold ? 'b' : '-').Append(run.Italic ? 'i' : '-').Append(run.Code ? 'c' : '-')
                .Append(run.Link).Append('\u0002').Append(run.Text);
        }
    }

    public override string ToString() => $"{Role} {Level} {Key()}";
}
