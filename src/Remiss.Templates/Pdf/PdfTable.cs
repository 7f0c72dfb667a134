using PdfSharp.Drawing;
using Remiss.Templates.Structure;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Pdf;

/// <summary>A table's cells, as paragraphs, row by row; the first row is the header.</summary>
internal sealed record PdfTableContent(IReadOnlyList<IReadOnlyList<ContentParagraph>> Rows);

/// <summary>
/// A laid-out table: each row's cells laid in their column, the columns' left edges, and each row's height between its
/// rules (its tallest cell with the cell's spacing).
/// </summary>
internal sealed record LaidTable(IReadOnlyList<IReadOnlyList<LaidParagraph>> Rows, IReadOnlyList<double> ColumnLefts, double Width, IReadOnlyList<double> Inner);

/// <summary>
/// Tables in the PDF as Word sets the .docx's (<see cref="DocxBody"/>): as wide as the text, equal columns, each cell a
/// paragraph in the table style (bold in the header row) inside Word's default cell margins, with a grid of rules and
/// the header row on grey. Each row begins with its top rule and the table ends with the last row's bottom rule, as
/// LibreOffice lays out the .docx's collapsed borders (a table is a rule taller than the sum of its rows' cells). For pagination a table is one block whose lines are its rows, so a row is never split across
/// pages; a page that continues a table repeats its header row first (drawn as an artifact: a screen reader reads the
/// header once). Tagged Table, TR, TH (<c>/Scope /Column</c>) and TD, each cell's paragraph a P inside.
/// </summary>
internal static class PdfTable
{
    /// <summary>Word's default left and right cell margin (108 twips), in points.</summary>
    private const double CellMargin = 5.4;

    /// <summary>The rules' width (Word's single 1/2 pt border).</summary>
    private const double Rule = 0.5;

    private static readonly XColor HeaderFill = XColor.FromArgb(0xE7, 0xE6, 0xE6);

    /// <summary>The table as one paragraph of the body, its cells built by <paramref name="cell"/>.</summary>
    public static ContentParagraph Content(TableBlock table, Func<NodeList<Inline>, bool, ColumnAlign, ContentParagraph> cell) => new()
    {
        StyleId = DocxStyles.TableStyleId,
        Tag = "Table",
        Table = new PdfTableContent(new[] { (table.Header, true) }.Concat(table.Rows.Select(r => (r, false)))
            .Select(row => (IReadOnlyList<ContentParagraph>)Enumerable.Range(0, row.Item1.Cells.Count).Select(i => cell(row.Item1.Cells[i], row.Item2, table.Columns[i])).ToList())
            .ToList()),
    };

    /// <summary>
    /// Lays the table out in <paramref name="textWidth"/>: one line per row, its top rule and its tallest cell; the last
    /// row also its bottom rule. A row at the foot of a page needs room for its bottom rule too.
    /// </summary>
    public static LaidParagraph Lay(ContentParagraph table, PdfText text, WordStyles styles, double textWidth)
    {
        var content = table.Table!;
        var columns = Math.Max(1, content.Rows.Count == 0 ? 1 : content.Rows[0].Count);
        var columnWidth = textWidth / columns;
        var layout = new PdfLayout(text, styles, Math.Max(columnWidth - (2 * CellMargin), 12));
        var rows = new List<IReadOnlyList<LaidParagraph>>();
        var lines = new List<TextLine>();
        var inner = new List<double>();
        foreach (var row in content.Rows)
        {
            var cells = new List<LaidParagraph>();
            var height = 0.0;
            for (var i = 0; i < row.Count; i++)
            {
                var laid = layout.Lay(row[i]);
                var style = row[i].Align switch
                {
                    ColumnAlign.Left => laid.Style with { Alignment = "left" },
                    ColumnAlign.Center => laid.Style with { Alignment = "center" },
                    ColumnAlign.Right => laid.Style with { Alignment = "right" },
                    _ => laid.Style,
                };
                var cell = new LaidParagraph
                {
                    Source = laid.Source,
                    Style = style,
                    Lines = laid.Lines,
                    // The text starts a cell margin inside the middle of the column's rule (LibreOffice: 0.3 pt right of
                    // the margin alone; Word draws the rule's middle on the column's edge too).
                    Left = (i * columnWidth) + (Rule / 2) + CellMargin + laid.Left,
                    FirstLine = laid.FirstLine,
                    Width = laid.Width,
                    FirstWidth = laid.FirstWidth,
                };
                cells.Add(cell);
                height = Math.Max(height, style.SpaceBefore + laid.Lines.Sum(l => l.Height) + style.SpaceAfter);
            }

            rows.Add(cells);
            inner.Add(height);
            // A row needs all its height at the foot of a page, with its bottom rule: nothing of it runs into the margin.
            lines.Add(new TextLine { Height = Rule + height, Fit = Rule + height + Rule, IsLast = true });
        }

        if (lines.Count > 0)
        {
            lines[^1].Height += Rule;
        }

        var normal = styles.Get("Normal");
        return new LaidParagraph
        {
            Source = table,
            // A table has no spacing of its own: the paragraphs around it keep theirs.
            Style = normal with { SpaceBefore = 0, SpaceAfter = 0, KeepNext = false, KeepLines = false, ContextualSpacing = false },
            Lines = lines,
            Left = 0,
            FirstLine = 0,
            Width = textWidth,
            FirstWidth = textWidth,
            Table = new LaidTable(rows, Enumerable.Range(0, columns).Select(i => i * columnWidth).ToList(), textWidth, inner),
            ContinuationHead = lines.Count > 0 ? lines[0].Height : 0,
        };
    }

