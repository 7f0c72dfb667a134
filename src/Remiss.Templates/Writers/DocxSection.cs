using System.Xml;

namespace Remiss.Templates.Writers;

/// <summary>
/// The body's closing <c>w:sectPr</c>: the page setup (A4 and our margins, or the reference's) and a
/// reference to each of our header and footer parts.
/// </summary>
internal static class DocxSection
{
    /// <param name="xml">The document part, inside <c>w:body</c> after the last paragraph.</param>
    /// <param name="referenceSection">The reference's <c>w:sectPr</c> without its header and footer references (see <see cref="ReferenceDocx"/>), or null.</param>
    /// <param name="headersAndFooters">Our header and footer parts, each written as the default for every page.</param>
    public static void Write(XmlWriter xml, string? referenceSection, IReadOnlyList<DocxPart> headersAndFooters)
    {
        if (referenceSection is not null)
        {
            XmlCopy.Element(xml, referenceSection, x => References(x, headersAndFooters), last: null);
            return;
        }

        xml.Start("sectPr");
        References(xml, headersAndFooters);
        xml.Start("pgSz");
        xml.Attribute("w", 11906);
        xml.Attribute("h", 16838);
        xml.End();
        xml.Start("pgMar");
        xml.Attribute("top", 1701);
        xml.Attribute("right", 1418);
        xml.Attribute("bottom", 1418);
        xml.Attribute("left", 1418);
        xml.Attribute("header", 567);
        xml.Attribute("footer", 567);
        xml.Attribute("gutter", 0);
        xml.End();
        xml.End();
    }

    // Header references come before footer references, as the schema orders them.
    private static void References(XmlWriter xml, IReadOnlyList<DocxPart> parts)
    {
        foreach (var part in parts.Where(p => p.RelationshipType == DocxPart.Header.RelationshipType).Concat(parts.Where(p => p.RelationshipType == DocxPart.FooterType)))
        {
            xml.Start(part.RelationshipType == DocxPart.FooterType ? "footerReference" : "headerReference");
            xml.Attribute("type", "default");
            xml.WriteAttributeString("r", "id", WordXml.R, part.RelationshipId);
            xml.End();
        }
    }
}
