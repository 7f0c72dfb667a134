using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// Opens the seal's certificate: a PKCS #12 file (.p12, .pfx) and its password. Every way it can fail is a located
/// diagnostic (RMS0320–RMS0323), never an exception, so a host refuses before it renders anything.
/// </summary>
public static class SealCertificate
{
    /// <summary>The certificate with its private key, or null and the reason in <paramref name="error"/>.</summary>
    /// <param name="path">The .p12 file.</param>
    /// <param name="password">Its password (may be empty, never null).</param>
    /// <param name="error">Why the certificate cannot seal, located at the file.</param>
    public static X509Certificate2? Open(string path, string password, out Diagnostic? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(password);
        error = null;
        if (!File.Exists(path))
        {
            error = DiagnosticDescriptors.SealCertificateMissing.Create(path, SourceSpan.Start);
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            // The key lives only in this process: nothing is added to a user's or the machine's key store.
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            error = DiagnosticDescriptors.SealCertificateUnreadable.Create(path, SourceSpan.Start);
            return null;
        }

        using var rsa = certificate.GetRSAPrivateKey();
        using var ecdsa = rsa is null ? certificate.GetECDsaPrivateKey() : null;
        if (!certificate.HasPrivateKey || (rsa is null && ecdsa is null))
        {
            certificate.Dispose();
            error = DiagnosticDescriptors.SealCertificateNoKey.Create(path, SourceSpan.Start);
            return null;
        }

        return certificate;
    }
}
