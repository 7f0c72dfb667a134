using System.Globalization;
using System.Text;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// Long documents whose native PDF is compared page by page with LibreOffice's PDF of their .docx
/// (<see cref="PdfLayoutTests"/>). A new block (a table) gets its document here: one more entry in <see cref="All"/>.
/// </summary>
internal static class LayoutDocuments
{
    /// <summary>A memo of about ten pages: headings, paragraphs of every length, bulleted, numbered and nested lists.</summary>
    public const string Lists = "ten-pages-with-lists";

    /// <summary>The example's yttrande with tables in its summary and a comment: short, with wrapping cells, aligned.</summary>
    public const string TableYttrande = "yttrande-with-tables";

    /// <summary>A memo of about ten pages with lists and tables, one of them long enough to cross a page.</summary>
    public const string ListsAndTables = "ten-pages-with-lists-and-tables";

    /// <summary>
    /// A heading and a table of two rows at a page's foot where the heading, the header row and the first row fit: the
    /// last row goes alone to the next page, under the header row again (no widow rule for a table's rows).
    /// </summary>
    public const string TableLastRowAlone = "table-last-row-alone";

    /// <summary>A table of three lines (header and two rows) that begins where two fit: it is split, not moved.</summary>
    public const string TableOfThreeLinesSplit = "table-of-three-lines-split";

    /// <summary>A table that begins where only its header row fits: the whole table goes to the next page.</summary>
    public const string TableHeaderWouldStandAlone = "table-header-would-stand-alone";

    /// <summary>A table whose fourth row, of four lines, does not fit at the page's foot: the row moves whole (<c>cantSplit</c>).</summary>
    public const string TableTallRowMovesWhole = "table-tall-row-moves-whole";

    public static IReadOnlyList<(string Name, string Yaml, DocumentKind Kind)> All =>
    [
        (Lists, WithBackground(ListsMarkdown(tables: false)), DocumentKind.Tjansteutlatande),
        (TableYttrande, YttrandeWithTables(), DocumentKind.Yttrande),
        (ListsAndTables, WithBackground(ListsMarkdown(tables: true)), DocumentKind.Tjansteutlatande),
        (TableLastRowAlone, WithBackground(TableAtPageFoot(42, "### Rubrik\n\n", OneLineRows(2))), DocumentKind.Tjansteutlatande),
        (TableOfThreeLinesSplit, WithBackground(TableAtPageFoot(43, "", OneLineRows(2))), DocumentKind.Tjansteutlatande),
        (TableHeaderWouldStandAlone, WithBackground(TableAtPageFoot(44, "", OneLineRows(3))), DocumentKind.Tjansteutlatande),
        (TableTallRowMovesWhole, WithBackground(TableAtPageFoot(40, "", LongTable(6))), DocumentKind.Tjansteutlatande),
    ];

    /// <summary>
    /// <paramref name="paragraphs"/> one-line paragraphs, then <paramref name="between"/>, then <paramref name="table"/>:
    /// the number of paragraphs puts the table where its break is decided (page 2's foot).
    /// </summary>
    private static string TableAtPageFoot(int paragraphs, string between, string table) =>
        string.Concat(Enumerable.Range(0, paragraphs).Select(i => $"Kort stycke {Invariant(i)}.\n\n")) + between + table + "\nEfter tabellen.\n";

    /// <summary>A table of <paramref name="rows"/> one-line rows.</summary>
    private static string OneLineRows(int rows) =>
        "| Kommun | Läkare |\n|---|--:|\n" + string.Concat(Enumerable.Range(0, rows).Select(i => $"| {Municipalities[i]} | {Invariant(i + 1)} |\n"));

    private static readonly string[] Sentences =
    [
        "Regionens primärvård har redan i dag ett dygnet runt-ansvar för medicinsk bedömning i den kommunala hälso- och sjukvården.",
        "Förvaltningen delar utredningens bild att samverkan mellan region och kommun är den viktigaste vägen framåt.",
        "Att bedömningen även kan göras digitalt är positivt i ett glest befolkat län.",
        "Förslaget riskerar ojämlik tillgång till läkare mellan kommuner och otydliga ansvarsgränser.",
        "Det kan påverka patientsäkerheten negativt, särskilt i de minsta kommunerna.",
        "En nationell samordnare bör följa upp riktvärdet 1 100 patienter per läkare.",
    ];

