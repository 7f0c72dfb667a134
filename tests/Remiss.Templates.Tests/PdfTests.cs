using System.Text;
using Remiss.Templates.Tests.Pdf;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests;

/// <summary>
/// The LibreOffice engine (<see cref="Core.PdfEngine.LibreOffice"/>): every .docx the tests generate (<see cref="DocxSamples"/>,
/// the extracts and the decided yttrande) made into PDF through <see cref="RemissRenderer.RenderPdfs"/> in one LibreOffice
/// call, since LibreOffice is slow to start, and both documents made with a reference document in a second. So LibreOffice
/// opens every .docx shape, and the LibreOffice route still works. CI installs LibreOffice (test.sh); without it these tests
/// fail and say what to install.
/// </summary>
public sealed class PdfFixture : IDisposable
{
    private static readonly RenderOptions LibreOffice = new() { PdfEngine = Core.PdfEngine.LibreOffice };
    private readonly TempFolder _directory = new();
    private readonly Dictionary<string, (Core.RemissFile File, RemissDocument Document)> _sources = new(StringComparer.Ordinal);

    public PdfFixture()
    {
        Assert.True(PdfExport.IsAvailable, $"LibreOffice is needed for the PDF tests: apt-get install {PdfExport.LibreOfficePackage} poppler-utils (see .ci/run).");
        var names = new List<string>();
        var documents = new List<(Core.RemissFile, RemissDocument)>();
        void Add(string name, Core.RemissFile file, RemissDocument document)
        {
            names.Add(name);
            documents.Add((file, document));
            _sources[name] = (file, document);
        }

        foreach (var sample in DocxSamples.All)
        {
            Add(sample.Name, sample.Load(), new RemissDocument(sample.Kind));
        }

        // The protocol extracts of both bodies and the decided yttrande (ORGANISATION.md §4).
        var decided = TestFiles.LoadDecidedExample();
        foreach (var meeting in decided.Decision.Meetings)
        {
            Add(Extract(meeting.Paragraph), decided, new RemissDocument(DocumentKind.Protokollsutdrag, meeting));
        }

        // What happened at the meeting (ORGANISATION.md §7): both bodies' extracts in the Västerbotten shape.
        var vasterbotten = MeetingRecordExtractTests.LoadVasterbotten();
        Add(MeetingRecord, vasterbotten, new RemissDocument(DocumentKind.Protokollsutdrag, vasterbotten.Decision.Meetings[1]));
        Add(UtskottRecord, vasterbotten, new RemissDocument(DocumentKind.Protokollsutdrag, vasterbotten.Decision.Meetings[0]));

        Add(DecidedYttrande, decided, new RemissDocument(DocumentKind.Yttrande));

        // Long documents: the native PDF's page breaks are compared with LibreOffice's (PdfLayoutTests).
        Add(LongMemo, TestFiles.Load(Pdf.NativePdfFixture.LongMemoYaml()), new RemissDocument(DocumentKind.Tjansteutlatande));
        foreach (var (name, yaml, kind) in Pdf.LayoutDocuments.All)
        {
            Add(name, TestFiles.Load(yaml), new RemissDocument(kind));
        }

        Save(names, new RemissRenderer(LibreOffice).RenderPdfs(documents));

        var withReference = new RemissRenderer(LibreOffice with { ReferenceDocx = ReferenceDocxTests.CreateReference(_directory.Path) });
        var kinds = new[] { DocumentKind.Tjansteutlatande, DocumentKind.Yttrande };
        Save(kinds.Select(WithReference).ToList(), withReference.RenderPdfs(kinds.Select(k => (TestFiles.LoadExample(), new RemissDocument(k)))));
    }

    private void Save(IReadOnlyList<string> names, IReadOnlyList<byte[]> pdfs)
    {
        Assert.Equal(names.Count, pdfs.Count);
        Directory.CreateDirectory(Path.Combine(_directory.Path, "pdf"));
        for (var i = 0; i < names.Count; i++)
        {
            File.WriteAllBytes(PdfOf(names[i]), pdfs[i]);
        }
    }

