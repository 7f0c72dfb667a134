using System.Text;
using Remiss.Templates.Model;

namespace Remiss.Templates.Writers;

/// <summary>The package's properties: <c>docProps/core.xml</c> (title, creator, language, date) and <c>docProps/app.xml</c>.</summary>
internal static class DocxProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly byte[] AppXml = Encoding.UTF8.GetBytes(
        """<?xml version="1.0" encoding="utf-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Remiss</Application></Properties>""");

    public static void WriteCore(DocxPackage package, DocumentInfo info)
    {
        using var xml = package.CreateXml(DocxPart.CoreProperties.Name, small: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        xml.WriteElementString("title", Dc, WordXml.WordText(info.Title));
        xml.WriteElementString("creator", Dc, WordXml.WordText(info.Organisation));
        xml.WriteElementString("language", Dc, DocumentInfo.Language);
        if (info.Date is not null)
        {
            // The case date, not the clock: the same input must give the same bytes.
            xml.WriteStartElement("created", DcTerms);
            xml.WriteAttributeString("type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(info.Date + "T00:00:00Z");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    public static void WriteApp(DocxPackage package) => package.WriteBytes(DocxPart.AppProperties.Name, AppXml);
}
