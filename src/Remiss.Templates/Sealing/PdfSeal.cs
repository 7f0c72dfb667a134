using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace Remiss.Templates;

/// <summary>
/// Who seals the extracts, and with what: a PDFsharp <see cref="IDigitalSigner"/> (Remiss's own <see cref="CadesSigner"/>
/// over a certificate with its private key, or a region's signer that calls a signing service), the name the
/// visible block shows, and the clock the signing time is read from.
/// </summary>
/// <param name="Signer">Makes the CMS signature (a PAdES <c>ETSI.CAdES.detached</c> SignedData over the byte ranges it is given).</param>
/// <param name="SignerName">The signer as the visible block and the signature's <c>/Name</c> give it, e.g. the certificate's common name.</param>
public sealed record PdfSeal(IDigitalSigner Signer, string SignerName)
{
    /// <summary>Where the signing time comes from (the system clock unless a test says otherwise).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>A seal by <paramref name="certificate"/>, which must carry its private key.</summary>
    public static PdfSeal For(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new PdfSeal(new CadesSigner(certificate), CadesSigner.NameOf(certificate));
    }
}
