using System.Diagnostics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Remiss.Cli.Tests;

/// <summary>
/// <c>render --seal CERT.p12</c> (docs/seal.md) and <c>--pdf-profile pdfa-2a</c> (docs/pdfa.md): the extracts are
/// sealed (poppler's pdfsig verifies them), the password comes from a file or REMISS_SEAL_PASSWORD, and a certificate
/// that cannot seal writes nothing.
/// </summary>
public sealed class SealRenderTests
{
    private const string Extract25 = "Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.pdf";
    private const string Extract41 = "Protokollsutdrag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.pdf";

    private static string Decided => Examples.Decided;

    [Fact]
    public void Seal_with_a_password_file_seals_each_extract_as_pdfa_and_nothing_else()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Decided);
        var certificate = WriteP12(folder.File("registraturen.p12"), "hemligt lösen");
        var password = folder.Write("losen.txt", "hemligt lösen\n");

        var result = Cli.Run("render", file, "--format", "pdf", "--pdf-profile", "pdfa-2a", "--seal", certificate, "--seal-password-file", password, "--output", folder.File("ut"));

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var extract in new[] { Extract25, Extract41 })
        {
            var output = PdfSig(folder.File("ut/" + extract));
            Assert.Contains("- Signature Validation: Signature is Valid.", output, StringComparison.Ordinal);
            Assert.Contains("- Signature Type: ETSI.CAdES.detached", output, StringComparison.Ordinal);
            Assert.Contains("<pdfaid:part>2</pdfaid:part>", Encoding.Latin1.GetString(File.ReadAllBytes(folder.File("ut/" + extract))), StringComparison.Ordinal);
        }

        Assert.Contains("does not contain any signatures", PdfSig(folder.File("ut/Yttrande SOU 2024-72 Region Västernorrland.pdf")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_password_may_come_from_REMISS_SEAL_PASSWORD()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Decided);
        var certificate = WriteP12(folder.File("registraturen.p12"), "från miljön");

        var result = Cli.Run(new Dictionary<string, string> { ["REMISS_SEAL_PASSWORD"] = "från miljön" },
            "render", file, "--format", "pdf", "--document", "protokollsutdrag", "--seal", certificate, "--output", folder.File("ut"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("- Signature Validation: Signature is Valid.", PdfSig(folder.File("ut/" + Extract41)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_password_a_missing_file_no_password_or_no_key_is_a_located_error_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Decided);
        var certificate = WriteP12(folder.File("registraturen.p12"), "rätt");
        var keyless = WriteP12(folder.File("utan-nyckel.p12"), "rätt", withKey: false);
        var wrongPassword = folder.Write("fel.txt", "fel\n");
        var rightPassword = folder.Write("ratt.txt", "rätt");

        var wrong = Cli.Run("render", file, "-f", "pdf", "--seal", certificate, "--seal-password-file", wrongPassword, "-o", folder.File("ut"));
        var missing = Cli.Run("render", file, "-f", "pdf", "--seal", folder.File("saknas.p12"), "--seal-password-file", rightPassword, "-o", folder.File("ut"));
        var noPassword = Cli.Run("render", file, "-f", "pdf", "--seal", certificate, "-o", folder.File("ut"));
        var noPasswordFile = Cli.Run("render", file, "-f", "pdf", "--seal", certificate, "--seal-password-file", folder.File("saknas.txt"), "-o", folder.File("ut"));
        var noKey = Cli.Run("render", file, "-f", "pdf", "--seal", keyless, "--seal-password-file", rightPassword, "-o", folder.File("ut"));

        Assert.Equal(1, wrong.ExitCode);
        Assert.StartsWith($"{certificate}(1,1): error RMS0322: Certifikatfilen kan inte öppnas: fel lösenord", wrong.Error, StringComparison.Ordinal);
        Assert.StartsWith($"{folder.File("saknas.p12")}(1,1): error RMS0320: Certifikatfilen för förseglingen finns inte.", missing.Error, StringComparison.Ordinal);
        Assert.StartsWith($"{certificate}(1,1): error RMS0321: Lösenordet till certifikatet saknas: varken --seal-password-file eller REMISS_SEAL_PASSWORD är angiven.", noPassword.Error, StringComparison.Ordinal);
        Assert.StartsWith($"{folder.File("saknas.txt")}(1,1): error RMS0321: Lösenordet till certifikatet saknas: lösenordsfilen finns inte.", noPasswordFile.Error, StringComparison.Ordinal);
        Assert.StartsWith($"{keyless}(1,1): error RMS0323: Certifikatet i filen har ingen privat nyckel", noKey.Error, StringComparison.Ordinal);
        Assert.All(new[] { missing, noPassword, noPasswordFile, noKey }, r => Assert.Equal(1, r.ExitCode));
        Assert.False(Directory.Exists(folder.File("ut")));
    }

    [Fact]
    public void Seal_or_pdfa_with_the_libreoffice_engine_is_refused_before_anything_is_written()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Decided);

        var result = Cli.Run("render", file, "-f", "docx,pdf", "--pdf-engine", "libreoffice", "--pdf-profile", "pdfa-2a", "-o", folder.File("ut"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RMS0324: PDF/A-2a (pdf_profile: pdfa-2a) görs bara av Remiss egen PDF-motor", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(folder.File("ut")) ? Directory.GetFiles(folder.File("ut"), "*.docx") : []);
    }

    [Theory]
    [InlineData("--pdf-profile", "pdfa-3b")]
    public void An_unknown_pdf_profile_is_a_usage_error(string option, string value)
    {
        var result = Cli.Run("render", Examples.ExamplePath, "-f", "pdf", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pdfa-3b", result.Error, StringComparison.Ordinal);
    }

    private static string WriteP12(string path, string password, bool withKey = true)
    {
        using var rsa = RSA.Create(3072);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName("Registraturen");
        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        File.WriteAllBytes(path, (withKey ? certificate : publicOnly).Export(X509ContentType.Pkcs12, password));
        return path;
    }

    private static string PdfSig(string path)
    {
        var start = new ProcessStartInfo("pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("-nocert");
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output + error.Result;
    }
}
