using System.Text;
using Remiss.Core;
using Remiss.Templates.Tests.RoundTrip;
using Remiss.Templates.Writers;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests;

/// <summary>
/// Issue 26 in Templates: a file that passes its check renders in every format (the limits' edges included), what
/// only a template can still do is a located refusal, the Word reader refuses past its budget before converting
/// anything, and the exported HTML keeps the preview's rule for links and images.
/// </summary>
public sealed class BoundsTests
{
    private static readonly RemissRenderer Renderer = new();

    /// <summary>Every Markdown field of the yttrande and the tjänsteutlåtande nested to the limit, one way each.</summary>
    private static string AtTheLimits()
    {
        var text = Examples.WithBackground(new string('>', TextLimits.Nesting) + " Citat.");
        text = text.Replace("    Förvaltningen delar utredningens bild", "    " + string.Concat(Enumerable.Repeat("* ", TextLimits.Nesting / 2)) + "Lista.\n\n    Förvaltningen delar utredningens bild", StringComparison.Ordinal);
        text = text.Replace("    Region Västernorrland välkomnar", "    " + new string('[', TextLimits.Nesting) + " hakparenteser.\n\n    Region Västernorrland välkomnar", StringComparison.Ordinal);
        return text;
    }

    [Fact]
    public void A_file_at_every_nesting_limit_passes_its_check_and_renders_in_every_format()
    {
        var loaded = RemissLoader.Load(AtTheLimits(), "sou-2024-72.remiss.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);

        foreach (var kind in new[] { DocumentKind.Yttrande, DocumentKind.Tjansteutlatande })
        {
            foreach (var format in new[] { OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Docx, OutputFormat.Pdf })
            {
                Assert.NotEmpty(Renderer.Render(loaded.File!, kind, format));
            }
        }
    }

    [Fact]
    public void A_file_at_the_text_limits_passes_its_check_and_renders_to_pdf()
    {
        // Just under 5,000 lines with the rest of the file, some 235,000 characters: about a hundred pages.
        var line = new string('a', 46) + ".";
        var loaded = RemissLoader.Load(Examples.WithBackground(string.Join("\n\n", Enumerable.Repeat(line, TextLimits.Lines - 40))), "sou-2024-72.remiss.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.IsError);

        var pdf = Renderer.Render(loaded.File!, DocumentKind.Tjansteutlatande, OutputFormat.Pdf);

        Assert.True(pdf.Length > 0);
    }

    [Fact]
    public void Markdown_a_template_nests_past_markdigs_limit_is_a_located_refusal_not_an_exception()
    {
        var e = Assert.Throws<RenderException>(() => RemissMarkdown.Parse(new string('>', 200) + " x"));

        Assert.StartsWith("RMS0189: Dokumentet blir större än Remiss gör: mallens Markdown är nästlad djupare än 128 nivåer.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_probes_pull_of_120000_paragraphs_is_refused_while_the_document_is_read()
    {
        var docx = HostileYttrande.WithSummaryParagraphs(Renderer, 120_000);
        Assert.InRange(docx.Length, 30_000, 60_000); // the probe's 44 KB

        var read = WordReader.Read(docx, "Yttrande.docx");

        var problem = Assert.Single(read.Problems);
        Assert.Equal("RMS0187", problem.Descriptor.Code);
        Assert.Equal("Yttrande.docx läses inte: delen word/document.xml har fler än 6000 stycken, fler än en remissfil kan hålla. Ta bort tomma eller upprepade stycken i Word och försök igen; remissfilen är oförändrad.", problem.Message);
        Assert.Empty(read.Fields); // refused before any field was converted
    }

    [Fact]
    public void Fields_with_more_paragraphs_than_a_file_holds_are_refused_before_they_are_converted()
    {
        var read = WordReader.Read(HostileYttrande.WithSummaryParagraphs(Renderer, TextLimits.Lines + 1), "Yttrande.docx");

        var problem = Assert.Single(read.Problems);
        Assert.Equal("RMS0187", problem.Descriptor.Code);
        Assert.Matches("fälten har 50[0-9][0-9] stycken text \\(högst 5000\\), fler än en remissfil kan hålla", problem.Message);
        Assert.Empty(read.Fields);
    }

    [Fact]
    public void Fields_with_more_text_than_a_file_holds_are_refused_before_they_are_converted()
    {
        var read = WordReader.Read(HostileYttrande.WithSummaryParagraphs(Renderer, 100, new string('a', 2_600)), "Yttrande.docx");

        var problem = Assert.Single(read.Problems);
        Assert.Equal("RMS0188", problem.Descriptor.Code);
        Assert.Contains("tecken text (högst 250000), mer än en remissfil kan hålla", problem.Message, StringComparison.Ordinal);
        Assert.Empty(read.Fields);
    }

    [Fact]
    public void A_pull_within_the_budget_is_linear_and_comes_back()
    {
        var docx = HostileYttrande.WithSummaryParagraphs(Renderer, 3_000);

        var read = WordReader.Read(docx, "Yttrande.docx");

        Assert.False(read.HasErrors);
        Assert.Equal(3_000, read.Fields.Single(f => f.Path == "response.summary").Value.Split("\n\n").Count(p => p == "Ny rad."));
    }

    [Fact]
    public void Exported_html_keeps_the_previews_rule_for_links_and_images()
    {
        const string pixel = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
        var text = Examples.WithBackground(
            "[Klicka här](javascript:alert(1)), <javascript:alert(2)>, ![spårpixel](https://spara.example/p.png), " +
            $"[regeringen](https://www.regeringen.se), <mailto:registrator@rvn.se> och ![logga]({pixel}).");
        var file = RemissLoader.Load(text, "sou-2024-72.remiss.yaml").File!;

        var html = Encoding.UTF8.GetString(Renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Html));

        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Klicka här, javascript:alert(2), spårpixel, ", html, StringComparison.Ordinal); // their text stays
        Assert.DoesNotContain("spara.example", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.regeringen.se\">regeringen</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:registrator@rvn.se\">", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"{pixel}\" alt=\"logga\" />", html, StringComparison.Ordinal);
        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{DocumentLinks.ContentSecurityPolicy}; base-uri 'none'; form-action 'none'\">", html, StringComparison.Ordinal);
    }
}
