using PdfSharp.Drawing;

namespace Remiss.Templates.Pdf;

/// <summary>How a run of text is drawn: font, colour, underline, and the link it is part of.</summary>
internal sealed record RunLook(XFont Font, XBrush Brush, bool Underline, string? Link);

/// <summary>
/// A piece of a line in one look, at <see cref="X"/> from the line's start, <see cref="Width"/> wide (its trailing
/// spaces included) and <see cref="Ink"/> wide without them; <see cref="Gaps"/> word spaces come before it in the
/// line, which justification widens.
/// </summary>
internal sealed record Fragment(string Text, RunLook Look, double X, double Width, int Gaps, double Ink);

/// <summary>One line of a paragraph: its fragments (trailing spaces kept, so the tagged text keeps its word breaks), its height and baseline.</summary>
internal sealed class TextLine
{
    public List<Fragment> Fragments { get; } = [];

    /// <summary>The width of the ink, without the spaces that hang at its end.</summary>
    public double Width { get; set; }

    public double Height { get; set; }

    /// <summary>The height the line needs at the foot of a page: without the extra space of a line spacing above single.</summary>
    public double Fit { get; set; }

    /// <summary>From the line's top to its baseline.</summary>
    public double Ascent { get; set; }

    /// <summary>True when a hard break or the paragraph's end ends the line (a justified paragraph does not stretch it).</summary>
    public bool IsLast { get; set; }

    /// <summary>The number of spaces between words, for justification.</summary>
    public int Gaps { get; set; }
}

/// <summary>
/// The fonts and brushes of one document, and text measured with the fonts' real advance widths (as Word measures,
/// without kerning).
/// </summary>
internal sealed class PdfText : IDisposable
{
    private readonly Dictionary<(string, bool, bool, double), XFont> _fonts = [];
    private readonly Dictionary<string, XBrush> _brushes = new(StringComparer.Ordinal);
    private readonly Dictionary<(XFont, string), double> _widths = [];
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);

    public XFont Font(string family, double size, bool bold, bool italic)
    {
        if (!_fonts.TryGetValue((family, bold, italic, size), out var font))
        {
            var face = PdfFonts.Face(family, bold, italic);
            font = new XFont(face.Typeface, size, PdfFonts.Options, face.SimulateBold ? XStyleSimulations.BoldSimulation : XStyleSimulations.None);
            _fonts[(family, bold, italic, size)] = font;
        }

        return font;
    }

    public XBrush Brush(string? color)
    {
        color ??= "000000";
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(XColor.FromArgb(
                Convert.ToInt32(color[..2], 16), Convert.ToInt32(color[2..4], 16), Convert.ToInt32(color[4..], 16)));
            _brushes[color] = brush;
        }

        return brush;
    }

    public RunLook Look(ResolvedStyle style, string? link = null) =>
        new(Font(style.Font, style.Size, style.Bold, style.Italic), Brush(style.Color), style.Underline, link);

    public double Width(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    /// <summary>Word's single line height of a font: ascent, descent and line gap (1.15 em for Arial and Times New Roman).</summary>
    public static double LineHeight(XFont font) => font.GetHeight();

    public static double Ascent(XFont font) => font.CellAscent * font.Size / font.Metrics.UnitsPerEm;

    public void Dispose() => _measure.Dispose();
}
