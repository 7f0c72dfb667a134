using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Templates.Model;
using Remiss.Templates.Writers;

namespace Remiss.Benchmarks.Baseline;

/// <summary>
/// The Word writer as it was before the one-pass writer (commit 64b1835), kept only as the benchmarks'
/// baseline: an Open XML SDK element tree saved through System.IO.Packaging, then inflated and deflated
/// again by <see cref="BaselineDeterministicZip"/>. Without reference .docx support, which the benchmarks do not use.
/// </summary>
internal static class BaselineDocxWriter
{
    private const string DocumentContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Write(string markdown, DocumentInfo info)
    {
        var document = RemissMarkdown.Parse(markdown);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true))
        {
            var main = package.AddNewPart<MainDocumentPart>(DocumentContentType, "rId1");
            WriteCoreProperties(package, info);
            WriteAppProperties(package);

            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
            Feed(styles, DocxStyles.StylesXml);
            var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
            Feed(settings, DocxStyles.SettingsXml);
            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            BaselineDocxHeader.Write(header, info);

            var numbering = new BaselineDocxNumbering();
            var linkCount = 0;
            var body = new Body();
            body.Append(new BaselineDocxBody(numbering, uri => main.AddHyperlinkRelationship(uri, isExternal: true, "rIdLink" + (++linkCount)).Id).Write(document));
            body.Append(SectionProperties());
            main.Document = new Document(body);

            if (numbering.HasLists)
            {
                main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
            }
        }

        return BaselineDeterministicZip.Normalize(stream.ToArray());
    }

    private static SectionProperties SectionProperties() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1701, Right = 1418U, Bottom = 1418, Left = 1418U, Header = 567U, Footer = 567U, Gutter = 0U });

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
        xml.WriteElementString("title", dc, WordXml.WordText(info.Title));
        xml.WriteElementString("creator", dc, WordXml.WordText(info.Organisation));
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
