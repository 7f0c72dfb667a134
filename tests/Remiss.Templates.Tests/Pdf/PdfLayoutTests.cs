using System.Text.RegularExpressions;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// The native PDF breaks like the Word file: for each document, the same pages as LibreOffice's PDF of the same .docx
/// with the same fonts (Liberation, metric-compatible with Arial), each beginning and ending with the same line. The
/// LibreOffice PDFs are <see cref="PdfFixture"/>'s, made in its one call.
/// </summary>
[Collection(LibreOfficePdfCollection.Name)]
public sealed partial class PdfLayoutTests(PdfFixture libreOffice) : IDisposable
{
    private readonly TempFolder _directory = new();

    /// <summary>The example's documents, every protocol extract the tests make, and the long documents.</summary>
    public static TheoryData<string> Compared =>
    [
        "example-tjansteutlatande", "example-yttrande",
        PdfFixture.Extract(25), PdfFixture.Extract(41), PdfFixture.MeetingRecord, PdfFixture.UtskottRecord,
        PdfFixture.DecidedYttrande, PdfFixture.LongMemo,
        .. LayoutDocuments.All.Select(d => d.Name),
    ];

    [Theory]
    [MemberData(nameof(Compared))]
    public void The_native_pdf_has_libreoffices_pages_each_with_the_same_first_and_last_line(string name)
    {
        var (file, document) = libreOffice.Sources[name];
        var native = Path.Combine(_directory.Path, name + ".pdf");
        File.WriteAllBytes(native, new RemissRenderer().Render(file, document, OutputFormat.Pdf));
        // To look at a difference: REMISS_LAYOUT_DUMP=folder keeps both PDFs and the .docx of each document there.
        if (Environment.GetEnvironmentVariable("REMISS_LAYOUT_DUMP") is { Length: > 0 } dump)
        {
            File.Copy(native, Path.Combine(dump, name + ".native.pdf"), overwrite: true);
            File.Copy(libreOffice.PdfOf(name), Path.Combine(dump, name + ".lo.pdf"), overwrite: true);
            File.WriteAllBytes(Path.Combine(dump, name + ".docx"), new RemissRenderer().Render(file, document, OutputFormat.Docx));
        }

        var expected = Pages(libreOffice.PdfOf(name));
        var actual = Pages(native);

        Assert.True(expected.Count == actual.Count, $"{name}: LibreOffice has {expected.Count} pages, the native PDF {actual.Count}.\n{Describe(expected, actual)}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i][0] == actual[i][0] && expected[i][^1] == actual[i][^1], $"{name}, page {i + 1}:\n{Describe(expected, actual)}");
        }

        // And every line between: the same lines break the same way.
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }

