using System.Text;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Pdf;

/// <summary>A paragraph broken into lines, with where each line landed (page and top) once paginated.</summary>
internal sealed class LaidParagraph
{
    public required ContentParagraph Source { get; init; }

    public required ResolvedStyle Style { get; init; }

    public required List<TextLine> Lines { get; init; }

    /// <summary>Where the text starts, from the left margin (first line: plus <see cref="FirstLine"/>).</summary>
    public required double Left { get; init; }

    /// <summary>The first line's offset from <see cref="Left"/> (negative when hanging).</summary>
    public required double FirstLine { get; init; }

    /// <summary>The width lines may fill after the first.</summary>
    public required double Width { get; init; }

    /// <summary>The width the first line may fill.</summary>
    public required double FirstWidth { get; init; }

    /// <summary>The list label, drawn at <see cref="LabelX"/> (from the left margin) on the first line.</summary>
    public Fragment? Label { get; init; }

    public double LabelX { get; init; }

    public (int Page, double Top)[] Placed { get; set; } = [];

    /// <summary>A table (<see cref="PdfTable"/>): its lines are its rows; null for a paragraph.</summary>
    public LaidTable? Table { get; init; }

    /// <summary>The height above the first line placed on a page the paragraph continues on: a table's repeated header row.</summary>
    public double ContinuationHead { get; init; }

    public bool KeepWithNext => Style.KeepNext;

    public bool KeepTogether => Style.KeepLines;
}

/// <summary>
/// Sets the body's paragraphs in lines, greedily as Word does: words are added while they fit (spaces at a line's end
/// hang in the margin), a line breaks at a space or after a hyphen between letters, and a word longer than the line
/// is broken between characters. Fonts, sizes, indents and spacing are the paragraph's Word style.
/// </summary>
internal sealed class PdfLayout(PdfText text, WordStyles styles, double textWidth)
{
    private const double Slack = 0.01;

    public LaidParagraph Lay(ContentParagraph paragraph)
    {
        var style = styles.Get(paragraph.StyleId);
        var left = style.IndentLeft;
        var firstLine = style.IndentFirstLine;
        Fragment? label = null;
        var labelX = 0.0;
        if (paragraph.Label is { } l)
        {
            // The numbering's indent, as DocxNumbering writes it: text at 720 twips per level, the label hanging 360 before.
            left = DocxNumbering.IndentTwips(l.Level) / 20.0;
            firstLine = -DocxNumbering.HangingTwips / 20.0;
            labelX = left + firstLine;
            var labelLook = text.Look(style);
            var labelWidth = text.Width(l.Text, labelLook.Font);
            label = new Fragment(l.Text, labelLook, 0, labelWidth, 0, labelWidth);
        }

        var width = Math.Max(textWidth - left - style.IndentRight, 36);
        // The label's tab takes the first line to the item's text position, so its text starts at Left.
        var firstWidth = label is null ? width - firstLine : width;
        var lines = Break(paragraph, style, firstWidth, width);
        return new LaidParagraph
        {
            Source = paragraph,
            Style = style,
            Lines = lines,
            Left = left,
            FirstLine = label is null ? firstLine : 0,
            Width = width,
            FirstWidth = firstWidth,
            Label = label,
            LabelX = labelX,
        };
    }

