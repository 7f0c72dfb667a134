using PdfSharp.Pdf;

namespace Remiss.Templates.Pdf;

/// <summary>
/// The document's headings as bookmarks (the PDF's outline), nested by level as the headings are (an H2 under the H1
/// before it, an H3 under its H2), each pointing at the heading's place on its page; the reader opens with them shown.
/// </summary>
internal static class PdfBookmarks
{
    public static void Add(PdfDocument document, IEnumerable<LaidParagraph> paragraphs, double pageHeight)
    {
        // The open outline at each level; a heading goes under the nearest open one above its own level.
        var open = new List<(int Level, PdfOutline Outline)>();
        foreach (var p in paragraphs)
        {
            // A forced line break in a heading is a space in its bookmark, as in its tagged text.
            var title = string.Concat(p.Source.Spans.Select(s => s.IsLineBreak ? " " : s.Text)).Trim();
            if (Level(p.Source.Tag) is not { } level || p.Placed.Length == 0 || title.Length == 0)
            {
                continue;
            }

            open.RemoveAll(o => o.Level >= level);
            var (page, top) = p.Placed[0];
            var outline = new PdfOutline(title, document.Pages[page], opened: true)
            {
                PageDestinationType = PdfPageDestinationType.Xyz,
                Left = 0,
                // PDF space runs up from the page's foot.
                Top = pageHeight - top,
            };
            (open.Count == 0 ? document.Outlines : open[^1].Outline.Outlines).Add(outline);
            open.Add((level, outline));
        }

        if (document.Outlines.Count > 0)
        {
            document.PageMode = PdfPageMode.UseOutlines;
        }
    }

    private static int? Level(string? tag) =>
        tag is ['H', >= '1' and <= '6'] ? tag[1] - '0' : null;
}