        // Where each line of the page (header and footer too) stands: within half a point of LibreOffice's, so a spacing
        // that drifts (a table's rules, a cell's padding) is caught before it moves a page break.
        var at = Positions(libreOffice.PdfOf(name));
        var nativeAt = Positions(native);
        for (var i = 0; i < at.Count; i++)
        {
            var unmatched = nativeAt[i].ToList();
            foreach (var (text, x, y) in at[i])
            {
                var same = unmatched.Where(l => l.Text == text).OrderBy(l => Math.Abs(l.Y - y) + Math.Abs(l.X - x)).FirstOrDefault();
                Assert.True(same.Text is not null, $"{name}, page {i + 1}: «{text}» is not in the native PDF's page.");
                Assert.True(Math.Abs(same.Y - y) <= 0.5 && Math.Abs(same.X - x) <= 0.5, $"{name}, page {i + 1}: «{text}» at ({same.X:0.00}, {same.Y:0.00}), LibreOffice's at ({x:0.00}, {y:0.00}).");
                unmatched.Remove(same);
            }
        }
    }

    /// <summary>
    /// The documents of a table at a page's foot still put it where they claim in LibreOffice's PDF (should the example's
    /// memo grow, they would silently stop testing the break they are named after).
    /// </summary>
    [Fact]
    public void The_tables_at_a_pages_foot_break_where_their_names_say_in_libreoffices_pdf()
    {
        var alone = Pages(libreOffice.PdfOf(LayoutDocuments.TableLastRowAlone));
        Assert.Equal(["Rubrik", "Kommun Läkare", "Härnösand 1"], alone[1][^3..]);
        Assert.Equal(["Kommun Läkare", "Kramfors 2", "Efter tabellen."], alone[2][..3]);

        var split = Pages(libreOffice.PdfOf(LayoutDocuments.TableOfThreeLinesSplit));
        Assert.Equal(["Kommun Läkare", "Härnösand 1"], split[1][^2..]);
        Assert.Equal(["Kommun Läkare", "Kramfors 2"], split[2][..2]);

        var moved = Pages(libreOffice.PdfOf(LayoutDocuments.TableHeaderWouldStandAlone));
        Assert.Equal("Kort stycke 43.", moved[1][^1]);
        Assert.Equal(["Kommun Läkare", "Härnösand 1", "Kramfors 2", "Sollefteå 3"], moved[2][..4]);

        var whole = Pages(libreOffice.PdfOf(LayoutDocuments.TableTallRowMovesWhole));
        Assert.Equal("Sollefteå Särskilt boende 3 Avtal finns.", whole[1][^1]);
        Assert.Equal(["Kommun Verksamhet Läkare Kommentar", "Sundsvall Hemsjukvård 4 Bedömning dygnet"], whole[2][..2]);
    }

    /// <summary>
    /// The lines of each page's body (between the built-in page's top and bottom margins, so without the page header and
    /// the extract's attestation line) as pdftotext lays them out, spaces collapsed, empty lines left out.
    /// </summary>
    private static List<string[]> Pages(string pdf)
    {
        var page = global::Remiss.Templates.Pdf.PageSetup.BuiltIn;
        var top = (int)Math.Floor(page.Top) - 4;
        var height = (int)Math.Ceiling(page.Height - page.Bottom) + 4 - top;
        return Poppler.Run("pdftotext", "-layout", "-enc", "UTF-8", "-y", Invariant(top), "-H", Invariant(height), "-x", "0", "-W", Invariant((int)page.Width + 1), pdf, "-")
            .Split('\f')
            .Select(text => text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0).ToArray())
            .Where(lines => lines.Length > 0)
            .ToList();
    }

    /// <summary>Each page's lines as <c>pdftotext -bbox-layout</c> finds them: their words and their top left corner.</summary>
    private static List<List<(string Text, double X, double Y)>> Positions(string pdf) =>
        Poppler.Run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-").Split("<page ").Skip(1)
            .Select(page => BoxLine().Matches(page).Select(line => (
                string.Join(' ', BoxWord().Matches(line.Groups["words"].Value).Select(w => System.Net.WebUtility.HtmlDecode(w.Groups[1].Value))),
                double.Parse(line.Groups["x"].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(line.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList())
            .ToList();

    [GeneratedRegex(@"<line xMin=""(?<x>[\d.]+)"" yMin=""(?<y>[\d.]+)""[^>]*>(?<words>.*?)</line>", RegexOptions.Singleline)]
    private static partial Regex BoxLine();

    [GeneratedRegex(@"<word [^>]*>([^<]*)</word>")]
    private static partial Regex BoxWord();

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(List<string[]> expected, List<string[]> actual) =>
        string.Join("\n", Enumerable.Range(0, Math.Max(expected.Count, actual.Count)).Select(i =>
            $"page {i + 1}: LibreOffice {Ends(expected, i)}\n        native      {Ends(actual, i)}"));

    private static string Ends(List<string[]> pages, int i) => i < pages.Count ? $"«{pages[i][0]}» … «{pages[i][^1]}»" : "(none)";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public void Dispose() => _directory.Dispose();
}
