using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests;

/// <summary>A region's own reference .docx decides fonts, styles and page setup, as pandoc's --reference-doc does.</summary>
public class ReferenceDocxTests
{
    internal static string CreateReference(string directory, string font = "Garamond", string name = "mall.docx")
    {
        var path = Path.Combine(directory, name);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(
            new Paragraph(new Run(new Text("Mallens brödtext"))),
            new SectionProperties(new TitlePage(), new PageSize { Width = 12240U, Height = 15840U }, new PageMargin { Top = 1000, Right = 1000U, Bottom = 1000, Left = 1000U, Header = 500U, Footer = 500U, Gutter = 0U })));
        var header = main.AddNewPart<HeaderPart>("rIdLogoHeader");
        var logo = header.AddNewPart<ImagePart>("image/png", "rIdLogo");
        using (var png = logo.GetStream(FileMode.Create))
        {
            png.Write(OnePixelPng);
        }

        header.Header = new Header(new Paragraph(new Run(new Text("REGION VÄSTERNORRLAND")), new Run(Logo("rIdLogo"))));
        main.Document.Body!.GetFirstChild<SectionProperties>()!.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdLogoHeader" });
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Color { Val = "1F4E79" }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });
        main.AddNewPart<FontTablePart>().Fonts = new Fonts(new Font { Name = font });
        return path;
    }

    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>An inline picture, as Word writes one.</summary>
    private static Drawing Logo(string relationshipId)
    {
        const long size = 360000; // 1 cm in EMU
        return new Drawing(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = size, Cy = size },
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1U, Name = "Logotyp", Description = "Regionens logotyp" },
            new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(
                new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
                    new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                        new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = 0U, Name = "logo.png" },
                        new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
                    new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(
                        new DocumentFormat.OpenXml.Drawing.Blip { Embed = relationshipId },
                        new DocumentFormat.OpenXml.Drawing.Stretch(new DocumentFormat.OpenXml.Drawing.FillRectangle())),
                    new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties(
                        new DocumentFormat.OpenXml.Drawing.Transform2D(
                            new DocumentFormat.OpenXml.Drawing.Offset { X = 0L, Y = 0L },
                            new DocumentFormat.OpenXml.Drawing.Extents { Cx = size, Cy = size }),
                        new DocumentFormat.OpenXml.Drawing.PresetGeometry(new DocumentFormat.OpenXml.Drawing.AdjustValueList()) { Preset = DocumentFormat.OpenXml.Drawing.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }

    [Fact]
    public void The_letterhead_with_its_logo_comes_first_in_the_page_header()
    {
        using var dir = new TempFolder();
        var renderer = new RemissRenderer(new RenderOptions { ReferenceDocx = CreateReference(dir.Path) });

        var docx = renderer.Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx);

        DocxChecks.AssertOpensCleanly(docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var header = main.HeaderParts.Single();
        var lines = header.Header!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["REGION VÄSTERNORRLAND", "Region Västernorrland2025-03-13Dnr 24HSN5898", "Sida 1(1)"], lines);
        var blip = header.Header.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
        var image = (ImagePart)header.GetPartById(blip.Embed!.Value!);
        using var stream = image.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(OnePixelPng, copy.ToArray());
    }

    [Fact]
    public void Styles_and_page_setup_come_from_the_reference_and_missing_styles_are_added()
    {
        using var dir = new TempFolder();
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
        Assert.Equal(["Garamond"], main.FontTablePart!.Fonts!.Elements<Font>().Select(f => f.Name!.Value));
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(12240U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Single(section.Elements<HeaderReference>());
        Assert.Empty(section.Elements<TitlePage>());
        Assert.DoesNotContain("Mallens brödtext", main.Document.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_with_a_reference_is_deterministic()
    {
        using var dir = new TempFolder();
        var options = new RenderOptions { ReferenceDocx = CreateReference(dir.Path) };
        var file = TestFiles.LoadExample();

        Assert.Equal(
            new RemissRenderer(options).Render(file, DocumentKind.Yttrande, OutputFormat.Docx),
            new RemissRenderer(options).Render(file, DocumentKind.Yttrande, OutputFormat.Docx));
    }

    [Fact]
    public void One_renderer_with_a_reference_renders_in_parallel()
    {
        using var dir = new TempFolder();
        var renderer = new RemissRenderer(new RenderOptions { ReferenceDocx = CreateReference(dir.Path) });
        var file = TestFiles.LoadExample();
        var expected = renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Docx);

        var results = Enumerable.Range(0, 16).AsParallel().Select(_ => renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Docx)).ToList();

        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void A_reference_whose_header_reference_is_dangling_gives_no_letterhead_not_an_exception()
    {
        using var dir = new TempFolder();
        var path = CreateReference(dir.Path);
        using (var reference = WordprocessingDocument.Open(path, isEditable: true))
        {
            reference.MainDocumentPart!.Document!.Body!.Descendants<HeaderReference>().Single().Id = "rIdFinnsInte";
        }

        var docx = new RemissRenderer(new RenderOptions { ReferenceDocx = path }).Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx);

        DocxChecks.AssertOpensCleanly(docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal(["Region Västernorrland2025-03-13Dnr 24HSN5898", "Sida 1(1)"], document.MainDocumentPart!.HeaderParts.Single().Header!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Fact]
    public void A_reference_that_is_not_a_docx_is_a_clear_error()
    {
        using var dir = new TempFolder();
        var path = Path.Combine(dir.Path, "mall.docx");
        File.WriteAllText(path, "inte en docx");
        var renderer = new RemissRenderer(new RenderOptions { ReferenceDocx = path });

        var ex = Assert.Throws<RenderException>(() => renderer.Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx));

        Assert.StartsWith(path + ": error: mall-.docx:en kan inte läsas", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_reference_is_a_clear_error()
    {
        var renderer = new RemissRenderer(new RenderOptions { ReferenceDocx = "/finns/inte/mall.docx" });

        var ex = Assert.Throws<RenderException>(() => renderer.Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx));

        Assert.Contains("/finns/inte/mall.docx", ex.Message, StringComparison.Ordinal);
    }
}