    private List<TextLine> Break(ContentParagraph paragraph, ResolvedStyle style, double firstWidth, double width)
    {
        var lines = new List<TextLine>();
        var builder = new LineBuilder(this, style);
        foreach (var word in Words(paragraph, style))
        {
            if (word.Break)
            {
                // A forced break keeps a space at the line's end, hanging in the margin: the tagged text reads
                // "Viktoria Jansson Ordförande", not "Viktoria JanssonOrdförande".
                if (!builder.EndsWithSpace)
                {
                    var look = builder.LastLook ?? text.Look(style);
                    builder.Add(new Piece(" ", look, text.Width(" ", look.Font), 0), gap: false);
                }

                lines.Add(builder.Finish(isLast: true));
                continue;
            }

            var available = lines.Count == 0 ? firstWidth : width;
            if (!builder.IsEmpty && builder.End + word.Ink > available + Slack)
            {
                lines.Add(builder.Finish(isLast: false));
                available = width;
            }

            if (builder.IsEmpty && word.Ink > available + Slack)
            {
                // Longer than a whole line (a long address): broken between characters.
                foreach (var piece in word.Pieces)
                {
                    foreach (var rune in piece.Text.EnumerateRunes())
                    {
                        var s = rune.ToString();
                        var w = text.Width(s, piece.Look.Font);
                        if (!builder.IsEmpty && builder.End + w > (lines.Count == 0 ? firstWidth : width) + Slack && s != " ")
                        {
                            lines.Add(builder.Finish(isLast: false));
                        }

                        builder.Add(new Piece(s, piece.Look, w, s == " " ? 0 : w), gap: false);
                    }
                }

                continue;
            }

            var first = true;
            foreach (var piece in word.Pieces)
            {
                builder.Add(piece, gap: first && !builder.IsEmpty && builder.EndsWithSpace);
                first = false;
            }
        }

        lines.Add(builder.Finish(isLast: true));
        return lines;
    }

    /// <summary>A piece of a word in one look; <see cref="Ink"/> is its width without trailing spaces.</summary>
    private readonly record struct Piece(string Text, RunLook Look, double Width, double Ink);

    /// <summary>What a line may not be broken inside: a word with its trailing spaces, or a hard break.</summary>
    private sealed record Word(List<Piece> Pieces, double Ink, bool Break);

    private IEnumerable<Word> Words(ContentParagraph paragraph, ResolvedStyle style)
    {
        var pieces = new List<Piece>();
        var ink = 0.0;
        var width = 0.0;
        var current = new StringBuilder();
        RunLook? look = null;
        var trailing = false;

        foreach (var span in paragraph.Spans)
        {
            if (span.IsLineBreak)
            {
                Flush();
                if (pieces.Count > 0)
                {
                    yield return Emit();
                }

                yield return new Word([], 0, Break: true);
                continue;
            }

            var spanLook = LookOf(span, style);
            if (look is not null && !ReferenceEquals(look, spanLook))
            {
                Flush();
            }

            look = spanLook;
            for (var i = 0; i < span.Text.Length; i++)
            {
                var c = span.Text[i];
                if (c == ' ')
                {
                    current.Append(c);
                    trailing = true;
                    continue;
                }

                if (trailing)
                {
                    // A space ended the word: a break may follow it.
                    Flush();
                    yield return Emit();
                    trailing = false;
                }

                current.Append(c);
                if (c == '-' && i > 0 && char.IsLetter(span.Text[i - 1]) && i + 1 < span.Text.Length && char.IsLetter(span.Text[i + 1]))
                {
                    Flush();
                    yield return Emit();
                }
            }
        }

        Flush();
        if (pieces.Count > 0)
        {
            yield return Emit();
        }

        void Flush()
        {
            if (current.Length == 0 || look is null)
            {
                return;
            }

            var s = current.ToString();
            var w = text.Width(s, look.Font);
            var trimmed = s.TrimEnd(' ');
            var pieceInk = trimmed.Length == s.Length ? w : text.Width(trimmed, look.Font);
            // Ink so far is the whole width before this piece plus this piece's ink.
            ink = trimmed.Length > 0 ? width + pieceInk : ink;
            width += w;
            pieces.Add(new Piece(s, look, w, pieceInk));
            current.Clear();
        }

        Word Emit()
        {
            var word = new Word(pieces, ink, Break: false);
            pieces = [];
            ink = 0;
            width = 0;
            return word;
        }
    }

    private readonly Dictionary<(ResolvedStyle, bool, bool, bool, string?), RunLook> _looks = [];