    /// <summary>Draws a placed table: per row its background and rules (artifacts), then its cells in TR and TH/TD.</summary>
    public static void Paint(PdfPainter painter, LaidParagraph table)
    {
        var laid = table.Table!;
        var structure = painter.Structure;
        structure.BeginBlockLevelElement("Table");
        for (var r = 0; r < laid.Rows.Count; r++)
        {
            var (page, top) = table.Placed[r];
            if (r > 0 && page != table.Placed[r - 1].Page)
            {
                // A new page: the header row again above the row, as an artifact.
                var headTop = top - table.Lines[0].Height;
                Frame(painter, laid, page, headTop, laid.Inner[0], header: true);
                foreach (var cell in laid.Rows[0])
                {
                    ArtifactCell(painter, cell, headTop);
                }
            }

            Frame(painter, laid, page, top, laid.Inner[r], header: r == 0);
            structure.BeginBlockLevelElement("TR");
            foreach (var cell in laid.Rows[r])
            {
                structure.BeginBlockLevelElement(r == 0 ? "TH" : "TD");
                if (r == 0)
                {
                    structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
                }

                var y = top + Rule + cell.Style.SpaceBefore;
                cell.Placed = cell.Lines.Select(line =>
                {
                    var at = (page, y);
                    y += line.Height;
                    return at;
                }).ToArray();
                painter.Paragraph(cell);
                structure.End();
            }

            structure.End();
        }

        structure.End();
    }

    /// <summary>
    /// A row's grey background (the header) and its rules: the top rule at the row's top, the bottom rule under its
    /// <paramref name="inner"/> height (the next row's top rule, or the table's last).
    /// </summary>
    private static void Frame(PdfPainter painter, LaidTable laid, int page, double top, double inner, bool header)
    {
        var left = painter.Setup.Left;
        var right = left + laid.Width;
        var (upper, lower) = (top + (Rule / 2), top + Rule + inner + (Rule / 2));
        painter.Artwork(page, gfx =>
        {
            if (header)
            {
                gfx.DrawRectangle(new XSolidBrush(HeaderFill), left, upper, laid.Width, lower - upper);
            }

            var pen = new XPen(XColors.Black, Rule);
            gfx.DrawLine(pen, left, upper, right, upper);
            gfx.DrawLine(pen, left, lower, right, lower);
            foreach (var x in laid.ColumnLefts.Append(laid.Width))
            {
                gfx.DrawLine(pen, left + x, upper, left + x, lower);
            }
        });
    }

    /// <summary>A header cell drawn again on a continuation page: its text as an artifact, aligned as in its row.</summary>
    private static void ArtifactCell(PdfPainter painter, LaidParagraph cell, double top)
    {
        var y = top + Rule + cell.Style.SpaceBefore;
        for (var i = 0; i < cell.Lines.Count; i++)
        {
            var line = cell.Lines[i];
            var available = i == 0 ? cell.FirstWidth : cell.Width;
            var spare = Math.Max(0, available - line.Width);
            var offset = cell.Style.Alignment switch { "center" => spare / 2, "right" => spare, _ => 0 };
            var x0 = painter.Setup.Left + cell.Left + (i == 0 ? cell.FirstLine : 0) + offset;
            foreach (var fragment in line.Fragments)
            {
                painter.ArtifactText(fragment.Text, fragment.Look.Font, fragment.Look.Brush, x0 + fragment.X, y + line.Ascent);
            }

            y += line.Height;
        }
    }
}
