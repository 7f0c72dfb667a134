using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Templates.Model;

namespace Remiss.Templates.Writers;

/// <summary>
/// Writes a .docx from the document's Markdown: styles (ours or a reference .docx's), real lists, a page
/// header with organisation, date, Dnr and <c>Sida n(m)</c>, core properties, and byte-identical output for
/// identical input (fixed relationship ids, part names and zip entry times).
/// </summary>
internal static class DocxWriter
{
    private const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Write(string markdown, DocumentInfo info, ReferenceDocx? reference)
    {
        var document = RemissMarkdown.Parse(markdown);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = package.AddNewPart<MainDocumentPart>(DocumentContentType, "rId1");
            WriteCoreProperties(package, info);
            WriteAppProperties(package);

            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            Feed(styles, reference?.StylesXml ?? DocxStyles.StylesXml);
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            Feed(settings, DocxStyles.SettingsXml);
            if (reference?.ThemeXml is { } theme)
            {
                Feed(main.AddNewPart<ThemePart>("rIdTheme"), theme);
            }

            if (reference?.FontTableXml is { } fonts)
            {
                Feed(main.AddNewPart<FontTablePart>("rIdFonts"), fonts);
            }

            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            DocxHeader.Write(header, info, reference?.Letterhead);
            if (info.Footer is { } footer)
            {
                DocxFooter.Write(main, footer);
            }

            var numbering = new DocxNumbering();
            var linkCount = 0;
            var body = new Body();
            body.Append(new DocxBody(numbering, uri => main.AddHyperlinkRelationship(uri, isExternal: true, "rIdLink" + (++linkCount)).Id).Write(document));
            body.Append(SectionProperties(reference, info.Footer is not null));
            main.Document = new Document(body);

            if (numbering.HasLists)
            {
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
            }
        }

        return DeterministicZip.Normalize(stream.ToArray());
    }

    private static SectionProperties SectionProperties(ReferenceDocx? reference, bool footer)
    {
        // Kept as XML and parsed per render: OpenXml elements parse lazily, so sharing one across threads is not safe.
        var section = reference?.SectionPropertiesXml is { } xml ? new SectionProperties(xml) : new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1701, Right = 1418U, Bottom = 1418, Left = 1418U, Header = 567U, Footer = 567U, Gutter = 0U });

        // One default header: the reference's letterhead and our lines (written by DocxHeader); its other headers and footers are dropped.
        // A separate first-page header (titlePg) would leave page 1 without ours, so that goes too.
        foreach (var existing in section.Elements<HeaderReference>().Concat<OpenXmlElement>(section.Elements<FooterReference>()).Concat(section.Elements<TitlePage>()).ToList())
        {
            existing.Remove();
        }

        var header = section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" });
        if (footer)
        {
            DocxFooter.Reference(section, header);
        }

        return section;
    }

    private static void WriteCoreProperties(WordprocessingDocument package, DocumentInfo info)
    {
        // Written by hand into /docProps/core.xml: System.IO.Packaging's own core properties would get a random part name.
        var part = package.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2");
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        xml.WriteElementString("title", dc, DocxBody.WordText(info.Title));
        xml.WriteElementString("creator", dc, DocxBody.WordText(info.Organisation));
        xml.WriteElementString("language", dc, DocumentInfo.Language);
        if (info.Date is not null)
        {
            // The case date, not the clock: the same input must give the same bytes.
            xml.WriteStartElement("created", dcterms);
            xml.WriteAttributeString("type", xsi, "dcterms:W3CDTF");
            xml.WriteString(info.Date + "T00:00:00Z");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteAppProperties(WordprocessingDocument package)
    {
        var part = package.AddNewPart<ExtendedFilePropertiesPart>("application/vnd.openxmlformats-officedocument.extended-properties+xml", "rId3");
        part.Properties = new DocumentFormat.OpenXml.ExtendedProperties.Properties(
            new DocumentFormat.OpenXml.ExtendedProperties.Application("Remiss"));
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = part.GetStream(FileMode.Create);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(xml.TrimStart());
    }
}