    /// <summary>The name of the decided example's extract of the § with this number.</summary>
    public static string Extract(int paragraph) => "protokollsutdrag-" + paragraph;

    /// <summary>The name of the extract with a meeting record (ORGANISATION.md §7).</summary>
    public const string MeetingRecord = "protokollsutdrag-41-record";

    /// <summary>The name of the utskott's extract with a meeting record.</summary>
    public const string UtskottRecord = "protokollsutdrag-25-record";

    /// <summary>The memo with its background repeated to three pages (<see cref="Pdf.NativePdfFixture.LongMemoYaml"/>).</summary>
    public const string LongMemo = "long-memo";

    /// <summary>The file and document LibreOffice made a PDF of (without a reference document), by name.</summary>
    public IReadOnlyDictionary<string, (Core.RemissFile File, RemissDocument Document)> Sources => _sources;

    /// <summary>The name of the decided example's yttrande.</summary>
    public const string DecidedYttrande = "decided-yttrande";

    /// <summary>The name of the example's .docx made with a reference document (letterhead with a logo).</summary>
    public static string WithReference(DocumentKind kind) => "with-reference-" + kind.ToString().ToLowerInvariant();

    /// <summary>The PDF LibreOffice made of a sample (or of <see cref="WithReference"/>).</summary>
    public string PdfOf(string name) => Path.Combine(_directory.Path, "pdf", name + ".pdf");

    public string PdfOf(DocumentKind kind) => PdfOf(DocxSamples.Example(kind).Name);

    public void Dispose() => _directory.Dispose();
}

/// <summary>The tests that read LibreOffice's PDFs share one <see cref="PdfFixture"/>: its LibreOffice calls are most of their time.</summary>
[CollectionDefinition(Name)]
public sealed class LibreOfficePdfCollection : ICollectionFixture<PdfFixture>
{
    public const string Name = "LibreOffice PDFs";
}

[Collection(LibreOfficePdfCollection.Name)]
public class PdfTests(PdfFixture pdf)
{
    [Fact]
    public void The_libreoffice_engine_writes_libreoffices_pdf()
    {
        var info = Poppler("pdfinfo", pdf.PdfOf(DocumentKind.Yttrande));

        Assert.Matches(@"Producer:\s+LibreOffice", info);
    }