    /// <summary>
    /// Sections of varied length, so that page breaks fall in paragraphs, lists and under headings; with
    /// <paramref name="tables"/> every third section ends with a table (a long one in section 6), in twelve sections.
    /// </summary>
    private static string ListsMarkdown(bool tables)
    {
        var markdown = new StringBuilder();
        for (var section = 1; section <= (tables ? 12 : 14); section++)
        {
            markdown.Append("### Avsnitt ").Append(section.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
            for (var paragraph = 0; paragraph < 1 + (section % 3); paragraph++)
            {
                markdown.Append(Text(section + paragraph, 2 + ((section * 3 + paragraph) % 7))).Append("\n\n");
            }

            markdown.Append(section % 2 == 0 ? "Förvaltningen föreslår:\n\n" : "Utredningen föreslår bland annat:\n\n");
            for (var item = 0; item < 2 + (section % 4); item++)
            {
                markdown.Append(section % 2 == 0 ? (item + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ")
                    .Append(Text(section + item, 1 + ((section + item) % 3))).Append('\n');
                if (item == 1 && section % 3 == 0)
                {
                    markdown.Append(section % 2 == 0 ? "   " : "  ").Append("- ").Append(Text(item, 1)).Append('\n');
                    markdown.Append(section % 2 == 0 ? "   " : "  ").Append("- ").Append(Text(item + 2, 2)).Append('\n');
                }
            }

            markdown.Append('\n');
            if (tables && section % 3 == 0)
            {
                markdown.Append(section == 6 ? LongTable(34) : section % 2 == 0 ? ShortTable(section) : WrappingTable(section)).Append('\n');
            }
        }

        return markdown.ToString();
    }

    /// <summary>Three columns, a few rows, numbers right-aligned.</summary>
    private static string ShortTable(int seed) =>
        "| Kommun | Läkare | Patienter per läkare |\n|---|:-:|--:|\n" + string.Concat(Enumerable.Range(0, 3 + (seed % 3)).Select(i =>
            $"| {Municipalities[(seed + i) % Municipalities.Length]} | {Invariant(2 + ((seed + i) % 9))} | {Invariant(900 + (37 * (seed + i) % 400))} |\n"));

    /// <summary>Two columns whose cells wrap over several lines, with emphasis in the header and a cell.</summary>
    private static string WrappingTable(int seed) =>
        "| Förslag | Regionens **bedömning** |\n|---|---|\n" + string.Concat(Enumerable.Range(0, 3).Select(i =>
            $"| {Text(seed + i, 1)} | {(i == 1 ? "*Avstyrks.* " : "")}{Text(seed + i + 2, 1 + (i % 3))} |\n"));

    /// <summary>A table of <paramref name="rows"/> rows, some of two lines, that crosses a page.</summary>
    private static string LongTable(int rows) =>
        "| Kommun | Verksamhet | Läkare | Kommentar |\n|---|---|--:|---|\n" + string.Concat(Enumerable.Range(0, rows).Select(i =>
            $"| {Municipalities[i % Municipalities.Length]} | {(i % 2 == 0 ? "Särskilt boende" : "Hemsjukvård")} | {Invariant(1 + (i % 7))} | {(i % 4 == 3 ? "Bedömning dygnet runt via digital vårdcentral och jourläkare." : "Avtal finns.")} |\n"));

    private static readonly string[] Municipalities =
        ["Härnösand", "Kramfors", "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik"];

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The example with a short table in the yttrande's summary and a table of long, wrapping cells in its first
    /// comment (what a region writes when it answers proposal by proposal).
    /// </summary>
    private static string YttrandeWithTables()
    {
        var text = TestFiles.ExampleText;
        const string summaryEnd = "avstyrker förslaget att kommuner ska kunna anställa läkare.\n";
        const string commentEnd = "göras digitalt är positivt i ett glest befolkat län.\n";
        var summaryTable = """

                | Förslag | Avsnitt | Ställningstagande |
                |---|:-:|---|
                | Medicinsk bedömning dygnet runt | 6 | Tillstyrks |
                | Kommunalt anställda läkare | 8 | Avstyrks |
                | Nationell samordnare | 9 | Tillstyrks |

            """;
        var commentTable = """

                    | Förslag | Regionens bedömning | Konsekvens för Region Västernorrland |
                    |---|---|---|
                    | Lagkrav på tillgång till medicinsk bedömning dygnet runt i den kommunala hälso- och sjukvården | Regionen delar utredningens bild och har redan i dag ett sådant ansvar genom primärvården. | Inga nya kostnader, men avtalen med kommunerna behöver ses över under 2026. |
                    | Kommuner får anställa läkare | Regionen avstyrker förslaget eftersom det riskerar ojämlik tillgång till läkare och otydliga ansvarsgränser mellan region och kommun. | Risk för konkurrens om samma läkare i ett län med få specialister i allmänmedicin. |
                    | Digital bedömning | Positivt i ett glest befolkat län. | Regionens digitala vårdcentral kan användas. |

            """;
        Assert.Contains(summaryEnd, text, StringComparison.Ordinal);
        Assert.Contains(commentEnd, text, StringComparison.Ordinal);
        return text.Replace(summaryEnd, summaryEnd + summaryTable.TrimEnd('\n', ' ') + "\n", StringComparison.Ordinal)
            .Replace(commentEnd, commentEnd + commentTable.TrimEnd('\n', ' ') + "\n", StringComparison.Ordinal);
    }

    private static string Text(int start, int sentences) =>
        string.Join(' ', Enumerable.Range(start, sentences).Select(i => Sentences[i % Sentences.Length]));

    /// <summary>The example with its memo's background replaced.</summary>
    private static string WithBackground(string markdown)
    {
        const string background = "  background: |\n";
        var text = TestFiles.ExampleText;
        var start = text.IndexOf(background, StringComparison.Ordinal) + background.Length;
        var end = text.IndexOf("  assessment: |\n", StringComparison.Ordinal);
        var indented = string.Join("\n", markdown.TrimEnd('\n').Split('\n').Select(l => l.Length == 0 ? l : "    " + l));
        return text[..start] + indented + "\n" + text[end..];
    }
}
