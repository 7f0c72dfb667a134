using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// The PDF Remiss writes itself (<see cref="Core.PdfEngine.Native"/>), checked with the tools a reader's software uses
/// (poppler): its text and its tagged structure say what the .docx says, it is PDF/UA as far as these tools can see,
/// its pages look like the Word file's, and the same input gives the same bytes.
/// </summary>
public sealed partial class NativePdfTests(NativePdfFixture pdf) : IClassFixture<NativePdfFixture>
{
    private const string MemoTitle = ExtractPages.ExampleTitle;
    private const string ResponseTitle = "Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)";

    [Fact]
    public void The_memos_text_has_every_expected_line_in_order()
    {
        var text = Poppler.Text(pdf.PathOf(DocumentKind.Tjansteutlatande));

        TextLines.AssertContainsInOrderWrapped(TestFiles.ExpectedLines(), text);
        Assert.Contains("Sida 1(2)", text, StringComparison.Ordinal);
        Assert.Contains("Sida 2(2)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_yttrande_has_its_text_and_no_memo_text()
    {
        var text = Poppler.Text(pdf.PathOf(DocumentKind.Yttrande));

        TextLines.AssertContainsInOrderWrapped([ResponseTitle, "Sammanfattning", "6 Medicinsk bedömning dygnet runt", "Region Västernorrland avstyrker förslaget.", "Viktoria Jansson"], text);
        Assert.DoesNotContain("Bakgrund", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Regeringen tillsatte", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// One document, two writers: the PDF's structure is the .docx's page header rows (read once, from the first page)
    /// then every paragraph of its body, with the same text (a forced line break read as the space it stands for).
    /// </summary>
    [Theory]
    [MemberData(nameof(NativePdfFixture.AllNames), MemberType = typeof(NativePdfFixture))]
    public void The_pdfs_tagged_paragraphs_are_the_docxs_header_rows_and_paragraphs(string name)
    {
        var docx = DocxReading(pdf.Docx(name)).Where(t => t.Length > 0).ToList();

        var tagged = StructureText.Paragraphs(pdf.PathOf(name));

        Assert.Equal(docx, tagged);
    }

    /// <summary>The .docx as a reader reads it: the header's rows (its paragraphs with tab-separated cells; the letterhead and the page number are not), then the body.</summary>
    private static IEnumerable<string> DocxReading(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var header = document.MainDocumentPart!.HeaderParts.SelectMany(h => h.Header!.Elements<W.Paragraph>())
            .Where(p => p.Descendants<W.TabChar>().Any() && !p.Descendants<W.SimpleField>().Any())
            .Select(p => string.Join(' ', p.Descendants<W.Text>().Select(t => t.Text).Where(t => t.Length > 0)));
        var body = document.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e switch
            {
                W.Text t => t.Text,
                W.Break => " ",
                _ => string.Empty,
            })));
        return header.Concat(body).ToList();
    }

    [Fact]
    public void A_wrapped_line_keeps_its_space_in_the_tagged_text()
    {
        var lines = Poppler.Text(pdf.PathOf(DocumentKind.Yttrande)).Split('\n');
        var heading = StructureText.Read(pdf.PathOf(DocumentKind.Yttrande)).DescendantsAndSelf().First(e => e.Type == "H1");

        // The title wraps between two words on the page …
        Assert.Contains(lines, l => l.EndsWith("medicinsk", StringComparison.Ordinal) || l.EndsWith("medicinsk ", StringComparison.Ordinal));
        // … and a screen reader still reads the space.
        Assert.Equal(ResponseTitle, heading.OwnText);
    }

    [Fact]
    public void The_structure_tree_has_headings_paragraphs_lists_and_links()
    {
        var tree = Poppler.Run("pdfinfo", "-struct", pdf.PathOf("blocks"));
        var types = Regex.Matches(tree, @"^\s*(\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.StartsWith("Document", tree, StringComparison.Ordinal);
        Assert.Superset(new HashSet<string> { "Document", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "Link", "BlockQuote" }, types);
        var root = StructureText.Read(pdf.PathOf("blocks"));
        var item = root.DescendantsAndSelf().First(e => e.Type == "LI");
        Assert.Equal(["Lbl", "LBody"], item.Elements.Select(e => e.Type));
        Assert.Equal("1.", item.Elements.First().OwnText);
        var link = root.DescendantsAndSelf().First(e => e.Type == "Link");
        Assert.Equal("regeringens sida", link.OwnText);
    }

    [Fact]
    public void A_link_is_a_link_annotation_with_its_address_and_a_description()
    {
        var urls = Poppler.Run("pdfinfo", "-url", pdf.PathOf("blocks"));
        var raw = Encoding.Latin1.GetString(pdf.Pdf("blocks"));

        Assert.Contains("https://www.regeringen.se/", urls, StringComparison.Ordinal);
        Assert.Contains("https://www.riksdagen.se/", urls, StringComparison.Ordinal);
        Assert.Contains("/Contents(https://www.regeringen.se/)", raw, StringComparison.Ordinal);
        Assert.Contains("/Tabs/S", raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NativePdfFixture.AllNames), MemberType = typeof(NativePdfFixture))]
    public void Every_font_is_embedded_with_a_unicode_map(string name)
    {
        var fonts = Poppler.Run("pdffonts", pdf.PathOf(name)).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s", f));
    }

    [Fact]
    public void Fonts_are_the_styles_families_or_their_bundled_stand_ins()
    {
        string Fonts(string name) => Poppler.Run("pdffonts", pdf.PathOf(name));

        // Arial is not on this machine: Liberation Sans has its metrics. Garamond (the reference's) is not either: Liberation Serif.
        Assert.Contains("+Liberation Sans", Fonts(DocxSamples.Example(DocumentKind.Tjansteutlatande).Name), StringComparison.Ordinal);
        Assert.Contains("+Liberation Serif", Fonts(NativePdfFixture.WithReference(DocumentKind.Tjansteutlatande)), StringComparison.Ordinal);
        // A family that is installed is used itself.
        Assert.Contains("+DejaVu Serif", Fonts(NativePdfFixture.WithInstalledFont(DocumentKind.Tjansteutlatande)), StringComparison.Ordinal);
    }

    [Fact]
    public void Swedish_letters_quotes_and_dashes_come_through()
    {
        var text = Poppler.Text(pdf.PathOf(DocumentKind.Tjansteutlatande));
        var odd = Poppler.Text(pdf.PathOf("odd-characters-yttrande"));

        Assert.Contains("Ärendeansvarig", text, StringComparison.Ordinal);
        Assert.Contains("Förvaltningens bedömning", text, StringComparison.Ordinal);
        Assert.Contains("att avge ”Yttrande över remiss;", text, StringComparison.Ordinal);
        Assert.Contains("C# & <XML> \"citat\" – 50 % * _ \\ ]]>", odd.Replace('\n', ' '), StringComparison.Ordinal);
        // WinAnsi would have turned what it lacks into '?': the memo has none.
        Assert.DoesNotContain("?", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example-tjansteutlatande", MemoTitle)]
    [InlineData("example-yttrande", ResponseTitle)]
    [InlineData("odd-characters-yttrande", "Yttrande över remiss; betänkandet C# & <XML> \"citat\" – 50 % * _ \\ ]]> (SOU 2024:72)")]
    public void The_title_is_in_the_document_information_and_the_xmp_and_shown_as_the_title(string name, string title)
    {
        var info = Poppler.Info(pdf.PathOf(name));
        var xmp = XDocument.Parse(Poppler.Run("pdfinfo", "-meta", pdf.PathOf(name)).Trim().TrimStart('\uFEFF'));
        var raw = Encoding.Latin1.GetString(pdf.Pdf(name));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace pdfuaid = "http://www.aiim.org/pdfua/ns/id/";

        Assert.Contains("Title:           " + title + "\n", info, StringComparison.Ordinal);
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        Assert.Equal(title, xmp.Descendants(dc + "title").Single().Value);
        Assert.Equal("1", xmp.Descendants(pdfuaid + "part").Single().Value);
        Assert.Equal("sv-SE", xmp.Descendants(dc + "language").Single().Value);
        Assert.Contains("/Lang(sv-SE)", raw, StringComparison.Ordinal);
        Assert.Contains("/DisplayDocTitle true", raw, StringComparison.Ordinal);
        Assert.Contains("/Marked true", raw, StringComparison.Ordinal);
        Assert.StartsWith("%PDF-1.7", raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NativePdfFixture.AllNames), MemberType = typeof(NativePdfFixture))]
    public void Every_mark_is_tagged_or_an_artifact_and_marked_content_nests_with_text_objects(string name)
    {
        var pages = ContentStreams.Operators(pdf.Pdf(name));

        for (var i = 0; i < pages.Count; i++)
        {
            Assert.True(ContentStreams.Problems(pages[i]).Count == 0, $"page {i + 1}: {string.Join("; ", ContentStreams.Problems(pages[i]))}");
        }
    }

    [Fact]
    public void The_page_header_is_content_once_and_the_rest_of_the_furniture_artifacts()
    {
        var path = pdf.PathOf(NativePdfFixture.Extract(41));
        var tagged = string.Join("\n", StructureText.Read(path).DescendantsAndSelf().Select(e => e.OwnText));

        Assert.True(Poppler.Pages(path).Count >= 2);
        // The header rows of the first page are read (once); the same rows on later pages, the page number and the footer are not.
        Assert.Single(Regex.Matches(tagged, "Sammanträdesdatum 2025-03-19"));
        Assert.DoesNotContain("Sida", tagged, StringComparison.Ordinal);
        Assert.DoesNotContain("Utdragsbestyrkande", tagged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_memo_of_three_pages_numbers_each_page_of_three()
    {
        var pages = Poppler.Pages(pdf.PathOf(NativePdfFixture.LongMemo));

        Assert.Equal(3, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Sida {i + 1}(3)", pages[i], StringComparison.Ordinal);
            Assert.Contains("Dnr 24HSN5898", pages[i], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(25, "Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar")]
    [InlineData(41, "Hälso- och sjukvårdsnämnden beslutar")]
    public void An_extract_has_its_header_and_the_attestation_line_on_every_page(int paragraph, string intro)
    {
        ExtractPages.AssertEveryPageHasHeaderAndAttestation(Poppler.Text(pdf.PathOf(NativePdfFixture.Extract(paragraph))), paragraph, intro);
    }

    [Fact]
    public void The_decided_yttrande_has_the_decided_line_and_the_meetings_date()
    {
        var text = Poppler.Text(pdf.PathOf(NativePdfFixture.DecidedYttrande));

        TextLines.AssertContainsInOrderWrapped(["Detta yttrande har beslutats av Hälso- och sjukvårdsnämnden den 19 mars 2025, § 41.", "Viktoria Jansson"], text);
        Assert.Contains("2025-03-19", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_are_a4_with_the_built_in_margins_or_the_references_page()
    {
        Assert.Contains("Page size:       595.3 x 841.9 pts (A4)", Poppler.Info(pdf.PathOf(DocumentKind.Yttrande)), StringComparison.Ordinal);
        Assert.Contains("Page size:       612 x 792 pts (letter)", Poppler.Info(pdf.PathOf(NativePdfFixture.WithReference(DocumentKind.Yttrande))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.Tjansteutlatande, "Förvaltningens bedömning")]
    [InlineData(DocumentKind.Yttrande, "Region Västernorrland avstyrker förslaget.")]
    public void With_a_reference_the_letterhead_and_its_logo_come_first_on_every_page(DocumentKind kind, string bodyText)
    {
        var name = NativePdfFixture.WithReference(kind);
        var pages = Poppler.Pages(pdf.PathOf(name));
        // pdfimages lists each picture, and its transparency (smask) on a line of its own.
        var images = Poppler.Run("pdfimages", "-list", pdf.PathOf(name)).Split('\n').Skip(2).Where(l => Regex.IsMatch(l, @"^\s*\d+\s+\d+\s+image\s")).ToList();

        Assert.All(pages, page => Assert.StartsWith("REGION VÄSTERNORRLAND", page.TrimStart(), StringComparison.Ordinal));
        Assert.All(pages, page => Assert.Contains("Dnr 24HSN5898", page, StringComparison.Ordinal));
        Assert.Contains(bodyText, string.Join("\n", pages), StringComparison.Ordinal);
        Assert.Equal(pages.Count, images.Count); // the logo, once per page
    }

    /// <summary>Each page as a reader sees it: something on it, and no ink outside the margins (text that overflows the page).</summary>
    [Theory]
    [MemberData(nameof(NativePdfFixture.AllNames), MemberType = typeof(NativePdfFixture))]
    public void Every_page_has_ink_and_none_outside_the_margins(string name)
    {
        var path = pdf.PathOf(name);
        var reference = name.StartsWith("with-", StringComparison.Ordinal);
        // The built-in page (DocxSection) or the reference's (ReferenceDocxTests: Letter, 1000-twip margins, header and footer at 500).
        var (width, height, left, right, top, bottom, header, footer) = reference
            ? (612.0, 792.0, 50.0, 50.0, 50.0, 50.0, 25.0, 25.0)
            : (595.3, 841.9, 70.9, 70.9, 85.05, 70.9, 28.35, 28.35);
        const double tolerance = 1.5;

        var pages = PageImage.Render(path, 72);

        Assert.NotEmpty(pages);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var where = $"{name}, page {i + 1}";
            Assert.True(page.InkIn(width, left, top, width - right, height - bottom) > 200, $"{where}: the body is empty");
            Assert.True(page.InkIn(width, 0, 0, left - tolerance, height) == 0, $"{where}: ink left of the margin");
            Assert.True(page.InkIn(width, width - right + tolerance, 0, width, height) == 0, $"{where}: ink right of the margin");
            Assert.True(page.InkIn(width, 0, 0, width, header - tolerance) == 0, $"{where}: ink above the header");
            Assert.True(page.InkIn(width, 0, height - footer + tolerance, width, height) == 0, $"{where}: ink below the footer");
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        var file = TestFiles.LoadExample();
        var decided = TestFiles.LoadDecidedExample();
        var options = new RenderOptions { ReferenceDocx = ReferenceDocxTests.CreateReference(Path.GetDirectoryName(pdf.PathOf("x"))!, name: "determinism.docx") };

        Assert.Equal(pdf.Pdf(DocxSamples.Example(DocumentKind.Yttrande).Name), new RemissRenderer().Render(file, DocumentKind.Yttrande, OutputFormat.Pdf));
        Assert.Equal(pdf.Pdf(NativePdfFixture.Extract(41)), new RemissRenderer().Render(decided, decided.Decision.Meetings[1], OutputFormat.Pdf));
        Assert.Equal(new RemissRenderer(options).Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Pdf), new RemissRenderer(options).Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Pdf));
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), Encoding.Latin1.GetString(pdf.Pdf(NativePdfFixture.DecidedYttrande)), StringComparison.Ordinal);
    }

    [Fact]
    public void One_renderer_writes_pdfs_in_parallel()
    {
        var renderer = new RemissRenderer();
        var file = TestFiles.LoadExample();
        var expected = renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Pdf);

        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Pdf)).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void RenderPdfs_writes_each_documents_pdf_in_order()
    {
        var file = TestFiles.LoadExample();
        var renderer = new RemissRenderer();

        var pdfs = renderer.RenderPdfs([(file, new RemissDocument(DocumentKind.Yttrande)), (file, new RemissDocument(DocumentKind.Tjansteutlatande))]);

        Assert.Equal([renderer.Render(file, DocumentKind.Yttrande, OutputFormat.Pdf), renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Pdf)], pdfs);
    }
}