    [Fact]
    public void The_libreoffice_engine_sets_arial_in_a_font_with_arials_metrics()
    {
        // The documents ask for Arial; Debian's fonts-liberation2 gives LibreOffice Liberation Sans, which has Arial's
        // metrics, so lines and pages break where Word breaks them (test.sh installs it).
        var fonts = Poppler("pdffonts", pdf.PdfOf(DocumentKind.Yttrande));

        Assert.Contains("LiberationSans", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain("DejaVuSans", fonts, StringComparison.Ordinal);
    }

    [Fact]
    public void Tjansteutlatande_pdf_text_contains_every_expected_line_in_order()
    {
        var text = PdfText(pdf.PdfOf(DocumentKind.Tjansteutlatande));

        TextLines.AssertContainsInOrderWrapped(TestFiles.ExpectedLines(), text);
        Assert.Contains("Sida 1(2)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Yttrande_pdf_has_no_memo_text()
    {
        var text = PdfText(pdf.PdfOf(DocumentKind.Yttrande));

        Assert.Contains("Region Västernorrland avstyrker förslaget.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bakgrund", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Regeringen tillsatte", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.Tjansteutlatande, "Yttrande över remiss från Socialdepartementet; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)")]
    [InlineData(DocumentKind.Yttrande, "Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)")]
    public void Pdf_is_tagged_swedish_with_a_title_and_heading_tags(DocumentKind kind, string title)
    {
        var info = Poppler("pdfinfo", "-enc", "UTF-8", pdf.PdfOf(kind));
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(pdf.PdfOf(kind)));

        Assert.Contains("Title:           " + title, info, StringComparison.Ordinal);
        Assert.Contains("Tagged:          yes", info, StringComparison.Ordinal);
        Assert.Contains("/Lang(sv-SE)", raw, StringComparison.Ordinal);
        Assert.Contains("/S/H1", raw, StringComparison.Ordinal);
        Assert.Contains("/S/H2", raw, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DocxSamples.Names), MemberType = typeof(DocxSamples))]
    public void LibreOffice_opens_every_sample_docx(string sample)
    {
        var text = PdfText(pdf.PdfOf(sample));

        // Its title heading and page header: LibreOffice read the body and the header, not an empty or repaired document.
        Assert.Contains("Yttrande över remiss", text, StringComparison.Ordinal);
        Assert.Contains("Dnr 24HSN5898", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DocumentKind.Tjansteutlatande, "Förvaltningens bedömning")]
    [InlineData(DocumentKind.Yttrande, "Region Västernorrland avstyrker förslaget.")]
    public void A_docx_made_with_a_reference_document_converts_with_its_letterhead(DocumentKind kind, string bodyText)
    {
        var text = PdfText(pdf.PdfOf(PdfFixture.WithReference(kind)));

        Assert.Contains("REGION VÄSTERNORRLAND", text, StringComparison.Ordinal);
        Assert.Contains("Dnr 24HSN5898", text, StringComparison.Ordinal);
        Assert.Contains(bodyText, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(25, "Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar")]
    [InlineData(41, "Hälso- och sjukvårdsnämnden beslutar")]
    public void LibreOffice_opens_each_extract_with_the_header_and_the_attestation_line_on_every_page(int paragraph, string intro)
    {
        ExtractPages.AssertEveryPageHasHeaderAndAttestation(PdfText(pdf.PdfOf(PdfFixture.Extract(paragraph))), paragraph, intro);
    }

    [Fact]
    public void LibreOffice_opens_the_extract_with_the_meeting_record_in_section_order()
    {
        var text = PdfText(pdf.PdfOf(PdfFixture.MeetingRecord));

        TextLines.AssertContainsInOrderWrapped(MeetingRecordExtractTests.NamndOrder, text);
    }

    [Fact]
    public void LibreOffice_opens_the_decided_yttrande_with_the_decided_line()
    {
        var text = PdfText(pdf.PdfOf(PdfFixture.DecidedYttrande));

        TextLines.AssertContainsInOrderWrapped(["Detta yttrande har beslutats av Hälso- och sjukvårdsnämnden den 19 mars 2025, § 41.", "Viktoria Jansson"], text);
        Assert.Contains("2025-03-19", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_libreoffice_is_a_clear_error_naming_the_package()
    {
        using var dir = new TempFolder();
        var docx = Path.Combine(dir.Path, "a.docx");
        File.WriteAllBytes(docx, new RemissRenderer().Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx));

        var ex = Assert.Throws<RenderException>(() => PdfExport.Convert([docx], dir.Path, soffice: null));

        Assert.Contains("apt-get install libreoffice-writer-nogui", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_libreoffice_that_cannot_start_is_a_clear_error()
    {
        using var dir = new TempFolder();
        var docx = Path.Combine(dir.Path, "a.docx");
        File.WriteAllBytes(docx, DocxSamples.Example(DocumentKind.Yttrande).Render());
        var notExecutable = Path.Combine(dir.Path, "soffice");
        File.WriteAllText(notExecutable, "inte ett program");

        var ex = Assert.Throws<RenderException>(() => PdfExport.Convert([docx], dir.Path, notExecutable));

        Assert.Contains("kunde inte startas", ex.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install libreoffice-writer-nogui", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_file_is_named()
    {
        using var dir = new TempFolder();
        var missing = Path.Combine(dir.Path, "saknas.docx");

        var ex = Assert.Throws<RenderException>(() => PdfExport.ConvertDocxToPdf([missing], dir.Path));

        Assert.Contains("saknas.docx", ex.Message, StringComparison.Ordinal);
    }

    private static string PdfText(string pdf) => Pdf.Poppler.Text(pdf);

    private static string Poppler(string tool, params string[] arguments) => Pdf.Poppler.Run(tool, arguments);
}