    private PdfSharp.Drawing.XFont DefaultFont(ResolvedStyle style) => text.Font(style.Font, style.Size, style.Bold, style.Italic);

    private RunLook LookOf(TextSpan span, ResolvedStyle paragraph)
    {
        var key = (paragraph, span.Bold, span.Italic, span.Code, span.Link);
        if (_looks.TryGetValue(key, out var look))
        {
            return look;
        }

        var style = paragraph;
        if (span.Code)
        {
            var verbatim = styles.Get("Normal", "VerbatimChar");
            style = style with { Font = verbatim.Font };
        }

        if (span.Link is not null)
        {
            var link = styles.Get("Normal", "Hyperlink");
            style = style with { Color = link.Color, Underline = link.Underline };
        }

        style = style with { Bold = style.Bold || span.Bold, Italic = style.Italic || span.Italic };
        look = new RunLook(text.Font(style.Font, style.Size, style.Bold, style.Italic), text.Brush(style.Color), style.Underline, span.Link);
        _looks[key] = look;
        return look;
    }

    /// <summary>Collects a line's pieces into fragments (one per look and word gap) and measures it.</summary>
    private sealed class LineBuilder(PdfLayout layout, ResolvedStyle style)
    {
        private TextLine _line = new();
        private double _x;
        private double _ink;
        private int _gaps;

        public bool IsEmpty => _line.Fragments.Count == 0;

        /// <summary>Where the next word's ink would start: after this line's text and its trailing spaces.</summary>
        public double End => _x;

        public bool EndsWithSpace => _line.Fragments.Count > 0 && _line.Fragments[^1].Text.EndsWith(' ');

        public RunLook? LastLook => _line.Fragments.Count > 0 ? _line.Fragments[^1].Look : null;

        public void Add(Piece piece, bool gap)
        {
            if (gap)
            {
                _gaps++;
            }

            var fragments = _line.Fragments;
            // One fragment per look; a justified line also needs one per word, to widen the gaps between them.
            var justified = style.Alignment == "both";
            if (fragments.Count > 0 && ReferenceEquals(fragments[^1].Look, piece.Look) && (!justified || (!gap && !fragments[^1].Text.EndsWith(' '))))
            {
                var last = fragments[^1];
                fragments[^1] = last with { Text = last.Text + piece.Text, Width = last.Width + piece.Width, Ink = piece.Ink > 0 ? last.Width + piece.Ink : last.Ink };
            }
            else
            {
                fragments.Add(new Fragment(piece.Text, piece.Look, _x, piece.Width, _gaps, piece.Ink));
            }

            if (piece.Ink > 0)
            {
                _ink = _x + piece.Ink;
            }

            _x += piece.Width;
        }

        public TextLine Finish(bool isLast)
        {
            var line = _line;
            line.Width = _ink;
            line.IsLast = isLast;
            line.Gaps = _gaps;
            var fonts = line.Fragments.Select(f => f.Look.Font).DefaultIfEmpty(layout.DefaultFont(style)).ToList();
            var natural = fonts.Max(PdfText.LineHeight);
            line.Ascent = fonts.Max(PdfText.Ascent);
            // In whole twips, as Word and LibreOffice lay out: 11 pt Arial at 1.1 lines is 278 twips (13.9 pt), not 13.915 pt,
            // which over a page of lines decides whether the last one fits.
            var single = Math.Round(natural * 20) / 20;
            line.Height = style.LineRule switch
            {
                "exact" => style.Line,
                "atLeast" => Math.Max(style.Line, single),
                _ => Math.Round(single * 20 * style.Line) / 20,
            };
            // The space a line spacing above single adds may run into the bottom margin (LibreOffice's layout of a .docx).
            line.Fit = style.LineRule == "auto" ? Math.Min(line.Height, single) : line.Height;
            _line = new TextLine();
            _x = 0;
            _ink = 0;
            _gaps = 0;
            return line;
        }
    }
}
