using Remiss.Templates.Structure;
using Remiss.Templates.Model;

namespace Remiss.Templates.Writers;

/// <summary>
/// Writes a .docx from the document structure in one pass to the zip: every part is
/// streamed once into its entry (<see cref="DocxPackage"/>), with styles (ours or a reference .docx's), real
/// lists, a page header with organisation, date, Dnr and <c>Sida n(m)</c>, and core properties. Identical
/// input gives identical bytes: fixed part names, relationship ids, entry order and entry time.
/// </summary>
internal static class DocxWriter
{
    /// <param name="document">The document's structure.</param>
    /// <param name="info">Its header and properties.</param>
    /// <param name="reference">A reference .docx's styles and letterhead, or null.</param>
    /// <param name="marks">The document's fields, to become content controls and the round-trip part; null for neither.</param>
    public static byte[] Write(DocumentBody document, DocumentInfo info, ReferenceDocx? reference, DocxMarks? marks = null)
    {
        var letterhead = reference?.Letterhead;

        // Every part the document points at, in zip order, with what writes it. Known before the body is
        // written, because [Content_Types].xml, which lists them, comes first in the zip.
        var numbering = new DocxNumbering();
        var parts = new List<(DocxPart Part, Action<DocxPackage> Write)>(8)
        {
            // The table style only where a table uses it: a document without one keeps its bytes.
            (DocxPart.Styles, p => p.WriteBytes(DocxPart.Styles.Name, document.HasTables
                ? reference?.StylesWithTable ?? DocxStyles.StylesWithTable
                : reference?.Styles ?? DocxStyles.Styles)),
            (DocxPart.Settings, p => p.WriteBytes(DocxPart.Settings.Name, DocxStyles.Settings)),
        };
        if (reference?.Theme is { } theme)
        {
            parts.Add((DocxPart.Theme, p => p.WriteBytes(DocxPart.Theme.Name, theme)));
        }

        if (reference?.FontTable is { } fontTable)
        {
            parts.Add((DocxPart.FontTable, p => p.WriteBytes(DocxPart.FontTable.Name, fontTable)));
        }

        parts.Add((DocxPart.Header, p => DocxHeader.Write(p, DocxPart.Header, info, letterhead)));
        if (info.Footer is { } footer)
        {
            parts.Add((DocxPart.Footer, p => DocxFooter.Write(p, DocxPart.Footer, footer)));
        }

        if (document.HasLists)
        {
            parts.Add((DocxPart.Numbering, numbering.Write));
        }

        if (marks is not null)
        {
            // Written after the body, which collects what the part records.
            parts.Add((DocxPart.RoundTrip, p => DocxRoundTripPart.Write(p, marks)));
        }

        using var package = new DocxPackage();
        package.WriteContentTypes(
            new[] { DocxPart.Document, DocxPart.CoreProperties, DocxPart.AppProperties }.Concat(parts.Select(p => p.Part))
                .Select(p => (p.Name, p.ContentType))
                .Concat(DocxHeader.ExtraParts(letterhead))
                .Concat(marks is null ? [] : DocxRoundTripPart.ExtraParts));
        package.WriteRelationships("_rels/.rels", new[] { DocxPart.Document, DocxPart.CoreProperties, DocxPart.AppProperties }
            .Select(p => new DocxRelationship(p.RelationshipId, p.RelationshipType, p.Name)));
        DocxProperties.WriteCore(package, info);
        DocxProperties.WriteApp(package);

        IReadOnlyList<DocxRelationship> hyperlinks;
        using (var xml = package.CreateXml(DocxPart.Document.Name))
        {
            xml.Start("document");
            xml.WriteAttributeString("xmlns", "r", null, WordXml.R);
            if (marks is not null)
            {
                DocxMarks.DeclareNamespaces(xml);
            }

            xml.Start("body");
            var body = new DocxBody(xml, numbering, reference?.TableStyle ?? DocxStyles.TableStyleId);
            body.Write(document, marks);
            hyperlinks = body.Hyperlinks;
            DocxSection.Write(xml, reference?.SectionXml, parts.Select(p => p.Part).Where(p => p.IsHeaderOrFooter).ToList());
            xml.End();
            xml.End();
        }

        package.WriteRelationships(DocxPart.Document.RelationshipsName, parts.Select(p => DocxRelationship.To(p.Part)).Concat(hyperlinks));
        foreach (var (_, write) in parts)
        {
            write(package);
        }

        return package.ToArray();
    }
}
