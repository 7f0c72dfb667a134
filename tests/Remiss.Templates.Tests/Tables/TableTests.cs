using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Core;
using Remiss.Templates.Tests.Pdf;
using Remiss.Templates.Tests.RoundTrip;
using Remiss.Templates.Writers;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests.Tables;

/// <summary>
/// A pipe table in a comment of the yttrande (FORMAT.md §1.1) in every format: a Word table in the table style with its
/// header row repeated and rows kept whole, a tagged PDF table, an HTML table with scoped header cells, the .md as
/// written, and pull reading the table back, unchanged or with a cell edited in Word.
/// </summary>
public sealed class TableTests
{
    private static readonly XNamespace W = WordEdit.W;
    private static readonly DocxSample Sample = DocxSamples.Get("table-yttrande");
    private static readonly RemissRenderer Renderer = new();

    private static byte[] Render(OutputFormat format) => Renderer.Render(Sample.Load(), DocumentKind.Yttrande, format);

    [Fact]
    public void Check_finds_nothing_to_warn_about_in_a_valid_table()
    {
        var loaded = RemissLoader.Load(Sample.Edit(TestFiles.ExampleText), "tabell.remiss.yaml");

        Assert.NotNull(loaded.File);
        Assert.Empty(loaded.Diagnostics);
    }

    [Fact]
    public void The_docx_has_a_word_table_in_the_table_style_with_a_repeated_header_row_and_whole_rows()
    {
        var docx = Render(OutputFormat.Docx);
        DocxChecks.AssertOpensCleanly(docx);

        var body = Part(docx, "word/document.xml");
        var table = Assert.Single(body.Descendants(W + "tbl"));
        Assert.Equal(DocxStyles.TableStyleId, (string?)table.Element(W + "tblPr")!.Element(W + "tblStyle")!.Attribute(W + "val"));
        var rows = table.Elements(W + "tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].Element(W + "trPr")!.Element(W + "tblHeader"));
        Assert.All(rows, r => Assert.NotNull(r.Element(W + "trPr")!.Element(W + "cantSplit")));
        Assert.Equal(["Kommun", "Läkare per 1 000 invånare", "Bedömning"], rows[0].Elements(W + "tc").Select(Text));
        Assert.Equal(["Kramfors | Sollefteå", "0,2", "Otillräcklig"], rows[2].Elements(W + "tc").Select(Text));
        Assert.Equal("right", (string?)rows[1].Elements(W + "tc").ElementAt(1).Descendants(W + "jc").Single().Attribute(W + "val"));
        Assert.NotNull(rows[1].Elements(W + "tc").ElementAt(2).Descendants(W + "b").FirstOrDefault());

        // The style it names is in the styles part: a grid whose first row is bold.
        var style = Part(docx, "word/styles.xml").Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == DocxStyles.TableStyleId);
        Assert.Equal("table", (string?)style.Attribute(W + "type"));
        Assert.NotNull(style.Elements(W + "tblStylePr").Single(p => (string?)p.Attribute(W + "type") == "firstRow").Descendants(W + "b").FirstOrDefault());
    }

