using System.Text;
using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// A page's text made uniform for recognition: no-break and zero-width spaces, soft hyphens and Markdown
/// marks removed, so a page saved as text, Markdown, HTML (through the CLI's converter) or a PDF's text
/// reads the same. Keeps each line's place in the source for the findings.
/// </summary>
internal sealed class PageText
{
    /// <summary>
    /// How long any one pattern of the page readers may run: a pathological page (or a catastrophic backtrack of
    /// ours) then ends in a located error (<see cref="ReferralPage.Read(IEnumerable{PageLine}, string)"/>), never a hang.
    /// </summary>
    internal static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Timeout = RegexTimeout;
    private static readonly Regex Heading = new(@"^#{1,6}\s+", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex ListMark = new(@"^(?:[-*+•–·▪◦]\s+|\d{1,3}[.)]\s+)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Link = new(@"!?\[([^\]]*)\]\([^)]*\)", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Strong = new(@"(\*\*|__)(.+?)\1", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Emphasis = new(@"(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Escape = new(@"\\([\\`*_{}\[\]()#+\-.!|>])", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant, Timeout);

    private PageText(IReadOnlyList<CleanLine> lines) => Lines = lines;

    /// <summary>The cleaned lines; blank lines are kept (they end paragraphs and lists).</summary>
    public IReadOnlyList<CleanLine> Lines { get; }

    public static PageText From(IEnumerable<PageLine> source)
    {
        var lines = new List<CleanLine>();
        foreach (var line in source)
        {
            // A PDF's text has a form feed where a page begins; lines may hold several (from \r or \v too).
            foreach (var part in line.Text.Split('\f', '\r', '\v', '\u2028', '\u2029'))
            {
                lines.Add(Clean(line.Line, part));
            }
        }

        return new PageText(lines);
    }

    private static CleanLine Clean(int number, string raw)
    {
        var text = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            switch (c)
            {
                case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u2002' or '\u2003' or '\u2009':
                    text.Append(' ');
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        var s = text.ToString().Trim();
        var isHeading = Heading.IsMatch(s);
        s = Heading.Replace(s, string.Empty).TrimEnd('#', ' ');
        // Quote marks (">", "> >") skipped by position, not a new string each: linear however deep the quote.
        var quoted = 0;
        while (quoted < s.Length && s[quoted] == '>')
        {
            quoted++;
            while (quoted < s.Length && char.IsWhiteSpace(s[quoted]))
            {
                quoted++;
            }
        }

        s = quoted == 0 ? s : s.Substring(quoted);

        var isItem = ListMark.IsMatch(s);
        s = ListMark.Replace(s, string.Empty);
        s = Link.Replace(s, "$1");
        s = Strong.Replace(s, "$2");
        s = Emphasis.Replace(s, "$1");
        s = Escape.Replace(s, "$1");
        s = Spaces.Replace(s, " ").Trim();
        return new CleanLine(number, s, isHeading, isItem);
    }

    /// <summary>
    /// The paragraphs (runs of non-blank lines) each as one string joined with spaces, so a sentence the
    /// PDF wrapped over lines is found whole; <see cref="Paragraph.LineAt"/> maps a position back to its line.
    /// </summary>
    public IEnumerable<Paragraph> Paragraphs()
    {
        var run = new List<CleanLine>();
        foreach (var line in Lines.Append(new CleanLine(0, string.Empty, false, false)))
        {
            if (line.Text.Length > 0)
            {
                run.Add(line);
                continue;
            }

            if (run.Count > 0)
            {
                yield return new Paragraph(run.ToArray());
                run.Clear();
            }
        }
    }
}

/// <summary>A cleaned line: its source line, its text and whether it was a Markdown heading or list item.</summary>
internal readonly record struct CleanLine(int Line, string Text, bool IsHeading, bool IsItem);

/// <summary>Consecutive non-blank lines as one text.</summary>
internal sealed class Paragraph
{
    private readonly int[] _starts;
    private readonly CleanLine[] _lines;

    public Paragraph(CleanLine[] lines)
    {
        _lines = lines;
        _starts = new int[lines.Length];
        var text = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            _starts[i] = text.Length;
            text.Append(lines[i].Text);
        }

        Text = text.ToString();
    }

    public string Text { get; }

    /// <summary>The source line of the character at <paramref name="index"/>.</summary>
    public int LineAt(int index)
    {
        var i = Array.BinarySearch(_starts, index);
        return _lines[i >= 0 ? i : Math.Max(0, ~i - 1)].Line;
    }
}
