using System.Globalization;
using PdfSharp.Drawing;
using Remiss.Templates.Model;

namespace Remiss.Templates.Pdf;

/// <summary>
/// What every page repeats, as the .docx's header and footer parts have it (<see cref="Writers.DocxHeader"/>,
/// <see cref="Writers.DocxFooter"/>): the reference's letterhead, the header rows (organisation, date and Dnr, or an
/// extract's own) on the Header style's tab stops, <c>Sida n(m)</c> on the right, and the footer line. It also says
/// where the body may go: from under the header (or the top margin) to above the footer (or the bottom margin).
/// All of it is an artifact except the first page's header rows, which are the document's first paragraphs.
/// </summary>
internal sealed class PdfFurniture
{
    /// <summary>Word's default tab stops, 2.3 cm apart in a Swedish document (<c>w:defaultTabStop</c> 1304).</summary>
    private const double DefaultTab = 1304 / 20.0;

    private readonly PageSetup _setup;
    private readonly PdfText _text;
    private readonly RunLook _header;
    private readonly ResolvedStyle _headerStyle;
    private readonly List<Action<PdfPainter, int, int>> _draw = [];

    public PdfFurniture(PageSetup setup, WordStyles styles, PdfText text, DocumentInfo info, PdfLetterhead? letterhead, Func<LetterheadImage, XImage?> decode)
    {
        _setup = setup;
        _text = text;
        _headerStyle = styles.Get("Header");
        _header = text.Look(_headerStyle);
        var lineHeight = Height(_headerStyle, PdfText.LineHeight(_header.Font));
        var ascent = PdfText.Ascent(_header.Font);

        var y = setup.Header;
        foreach (var paragraph in letterhead?.Paragraphs ?? [])
        {
            y = Letterhead(paragraph, styles.Get(paragraph.StyleId), y, decode);
        }

        foreach (var row in info.Header)
        {
            var top = y;
            var cells = Cells(row);
            _draw.Add((painter, page, _) =>
            {
                if (page == 1)
                {
                    // The first page's rows are content, read once before the title: the date and Dnr of a yttrande or
                    // memo (an extract's meeting date) exist nowhere else in the document (docs/pdf-accessibility.md).
                    painter.HeaderParagraph(cells, _header, top + ascent);
                    return;
                }

                foreach (var (cell, x) in cells)
                {
                    painter.ArtifactText(cell, _header.Font, _header.Brush, x, top + ascent);
                }
            });
            y += lineHeight;
        }

        var pageTop = y;
        _draw.Add((painter, page, pages) =>
        {
            var label = "Sida " + page.ToString(CultureInfo.InvariantCulture) + "(" + pages.ToString(CultureInfo.InvariantCulture) + ")";
            painter.ArtifactText(label, _header.Font, _header.Brush, setup.Left + setup.TextWidth - text.Width(label, _header.Font), pageTop + ascent);
        });
        y += lineHeight;
        BodyTop = Math.Max(setup.Top, y);

        BodyBottom = setup.Height - setup.Bottom;
        if (info.Footer is { } footer)
        {
            // Word sets the footer's last line at the footer distance from the page's foot, and the body stops above it.
            var footerTop = setup.Height - setup.Footer - lineHeight;
            _draw.Add((painter, _, _) => painter.ArtifactText(footer, _header.Font, _header.Brush, setup.Left + _headerStyle.IndentLeft, footerTop + ascent));
            BodyBottom = Math.Min(BodyBottom, footerTop);
        }
    }

    public double BodyTop { get; }

    public double BodyBottom { get; }

    public void Draw(PdfPainter painter, int page, int pages)
    {
        foreach (var draw in _draw)
        {
            draw(painter, page, pages);
        }
    }

    private static double Height(ResolvedStyle style, double natural) => style.LineRule switch
    {
        "exact" => style.Line,
        "atLeast" => Math.Max(style.Line, natural),
        _ => natural * style.Line,
    };

