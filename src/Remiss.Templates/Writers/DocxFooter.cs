using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Templates.Writers;

/// <summary>
/// The page footer: one line every page ends with (a protocol extract's <c>Justerandes signatur    Utdragsbestyrkande</c>).
/// It uses the header's paragraph style, which every output has (ours, or added to a reference .docx's), so a
/// reference without a footer style still gets a small, tabbed line.
/// </summary>
internal static class DocxFooter
{
    public const string RelationshipId = "rIdFooter";

    public static void Write(MainDocumentPart main, string line)
    {
        var part = main.AddNewPart<FooterPart>(RelationshipId);
        part.Footer = new Footer(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }), DocxHeader.Text(line)));
    }

    /// <summary>Adds the reference to the footer after the section's header reference.</summary>
    public static void Reference(SectionProperties section, HeaderReference header) =>
        section.InsertAfter(new FooterReference { Type = HeaderFooterValues.Default, Id = RelationshipId }, header);
}