    [Fact]
    public void The_html_has_a_table_with_header_cells_scoped_to_their_column()
    {
        var html = Encoding.UTF8.GetString(Render(OutputFormat.Html));

        Assert.Contains("<table>\n<thead>\n<tr>\n<th scope=\"col\">Kommun</th>\n<th scope=\"col\" style=\"text-align: right\">Läkare per 1 000 invånare</th>\n<th scope=\"col\" style=\"text-align: center\">Bedömning</th>\n</tr>\n</thead>\n<tbody>\n", html, StringComparison.Ordinal);
        Assert.Contains("<td>Kramfors | Sollefteå</td>\n<td style=\"text-align: right\">0,2</td>\n<td style=\"text-align: center\"><em>Otillräcklig</em></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("| ---", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_keeps_the_pipe_table()
    {
        var markdown = Encoding.UTF8.GetString(Render(OutputFormat.Markdown));

        Assert.Contains("| Kommun | Läkare per 1 000 invånare | Bedömning |\n| --- | ---: | :-: |\n| Sundsvall | 0,4 | **Tillräcklig** |\n| Kramfors \\| Sollefteå | 0,2 | *Otillräcklig* |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_native_pdf_tags_the_table_with_scoped_header_cells_and_has_its_cells_text()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "tabell.pdf");
        File.WriteAllBytes(path, Render(OutputFormat.Pdf));

        var table = Assert.Single(StructureText.Read(path).DescendantsAndSelf(), e => e.Type == "Table");
        var rows = table.Elements.Where(e => e.Type == "TR").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["TH", "TH", "TH"], rows[0].Elements.Select(e => e.Type));
        Assert.All(rows.Skip(1), r => Assert.Equal(["TD", "TD", "TD"], r.Elements.Select(e => e.Type)));
        Assert.Equal("Kramfors | Sollefteå", rows[2].Elements.First().Elements.Single().OwnText);

        // A second reader (qpdf's JSON) finds /Scope /Column on each header cell.
        var json = Poppler.Run("qpdf", "--json", path);
        Assert.Equal(3, Regex.Matches(json, "\"/Scope\": \"/Column\"").Count);
        TextLines.AssertContainsInOrderWrapped(["Kommun", "Sundsvall", "Tillräcklig", "Kramfors | Sollefteå", "Otillräcklig"], Poppler.Text(path));
    }

    [Fact]
    public void A_long_table_repeats_its_header_row_on_the_next_page_and_never_splits_a_row()
    {
        var rows = string.Concat(Enumerable.Range(1, 90).Select(i => $"        | Rad {i} | {i},0 | Text i rad {i} |\n"));
        var file = TestFiles.Load(TestFiles.ExampleText.Replace(DocxSamples.TableAfter, DocxSamples.TableAfter + "\n" + DocxSamples.Table.TrimEnd('\n') + "\n" + rows, StringComparison.Ordinal));
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "lang.pdf");
        File.WriteAllBytes(path, Renderer.Render(file, DocumentKind.Yttrande, OutputFormat.Pdf));

        var pages = Poppler.Pages(path);
        var continued = pages.Where(p => p.Contains("Rad 90", StringComparison.Ordinal)).Single();
        Assert.Contains("Kommun", continued, StringComparison.Ordinal); // the header row again
        foreach (var i in Enumerable.Range(1, 90))
        {
            // A row is whole on one page: its first and last cells together.
            var page = Assert.Single(pages, p => Regex.IsMatch(p, $@"\bText i rad {i}\b"));
            Assert.Matches($@"\bRad {i}\b", page);
        }

        // Read once: the repeated header is an artifact, not a second header row.
        var table = Assert.Single(StructureText.Read(path).DescendantsAndSelf(), e => e.Type == "Table");
        Assert.Equal(1, table.Elements.Count(r => r.Elements.Any(c => c.Type == "TH")));
        Assert.Equal(93, table.Elements.Count(e => e.Type == "TR"));
    }

    [Fact]
    public void Pull_of_the_unchanged_table_changes_nothing()
    {
        var result = WordEdit.Read(Render(OutputFormat.Docx));

        WordEdit.AssertNoProblems(result);
        Assert.True(result.IsUnchanged);
    }

    [Fact]
    public void Pull_reads_a_cell_edited_in_word_back_into_the_pipe_table()
    {
        var docx = WordEdit.Edit(Render(OutputFormat.Docx), document =>
        {
            var cell = WordEdit.Body(document).Descendants<Table>().Single().Elements<TableRow>().ElementAt(1).Elements<TableCell>().First();
            var run = cell.Descendants<Run>().First();
            run.RemoveAllChildren<Text>();
            run.AppendChild(new Text("Sundsvalls kommun"));
        });

        var result = WordEdit.Read(docx);

        WordEdit.AssertNoProblems(result);
        var comment = result.Comments!.Comments[0];
        Assert.True(comment.Text.EndsWith("\n\n| Kommun | Läkare per 1 000 invånare | Bedömning |\n| --- | ---: | :---: |\n| Sundsvalls kommun | 0,4 | **Tillräcklig** |\n| Kramfors \\| Sollefteå | 0,2 | *Otillräcklig* |", StringComparison.Ordinal), comment.Text);
        Assert.StartsWith("Regionens primärvård har redan i dag", comment.Text, StringComparison.Ordinal);
        Assert.False(result.IsUnchanged);
    }

    [Fact]
    public void LibreOffice_opens_the_docx_and_its_pdf_has_the_cells()
    {
        Assert.True(PdfExport.IsAvailable, $"LibreOffice is needed: apt-get install {PdfExport.LibreOfficePackage}.");
        var pdf = new RemissRenderer(new RenderOptions { PdfEngine = PdfEngine.LibreOffice }).Render(Sample.Load(), DocumentKind.Yttrande, OutputFormat.Pdf);
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "lo.pdf");
        File.WriteAllBytes(path, pdf);

        TextLines.AssertContainsInOrderWrapped(["Kommun", "Sundsvall", "0,4", "Tillräcklig", "Kramfors | Sollefteå", "0,2", "Otillräcklig"], Poppler.Text(path));
    }

    private static XDocument Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static string Text(XElement element) => string.Concat(element.Descendants(W + "t").Select(t => t.Value));
}
