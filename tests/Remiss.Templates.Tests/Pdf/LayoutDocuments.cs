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

    public static IReadOnlyList<(string Name, string Yaml)> All => [(Lists, WithBackground(ListsMarkdown()))];

    private static readonly string[] Sentences =
    [
        "Regionens primärvård har redan i dag ett dygnet runt-ansvar för medicinsk bedömning i den kommunala hälso- och sjukvården.",
        "Förvaltningen delar utredningens bild att samverkan mellan region och kommun är den viktigaste vägen framåt.",
        "Att bedömningen även kan göras digitalt är positivt i ett glest befolkat län.",
        "Förslaget riskerar ojämlik tillgång till läkare mellan kommuner och otydliga ansvarsgränser.",
        "Det kan påverka patientsäkerheten negativt, särskilt i de minsta kommunerna.",
        "En nationell samordnare bör följa upp riktvärdet 1 100 patienter per läkare.",
    ];

    /// <summary>Sections of varied length, so that page breaks fall in paragraphs, lists and under headings.</summary>
    private static string ListsMarkdown()
    {
        var markdown = new StringBuilder();
        for (var section = 1; section <= 14; section++)
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
        }

        return markdown.ToString();
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
