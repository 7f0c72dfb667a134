using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Pdf;

/// <summary>
/// The page: size, margins and where the header and footer sit, in points, read from the same <c>w:sectPr</c> the
/// .docx gets (ours from <see cref="DocxSection"/>, or the reference's), so both files have the same pages.
/// </summary>
internal sealed record PageSetup(double Width, double Height, double Top, double Right, double Bottom, double Left, double Header, double Footer)
{
    private static readonly XNamespace W = WordXml.W;

    /// <summary>A4 with the built-in margins, read from what <see cref="DocxSection"/> writes.</summary>
    public static PageSetup BuiltIn { get; } = Read(XElement.Parse(BuiltInSection()), fallback: null);

    public double TextWidth => Width - Left - Right;

    /// <summary>The page setup of a reference's <c>w:sectPr</c>; what it leaves out is the built-in one's.</summary>
    public static PageSetup From(string? sectionXml) => sectionXml is null ? BuiltIn : Read(XElement.Parse(sectionXml), BuiltIn);

    private static PageSetup Read(XElement section, PageSetup? fallback)
    {
        var size = section.Element(W + "pgSz");
        var margins = section.Element(W + "pgMar");
        // Word's own defaults (A4, 2.54 cm margins, 1.25 cm header and footer) where neither says.
        return new PageSetup(
            Twips(size, "w") ?? fallback?.Width ?? 595.3,
            Twips(size, "h") ?? fallback?.Height ?? 841.9,
            Math.Abs(Twips(margins, "top") ?? fallback?.Top ?? 72),
            Twips(margins, "right") ?? fallback?.Right ?? 72,
            Math.Abs(Twips(margins, "bottom") ?? fallback?.Bottom ?? 72),
            Twips(margins, "left") ?? fallback?.Left ?? 72,
            Twips(margins, "header") ?? fallback?.Header ?? 35.4,
            Twips(margins, "footer") ?? fallback?.Footer ?? 35.4);
    }

    private static string BuiltInSection()
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            DocxSection.Write(xml, referenceSection: null, headersAndFooters: []);
        }

        return text.ToString();
    }

    private static double? Twips(XElement? element, string attribute) =>
        (string?)element?.Attribute(W + attribute) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value / 20 : null;
}
