using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using PdfSharp.Pdf.Signatures;

namespace Remiss.Templates;

/// <summary>
/// A PAdES baseline B-B signer (ETSI EN 319 142-1) for PDFsharp's <see cref="IDigitalSigner"/>: a detached CMS
/// SignedData (RFC 5652) with SHA-256, the signed attributes content-type, message-digest and signing-certificate-v2
/// (RFC 5035), and no signing-time (PAdES puts the time in the signature dictionary's <c>/M</c>). The signer's
/// certificate travels in the CMS. No timestamp authority is asked (that would be B-T).
/// </summary>
public sealed class CadesSigner : IDigitalSigner
{
    /// <summary>The OID of the signing-certificate-v2 attribute (id-aa-signingCertificateV2).</summary>
    public const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";

    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";

    private readonly X509Certificate2 _certificate;

    /// <summary>A signer with <paramref name="certificate"/>, which must carry its private key.</summary>
    public CadesSigner(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException("The certificate has no private key.", nameof(certificate));
        }

        _certificate = certificate;
    }

    /// <inheritdoc/>
    public string CertificateName => NameOf(_certificate);

    /// <summary>A certificate's name for people: its common name, else its whole subject.</summary>
    public static string NameOf(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var name = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        return string.IsNullOrWhiteSpace(name) ? certificate.Subject : name;
    }

    /// <inheritdoc/>
    /// <remarks>The certificate, a 4,096-bit signature and the attributes with room to spare.</remarks>
    public Task<int> GetSignatureSizeAsync() => Task.FromResult(_certificate.RawData.Length + 2_048);

    /// <inheritdoc/>
    public async Task<byte[]> GetSignatureAsync(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var content = new MemoryStream();
        await stream.CopyToAsync(content).ConfigureAwait(false);
        var cms = new SignedCms(new ContentInfo(content.ToArray()), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, _certificate)
        {
            DigestAlgorithm = new Oid(Sha256Oid),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };

        // Content-type and message-digest are added by SignedCms; signing-certificate-v2 binds the certificate.
        signer.SignedAttributes.Add(new AsnEncodedData(new Oid(SigningCertificateV2Oid), SigningCertificateV2(_certificate)));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with one ESSCertIDv2 (SHA-256, the default, so no algorithm; the issuer and serial).</summary>
    internal static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }

                writer.WriteInteger(certificate.SerialNumberBytes.Span);
            }
        }

        return writer.Encode();
    }
}
