using System.Globalization;
using System.Text;
using PdfSharp.Pdf.Signatures;

namespace Remiss.Templates.Pdf;

/// <summary>
/// Signs a finished file that holds the seal's placeholders (<see cref="PdfSealField"/>): writes the
/// <c>/ByteRange</c> (everything but the <c>/Contents</c> hex string) in place, has the signer sign those bytes, and
/// writes the signature into <c>/Contents</c>, padded with zeros. Nothing moves, so the signature covers the whole file.
/// </summary>
internal static class PdfSignatureFill
{
    public static byte[] Sign(byte[] pdf, IDigitalSigner signer, int signatureSize)
    {
        var placeholder = "<" + new string('0', 2 * signatureSize) + ">";
        var latin = Encoding.Latin1.GetString(pdf);
        var range = latin.IndexOf(PdfSealField.ByteRangePlaceholder, StringComparison.Ordinal);
        var contents = latin.IndexOf(placeholder, StringComparison.Ordinal);
        if (range < 0 || contents < 0)
        {
            throw new InvalidOperationException("The seal's placeholders are not in the PDF.");
        }

        var end = contents + placeholder.Length;
        var byteRange = string.Create(CultureInfo.InvariantCulture, $"[0 {contents} {end} {pdf.Length - end}]").PadRight(PdfSealField.ByteRangePlaceholder.Length);
        Encoding.ASCII.GetBytes(byteRange).CopyTo(pdf, range);

        var signed = new byte[contents + (pdf.Length - end)];
        Array.Copy(pdf, 0, signed, 0, contents);
        Array.Copy(pdf, end, signed, contents, pdf.Length - end);
        using var stream = new MemoryStream(signed, writable: false);
        var signature = signer.GetSignatureAsync(stream).GetAwaiter().GetResult();
        if (signature.Length > signatureSize)
        {
            throw new InvalidOperationException($"The signature ({signature.Length} bytes) is larger than the signer said ({signatureSize}).");
        }

        Encoding.ASCII.GetBytes(Convert.ToHexString(signature)).CopyTo(pdf, contents + 1);
        return pdf;
    }
}
