using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using Remiss.Core;

namespace Remiss.Templates.Pdf;

/// <summary>
/// What makes a native PDF also PDF/A-2a (ISO 19005-2, level a) besides PDF/UA-1, in one place (docs/pdfa.md lists each
/// clause and its test): PDFsharp's <see cref="PdfDocument.SetPdfA"/> (an sRGB output intent, <c>GTS_PDFA1</c>, with
/// PDFsharp's embedded sRGB2014 ICC profile; no page transparency groups; no soft masks on images), every annotation
/// printable, and the XMP identification with the extension schema PDF/A-2 asks for the <c>pdfuaid</c> property.
/// </summary>
internal static class PdfArchival
{
    /// <summary>Called on a new document, before anything is drawn: PDFsharp then leaves out transparency as it writes.</summary>
    public static void Begin(PdfDocument document, PdfProfile profile)
    {
        if (profile == PdfProfile.PdfA2a)
        {
            document.SetPdfA();
        }
    }

    /// <summary>Called before saving: every annotation printable (ISO 19005-2 §6.3.2; links have no /F of their own).</summary>
    public static void Finish(PdfDocument document, PdfProfile profile)
    {
        if (profile != PdfProfile.PdfA2a)
        {
            return;
        }

        foreach (var page in document.Pages)
        {
            for (var i = 0; i < page.Annotations.Count; i++)
            {
                var annotation = page.Annotations[i];
                if (!annotation.Elements.ContainsKey(PdfAnnotation.Keys.F))
                {
                    annotation.Flags = PdfAnnotationFlags.Print;
                }
            }
        }
    }

    /// <summary>
    /// The XMP descriptions a PDF/A-2a file adds: <c>pdfaid:part</c> 2 and <c>pdfaid:conformance</c> A (§6.6.4), and the
    /// PDF/A extension schema that describes <c>pdfuaid:part</c>, which is not one of XMP's predefined schemas (§6.6.2.3).
    /// Empty for a PDF/UA-only file.
    /// </summary>
    public static string Xmp(PdfProfile profile) => profile != PdfProfile.PdfA2a ? string.Empty :
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"><pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance></rdf:Description>\n" +
        "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">" +
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">" +
        "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>" +
        "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>" +
        "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" +
        "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">" +
        "<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>" +
        "<pdfaProperty:category>internal</pdfaProperty:category>" +
        "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>" +
        "</rdf:li></rdf:Seq></pdfaSchema:property>" +
        "</rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>\n";
}
