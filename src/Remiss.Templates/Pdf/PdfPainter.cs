using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Remiss.Templates.Pdf;

/// <summary>
/// Draws the laid-out document into a tagged PDF: the body as a structure tree (H1 …, P, L, LI, Lbl, LBody, Link,
/// BlockQuote) through PDFsharp's <see cref="StructureBuilder"/>, the first page's header rows as its first paragraphs,
/// and everything that repeats on a page (header, footer, rules, underlines, the letterhead) as artifacts.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 ends a marked-content sequence (<c>EMC</c>) before the text object it began in is closed when a
/// draw switches between text and graphics inside it (<c>BMC … BT … EMC ET</c>), and writes the page's first
/// transformation (<c>ET q</c>) inside whatever is open. So every page realises its transformation first, text is
/// always drawn in text mode entered before its marked content begins, and graphics only after the open marked
/// content has been ended: marked content and text objects then nest properly, which a test checks on every page.
/// </remarks>
internal sealed class PdfPainter : IDisposable
{
    private readonly PdfDocument _document;
    private readonly UAManager _ua;
    private readonly StructureBuilder _sb;
    private readonly PageSetup _setup;
    private readonly PdfFurniture _furniture;
    private readonly int _pageCount;
    private readonly List<(double X, double Y, double Width, double Thickness, XColor Color)> _underlines = [];
    private XGraphics? _gfx;
    private PdfPage? _page;
    private int _pageIndex = -1;

    public PdfPainter(PdfDocument document, PageSetup setup, PdfFurniture furniture, int pageCount)
    {
        _document = document;
        _setup = setup;
        _furniture = furniture;
        _pageCount = pageCount;
        _ua = UAManager.ForDocument(document);
        _ua.SetDocumentLanguage(Model.DocumentInfo.Language);
        _sb = _ua.StructureBuilder;
    }

    /// <summary>Draws the body: structure elements as they open and close, paragraphs line by line on their pages.</summary>
    /// <param name="items">The body.</param>
    /// <param name="laid">Each paragraph's lines and places.</param>
    /// <param name="lastPage">Draws on the last page before it is finished (the seal's block), or null.</param>
    public void Paint(IReadOnlyList<ContentItem> items, IReadOnlyDictionary<ContentParagraph, LaidParagraph> laid, Action<PdfPainter>? lastPage = null)
    {
        EnsurePage(0);
        foreach (var item in items)
        {
            if (item.Begin is { } tag)
            {
                Begin(tag);
            }
            else if (item.End)
            {
                _sb.End();
            }
            else if (item.Paragraph is { } paragraph)
            {
                if (laid[paragraph] is { Table: not null } table)
                {
                    PdfTable.Paint(this, table);
                }
                else
                {
                    Paragraph(laid[paragraph]);
                }
            }
        }

        // Pages past the body's last line (none today; kept so Sida n(m) always counts what is drawn).
        while (_pageIndex < _pageCount - 1)
        {
            EnsurePage(_pageIndex + 1);
        }

        lastPage?.Invoke(this);
        FinishPage();
    }

    /// <summary>Lines of text as one tagged paragraph (<paramref name="tag"/>) on the current page, each starting at <paramref name="x"/>.</summary>
    public void TaggedLines(string tag, IReadOnlyList<string> lines, RunLook look, double x, double top)
    {
        _sb.BeginBlockLevelElement(tag);
        var y = top;
        for (var i = 0; i < lines.Count; i++)
        {
            // A space ends every line but the last, so the tagged text keeps its word breaks.
            Text(i < lines.Count - 1 ? lines[i] + " " : lines[i], look, x, y + PdfText.Ascent(look.Font));
            y += PdfText.LineHeight(look.Font);
        }

        _sb.End();
    }

