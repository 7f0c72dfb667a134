using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Templates.Tests;

/// <summary>A region's own reference .docx decides fonts, styles and page setup, as pandoc's --reference-doc does.</summary>
public class ReferenceDocxTests
{
    private static string CreateReference(string directory)
    {
        var path = Path.Combine(directory, "mall.docx");
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(
            new Paragraph(new Run(new Text("Mallens brödtext"))),
            new SectionProperties(new PageSize { Width = 12240U, Height = 15840U }, new PageMargin { Top = 1000, Right = 1000U, Bottom = 1000, Left = 1000U, Header = 500U, Footer = 500U, Gutter = 0U })));
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new RunFonts { Ascii = "Garamond", HighAnsi = "Garamond" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Color { Val = "1F4E79" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });
        return path;
    }

    [Fact]
    public void Styles_and_page_setup_come_from_the_reference_and_missing_styles_are_added()
    {
        using var dir = new TempDirectory();
        var renderer = new RemissRenderer(new RenderOptions { ReferenceDocx = CreateReference(dir.Path) });

        var docx = renderer.Render(TestFiles.LoadExample(), DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        DocxChecks.AssertOpensCleanly(docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("Garamond", styles["Normal"].StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal("1F4E79", styles["Heading1"].StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal("heading 2", styles["Heading2"].StyleName!.Val!.Value);
        Assert.Contains("ListParagraph", styles.Keys);
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(12240U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Single(section.Elements<HeaderReference>());
        Assert.DoesNotContain("Mallens brödtext", main.Document.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_with_a_reference_is_deterministic()
    {
        using var dir = new TempDirectory();
        var options = new RenderOptions { ReferenceDocx = CreateReference(dir.Path) };
        var file = TestFiles.LoadExample();

        Assert.Equal(
            new RemissRenderer(options).Render(file, DocumentKind.Yttrande, OutputFormat.Docx),
            new RemissRenderer(options).Render(file, DocumentKind.Yttrande, OutputFormat.Docx));
    }

    [Fact]
    public void A_reference_that_is_not_a_docx_is_a_clear_error()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "mall.docx");
        File.WriteAllText(path, "inte en docx");
        var renderer = new RemissRenderer(new RenderOptions { ReferenceDocx = path });

        var ex = Assert.Throws<RenderException>(() => renderer.Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx));

        Assert.StartsWith(path + ": error: the reference .docx cannot be read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_reference_is_a_clear_error()
    {
        var renderer = new RemissRenderer(new RenderOptions { ReferenceDocx = "/finns/inte/mall.docx" });

        var ex = Assert.Throws<RenderException>(() => renderer.Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx));

        Assert.Contains("/finns/inte/mall.docx", ex.Message, StringComparison.Ordinal);
    }
}
