using System.Text;
using Remiss.Core;
using Remiss.Tests.Shared;
using Remiss.Templates.Tests.Pdf;

namespace Remiss.Templates.Tests;

/// <summary>The justering notice, anslag/bevis (ORGANISATION.md §8): its lines to the character, in every format.</summary>
public class AnslagTests
{
    private static readonly RemissRenderer Renderer = new();

    /// <summary>
    /// The decided example with both minutes justerade: the utskott's on Thursday 2025-03-20 (the notice may go up until
    /// Monday), the nämnd's on 2025-03-19 with the notice up on 2025-03-21; the organisation file says where the minutes are
    /// kept and who certifies.
    /// </summary>
    public static RemissFile LoadJusterad()
    {
        var text = ExampleOrganisation.WithMeetings(TestFiles.ExampleText)
            .Replace("      paragraph: 25\n", "      paragraph: 25\n      adjusted: 2025-03-20\n", StringComparison.Ordinal)
            .Replace("      paragraph: 41\n", "      paragraph: 41\n      adjusted: 2025-03-19\n      notice_posted: 2025-03-21\n", StringComparison.Ordinal);
        var organisation = ExampleOrganisation.Example with
        {
            Minutes = new OrganisationMinutes(KeptAt: "Regionkansliet, Härnösand", CertifiedBy: new Signatory("Anna Sekreterare", "Nämndsekreterare")),
        };
        return TestFiles.Load(text, organisation);
    }

    /// <summary>The nämnd's notice as a reader sees it, line by line.</summary>
    public static readonly string[] NamndLines =
    [
        "Anslag/bevis",
        "Protokollet är justerat. Justeringen har tillkännagetts genom anslag.",
        "Organ: Hälso- och sjukvårdsnämnden",
        "Sammanträdesdatum: 2025-03-19",
        "Paragrafer: § 41",
        "Datum då anslaget sätts upp: 2025-03-21",
        "Datum då anslaget tas ned: 2025-04-12",
        "Förvaringsplats för protokollet: Regionkansliet, Härnösand",
        "Underskrift:",
        "Anna Sekreterare, Nämndsekreterare",
    ];

    private static RemissDocument Namnd(RemissFile file) => RemissDocument.Notices(file)[1];

    [Fact]
    public void Every_justerad_meeting_has_one_notice_in_the_order_of_the_record()
    {
        var file = LoadJusterad();

        var notices = RemissDocument.Notices(file);

        Assert.Equal([25, 41], notices.Select(n => n.Meeting!.Paragraph));
        Assert.All(notices, n => Assert.Equal(DocumentKind.Anslag, n.Kind));
        Assert.Equal(notices, RemissDocument.Of(file, [DocumentKind.Anslag]));
        Assert.Empty(RemissDocument.Notices(TestFiles.LoadDecidedExample()));
    }

    [Fact]
    public void The_notice_has_the_municipalities_labels_and_the_laws_dates_to_the_character()
    {
        var file = LoadJusterad();

        var lines = TextLines.FromMarkdown(Encoding.UTF8.GetString(Renderer.Render(file, Namnd(file), OutputFormat.Markdown)));

        Assert.Equal(NamndLines, lines.Where(l => l.Length > 0 && !l.StartsWith("\\_", StringComparison.Ordinal) && !l.StartsWith('_')));
    }

    [Fact]
    public void The_utskotts_notice_goes_up_on_the_day_of_justering_and_comes_down_the_day_after_the_appeal_time()
    {
        var file = LoadJusterad();

        var lines = TextLines.FromMarkdown(Encoding.UTF8.GetString(Renderer.Render(file, RemissDocument.Notices(file)[0], OutputFormat.Markdown)));

        TextLines.AssertContainsInOrder(["Organ: Hälso- och sjukvårdsutskottet", "Sammanträdesdatum: 2025-03-13", "Paragrafer: § 25", "Datum då anslaget sätts upp: 2025-03-20", "Datum då anslaget tas ned: 2025-04-11"], lines);
        Assert.Equal("Anslag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.pdf", OutputNames.FileName(file, RemissDocument.Notices(file)[0], OutputFormat.Pdf));
    }

    [Fact]
    public void The_docx_opens_cleanly_with_the_notice_in_its_paragraphs_and_the_organisation_in_its_header()
    {
        var file = LoadJusterad();

        var docx = Renderer.Render(file, Namnd(file), OutputFormat.Docx);

        DocxChecks.AssertOpensCleanly(docx);
        TextLines.AssertContainsInOrder(NamndLines, TextLines.FromDocx(docx));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        var header = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("word/header", StringComparison.Ordinal)).Select(e => new StreamReader(e.Open()).ReadToEnd()));
        Assert.Contains("Region Västernorrland", header, StringComparison.Ordinal);
        Assert.Contains("Anslag/bevis", header, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_is_one_page_with_every_line()
    {
        var file = LoadJusterad();
        using var dir = new TempFolder();
        var pdf = Path.Combine(dir.Path, "anslag.pdf");

        File.WriteAllBytes(pdf, Renderer.Render(file, Namnd(file), OutputFormat.Pdf));

        Assert.Single(Poppler.Pages(pdf));
        TextLines.AssertContainsInOrderWrapped(NamndLines, Poppler.Text(pdf));
    }

    [Fact]
    public void The_html_has_the_notice_in_swedish()
    {
        var file = LoadJusterad();

        var html = Encoding.UTF8.GetString(Renderer.Render(file, Namnd(file), OutputFormat.Html));

        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Datum då anslaget tas ned:</strong> 2025-04-12", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Libreoffice_opens_the_notices_docx()
    {
        Assert.True(PdfExport.IsAvailable, $"LibreOffice is needed: apt-get install {PdfExport.LibreOfficePackage} poppler-utils.");
        var file = LoadJusterad();
        using var dir = new TempFolder();
        var pdf = Path.Combine(dir.Path, "anslag.pdf");

        File.WriteAllBytes(pdf, Assert.Single(new RemissRenderer(new RenderOptions { PdfEngine = Core.PdfEngine.LibreOffice }).RenderPdfs([(file, Namnd(file))])));

        Assert.Matches(@"Producer:\s+LibreOffice", Poppler.Info(pdf));
        Assert.Single(Poppler.Pages(pdf));
        TextLines.AssertContainsInOrderWrapped(NamndLines, Poppler.Text(pdf));
    }

    [Fact]
    public void A_meeting_whose_minutes_are_not_justerade_has_no_notice_to_render()
    {
        var file = TestFiles.LoadDecidedExample();

        var ex = Assert.Throws<RenderException>(() => Renderer.Render(file, new RemissDocument(DocumentKind.Anslag, file.Decision.Meetings[0]), OutputFormat.Markdown));

        Assert.Contains("är inte justerat", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Renderer.Render(file, DocumentKind.Anslag, OutputFormat.Markdown));
    }
}
