using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Templates.Tests;

/// <summary>The Word output: valid, deterministic, real headings, lists, header and properties.</summary>
public class DocxTests
{
    private static readonly XNamespace W = DocxChecks.WordNamespace;
    private static readonly RemissRenderer Renderer = new();

    [Theory]
    [MemberData(nameof(DocxSamples.Names), MemberType = typeof(DocxSamples))]
    public void Every_sample_docx_is_valid_and_has_no_repair_triggers(string sample)
    {
        DocxChecks.AssertOpensCleanly(DocxSamples.Get(sample).Render());
    }

    [Fact]
    public void Links_become_external_hyperlinks()
    {
        var docx = DocxSamples.Get("blocks").Render();

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        Assert.Equal(["https://www.regeringen.se/", "https://www.riksdagen.se/"], main.HyperlinkRelationships.Select(r => r.Uri.ToString()));
        Assert.Contains(main.Document!.Body!.Descendants<Hyperlink>(), h => h.InnerText == "regeringens sida");
    }

    [Theory]
    [InlineData(DocumentKind.Tjansteutlatande)]
    [InlineData(DocumentKind.Yttrande)]
    public void Rendering_twice_gives_identical_bytes(DocumentKind kind)
    {
        var file = TestFiles.LoadExample();

        // A clock-based zip time is caught by Zip_entries_have_a_fixed_time_and_no_random_names without waiting.
        var first = Renderer.Render(file, kind, OutputFormat.Docx);
        var second = new RemissRenderer().Render(file, kind, OutputFormat.Docx);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Zip_entries_have_a_fixed_time_and_no_random_names()
    {
        var docx = Renderer.Render(TestFiles.LoadExample(), DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        Assert.Contains(zip.Entries, e => e.FullName == "docProps/core.xml");
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
    }

    [Fact]
    public void Tjansteutlatande_docx_text_contains_every_expected_line_in_order()
    {
        var docx = Renderer.Render(TestFiles.LoadExample(), DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        TextLines.AssertContainsInOrder(TestFiles.ExpectedLines(), TextLines.FromDocx(docx));
    }

    [Fact]
    public void Headings_use_the_built_in_heading_styles()
    {
        var docx = Renderer.Render(TestFiles.LoadExample(), DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        var styles = DocxChecks.Load(docx, "word/styles.xml").Descendants(W + "style").ToDictionary(s => (string)s.Attribute(W + "styleId")!);
        Assert.Equal("heading 1", (string?)styles["Heading1"].Element(W + "name")!.Attribute(W + "val"));
        Assert.Equal("heading 2", (string?)styles["Heading2"].Element(W + "name")!.Attribute(W + "val"));
        Assert.Equal("Normal", (string?)styles["Normal"].Element(W + "name")!.Attribute(W + "val"));
        Assert.Equal("sv-SE", (string?)DocxChecks.Load(docx, "word/styles.xml").Descendants(W + "lang").First().Attribute(W + "val"));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        string? StyleOf(string text) => paragraphs.First(p => p.InnerText == text).ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        Assert.Equal("Heading1", StyleOf("Yttrande över remiss från Socialdepartementet; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)"));
        Assert.Equal("Heading2", StyleOf("Förslag till beslut"));
        Assert.Null(StyleOf("Diarienummer: 24HSN5898"));
    }

    [Fact]
    public void Md_fields_become_real_lists_and_bold_not_asterisks()
    {
        var docx = Renderer.Render(TestFiles.LoadExample(), DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var items = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("lagkrav på tillgång till medicinsk bedömning dygnet runt,", items[0].InnerText);
        var numId = items[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var num = document.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId);
        var abstractNum = document.MainDocumentPart.NumberingDefinitionsPart.Numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == num.AbstractNumId!.Val!.Value);
        Assert.Equal(NumberFormatValues.Bullet, abstractNum.Elements<Level>().First().NumberingFormat!.Val!.Value);

        Assert.DoesNotContain("*", body.InnerText, StringComparison.Ordinal);
        var bold = body.Descendants<Run>().Single(r => r.InnerText == "kritisk");
        Assert.NotNull(bold.RunProperties?.Bold);
    }

    // Found by fuzzing (issue 12): Markdig gives an empty code block no line array, and the writer threw.
    [Theory]
    [InlineData("```\n```")]
    [InlineData("> ```\n> ```")]
    [InlineData("\t\n    \n")]
    public void An_empty_code_block_renders_to_a_valid_word_file(string markdown)
    {
        var example = TestFiles.LoadExample();

        var docx = Renderer.Render(example with { Memo = example.Memo with { Background = markdown } }, DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        DocxChecks.AssertOpensCleanly(docx);
    }

    [Fact]
    public void Each_numbered_list_restarts_at_its_start()
    {
        var docx = DocxSamples.Get("numbered-lists").Render();

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var numbering = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!;
        var paragraphs = document.MainDocumentPart.Document!.Body!.Descendants<Paragraph>().ToList();
        int NumIdOf(string text) => paragraphs.Single(p => p.InnerText == text).ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        int StartOf(int numId) => numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId)
            .Elements<LevelOverride>().Single().StartOverrideNumberingValue!.Val!.Value;

        Assert.Equal(NumIdOf("a"), NumIdOf("b"));
        Assert.NotEqual(NumIdOf("a"), NumIdOf("c"));
        Assert.Equal(NumIdOf("c"), NumIdOf("e"));
        Assert.Equal(1, StartOf(NumIdOf("a")));
        Assert.Equal(1, StartOf(NumIdOf("c")));
        Assert.Equal(4, StartOf(NumIdOf("f")));
    }

    [Fact]
    public void Page_header_has_organisation_date_dnr_and_page_fields()
    {
        var docx = Renderer.Render(TestFiles.LoadExample(), DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var headerId = main.Document!.Body!.Elements<SectionProperties>().Single().Elements<HeaderReference>().Single().Id!.Value!;
        var header = ((HeaderPart)main.GetPartById(headerId)).Header!;
        var lines = header.Elements<Paragraph>().ToList();
        Assert.Equal(["Region Västernorrland", "2025-03-13", "Dnr 24HSN5898"], lines[0].Descendants<Text>().Select(t => t.Text));
        Assert.Equal(["Sida ", "(", ")"], lines[1].Elements<Run>().Select(r => r.InnerText));
        Assert.Equal([" PAGE ", " NUMPAGES "], lines[1].Elements<SimpleField>().Select(f => f.Instruction!.Value));
    }

    [Fact]
    public void Core_properties_carry_title_creator_and_language()
    {
        var docx = Renderer.Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx);

        var core = DocxChecks.Load(docx, "docProps/core.xml").Root!;
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal("Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)", (string?)core.Element(dc + "title"));
        Assert.Equal("Region Västernorrland", (string?)core.Element(dc + "creator"));
        Assert.Equal("sv-SE", (string?)core.Element(dc + "language"));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal("Region Västernorrland", document.PackageProperties.Creator);
    }

    [Fact]
    public void Markdown_characters_in_a_title_stay_literal_in_word()
    {
        var docx = DocxSamples.Get("markdown-title").Render();

        Assert.Contains("Yttrande över remiss; betänkandet Lag om *stjärnor* och __streck__ i C# (SOU 2024:72)", TextLines.FromDocx(docx));
    }

    [Fact]
    public void Control_characters_in_the_yaml_do_not_reach_the_docx()
    {
        // Refused where the file is loaded (RMS0241, issue 27), so no writer ever meets them.
        var text = TestFiles.ExampleText.Replace("    Förvaltningen delar", "    Förvaltningen\u0007 delar\u000B", StringComparison.Ordinal);

        var result = Core.RemissLoader.Load(text, "a.remiss.yaml");

        Assert.Null(result.File);
        Assert.Contains(result.Diagnostics, d => d.Code == "RMS0241" && d.Message.Contains("U+0007", StringComparison.Ordinal));
    }
}
