using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// PDF/A-2a and PDF/UA-1 in one file (<c>pdf_profile: pdfa-2a</c>). No validator is available here, so each clause
/// Remiss relies on (docs/pdfa.md) is checked with readers Remiss did not write: qpdf (<c>--check</c>, <c>--json</c>),
/// poppler and pdf.js; and the file says what the plain PDF says, text and tags alike.
/// </summary>
public sealed class ArchivalPdfTests(ArchivalPdfFixture pdf) : IClassFixture<ArchivalPdfFixture>
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    [Theory]
    [MemberData(nameof(ArchivalPdfFixture.AllNames), MemberType = typeof(ArchivalPdfFixture))]
    public void The_xmp_identifies_pdfa_2a_and_pdfua_1_and_describes_pdfuaid_in_an_extension_schema(string name)
    {
        var path = pdf.PathOf(ArchivalPdfFixture.Archival(name));
        var xmp = XDocument.Parse(Poppler.Run("pdfinfo", "-meta", path).Trim().TrimStart('\uFEFF'));
        XNamespace pdfaid = "http://www.aiim.org/pdfa/ns/id/";
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace schema = "http://www.aiim.org/pdfa/ns/schema#";
        XNamespace property = "http://www.aiim.org/pdfa/ns/property#";

        Assert.Equal("2", xmp.Descendants(pdfaid + "part").Single().Value);
        Assert.Equal("A", xmp.Descendants(pdfaid + "conformance").Single().Value);
        Assert.Equal("1", xmp.Descendants(pdfuaid + "part").Single().Value);
        var extension = xmp.Descendants(schema + "namespaceURI").Single(n => n.Value == pdfuaid.NamespaceName).Parent!;
        Assert.Equal("pdfuaid", extension.Element(schema + "prefix")!.Value);
        Assert.Equal(["part"], extension.Descendants(property + "name").Select(n => n.Value));
        Assert.Equal("Integer", extension.Descendants(property + "valueType").Single().Value);

        // The document information and the XMP agree (ISO 19005-2 §6.6.3).
        var info = Poppler.Info(path);
        var title = xmp.Descendants(dc + "title").Single().Descendants(Rdf + "li").Single().Value;
        Assert.Contains("Title:           " + title + "\n", info, StringComparison.Ordinal);
        Assert.Contains("Author:          " + xmp.Descendants(dc + "creator").Single().Value + "\n", info, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid", Poppler.Run("pdfinfo", "-meta", pdf.PathOf(ArchivalPdfFixture.Plain(name))), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ArchivalPdfFixture.AllNames), MemberType = typeof(ArchivalPdfFixture))]
    public void Qpdf_finds_no_syntax_or_stream_errors(string name)
    {
        foreach (var file in new[] { ArchivalPdfFixture.Archival(name), ArchivalPdfFixture.Sealed(name) })
        {
            var (code, output) = Qpdf.Check(pdf.PathOf(file));

            // 0: no problems; 3: warnings only. The one warning allowed is PDFsharp 6.2.4's: its Flate streams end without
            // the zlib Adler-32 trailer, which every reader here decodes (docs/pdfa.md, "Known gaps").
            Assert.True(code is 0 or 3, output);
            Assert.All(output.Split('\n').Where(l => l.StartsWith("WARNING", StringComparison.Ordinal)),
                l => Assert.EndsWith("input stream is complete but output may still be valid", l, StringComparison.Ordinal));
            Assert.DoesNotContain("ERROR", output, StringComparison.Ordinal);
            Assert.Contains("PDF Version: 1.7", output, StringComparison.Ordinal);
            Assert.Contains("File is not encrypted", output, StringComparison.Ordinal);
        }
    }

    /// <summary>The catalog and trailer as qpdf reads them: output intent with an sRGB profile, tagged, language, no encryption, a file id.</summary>
    [Theory]
    [MemberData(nameof(ArchivalPdfFixture.AllNames), MemberType = typeof(ArchivalPdfFixture))]
    public void Qpdf_reads_an_srgb_output_intent_a_marked_structure_tree_and_a_file_id(string name)
    {
        var objects = Qpdf.Objects(pdf.PathOf(ArchivalPdfFixture.Archival(name)));
        var trailer = objects["trailer"]["value"]!;
        var catalog = Value(objects, trailer["/Root"]!);

        Assert.Null(trailer["/Encrypt"]);
        var id = trailer["/ID"]!.AsArray();
        Assert.Equal(2, id.Count);
        Assert.True(Value(objects, catalog["/MarkInfo"]!)["/Marked"]!.GetValue<bool>());
        Assert.NotNull(catalog["/StructTreeRoot"]);
        Assert.Equal("u:sv-SE", catalog["/Lang"]!.GetValue<string>());
        Assert.NotNull(catalog["/Metadata"]);

        var intents = Value(objects, catalog["/OutputIntents"]!).AsArray();
        var intent = Value(objects, Assert.Single(intents)!);
        Assert.Equal("/GTS_PDFA1", intent["/S"]!.GetValue<string>());
        var profileObject = objects[intent["/DestOutputProfile"]!.GetValue<string>()];
        Assert.Equal(3, profileObject["stream"]!["dict"]!["/N"]!.GetValue<int>());

        // The ICC profile itself, decoded: an ICC header ('acsp' at byte 36) for an RGB display profile.
        var raw = Encoding.Latin1.GetString(pdf.Bytes(ArchivalPdfFixture.Archival(name)));
        var number = intent["/DestOutputProfile"]!.GetValue<string>().Split(' ')[0];
        var start = raw.IndexOf("\n" + number + " 0 obj", StringComparison.Ordinal);
        var streamStart = raw.IndexOf("stream\n", start, StringComparison.Ordinal) + "stream\n".Length;
        var length = profileObject["stream"]!["dict"]!["/Length"]!.GetValue<int>();
        using var inflate = new ZLibStream(new MemoryStream(Encoding.Latin1.GetBytes(raw.Substring(streamStart, length))), CompressionMode.Decompress);
        using var icc = new MemoryStream();
        inflate.CopyTo(icc);
        var header = icc.ToArray();
        Assert.Equal("acsp", Encoding.ASCII.GetString(header, 36, 4));
        Assert.Equal("RGB ", Encoding.ASCII.GetString(header, 16, 4));
        Assert.Equal("mntr", Encoding.ASCII.GetString(header, 12, 4));
    }

    /// <summary>No transparency anywhere (§6.4), every font embedded (§6.2.11.4), every annotation printed (§6.3.2), no forbidden actions (§6.5).</summary>
    [Theory]
    [MemberData(nameof(ArchivalPdfFixture.AllNames), MemberType = typeof(ArchivalPdfFixture))]
    public void Qpdf_finds_no_transparency_every_font_embedded_and_every_annotation_printed(string name)
    {
        foreach (var file in new[] { ArchivalPdfFixture.Archival(name), ArchivalPdfFixture.Sealed(name) })
        {
            var objects = Qpdf.Objects(pdf.PathOf(file));
            var dictionaries = objects.Values.Select(o => (o["value"] ?? o["stream"]?["dict"]) as JsonObject).OfType<JsonObject>().ToList();
            Assert.DoesNotContain(dictionaries, d => d.ContainsKey("/SMask") && d["/SMask"]!.ToString() != "/None");
            Assert.DoesNotContain(dictionaries, d => d["/Group"] is JsonObject g && g["/S"]?.GetValue<string>() == "/Transparency");
            Assert.DoesNotContain(dictionaries, d => d["/CA"] is { } ca && ca.GetValue<double>() < 1);
            Assert.DoesNotContain(dictionaries, d => d["/ca"] is { } ca && ca.GetValue<double>() < 1);
            Assert.DoesNotContain(dictionaries, d => d["/S"]?.GetValue<string>() is "/JavaScript" or "/Launch");

            var descriptors = dictionaries.Where(d => d["/Type"]?.GetValue<string>() == "/FontDescriptor").ToList();
            Assert.NotEmpty(descriptors);
            Assert.All(descriptors, d => Assert.True(d.ContainsKey("/FontFile2") || d.ContainsKey("/FontFile3") || d.ContainsKey("/FontFile"), d.ToJsonString()));
            var fonts = dictionaries.Where(d => d["/Type"]?.GetValue<string>() == "/Font" && d["/Subtype"]?.GetValue<string>() is "/Type0" or "/TrueType" or "/Type1").ToList();
            Assert.All(fonts, f => Assert.True(f["/Subtype"]!.GetValue<string>() != "/Type0" || f.ContainsKey("/ToUnicode"), f.ToJsonString()));

            var annotations = dictionaries.Where(d => d["/Type"]?.GetValue<string>() == "/Annot" || d["/Subtype"]?.GetValue<string>() is "/Link" or "/Widget").ToList();
            Assert.All(annotations, a => Assert.True(((a["/F"]?.GetValue<int>() ?? 0) & 4) == 4, "not printed: " + a.ToJsonString()));
            Assert.All(annotations.Where(a => a["/AP"] is not null), a => Assert.Equal(["/N"], ((JsonObject)a["/AP"]!).Select(p => p.Key)));
        }

        Assert.Contains(Poppler.Run("pdffonts", pdf.PathOf(ArchivalPdfFixture.Archival(name))).Split('\n').Skip(2).Where(l => l.Trim().Length > 0), l => l.Contains("CID TrueType", StringComparison.Ordinal));
        Assert.All(Poppler.Run("pdffonts", pdf.PathOf(ArchivalPdfFixture.Sealed(name))).Split('\n').Skip(2).Where(l => l.Trim().Length > 0),
            l => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", l));
    }

    /// <summary>The archival file is the plain file with its archival promises: the same text and the same tags, read by poppler.</summary>
    [Theory]
    [MemberData(nameof(ArchivalPdfFixture.AllNames), MemberType = typeof(ArchivalPdfFixture))]
    public void Its_text_and_tag_structure_equal_the_plain_pdfs(string name)
    {
        var plain = pdf.PathOf(ArchivalPdfFixture.Plain(name));
        var archival = pdf.PathOf(ArchivalPdfFixture.Archival(name));

        Assert.Equal(Poppler.Text(plain), Poppler.Text(archival));
        Assert.Equal(Poppler.Run("pdfinfo", "-struct-text", plain), Poppler.Run("pdfinfo", "-struct-text", archival));
        Assert.Contains("Tagged:          yes", Poppler.Info(archival), StringComparison.Ordinal);
    }

    /// <summary>pdf.js, a second reader: the same title, text and structure roles page by page, and the XMP's pdfaid.</summary>
    [Theory]
    [MemberData(nameof(ArchivalPdfFixture.AllNames), MemberType = typeof(ArchivalPdfFixture))]
    public void Pdfjs_reads_the_same_text_and_structure_as_in_the_plain_pdf(string name)
    {
        var plain = PdfJs.Read(pdf.PathOf(ArchivalPdfFixture.Plain(name)));
        var archival = PdfJs.Read(pdf.PathOf(ArchivalPdfFixture.Archival(name)));

        Assert.Equal("2", archival["pdfa"]!.GetValue<string>());
        Assert.Equal(plain["title"]!.GetValue<string>(), archival["title"]!.GetValue<string>());
        Assert.Equal(plain["pages"]!.ToJsonString(), archival["pages"]!.ToJsonString());
        var tags = archival["pages"]!.AsArray().SelectMany(p => p!["tags"]!.AsArray().Select(t => t!.GetValue<string>())).ToList();
        Assert.Contains("Document", tags);
        Assert.Contains("P", tags);
        Assert.Contains(tags, t => t.StartsWith('H'));
    }

    [Fact]
    public void The_same_input_gives_the_same_archival_bytes()
    {
        var decided = TestFiles.LoadDecidedExample();
        var document = new RemissDocument(DocumentKind.Protokollsutdrag, decided.Decision.Meetings[0]);
        var options = new RenderOptions { PdfProfile = Core.PdfProfile.PdfA2a };

        Assert.Equal(new RemissRenderer(options).Render(decided, document, OutputFormat.Pdf), new RemissRenderer(options).Render(decided, document, OutputFormat.Pdf));
    }

    private static JsonNode Value(IReadOnlyDictionary<string, JsonNode> objects, JsonNode item) =>
        item is JsonValue v && v.TryGetValue<string>(out var s) && s.EndsWith(" R", StringComparison.Ordinal) ? objects[s]["value"]! : item;
}
