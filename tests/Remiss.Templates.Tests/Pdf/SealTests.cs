using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.RegularExpressions;
using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// Sealed protocol extracts: a PAdES baseline B-B signature over the PDF/A bytes, verified by poppler's <c>pdfsig</c>
/// (a reader Remiss did not write) with a certificate made here; a changed byte makes it fail.
/// </summary>
public sealed partial class SealTests(ArchivalPdfFixture pdf) : IClassFixture<ArchivalPdfFixture>
{
    [Theory]
    [MemberData(nameof(ArchivalPdfFixture.Extracts), MemberType = typeof(ArchivalPdfFixture))]
    public void A_sealed_extract_verifies_with_pdfsig(string name)
    {
        foreach (var file in new[] { ArchivalPdfFixture.Sealed(name), ArchivalPdfFixture.SealedPlain(name) })
        {
            var (code, output) = PdfSig(pdf.PathOf(file));

            Assert.True(code == 0, output);
            Assert.Contains("Signature #1:", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Signature #2:", output, StringComparison.Ordinal);
            Assert.Contains("- Signature Validation: Signature is Valid.", output, StringComparison.Ordinal);
            Assert.Contains("- Signer Certificate Common Name: Registraturen, Region Västernorrland", output, StringComparison.Ordinal);
            Assert.Contains("- Signature Type: ETSI.CAdES.detached", output, StringComparison.Ordinal);
            Assert.Contains("- Signed Ranges: [0 - ", output, StringComparison.Ordinal);
            Assert.Contains("- Total document signed", output, StringComparison.Ordinal);
            Assert.Contains("- Signing Hash Algorithm: SHA-256", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ArchivalPdfFixture.Extracts), MemberType = typeof(ArchivalPdfFixture))]
    public void A_byte_changed_after_sealing_makes_pdfsig_fail(string name)
    {
        var bytes = pdf.Bytes(ArchivalPdfFixture.Sealed(name));
        var latin = Encoding.Latin1.GetString(bytes);
        // A letter of the document title in the Info dictionary: inside the signed range, and still a well-formed file.
        var at = latin.IndexOf("/Title(", StringComparison.Ordinal) + "/Title(".Length;
        bytes[at] = (byte)(bytes[at] == 'X' ? 'Y' : 'X');
        using var folder = new TempFolder();
        var changed = folder.Write("changed.pdf", bytes);

        var (_, output) = PdfSig(changed);

        Assert.DoesNotContain("Signature is Valid", output, StringComparison.Ordinal);
        Assert.Contains("- Signature Validation: Digest Mismatch.", output, StringComparison.Ordinal);
    }

    /// <summary>PAdES B-B: content-type, message-digest and signing-certificate-v2 signed, no signing-time (it is /M), SHA-256.</summary>
    [Fact]
    public void The_signature_is_a_cades_detached_signature_with_the_pades_signed_attributes()
    {
        var latin = Encoding.Latin1.GetString(pdf.Bytes(ArchivalPdfFixture.Sealed("utdrag-25")));
        var contents = ContentsPattern().Match(latin).Groups[1].Value.TrimEnd('0');
        var der = Convert.FromHexString(contents.Length % 2 == 0 ? contents : contents + "0");
        var cms = new SignedCms();
        cms.Decode(der);

        var signer = Assert.Single(cms.SignerInfos.Cast<SignerInfo>());
        var oids = signer.SignedAttributes.Cast<CryptographicAttributeObject>().Select(a => a.Oid.Value).ToList();
        Assert.Contains("1.2.840.113549.1.9.3", oids);
        Assert.Contains("1.2.840.113549.1.9.4", oids);
        Assert.Contains(CadesSigner.SigningCertificateV2Oid, oids);
        Assert.DoesNotContain("1.2.840.113549.1.9.5", oids);
        Assert.Equal("2.16.840.1.101.3.4.2.1", signer.DigestAlgorithm.Value);
        Assert.Equal(pdf.Certificate.Thumbprint, signer.Certificate!.Thumbprint);
        Assert.Contains("/SubFilter/ETSI.CAdES.detached", latin, StringComparison.Ordinal);
        Assert.Matches(@"/M\(D:\d{14}Z\)", latin);

        // The signing certificate's hash in signing-certificate-v2 is this certificate's.
        var attribute = signer.SignedAttributes.Cast<CryptographicAttributeObject>().Single(a => a.Oid.Value == CadesSigner.SigningCertificateV2Oid).Values[0].RawData;
        Assert.Contains(Convert.ToHexString(SHA256.HashData(pdf.Certificate.RawData)), Convert.ToHexString(attribute), StringComparison.Ordinal);
    }

    /// <summary>The visible block names the signer and the time, as text on the last page a reader reads and tags.</summary>
    [Fact]
    public void The_visible_block_names_the_signer_and_the_time_in_the_page_text_and_the_structure()
    {
        var path = pdf.PathOf(ArchivalPdfFixture.Sealed("utdrag-25"));
        var pages = Poppler.Pages(path);
        var signedAt = SignedAt(path);

        Assert.Contains("Elektroniskt förseglat av Registraturen, Region Västernorrland", pages[^1], StringComparison.Ordinal);
        Assert.Contains("den " + signedAt.ToString("yyyy-MM-dd 'kl.' HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " UTC", pages[^1], StringComparison.Ordinal);
        var structure = Poppler.Run("pdfinfo", "-struct-text", path);
        Assert.Contains("Elektroniskt förseglat av Registraturen", structure, StringComparison.Ordinal);
        Assert.Contains("Form", Poppler.Run("pdfinfo", "-struct", path), StringComparison.Ordinal);
        // The sealed file says what the unsealed one says, and the seal after it.
        Assert.StartsWith(Poppler.Text(pdf.PathOf(ArchivalPdfFixture.Archival("utdrag-25"))).Split('\f')[0].Split("Justerandes signatur")[0], pages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_sealed_kinds_are_sealed()
    {
        Assert.Equal([DocumentKind.Protokollsutdrag, DocumentKind.Anslag], SealedDocuments.Kinds);
        var (_, output) = PdfSig(pdf.PathOf(ArchivalPdfFixture.Sealed("yttrande")));

        Assert.Contains("does not contain any signatures", output, StringComparison.Ordinal);
        Assert.Equal(pdf.Bytes(ArchivalPdfFixture.Archival("yttrande")), pdf.Bytes(ArchivalPdfFixture.Sealed("yttrande")));
    }

    [Fact]
    public void The_libreoffice_engine_refuses_to_seal_or_make_pdfa()
    {
        var decided = TestFiles.LoadDecidedExample();
        var extract = new RemissDocument(DocumentKind.Protokollsutdrag, decided.Decision.Meetings[0]);

        var sealing = Assert.Throws<RenderException>(() => new RemissRenderer(new RenderOptions { PdfEngine = PdfEngine.LibreOffice, Seal = PdfSeal.For(pdf.Certificate) }).Render(decided, extract, OutputFormat.Pdf));
        var archival = Assert.Throws<RenderException>(() => new RemissRenderer(new RenderOptions { PdfEngine = PdfEngine.LibreOffice, PdfProfile = PdfProfile.PdfA2a }).Render(decided, extract, OutputFormat.Pdf));

        Assert.StartsWith("RMS0324: Förseglade PDF:er görs bara av Remiss egen PDF-motor", sealing.Message, StringComparison.Ordinal);
        Assert.StartsWith("RMS0324: PDF/A-2a (pdf_profile: pdfa-2a) görs bara", archival.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_that_cannot_seal_is_a_located_error()
    {
        using var folder = new TempFolder();
        var good = TestCertificate.WriteP12(folder.Path, "seal.p12", "rätt lösen");
        var keyless = TestCertificate.WriteP12(folder.Path, "keyless.p12", "rätt lösen", withKey: false);

        using var opened = SealCertificate.Open(good, "rätt lösen", out var none);
        Assert.Null(none);
        Assert.True(opened!.HasPrivateKey);

        Assert.Null(SealCertificate.Open(folder.File("saknas.p12"), "x", out var missing));
        Assert.Equal($"{folder.File("saknas.p12")}(1,1): error RMS0320: Certifikatfilen för förseglingen finns inte. Ange sökvägen till organisationens .p12- eller .pfx-fil med --seal; inget skrevs.", missing!.ToString());
        Assert.Null(SealCertificate.Open(good, "fel lösen", out var wrong));
        Assert.Equal("RMS0322", wrong!.Code);
        Assert.Equal(good, wrong.FilePath);
        Assert.Null(SealCertificate.Open(keyless, "rätt lösen", out var noKey));
        Assert.Equal("RMS0323", noKey!.Code);
    }

    private static DateTime SignedAt(string path)
    {
        var match = Regex.Match(Encoding.Latin1.GetString(File.ReadAllBytes(path)), @"/M\(D:(\d{14})Z\)");
        return DateTime.ParseExact(match.Groups[1].Value, "yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>pdfsig's report; the certificate is self-signed, so its trust is not asked for (-nocert).</summary>
    internal static (int ExitCode, string Output) PdfSig(string path)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("-nocert");
        start.ArgumentList.Add(path);
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("pdfsig is needed: apt-get install poppler-utils.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    [GeneratedRegex("/Contents<([0-9A-F]+)>")]
    private static partial Regex ContentsPattern();
}
