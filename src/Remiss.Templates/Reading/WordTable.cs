using System.Xml.Linq;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Reading;

/// <summary>
/// Reads one <c>w:tbl</c> in a field as a table paragraph (<see cref="ParagraphRole.Table"/>): each row's cells, a cell's
/// paragraphs read as paragraphs are and joined by a space, and each column's alignment from its header cell. What a
/// pipe table cannot hold is reported: merged cells and a table inside a cell.
/// </summary>
internal static class WordTable
{
    private static readonly XNamespace W = WordXml.W;

    public static WordParagraph Read(XElement table, ParagraphReader reader, IParagraphEvents events)
    {
        var result = new WordParagraph { Role = ParagraphRole.Table };
        foreach (var row in Children(table, "tr"))
        {
            var cells = new List<List<WordRun>>();
            foreach (var cell in Children(row, "tc"))
            {
                var tcPr = cell.Element(W + "tcPr");
                if (tcPr?.Element(W + "vMerge") is not null || (int?)tcPr?.Element(W + "gridSpan")?.Attribute(W + "val") > 1)
                {
                    events.Unsupported("en sammanfogad tabellcell");
                }

                if (cell.Descendants(W + "tbl").Any())
                {
                    events.Unsupported("en tabell i en tabell");
                }

                var runs = new List<WordRun>();
                foreach (var paragraph in Children(cell, "p"))
                {
                    if (runs.Count > 0)
                    {
                        runs.Add(new WordRun(" ", false, false, false, null));
                    }

                    runs.AddRange(reader.Read(paragraph, events).Runs);
                    if (result.Rows.Count == 0 && cells.Count == result.Alignments.Count)
                    {
                        result.Alignments.Add((string?)paragraph.Element(W + "pPr")?.Element(W + "jc")?.Attribute(W + "val") switch
                        {
                            "center" => "center",
                            "right" or "end" => "right",
                            "left" or "start" => "left",
                            _ => null,
                        });
                    }
                }

                cells.Add(runs);
            }

            result.Rows.Add(cells);
        }

        result.RawText = result.Text;
        return result;
    }

    /// <summary>The <paramref name="name"/> children of <paramref name="parent"/>, looking through content controls and custom XML around them.</summary>
    private static IEnumerable<XElement> Children(XElement parent, string name)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name == W + name)
            {
                yield return child;
            }
            else if (child.Name == W + "sdt" && child.Element(W + "sdtContent") is { } content)
            {
                foreach (var inner in Children(content, name))
                {
                    yield return inner;
                }
            }
            else if (child.Name == W + "customXml")
            {
                foreach (var inner in Children(child, name))
                {
                    yield return inner;
                }
            }
        }
    }
}
