using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Core;

namespace Remiss.Templates.Tests;

/// <summary>The protocol extract and the decided yttrande (ORGANISATION.md §4), to the character.</summary>
public class ProtocolExtractTests
{
    private const string ResponseTitle = "Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)";
    private const string MemoHeading = "Yttrande över remiss från Socialdepartementet; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)";
    private static readonly RemissRenderer Renderer = new();

    /// <summary>The utskott's extract of the example: the memo's lines in the order of §4, with its own decision.</summary>
    public static readonly string[] UtskottLines =
    [
        "§ 25 " + MemoHeading,
        "Diarienummer: 24HSN5898",
        "Ärendeansvarig: Maria Strandberg",
        "Handläggare: Sara Hjalmarsson",
        "Beslut:",
        "Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar",
        "att avge ”" + ResponseTitle + "”; samt",
        "att förklara paragrafen för omedelbart justerad.",
        "Ärendebeskrivning",
        "Region Västernorrland har beretts tillfälle att lämna synpunkter på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72).",
        "Förlängd svarstid till den 21 mars 2025 har beviljats.",
        "Bakgrund",
        "Förvaltningens bedömning",
        "Regionens svar har tagits fram i dialog med Region Norrbotten och Region Västerbotten.",
        "Beslutsunderlag",
        "Remiss från Socialdepartementet: betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)",
        ResponseTitle,
        "Noteras till protokollet:",
        "Pia Lundin (SJVP) och Erica Stenberg (SD) avstår från att delta i beslutet.",
        "Delges",
        "Socialdepartementet",
    ];

    private static RecordedMeeting Utskott(RemissFile file) => file.Decision.Meetings[0];

    private static RecordedMeeting Namnd(RemissFile file) => file.Decision.Meetings[1];

    [Fact]
    public void The_utskotts_extract_has_the_memo_lines_in_order_with_its_own_decision()
    {
        var file = TestFiles.LoadDecidedExample();
        var lines = TextLines.FromMarkdown(Renderer.RenderMarkdown(file, Utskott(file)));

        TextLines.AssertContainsInOrder(UtskottLines, lines);
        Assert.Equal(UtskottLines, lines.Where(UtskottLines.Contains).Distinct());
        Assert.DoesNotContain("Förslag till beslut", lines);
    }

    [Fact]
    public void The_namnds_extract_starts_its_decision_with_the_namnd_deciding()
    {
        var file = TestFiles.LoadDecidedExample();
        var lines = TextLines.FromMarkdown(Renderer.RenderMarkdown(file, Namnd(file)));

        var decision = lines.ToList().IndexOf("Beslut:");
        Assert.Equal("§ 41 " + MemoHeading, lines.First(l => l.Length > 0));
        Assert.Equal(["Beslut:", "", "Hälso- och sjukvårdsnämnden beslutar", "", "att avge ”" + ResponseTitle + "”; samt"], lines.Skip(decision).Take(5));
        Assert.DoesNotContain("Noteras till protokollet:", lines);
    }

    [Fact]
    public void The_extracts_wording_and_file_name_come_from_core()
    {
        var file = TestFiles.LoadDecidedExample();
        var extract = ProtocolExtract.For(file, Utskott(file));

        Assert.Equal("Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25", extract.FileName);
        Assert.Equal("Sammanträdesdatum 2025-03-13", extract.MeetingDateLine);
        Assert.Equal("Justerandes signatur    Utdragsbestyrkande", ProtocolExtract.AttestationLine);
        Assert.Throws<ArgumentException>(() => Renderer.RenderMarkdown(file, DocumentKind.Protokollsutdrag));
    }

