using Remiss.Templates.Document;

namespace Remiss.Templates.Pdf;

/// <summary>
/// A table in the PDF: its structure (Table, TR, TH with /Scope /Column, TD) around each cell's paragraph.
/// </summary>
internal static class PdfTable
{
    /// <summary>The table's structure elements and cell paragraphs, in reading order (row by row).</summary>
    public static IEnumerable<ContentItem> Content(TableBlock table, Func<NodeList<Inline>, bool, ColumnAlign, ContentParagraph> cell)
    {
        yield return ContentItem.Start("Table");
        foreach (var (row, header) in new[] { (table.Header, true) }.Concat(table.Rows.Select(r => (r, false))))
        {
            yield return ContentItem.Start("TR");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                yield return ContentItem.Start(header ? "TH" : "TD");
                yield return ContentItem.Of(cell(row.Cells[i], header, table.Columns[i]));
                yield return ContentItem.Close;
            }

            yield return ContentItem.Close;
        }

        yield return ContentItem.Close;
    }
}