    /// <summary>A header row's cells placed as Word places tab-separated text: each next cell on the next tab stop of the Header style.</summary>
    private List<(string Text, double X)> Cells(IReadOnlyList<string> row)
    {
        var cells = new List<(string, double)>();
        var left = _setup.Left + _headerStyle.IndentLeft;
        var x = 0.0;
        for (var i = 0; i < row.Count; i++)
        {
            var width = _text.Width(row[i], _header.Font);
            var start = x;
            if (i > 0)
            {
                var stop = _headerStyle.Tabs.FirstOrDefault(t => t.Position > x + 0.01);
                if (stop == default)
                {
                    stop = new TabStop((Math.Floor(x / DefaultTab) + 1) * DefaultTab, "left");
                }

                start = stop.Alignment switch
                {
                    "center" => Math.Max(x, stop.Position - (width / 2)),
                    "right" or "end" => Math.Max(x, stop.Position - width),
                    _ => stop.Position,
                };
                // A tab stop past its start is where the cell ends (centre, right) or begins (left).
                x = stop.Alignment switch
                {
                    "center" => Math.Max(start + width, stop.Position),
                    "right" or "end" => Math.Max(start + width, stop.Position),
                    _ => start + width,
                };
            }
            else
            {
                x = width;
            }

            if (row[i].Length > 0)
            {
                cells.Add((row[i], left + start));
            }
        }

        return cells;
    }

    /// <summary>Lays out one letterhead paragraph from <paramref name="top"/>; returns where the next begins.</summary>
    private double Letterhead(LetterheadParagraph paragraph, ResolvedStyle style, double top, Func<LetterheadImage, XImage?> decode)
    {
        var look = _text.Look(style);
        var natural = PdfText.LineHeight(look.Font);
        var ascent = PdfText.Ascent(look.Font);
        var inline = paragraph.Items.OfType<LetterheadImage>().Where(i => i.Anchor is null).ToList();
        var imageHeight = inline.Count == 0 ? 0 : inline.Max(i => i.Height);
        var baseline = top + Math.Max(ascent, imageHeight);
        var height = Math.Max(Height(style, natural), imageHeight + natural - ascent);

        // The items in order, left to right; then shifted as the paragraph is aligned.
        var placed = new List<(object Item, double X)>();
        var x = 0.0;
        foreach (var item in paragraph.Items)
        {
            switch (item)
            {
                case string s:
                    placed.Add((s, x));
                    x += _text.Width(s, look.Font);
                    break;
                case LetterheadImage { Anchor: null } image:
                    placed.Add((image, x));
                    x += image.Width;
                    break;
            }
        }

        var width = _setup.TextWidth - style.IndentLeft - style.IndentRight;
        var shift = (paragraph.Alignment ?? style.Alignment) switch
        {
            "center" => (width - x) / 2,
            "right" or "end" => width - x,
            _ => 0,
        };
        var left = _setup.Left + style.IndentLeft + Math.Max(0, shift);
        _draw.Add((painter, _, _) =>
        {
            foreach (var (item, at) in placed)
            {
                if (item is string s)
                {
                    painter.ArtifactText(s, look.Font, look.Brush, left + at, baseline);
                }
                else if (item is LetterheadImage image && decode(image) is { } picture)
                {
                    painter.ArtifactImage(picture, left + at, baseline - image.Height, image.Width, image.Height);
                }
            }

            foreach (var image in paragraph.Items.OfType<LetterheadImage>().Where(i => i.Anchor is not null))
            {
                if (decode(image) is { } picture)
                {
                    var (ax, ay) = Anchored(image, top);
                    painter.ArtifactImage(picture, ax, ay, image.Width, image.Height);
                }
            }
        });
        return top + height;
    }

    /// <summary>Where an anchored picture goes on the page, from what its position is relative to.</summary>
    private (double X, double Y) Anchored(LetterheadImage image, double paragraphTop)
    {
        var anchor = image.Anchor!;
        var (originX, spanX) = anchor.FromH switch
        {
            "page" => (0.0, _setup.Width),
            "leftMargin" or "insideMargin" => (0.0, _setup.Left),
            "rightMargin" or "outsideMargin" => (_setup.Width - _setup.Right, _setup.Right),
            _ => (_setup.Left, _setup.TextWidth),
        };
        var x = anchor.AlignH switch
        {
            "right" or "outside" => originX + spanX - image.Width,
            "center" => originX + ((spanX - image.Width) / 2),
            "left" or "inside" => originX,
            _ => originX + anchor.X,
        };
        var originY = anchor.FromV switch
        {
            "page" or "topMargin" => 0.0,
            "margin" => _setup.Top,
            _ => paragraphTop,
        };
        return (x, originY + anchor.Y);
    }
}