    [Fact]
    public void The_extract_docx_is_valid_with_its_header_and_the_attestation_line_in_a_footer()
    {
        var file = TestFiles.LoadDecidedExample();
        var docx = Renderer.Render(file, Utskott(file), OutputFormat.Docx);

        DocxChecks.AssertOpensCleanly(docx);
        TextLines.AssertContainsInOrder(UtskottLines, TextLines.FromDocx(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        Assert.Equal(
            ["Region Västernorrland\tProtokollsutdrag", "Hälso- och sjukvårdsutskottet\tSammanträdesdatum 2025-03-13", "Sida 1(1)"],
            main.HeaderParts.Single().Header!.Elements<Paragraph>().Select(HeaderText));
        Assert.Equal("Justerandes signatur    Utdragsbestyrkande", main.FooterParts.Single().Footer!.InnerText);
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(main.GetIdOfPart(main.FooterParts.Single()), section.Elements<FooterReference>().Single().Id!.Value);
        Assert.Equal("Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25", document.PackageProperties.Title);
    }

    [Fact]
    public void The_other_documents_have_no_footer()
    {
        var docx = Renderer.Render(TestFiles.LoadDecidedExample(), DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains("footer", StringComparison.Ordinal));
    }

    [Fact]
    public void The_extract_html_has_the_header_rows_and_a_footer_that_repeats_on_every_printed_page()
    {
        var file = TestFiles.LoadDecidedExample();
        var html = System.Text.Encoding.UTF8.GetString(Renderer.Render(file, Utskott(file), OutputFormat.Html));

        Assert.Contains("<div><span>Region Västernorrland</span><span>Protokollsutdrag</span></div>", html, StringComparison.Ordinal);
        Assert.Contains("<div><span>Hälso- och sjukvårdsutskottet</span><span>Sammanträdesdatum 2025-03-13</span></div>", html, StringComparison.Ordinal);
        Assert.Contains("<footer class=\"attestation\">Justerandes signatur    Utdragsbestyrkande</footer>", html, StringComparison.Ordinal);
        Assert.Contains("footer.attestation { position: fixed; bottom: 0;", html, StringComparison.Ordinal);
        Assert.Contains("<title>Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extract_markdown_file_ends_with_the_attestation_line()
    {
        var file = TestFiles.LoadDecidedExample();
        var markdown = System.Text.Encoding.UTF8.GetString(Renderer.Render(file, Utskott(file), OutputFormat.Markdown));

        Assert.EndsWith("\nSocialdepartementet\n\nJusterandes signatur    Utdragsbestyrkande\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\ntitle: \"Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\ndate: \"2025-03-13\"\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regions_own_extract_template_replaces_the_built_in_one()
    {
        using var templates = TestFiles.Templates(("protokollsutdrag.md.scriban", "# {{ meeting.heading }}\n\nProtokollsutdrag för {{ meeting.body }}, § {{ meeting.paragraph }}, {{ meeting.long_date }}.\n"));
        var file = TestFiles.LoadDecidedExample();

        var markdown = new RemissRenderer(new RenderOptions { TemplateDirectory = templates.Path }).RenderMarkdown(file, Namnd(file));

        Assert.Equal("# § 41 " + MemoHeading + "\n\nProtokollsutdrag för Hälso- och sjukvårdsnämnden, § 41, den 19 mars 2025.\n", markdown);
    }

    [Fact]
    public void The_decided_yttrande_is_dated_the_deciding_meeting_with_the_decided_line_before_the_signatories()
    {
        var file = TestFiles.LoadDecidedExample();
        var lines = TextLines.FromMarkdown(Renderer.RenderMarkdown(file, DocumentKind.Yttrande)).Where(l => l.Length > 0).ToList();

        var at = lines.IndexOf("Detta yttrande har beslutats av Hälso- och sjukvårdsnämnden den 19 mars 2025, § 41.");
        Assert.True(at > 0, string.Join("\n", lines));
        Assert.Equal(["Region Västernorrland", "Viktoria Jansson", "Ordförande, hälso- och sjukvårdsnämnden"], lines.Skip(at + 1).Select(l => l.TrimEnd('\\')));

        var docx = Renderer.Render(file, DocumentKind.Yttrande, OutputFormat.Docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.StartsWith("Region Västernorrland\t2025-03-19\tDnr 24HSN5898", HeaderText(document.MainDocumentPart!.HeaderParts.Single().Header!.Elements<Paragraph>().First()), StringComparison.Ordinal);
    }

    [Fact]
    public void Until_the_deciding_body_has_decided_the_yttrande_and_the_memo_do_not_change()
    {
        var undecided = TestFiles.LoadDecidedExample(bodies: 1);
        var plain = TestFiles.LoadExample();

        Assert.Equal(Renderer.RenderMarkdown(plain, DocumentKind.Yttrande), Renderer.RenderMarkdown(undecided, DocumentKind.Yttrande));
        Assert.Equal(Renderer.RenderMarkdown(plain, DocumentKind.Tjansteutlatande), Renderer.RenderMarkdown(TestFiles.LoadDecidedExample(), DocumentKind.Tjansteutlatande));
    }

    [Fact]
    public void The_extract_matches_the_approved_markdown()
    {
        var file = TestFiles.LoadDecidedExample();
        var markdown = Renderer.RenderMarkdown(file, Utskott(file));
        var approved = Path.Combine(TestFiles.SourceDirectory(), "Approved", "sou-2024-72.protokollsutdrag-hsu.approved.md");
        var received = Path.ChangeExtension(approved, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".md";

        if (!File.Exists(approved) || File.ReadAllText(approved).ReplaceLineEndings("\n") != markdown)
        {
            File.WriteAllText(received, markdown);
            Assert.Fail($"The Markdown differs from {approved}; the new output is in {received}.");
        }

        File.Delete(received);
    }

    /// <summary>A header paragraph's text with tabs, and fields as their cached result.</summary>
    private static string HeaderText(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            TabChar => "\t",
            Text t => t.Text,
            _ => string.Empty,
        }));

    private static XNamespace W => DocxChecks.WordNamespace;
}
