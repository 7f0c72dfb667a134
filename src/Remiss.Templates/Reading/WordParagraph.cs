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

    /// <summary>The paragraph's mark was deleted as a tracked change: accepted, it joins the next paragraph.</summary>
    public bool MarkDeleted { get; set; }

    /// <summary>Its text as Word shows it (line breaks as <c>\n</c>, tabs as <c>\t</c>), before <see cref="Normalize"/>.</summary>
    public string RawText { get; set; } = string.Empty;

    /// <summary>The text of its runs.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>True when it has no visible text.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>
    /// Tabs to spaces; no spaces at the paragraph's ends or around a line break; a run of only spaces takes the
    /// bold and italic of the run before it (formatting on a space cannot be seen, nor written in Markdown); runs of
    /// one formatting joined.
    /// </summary>
    public void Normalize()
    {
        var text = new StringBuilder();
        var runs = new List<WordRun>(Runs.Count);
        foreach (var run in Runs)
        {
            var value = run.Text.Replace('\t', ' ');
            if (value.Length > 0)
            {
                runs.Add(run with { Text = value });
            }
        }

        // Spaces around line breaks and at the ends go, across run boundaries.
        var all = string.Concat(runs.Select(r => r.Text));
        var keep = new bool[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            keep[i] = true;
        }

        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] == '\n')
            {
                for (var j = i - 1; j >= 0 && all[j] == ' '; j--)
                {
                    keep[j] = false;
                }

                for (var j = i + 1; j < all.Length && all[j] == ' '; j++)
                {
                    keep[j] = false;
                }
            }
        }

        for (var i = 0; i < all.Length && (char.IsWhiteSpace(all[i])); i++)
        {
            keep[i] = false;
        }

        for (var i = all.Length - 1; i >= 0 && (char.IsWhiteSpace(all[i])); i--)
        {
            keep[i] = false;
        }

        var trimmed = new List<WordRun>(runs.Count);
        var at = 0;
        foreach (var run in runs)
        {
            text.Clear();
            for (var i = 0; i < run.Text.Length; i++)
            {
                if (keep[at + i])
                {
                    text.Append(run.Text[i]);
                }
            }

            at += run.Text.Length;
            if (text.Length > 0)
            {
                trimmed.Add(run with { Text = text.ToString() });
            }
        }

        var merged = new List<WordRun>(trimmed.Count);
        foreach (var run in trimmed)
        {
            var current = run;
            if (merged.Count > 0 && string.IsNullOrWhiteSpace(run.Text) && !run.Code && run.Link is null)
            {
                current = run with { Bold = merged[^1].Bold, Italic = merged[^1].Italic };
            }

            if (merged.Count > 0 && merged[^1].SameFormat(current))
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + current.Text };
            }
            else
            {
                merged.Add(current);
            }
        }

        Runs = merged;
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
        foreach (var run in Runs)
        {
            key.Append('\u0001').Append(run.Bold ? 'b' : '-').Append(run.Italic ? 'i' : '-').Append(run.Code ? 'c' : '-')
                .Append(run.Link).Append('\u0002').Append(run.Text);
        }

        return key.ToString();
    }

    public override string ToString() => $"{Role} {Level} {Key()}";
}