    /// <summary>
    /// A widget annotation on the current page in a <c>Form</c> structure element (PDF/UA-1 §7.18.4), with
    /// <paramref name="altText"/> as its <c>/Contents</c>. PDFsharp builds annotation structure for links only, so the
    /// widget is made as one and given its own subtype and tag here.
    /// </summary>
    public void Widget(PdfLinkAnnotation widget, string altText)
    {
        _sb.EndMarkedContentsWithId();
        _sb.BeginElement(widget, altText);
        _sb.CurrentStructureElement.Elements.SetName("/S", "/Form");
        _sb.End();
        widget.Elements.SetName(PdfAnnotation.Keys.Subtype, "/Widget");
    }

    private void Begin(string tag)
    {
        if (tag == "BlockQuote")
        {
            _sb.BeginGroupingElement(tag);
        }
        else
        {
            _sb.BeginBlockLevelElement(tag);
        }
    }

    /// <summary>The page setup the body is drawn in.</summary>
    public PageSetup Setup => _setup;

    /// <summary>The structure tree being built (for a table's elements, <see cref="PdfTable"/>).</summary>
    public StructureBuilder Structure => _sb;

    /// <summary>Graphics that are not content (a table's rules and shading) on page <paramref name="page"/>.</summary>
    public void Artwork(int page, Action<XGraphics> draw)
    {
        EnsurePage(page);
        Graphic(() => draw(_gfx!));
    }

    /// <summary>Draws a placed paragraph, in its structure element.</summary>
    public void Paragraph(LaidParagraph p)
    {
        var source = p.Source;
        var hasText = p.Lines.Any(l => l.Fragments.Any(f => f.Text.Trim().Length > 0));
        var tagged = source.Tag is not null && hasText;
        for (var i = 0; i < p.Lines.Count; i++)
        {
            var line = p.Lines[i];
            var (page, top) = p.Placed[i];
            EnsurePage(page);
            if (i == 0)
            {
                if (p.Label is { } label)
                {
                    // The label is the item's Lbl; the item's first paragraph is its LBody, which stays open for the rest of the item.
                    _sb.BeginBlockLevelElement("Lbl");
                    Text(label.Text, label.Look, _setup.Left + p.LabelX, top + line.Ascent);
                    _sb.End();
                    _sb.BeginBlockLevelElement("LBody");
                }

                if (tagged)
                {
                    _sb.BeginBlockLevelElement(source.Tag!);
                }
            }

            DrawLine(p, i, line, top);
        }

        if (tagged)
        {
            _sb.End();
        }

        if (source.IsRule && p.Placed.Length > 0)
        {
            var (page, top) = p.Placed[^1];
            EnsurePage(page);
            // Word's bottom border: 3/4 pt, 1 pt under the paragraph.
            var y = top + p.Lines[^1].Height + 1;
            Graphic(() => _gfx!.DrawLine(new XPen(XColors.Black, 0.75), _setup.Left, y, _setup.Width - _setup.Right, y));
        }
    }

    private void DrawLine(LaidParagraph p, int index, TextLine line, double top)
    {
        var x0 = _setup.Left + p.Left + (index == 0 ? p.FirstLine : 0);
        var available = index == 0 ? p.FirstWidth : p.Width;
        var spare = Math.Max(0, available - line.Width);
        var (offset, perGap) = p.Style.Alignment switch
        {
            "center" => (spare / 2, 0.0),
            "right" => (spare, 0.0),
            "both" when !line.IsLast && line.Gaps > 0 => (0.0, spare / line.Gaps),
            _ => (0.0, 0.0),
        };
        var baseline = top + line.Ascent;
        foreach (var fragment in line.Fragments)
        {
            var x = x0 + offset + fragment.X + (fragment.Gaps * perGap);
            var look = fragment.Look;
            var ink = fragment.Ink;
            if (look.Link is { } url && ink > 0)
            {
                var rect = new XRect(x, _setup.Height - (top + line.Height), ink, line.Height);
                var annotation = PdfLinkAnnotation.CreateWebLink(new PdfRectangle(rect), url);
                _sb.BeginElement(annotation, url);
                // No clock and no random id in the file: the same input gives the same bytes.
                annotation.Elements.Remove(PdfAnnotation.Keys.NM);
                annotation.Elements.Remove(PdfAnnotation.Keys.M);
                Text(fragment.Text, look, x, baseline);
                _sb.End();
            }
            else
            {
                Text(fragment.Text, look, x, baseline);
            }

            if (look.Underline && ink > 0)
            {
                var metrics = look.Font.Metrics;
                var position = -metrics.UnderlinePosition * look.Font.Size / metrics.UnitsPerEm;
                var thickness = Math.Max(0.5, metrics.UnderlineThickness * look.Font.Size / metrics.UnitsPerEm);
                _underlines.Add((x, baseline + position, ink, thickness, ((XSolidBrush)look.Brush).Color));
            }
        }
    }

