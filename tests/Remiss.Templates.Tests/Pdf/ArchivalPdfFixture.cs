using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// The decided example's yttrande and extracts written twice by the native engine, as PDF/UA (plain) and as PDF/A-2a,
/// and its extracts sealed over the PDF/A bytes with a certificate made here (RSA 3072, self-signed).
/// </summary>
public sealed class ArchivalPdfFixture : IDisposable
{
    private readonly TempFolder _directory = new();

    public ArchivalPdfFixture()
    {
        Certificate = TestCertificate.Create("Registraturen, Region Västernorrland");
        var decided = TestFiles.LoadDecidedExample();
        var plain = new RemissRenderer();
        var archival = new RemissRenderer(new RenderOptions { PdfProfile = PdfProfile.PdfA2a });
        var seal = PdfSeal.For(Certificate);
        var sealedArchival = new RemissRenderer(new RenderOptions { PdfProfile = PdfProfile.PdfA2a, Seal = seal });
        var sealedPlain = new RemissRenderer(new RenderOptions { Seal = seal });
        var documents = decided.Decision.Meetings.Select(m => (Name: "utdrag-" + m.Paragraph, Document: new RemissDocument(DocumentKind.Protokollsutdrag, m)))
            .Append((Name: "yttrande", Document: new RemissDocument(DocumentKind.Yttrande))).ToList();
        foreach (var (name, document) in documents)
        {
            Write(Plain(name), plain.Render(decided, document, OutputFormat.Pdf));
            Write(Archival(name), archival.Render(decided, document, OutputFormat.Pdf));
            Write(Sealed(name), sealedArchival.Render(decided, document, OutputFormat.Pdf));
            Write(SealedPlain(name), sealedPlain.Render(decided, document, OutputFormat.Pdf));
        }

        Names = [.. documents.Select(d => d.Name)];
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>The documents: each extract (<c>utdrag-§</c>) and the yttrande.</summary>
    public IReadOnlyList<string> Names { get; }

    public static string Plain(string name) => name + "-pdfua";

    public static string Archival(string name) => name + "-pdfa";

    public static string Sealed(string name) => name + "-pdfa-sealed";

    public static string SealedPlain(string name) => name + "-pdfua-sealed";

    public static TheoryData<string> AllNames => ["utdrag-25", "utdrag-41", "yttrande"];

    public static TheoryData<string> Extracts => ["utdrag-25", "utdrag-41"];

    public string PathOf(string file) => Path.Combine(_directory.Path, file + ".pdf");

    public byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));

    public string Folder => _directory.Path;

    private void Write(string file, byte[] pdf) => File.WriteAllBytes(PathOf(file), pdf);

    public void Dispose()
    {
        Certificate.Dispose();
        _directory.Dispose();
    }
}

/// <summary>Certificates the tests make: RSA 3072, SHA-256, self-signed, valid from yesterday for a year.</summary>
internal static class TestCertificate
{
    public static X509Certificate2 Create(string commonName, bool withKey = true)
    {
        using var rsa = RSA.Create(3072);
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("SE");
        name.AddOrganizationName("Region Västernorrland");
        name.AddCommonName(commonName);
        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        // Through PKCS #12, so the key is usable on every platform as a file's key is.
        return withKey
            ? X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12, "test"), "test", X509KeyStorageFlags.EphemeralKeySet)
            : X509CertificateLoader.LoadCertificate(certificate.RawData);
    }

    /// <summary>A .p12 file of a new certificate with its key, protected by <paramref name="password"/>.</summary>
    public static string WriteP12(string folder, string name, string password, bool withKey = true)
    {
        using var certificate = Create("Registraturen, Region Västernorrland");
        var path = Path.Combine(folder, name);
        if (withKey)
        {
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        }
        else
        {
            using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
            File.WriteAllBytes(path, publicOnly.Export(X509ContentType.Pkcs12, password));
        }

        return path;
    }
}
