using System.Xml;
using Remiss.Templates.Model;

namespace Remiss.Templates.Writers;

/// <summary>
/// The page header part: the reference's letterhead (if any), then the document's header rows
/// (organisation, date and Dnr by default), tab-separated, and <c>Sida n(m)</c> from PAGE and NUMPAGES fields.
/// </summary>
internal static class DocxHeader
{
    /// <summary>The parts the header brings along (the letterhead's images), for the content types.</summary>
    public static IEnumerable<(string Name, string ContentType)> ExtraParts(ReferenceHeader? letterhead) =>
        letterhead?.Images.Select(i => (i.PartName, i.ContentType)) ?? [];

    /// <summary>Writes the header part, its relationships and its images.</summary>
    public static void Write(DocxPackage package, DocxPart part, DocumentInfo info, ReferenceHeader? letterhead)
    {
        using (var xml = package.CreateXml(part.Name, small: letterhead is null))
        {
            if (letterhead is null)
            {
                xml.Start("hdr");
                Lines(xml, info);
                xml.End();
            }
            else
            {
                XmlCopy.Element(xml, letterhead.HeaderXml, first: null, last: x => Lines(x, info));
            }
        }

        if (letterhead is null || (letterhead.Images.Count == 0 && letterhead.Links.Count == 0))
        {
            return;
        }

        package.WriteRelationships(part.RelationshipsName, letterhead.Images
            .Select(i => new DocxRelationship(i.RelationshipId, DocxPart.ImageType, i.PartName["word/".Length..]))
            .Concat(letterhead.Links.Select(l => new DocxRelationship(l.Id, DocxPart.HyperlinkType, l.Uri, External: true))));
        foreach (var image in letterhead.Images)
        {
            package.WriteBytes(image.PartName, image.Data);
        }
    }

    private static void Lines(XmlWriter xml, DocumentInfo info)
    {
        foreach (var row in info.Header)
        {
            StartLine(xml);
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    Tab(xml);
                }

                if (row[i].Length > 0)
                {
                    Run(xml, row[i]);
                }
            }

            xml.End();
        }

        xml.Start("p");
        xml.Start("pPr");
        xml.Val("pStyle", "Header");
        xml.Val("jc", "right");
        xml.End();
        Run(xml, "Sida ");
        Field(xml, "PAGE");
        Run(xml, "(");
        Field(xml, "NUMPAGES");
        Run(xml, ")");
        xml.End();
    }

    /// <summary>Starts a paragraph in the <c>Header</c> style, which every output has (ours, or added to a reference's).</summary>
    internal static void StartLine(XmlWriter xml)
    {
        xml.Start("p");
        xml.Start("pPr");
        xml.Val("pStyle", "Header");
        xml.End();
    }

    internal static void Run(XmlWriter xml, string text)
    {
        xml.Start("r");
        xml.Text(text);
        xml.End();
    }

    private static void Tab(XmlWriter xml)
    {
        xml.Start("r");
        xml.Empty("tab");
        xml.End();
    }

    /// <summary>A simple field with a cached result, so viewers that do not update fields still show a number.</summary>
    private static void Field(XmlWriter xml, string instruction)
    {
        xml.Start("fldSimple");
        xml.Attribute("instr", " " + instruction + " ");
        xml.Start("r");
        xml.Start("rPr");
        xml.Empty("noProof");
        xml.End();
        xml.Start("t");
        xml.WriteString("1");
        xml.End();
        xml.End();
        xml.End();
    }
}