    private void EnsurePage(int index)
    {
        while (_pageIndex < index)
        {
            FinishPage();
            _page = _document.AddPage();
            _page.Width = XUnit.FromPoint(_setup.Width);
            _page.Height = XUnit.FromPoint(_setup.Height);
            _pageIndex++;
            _gfx = XGraphics.FromPdfPage(_page);
            // Realises the page's transformation now, outside any marked content (see the remarks).
            var state = _gfx.Save();
            _gfx.Restore(state);
            _furniture.Draw(this, _pageIndex + 1, _pageCount);
        }
    }

    private void FinishPage()
    {
        if (_gfx is null)
        {
            return;
        }

        if (_underlines.Count > 0)
        {
            Graphic(() =>
            {
                foreach (var (x, y, width, thickness, color) in _underlines)
                {
                    _gfx!.DrawLine(new XPen(color, thickness), x, y, x + width, y);
                }
            });
            _underlines.Clear();
        }

        _sb.EndMarkedContentsWithId();
        _ua.BeginGraphicMode();
        _gfx.Dispose();
        _gfx = null;
    }

    /// <summary>Body text, in the structure element that is open; text mode is entered before its marked content begins.</summary>
    private void Text(string text, RunLook look, double x, double baseline)
    {
        _ua.BeginTextMode();
        _gfx!.DrawString(text, look.Font, look.Brush, x, baseline, XStringFormats.BaseLineLeft);
    }

    /// <summary>
    /// A header row that is content (the first page's): one paragraph of the structure tree, its cells drawn at their tab
    /// stops each with a space after it, so the tagged text reads "Region Västernorrland 2025-03-13 Dnr 24HSN5898".
    /// </summary>
    public void HeaderParagraph(IReadOnlyList<(string Text, double X)> cells, RunLook look, double baseline)
    {
        _sb.EndMarkedContentsWithId();
        _sb.BeginBlockLevelElement("P");
        for (var i = 0; i < cells.Count; i++)
        {
            Text(i < cells.Count - 1 ? cells[i].Text + " " : cells[i].Text, look, cells[i].X, baseline);
        }

        _sb.End();
    }

    /// <summary>Text that is not content (header, footer): an artifact, wholly inside one text object.</summary>
    public void ArtifactText(string text, XFont font, XBrush brush, double x, double baseline)
    {
        _sb.EndMarkedContentsWithId();
        _ua.BeginTextMode();
        _sb.BeginArtifact();
        _gfx!.DrawString(text, font, brush, x, baseline, XStringFormats.BaseLineLeft);
        _sb.End();
    }

    /// <summary>An image that is not content (a logo): an artifact in graphics mode.</summary>
    public void ArtifactImage(XImage image, double x, double y, double width, double height) =>
        Graphic(() => _gfx!.DrawImage(image, x, y, width, height));

    /// <summary>Graphics that are not content (rules, underlines): an artifact, begun after the open marked content is ended.</summary>
    private void Graphic(Action draw)
    {
        _sb.EndMarkedContentsWithId();
        _ua.BeginGraphicMode();
        _sb.BeginArtifact();
        draw();
        _sb.End();
    }

    public void Dispose() => _gfx?.Dispose();
}
