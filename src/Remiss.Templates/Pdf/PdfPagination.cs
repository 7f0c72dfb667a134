namespace Remiss.Templates.Pdf;

/// <summary>
/// Puts the laid-out paragraphs on pages, with Word's rules: spacing before and after (not between paragraphs of a
/// style with contextual spacing), a heading kept with the first lines of what follows it, no paragraph split so
/// that one line stands alone at the foot of a page (orphan) or at the head of the next (widow), and no space before
/// a paragraph that opens a page. A table's lines are its rows: its header row never stands alone at the foot of a
/// page, but widow control is a paragraph's, not a table's, so its last row may go alone to the next page (under the
/// repeated header row), as Word and LibreOffice break a table.
/// </summary>
internal static class PdfPagination
{
    /// <summary>How many keep-with-next paragraphs in a row are kept together before the chain is let go.</summary>
    private const int MaxChain = 4;

    /// <summary>Sets <see cref="LaidParagraph.Placed"/> of every paragraph and returns the number of pages.</summary>
    public static int Place(IReadOnlyList<LaidParagraph> paragraphs, double top, double bottom)
    {
        var page = 0;
        var y = top;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var before = i == 0 ? p.Style.SpaceBefore : Gap(paragraphs[i - 1], p);
            if (y > top && y + before + Need(paragraphs, i, 0) > bottom)
            {
                (page, y, before) = (page + 1, top, 0);
            }

            if (y == top && page > 0)
            {
                before = 0;
            }

            y += before;
            var placed = new (int Page, double Top)[p.Lines.Count];
            var next = 0;
            while (next < p.Lines.Count)
            {
                var remaining = p.Lines.Count - next;
                var fit = 0;
                var height = 0.0;
                while (fit < remaining && y + height + p.Lines[next + fit].Fit <= bottom + 0.01)
                {
                    height += p.Lines[next + fit].Height;
                    fit++;
                }

                if (fit < remaining)
                {
                    if (y > top)
                    {
                        if (p.KeepTogether || fit < 2)
                        {
                            fit = 0; // no orphan: the paragraph starts on the next page
                        }
                        else if (remaining - fit < 2 && p.Table is null)
                        {
                            fit = remaining - 2 >= 2 ? remaining - 2 : 0; // no widow: a line more goes along
                        }
                    }
                    else
                    {
                        fit = Math.Max(fit, 1); // taller than a page: as much as fits
                    }
                }

                for (var k = 0; k < fit; k++)
                {
                    placed[next + k] = (page, y);
                    y += p.Lines[next + k].Height;
                }

                next += fit;
                if (next < p.Lines.Count)
                {
                    (page, y) = (page + 1, top + p.ContinuationHead);
                }
            }

            p.Placed = placed;
        }

        return page + 1;
    }

    /// <summary>
    /// The space between two paragraphs: the larger of the first's space after and the second's space before, each
    /// left out between paragraphs of the same style when that paragraph's style has contextual spacing. That is how
    /// LibreOffice lays out our .docx (measured: 8 pt after a paragraph and 18 pt before a heading make 18 pt), and the
    /// native PDF is compared with LibreOffice's page for page (docs/pdf.md, <c>PdfLayoutTests</c>).
    /// </summary>
    public static double Gap(LaidParagraph previous, LaidParagraph next)
    {
        var same = previous.Source.StyleId == next.Source.StyleId;
        return Math.Max(same && previous.Style.ContextualSpacing ? 0 : previous.Style.SpaceAfter, same && next.Style.ContextualSpacing ? 0 : next.Style.SpaceBefore);
    }

    /// <summary>
    /// The height paragraph <paramref name="i"/> needs on a page to start there: all of it when it is short (three lines
    /// or fewer cannot be split without leaving one alone) or kept together, else its first two lines; a table its
    /// header row and first row, however short; a heading also needs what it is kept with.
    /// </summary>
    private static double Need(IReadOnlyList<LaidParagraph> paragraphs, int i, int depth)
    {
        var p = paragraphs[i];
        var lines = p.Table is not null ? Math.Min(2, p.Lines.Count) : p.KeepTogether || p.Lines.Count <= 3 ? p.Lines.Count : 2;
        var need = p.Lines.Take(lines).Sum(l => l.Height) - p.Lines[lines - 1].Height + p.Lines[lines - 1].Fit;
        if (p.KeepWithNext && i + 1 < paragraphs.Count && depth < MaxChain)
        {
            need = p.Lines.Sum(l => l.Height) + Gap(p, paragraphs[i + 1]) + Need(paragraphs, i + 1, depth + 1);
        }

        return need;
    }
}
