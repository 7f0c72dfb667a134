using System.Text.Json;
using System.Text.RegularExpressions;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// Accessible beyond the tags (docs/pdf-accessibility.md): the document's own facts in the page header are read as
/// content once, a forced line break reads as a space, headings are bookmarks, and the title is what the window shows,
/// each read by two readers besides PDFsharp: poppler and qpdf or pdf.js.
/// </summary>
public sealed partial class PdfAccessibilityTests(NativePdfFixture pdf) : IClassFixture<NativePdfFixture>
{
    private const string HeaderRow = "Region Västernorrland 2025-03-13 Dnr 24HSN5898";

    [Theory]
    [InlineData("example-tjansteutlatande")]
    [InlineData("example-yttrande")]
    public void The_first_pages_header_row_is_read_once_as_the_documents_first_paragraph(string name)
    {
        var path = pdf.PathOf(name);
        var poppler = StructureText.Paragraphs(path);
        var pdfjs = SecondReaders.PdfJs(path).GetProperty("paragraphs").EnumerateArray().Select(p => p.GetProperty("text").GetString()!).ToList();

        Assert.Equal(HeaderRow, poppler[0]);
        Assert.Equal(HeaderRow, pdfjs[0]);
        // The date and Dnr are read once, however many pages repeat them.
        Assert.Single(Regex.Matches(string.Join("\n", poppler), "2025-03-13"));
        Assert.Single(Regex.Matches(string.Join("\n", pdfjs), "2025-03-13"));
    }

    [Fact]
    public void A_forced_line_break_keeps_a_space_in_the_tagged_text()
    {
        // "{{ signatory.name }}\" then the role: a Markdown hard break, drawn as two lines.
        var path = pdf.PathOf(DocumentKind.Yttrande);
        var pdfjs = SecondReaders.PdfJs(path).GetProperty("paragraphs").EnumerateArray().Select(p => Spaces().Replace(p.GetProperty("text").GetString()!, " ").Trim());

        Assert.Contains(Poppler.Text(path).Split('\n'), l => l.Trim() == "Viktoria Jansson");
        Assert.Contains("Viktoria Jansson Ordförande, hälso- och sjukvårdsnämnden", StructureText.Paragraphs(path));
        Assert.Contains("Viktoria Jansson Ordförande, hälso- och sjukvårdsnämnden", pdfjs);
    }

    [Theory]
    [InlineData("example-tjansteutlatande")]
    [InlineData("example-yttrande")]
    [InlineData(NativePdfFixture.LongMemo)]
    [InlineData("blocks")]
    public void Headings_are_bookmarks_nested_by_level_each_on_its_headings_page(string name)
    {
        var path = pdf.PathOf(name);
        var expected = Outline(StructureText.Read(path).DescendantsAndSelf().Where(e => HeadingType().IsMatch(e.Type)).Select(e => (e.Type[1] - '0', e.OwnText)).ToList());
        var pages = Poppler.Pages(path).Select(p => Spaces().Replace(p, " ")).ToList();
        var qpdf = SecondReaders.Qpdf(path);
        var pdfjs = SecondReaders.PdfJs(path);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Titles(qpdf.GetProperty("outlines"), "kids"));
        Assert.Equal(expected, Titles(pdfjs.GetProperty("outline"), "items"));
        foreach (var (title, page) in Pages(qpdf.GetProperty("outlines"), "kids", "destpageposfrom1").Concat(Pages(pdfjs.GetProperty("outline"), "items", "page")))
        {
            // The heading's first words are on the page the bookmark opens.
            var start = string.Join(' ', title.Split(' ').Take(4));
            Assert.True(pages[page - 1].Contains(start, StringComparison.Ordinal), $"«{title}» points at page {page}, which does not have it");
        }

        Assert.Equal("/UseOutlines", SecondReaders.Catalog(qpdf).GetProperty("/PageMode").GetString());
        Assert.Equal("UseOutlines", pdfjs.GetProperty("pageMode").GetString());
    }

    [Theory]
    [InlineData("example-tjansteutlatande", "Yttrande över remiss från Socialdepartementet; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)")]
    [InlineData("example-yttrande", "Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)")]
    public void The_window_shows_the_documents_title_and_the_catalog_says_tagged_swedish(string name, string title)
    {
        var path = pdf.PathOf(name);
        var qpdf = SecondReaders.Qpdf(path);
        var catalog = SecondReaders.Catalog(qpdf);
        var trailer = qpdf.GetProperty("qpdf")[1].GetProperty("trailer").GetProperty("value");
        var info = SecondReaders.Object(qpdf, trailer.GetProperty("/Info").GetString()!);
        var pdfjs = SecondReaders.PdfJs(path);

        Assert.True(SecondReaders.Get(qpdf, catalog, "/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean());
        Assert.True(SecondReaders.Get(qpdf, catalog, "/MarkInfo").GetProperty("/Marked").GetBoolean());
        Assert.Equal("u:sv-SE", catalog.GetProperty("/Lang").GetString());
        Assert.Equal("u:" + title, info.GetProperty("/Title").GetString());
        Assert.True(catalog.TryGetProperty("/StructTreeRoot", out _));
        Assert.True(pdfjs.GetProperty("displayDocTitle").GetBoolean());
        Assert.Equal(title, pdfjs.GetProperty("title").GetString());
        Assert.Equal(title, pdfjs.GetProperty("metadataTitle").GetString());
    }

    /// <summary>Headings in order, as the outline they should make: each under the nearest heading above its level.</summary>
    private static string Outline(IReadOnlyList<(int Level, string Title)> headings)
    {
        var text = new List<string>();
        var open = new List<int>();
        foreach (var (level, title) in headings)
        {
            open.RemoveAll(l => l >= level);
            text.Add(new string(' ', 2 * open.Count) + title);
            open.Add(level);
        }

        return string.Join("\n", text);
    }

    /// <summary>An outline's titles, indented by depth.</summary>
    private static string Titles(JsonElement items, string children, int depth = 0) =>
        string.Join("\n", items.EnumerateArray().SelectMany(item =>
            new[] { new string(' ', 2 * depth) + item.GetProperty("title").GetString() }
                .Concat(item.GetProperty(children).GetArrayLength() > 0 ? [Titles(item.GetProperty(children), children, depth + 1)] : [])));

    private static IEnumerable<(string Title, int Page)> Pages(JsonElement items, string children, string page) =>
        items.EnumerateArray().SelectMany(item =>
            new[] { (item.GetProperty("title").GetString()!, item.GetProperty(page).GetInt32()) }.Concat(Pages(item.GetProperty(children), children, page)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^H[1-6]$")]
    private static partial Regex HeadingType();
}
