using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Benchmarks;

/// <summary>
/// A protocol extract as the plain PDF/UA (the baseline), as PDF/A-2a and PDF/UA-1, and as PDF/A sealed with an RSA 3072
/// certificate (PAdES B-B), in one run and in process. Targets: PDF/A ≤ 1.2× the plain PDF; sealed ≤ 2× the unsealed
/// PDF/A. The sizes of the three files are printed at setup.
/// </summary>
[MemoryDiagnoser]
public class ArchivalPdfBenchmarks
{
    private const string Notify = "  notify: [Socialdepartementet]\n";
    private readonly RemissRenderer _plain = new();
    private readonly RemissRenderer _archival = new(new RenderOptions { PdfProfile = PdfProfile.PdfA2a });
    private RemissRenderer _sealed = null!;
    private X509Certificate2 _certificate = null!;
    private RemissFile _file = null!;
    private RemissDocument _extract = null!;

    [GlobalSetup]
    public void Setup()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml")).Replace(Notify, Notify +
            "  meetings:\n    - body: Hälso- och sjukvårdsnämnden\n      date: 2025-03-19\n      paragraph: 41\n", StringComparison.Ordinal);
        _file = RemissLoader.Load(yaml, "sou-2024-72.remiss.yaml").File ?? throw new InvalidOperationException("the example does not load");
        _extract = new RemissDocument(DocumentKind.Protokollsutdrag, _file.Decision.Meetings[0]);
        using var rsa = RSA.Create(3072);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName("Registraturen");
        using var certificate = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        _certificate = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12, "b"), "b", X509KeyStorageFlags.EphemeralKeySet);
        _sealed = new RemissRenderer(new RenderOptions { PdfProfile = PdfProfile.PdfA2a, Seal = PdfSeal.For(_certificate) });
        Console.WriteLine($"// sizes: plain {Plain().Length} B, PDF/A {Archival().Length} B, sealed PDF/A {Sealed().Length} B");
    }

    [GlobalCleanup]
    public void Cleanup() => _certificate.Dispose();

    [Benchmark(Baseline = true, Description = "extract .pdf, PDF/UA (plain)")]
    public byte[] Plain() => _plain.Render(_file, _extract, OutputFormat.Pdf);

    [Benchmark(Description = "extract .pdf, PDF/A-2a + PDF/UA-1")]
    public byte[] Archival() => _archival.Render(_file, _extract, OutputFormat.Pdf);

    [Benchmark(Description = "extract .pdf, PDF/A sealed (RSA 3072, PAdES B-B)")]
    public byte[] Sealed() => _sealed.Render(_file, _extract, OutputFormat.Pdf);
}
