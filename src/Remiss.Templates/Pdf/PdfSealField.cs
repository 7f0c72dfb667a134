using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace Remiss.Templates.Pdf;

/// <summary>
/// The seal's part of the document, built with PDFsharp's object model while the document is made: the visible block
/// (who sealed and when, as tagged text on the last page, framed by the signature widget), the signature field and its
/// widget in a <c>Form</c> structure element, the AcroForm, and the signature dictionary with room for the signature.
/// <see cref="PdfSignatureFill"/> fills that room once the file's bytes are final.
/// </summary>
/// <remarks>
/// Not PDFsharp's <c>DigitalSignatureHandler</c>: it signs while PDFsharp saves, before Remiss's finishing step
/// (<see cref="PdfFinish"/>) writes the XMP that PDF/A and PDF/UA need, so that step would break the signature; it
/// also writes <c>adbe.pkcs7.detached</c> (not PAdES), takes <c>/M</c> from the clock in local time, and gives the
/// widget neither <c>/F</c> (PDF/A) nor a structure parent (PDF/UA). Its <c>IDigitalSigner</c> is kept as the seam.
/// </remarks>
internal static class PdfSealField
{
    /// <summary>The <c>/ByteRange</c> as written, wide enough for any offset in a file under 10 GB; filled in place.</summary>
    public const string ByteRangePlaceholder = "[0 0000000000 0000000000 0000000000]";

    /// <summary>The seal's visible text, Swedish, also the widget's alternative text.</summary>
    public static IReadOnlyList<string> Lines(string signer, DateTimeOffset time) =>
        ["Elektroniskt förseglat av " + signer, "den " + time.UtcDateTime.ToString("yyyy-MM-dd 'kl.' HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)];

    /// <summary>Adds the seal to the last page (call while it is being painted) and returns nothing; the document then holds the placeholders.</summary>
    public static void Add(PdfDocument document, PdfPainter painter, PdfPage page, PageSetup setup, double bodyBottom, RunLook look, PdfSeal seal, DateTimeOffset time, int signatureSize)
    {
        var lines = Lines(seal.SignerName, time);
        var lineHeight = PdfText.LineHeight(look.Font);
        const double pad = 3;
        var height = (lines.Count * lineHeight) + (2 * pad);
        var width = setup.TextWidth / 2;
        var x = setup.Left + setup.TextWidth - width;

        // Between the body and the page's foot (on an extract, above its attestation line); under the footer when the
        // margin is too small for that.
        var top = setup.Height - setup.Footer - PdfText.LineHeight(look.Font) - height - 1;
        if (top < bodyBottom)
        {
            top = setup.Height - height - 2;
        }

        painter.TaggedLines("P", lines, look, x + pad, top + pad);

        var signature = new PdfDictionary(document);
        signature.Elements.SetName("/Type", "/Sig");
        signature.Elements.SetName("/Filter", "/Adobe.PPKLite");
        signature.Elements.SetName("/SubFilter", "/ETSI.CAdES.detached");
        signature.Elements["/ByteRange"] = new PdfLiteral(ByteRangePlaceholder);
        signature.Elements["/Contents"] = new PdfLiteral("<" + new string('0', 2 * signatureSize) + ">");
        signature.Elements.SetString("/M", "D:" + time.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z");
        signature.Elements.SetString("/Name", seal.SignerName);
        signature.Elements.SetString("/Reason", "Utdragsbestyrkande");
        document.Internals.AddObject(signature);

        var rect = new XRect(x, setup.Height - (top + height), width, height);
        var appearance = new PdfDictionary(document);
        appearance.Elements.SetName("/Type", "/XObject");
        appearance.Elements.SetName("/Subtype", "/Form");
        appearance.Elements["/BBox"] = new PdfRectangle(new XRect(0, 0, width, height));
        appearance.Elements["/Resources"] = new PdfDictionary(document);
        // A thin frame round the block's text; the text itself is the page's, so it is read, searched and tagged.
        appearance.CreateStream(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"q 0.5 w 0.25 0.25 0.25 RG 0.25 0.25 {width - 0.5:0.##} {height - 0.5:0.##} re S Q\n")));
        document.Internals.AddObject(appearance);

        var widget = new PdfLinkAnnotation(document);
        widget.Elements["/Rect"] = new PdfRectangle(rect);
        widget.Elements.SetName("/FT", "/Sig");
        widget.Elements.SetString("/T", "Försegling");
        widget.Elements.SetString("/TU", string.Join(" ", lines));
        widget.Elements.SetReference("/V", signature);
        // Print and Locked: printed (PDF/A), and a reader offers no way to move or delete it.
        widget.Elements.SetInteger(PdfAnnotation.Keys.F, (int)(PdfAnnotationFlags.Print | PdfAnnotationFlags.Locked));
        var ap = new PdfDictionary(document);
        ap.Elements.SetReference("/N", appearance);
        widget.Elements["/AP"] = ap;
        widget.Elements["/Border"] = new PdfLiteral("[0 0 0]");
        painter.Widget(widget, string.Join(" ", lines));
        widget.Elements.Remove(PdfAnnotation.Keys.NM);
        widget.Elements.Remove(PdfAnnotation.Keys.M);
        widget.Elements.SetReference("/P", page);

        var form = new PdfDictionary(document);
        form.Elements["/Fields"] = new PdfArray(document, widget);
        form.Elements.SetInteger("/SigFlags", 3);
        document.Internals.AddObject(form);
        document.Internals.Catalog.Elements.SetReference("/AcroForm", form);
    }
}
