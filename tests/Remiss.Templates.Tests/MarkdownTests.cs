using Remiss.Core;

namespace Remiss.Templates.Tests;

/// <summary>The two documents' Markdown: FORMAT.md §4 (tjänsteutlåtande) and §5 (yttrande).</summary>
public class MarkdownTests
{
    private static readonly RemissRenderer Renderer = new();

    [Fact]
    public void Tjansteutlatande_contains_every_expected_line_in_order()
    {
        var markdown = Renderer.RenderMarkdown(TestFiles.LoadExample(), DocumentKind.Tjansteutlatande);

        TextLines.AssertContainsInOrder(TestFiles.ExpectedLines(), TextLines.FromMarkdown(markdown));
    }

    [Fact]
    public void Tjansteutlatande_sections_are_real_headings_and_md_fields_stay_markdown()
    {
        var markdown = Renderer.RenderMarkdown(TestFiles.LoadExample(), DocumentKind.Tjansteutlatande);

        Assert.StartsWith("---\ntitle: \"Yttrande över remiss från Socialdepartementet;", markdown, StringComparison.Ordinal);
        Assert.Contains("\n# Yttrande över remiss från Socialdepartementet; betänkandet", markdown, StringComparison.Ordinal);
        foreach (var heading in new[] { "Förslag till beslut", "Ärendebeskrivning", "Bakgrund", "Förvaltningens bedömning", "Beslutsunderlag", "Delges" })
        {
            Assert.Contains("\n## " + heading + "\n", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("- en ordning där kommuner kan anställa läkare,", markdown, StringComparison.Ordinal);
        Assert.Contains("är **kritisk** till", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Yttrande_has_addressee_dnr_summary_first_comments_with_position_and_signatories()
    {
        var file = TestFiles.LoadExampleWith("  department: Socialdepartementet\n", "  department: Socialdepartementet\n  department_dnr: S2024/02145\n");
        var lines = TextLines.FromMarkdown(Renderer.RenderMarkdown(file, DocumentKind.Yttrande));

        TextLines.AssertContainsInOrder(
        [
            "Socialdepartementet",
            "Ert dnr S2024/02145",
            "Vårt dnr 24HSN5898",
            "Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)",
            "Sammanfattning",
            "6 Medicinsk bedömning dygnet runt",
            "Region Västernorrland lämnar följande synpunkter.",
            "8 Kommunalt anställda läkare",
            "Region Västernorrland avstyrker förslaget.",
            "Viktoria Jansson\\",
            "Ordförande, hälso- och sjukvårdsnämnden",
        ], lines);
    }

    [Fact]
    public void Yttrande_without_department_dnr_has_no_ert_dnr_line()
    {
        var markdown = Renderer.RenderMarkdown(TestFiles.LoadExample(), DocumentKind.Yttrande);

        Assert.DoesNotContain("Ert dnr", markdown, StringComparison.Ordinal);
        Assert.Contains("\nVårt dnr 24HSN5898\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Yttrande_contains_nothing_from_the_memo()
    {
        var file = TestFiles.LoadExample();
        var markdown = Renderer.RenderMarkdown(file, DocumentKind.Yttrande);

        foreach (var memoOnly in new[]
        {
            "Bakgrund", "Regeringen tillsatte", "Förvaltningens bedömning", "Förvaltningen delar", "Diarienummer",
            "Ärendeansvarig", "Maria Strandberg", "Handläggare", "Sara Hjalmarsson", "föreslår att", "att avge",
            "Beslutsunderlag", "Delges", "Förlängd svarstid", "tagits fram i dialog",
        })
        {
            Assert.DoesNotContain(memoOnly, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Comments_come_in_the_reports_section_order()
    {
        var file = TestFiles.LoadExampleWith("section: \"6\"", "section: \"10.2\"");
        var lines = TextLines.FromMarkdown(Renderer.RenderMarkdown(file, DocumentKind.Yttrande));

        TextLines.AssertContainsInOrder(["8 Kommunalt anställda läkare", "10.2 Medicinsk bedömning dygnet runt"], lines);
    }

    [Fact]
    public void A_comment_without_a_section_is_headed_by_its_heading_alone_and_the_written_order_is_kept()
    {
        var file = TestFiles.LoadExampleWith("    - section: \"8\"\n      heading:", "    - heading:");
        var markdown = Renderer.RenderMarkdown(file, DocumentKind.Yttrande);

        Assert.Contains("\n## Kommunalt anställda läkare\n", markdown, StringComparison.Ordinal);
        TextLines.AssertContainsInOrder(["6 Medicinsk bedömning dygnet runt", "Kommunalt anställda läkare"], TextLines.FromMarkdown(markdown));
    }

    [Fact]
    public void Values_from_the_yaml_stay_literal_text()
    {
        var file = TestFiles.LoadExampleWith(
            "title: Stärkt medicinsk kompetens i kommunal hälso- och sjukvård",
            "title: \"Lag om *stjärnor*, __under_streck__ och [länkar](http://x) <b>\"");
        var markdown = Renderer.RenderMarkdown(file, DocumentKind.Tjansteutlatande);
        var html = Html(file);

        Assert.Contains(@"Lag om \*stjärnor\*, \_\_under\_streck\_\_ och \[länkar\](http://x) \<b\>", markdown, StringComparison.Ordinal);
        Assert.Contains("<h1>Yttrande över remiss från Socialdepartementet; betänkandet Lag om *stjärnor*, __under_streck__ och [länkar](http://x) &lt;b&gt; (SOU 2024:72)</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http://x\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_looks_like_a_list_marker_is_not_a_list()
    {
        var file = TestFiles.LoadExampleWith("notify: [Socialdepartementet]", "notify: [\"1. Socialdepartementet\", \"- Finansdepartementet\"]");
        var html = Html(file);

        Assert.Contains("<p>1. Socialdepartementet</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>- Finansdepartementet</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ol>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void One_body_decides_under_the_heading_Beslut_and_absent_lines_are_omitted()
    {
        var yaml = TestFiles.ExampleText
            .Replace("    - Hälso- och sjukvårdsutskottet\n", string.Empty, StringComparison.Ordinal)
            .Replace("  responsible: Maria Strandberg\n", string.Empty, StringComparison.Ordinal)
            .Replace("  officers: [Sara Hjalmarsson]\n", string.Empty, StringComparison.Ordinal);
        var markdown = Renderer.RenderMarkdown(TestFiles.Load(yaml), DocumentKind.Tjansteutlatande);

        Assert.Contains("\n## Beslut\n\nHälso- och sjukvårdsnämnden beslutar\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Förslag till beslut", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Ärendeansvarig", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Handläggare", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void No_background_means_no_Bakgrund_heading()
    {
        var markdown = Renderer.RenderMarkdown(DocxSamples.Get("no-background").Load(), DocumentKind.Tjansteutlatande);

        Assert.DoesNotContain("Bakgrund", markdown, StringComparison.Ordinal);
        Assert.Contains("\n## Förvaltningens bedömning\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_standalone_swedish_with_print_css_and_the_header()
    {
        var html = Html(TestFiles.LoadExample());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Yttrande över remiss från Socialdepartementet; betänkandet", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<span>Dnr 24HSN5898</span>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Förslag till beslut</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>en ordning där kommuner kan anställa läkare,</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("title:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_in_md_fields_is_shown_as_text_not_markup()
    {
        var file = TestFiles.LoadExampleWith("    Förvaltningen delar", "    <script>alert(1)</script> Förvaltningen delar");
        var html = Html(file);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_output_is_the_markdown_as_utf8()
    {
        var file = TestFiles.LoadExample();

        var bytes = Renderer.Render(file, DocumentKind.Yttrande, OutputFormat.Markdown);

        Assert.Equal(Renderer.RenderMarkdown(file, DocumentKind.Yttrande), new System.Text.UTF8Encoding(false).GetString(bytes));
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void Pdf_through_Render_is_the_pdf_itself_written_by_remiss()
    {
        var pdf = Renderer.Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Pdf);

        Assert.Equal("%PDF-1.7", System.Text.Encoding.ASCII.GetString(pdf, 0, 8));
        Assert.Equal(PdfEngine.Native, Renderer.Options.PdfEngine);
    }

    [Fact]
    public void Rendering_in_parallel_gives_the_same_text()
    {
        var file = TestFiles.LoadExample();
        var renderer = new RemissRenderer();
        var expected = renderer.RenderMarkdown(file, DocumentKind.Tjansteutlatande);

        var results = Enumerable.Range(0, 32).AsParallel().Select(i => renderer.RenderMarkdown(file, i % 2 == 0 ? DocumentKind.Tjansteutlatande : DocumentKind.Yttrande)).ToList();

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(expected, r));
    }

    /// <summary>The tjänsteutlåtande of <paramref name="file"/> as HTML.</summary>
    private static string Html(RemissFile file) => System.Text.Encoding.UTF8.GetString(Renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Html));
}
