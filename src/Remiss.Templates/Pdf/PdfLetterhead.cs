using System.Globalization;
using System.Xml.Linq;
using PdfSharp.Drawing;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Pdf;

/// <summary>An image of the letterhead: in the line's flow (inline), or at a fixed place on the page (anchored).</summary>
/// <param name="Data">The picture's file (PNG, JPEG or BMP), decoded per document: a PDF library image belongs to one document.</param>
/// <param name="Width">Its width in points.</param>
/// <param name="Height">Its height in points.</param>
/// <param name="Anchor">Null in the flow; else where it sits: relative to the page or the margins, in points.</param>
internal sealed record LetterheadImage(byte[] Data, double Width, double Height, LetterheadAnchor? Anchor)
{
    public XImage Decode() => XImage.FromStream(new MemoryStream(Data, writable: false));
}

/// <summary>Where an anchored image sits: its offsets and what they are measured from (<c>page</c>, <c>margin</c>, …), or an alignment.</summary>
internal sealed record LetterheadAnchor(string FromH, double X, string? AlignH, string FromV, double Y);

/// <summary>A paragraph of the letterhead: its style, alignment, text and images, in order.</summary>
internal sealed record LetterheadParagraph(string StyleId, string? Alignment, IReadOnlyList<object> Items);

/// <summary>
/// The letterhead of a reference .docx as the PDF draws it: the paragraphs of its default header (text in their
/// styles) with their pictures (PNG, JPEG or BMP; other formats are left out), above our header lines. Read once per
/// reference; each document decodes its own copy of the pictures.
/// </summary>
internal sealed class PdfLetterhead
{
    private const double EmuPerPoint = 12700;
    private static readonly XNamespace W = WordXml.W;
    private static readonly XNamespace R = WordXml.R;
    private static readonly XNamespace WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private PdfLetterhead(IReadOnlyList<LetterheadParagraph> paragraphs) => Paragraphs = paragraphs;

    public IReadOnlyList<LetterheadParagraph> Paragraphs { get; }

    public static PdfLetterhead? From(ReferenceHeader? header)
    {
        if (header is null)
        {
            return null;
        }

        var images = header.Images.ToDictionary(i => i.RelationshipId, i => i, StringComparer.Ordinal);
        var paragraphs = new List<LetterheadParagraph>();
        foreach (var p in XElement.Parse(header.HeaderXml).Descendants(W + "p"))
        {
            var items = new List<object>();
            foreach (var element in p.Descendants())
            {
                if (element.Name == W + "t")
                {
                    items.Add(element.Value);
                }
                else if (element.Name == W + "tab")
                {
                    items.Add(" ");
                }
                else if ((element.Name == WP + "inline" || element.Name == WP + "anchor") && Image(element, images) is { } image)
                {
                    items.Add(image);
                }
            }

            var style = (string?)p.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") ?? "Normal";
            var alignment = (string?)p.Element(W + "pPr")?.Element(W + "jc")?.Attribute(W + "val");
            paragraphs.Add(new LetterheadParagraph(style, alignment, items));
        }

        return new PdfLetterhead(paragraphs);
    }

    private static LetterheadImage? Image(XElement drawing, Dictionary<string, ReferenceImage> images)
    {
        var extent = drawing.Element(WP + "extent");
        var id = (string?)drawing.Descendants(A + "blip").FirstOrDefault()?.Attribute(R + "embed");
        if (extent is null || id is null || !images.TryGetValue(id, out var data) || Emu(extent, "cx") is not { } cx || Emu(extent, "cy") is not { } cy)
        {
            return null;
        }

        try
        {
            using var probe = XImage.FromStream(new MemoryStream(data.Data, writable: false));
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or ArgumentException or IOException or FormatException or IndexOutOfRangeException)
        {
            // A picture the PDF library cannot read (EMF, SVG …) is left out of the PDF; the .docx keeps it.
            return null;
        }

        LetterheadAnchor? anchor = null;
        if (drawing.Name == WP + "anchor")
        {
            var h = drawing.Element(WP + "positionH");
            var v = drawing.Element(WP + "positionV");
            anchor = new LetterheadAnchor(
                (string?)h?.Attribute("relativeFrom") ?? "column",
                Offset(h),
                h?.Element(WP + "align")?.Value,
                (string?)v?.Attribute("relativeFrom") ?? "paragraph",
                Offset(v));
        }

        return new LetterheadImage(data.Data, cx / EmuPerPoint, cy / EmuPerPoint, anchor);
    }

    private static double Offset(XElement? position) =>
        position?.Element(WP + "posOffset")?.Value is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var emu) ? emu / EmuPerPoint : 0;

    private static long? Emu(XElement element, string attribute) =>
        (string?)element.Attribute(attribute) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
