using Remiss.Templates.Pdf;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>Word's page-breaking rules as the PDF applies them, on paragraphs of known line counts and heights.</summary>
public class PdfPaginationTests
{
    private const double Line = 10;

    /// <summary>A page with room for exactly ten lines.</summary>
    private const double Top = 0;

    private const double Bottom = 100;

    [Fact]
    public void Paragraphs_that_fit_stay_on_one_page()
    {
        var paragraphs = new[] { Paragraph(4), Paragraph(6) };

        var pages = PdfPagination.Place(paragraphs, Top, Bottom);

        Assert.Equal(1, pages);
        Assert.All(paragraphs.SelectMany(p => p.Placed), p => Assert.Equal(0, p.Page));
    }

    [Fact]
    public void A_paragraph_is_split_with_at_least_two_lines_on_each_page()
    {
        // Nine lines used; a five-line paragraph would leave one line on the first page (an orphan): it moves whole.
        var orphan = new[] { Paragraph(9), Paragraph(5) };
        // Seven lines used; a four-line paragraph would leave one line for the next page (a widow): one more line goes along.
        var widow = new[] { Paragraph(7), Paragraph(4) };

        PdfPagination.Place(orphan, Top, Bottom);
        PdfPagination.Place(widow, Top, Bottom);

        Assert.All(orphan[1].Placed, p => Assert.Equal(1, p.Page));
        Assert.Equal([0, 0, 1, 1], widow[1].Placed.Select(p => p.Page));
    }

    [Fact]
    public void A_three_line_paragraph_is_never_split()
    {
        var paragraphs = new[] { Paragraph(8), Paragraph(3) };

        PdfPagination.Place(paragraphs, Top, Bottom);

        Assert.All(paragraphs[1].Placed, p => Assert.Equal(1, p.Page));
    }

    [Fact]
    public void A_heading_never_stands_alone_at_the_foot_of_a_page()
    {
        // The heading fits on the first page, but the two lines it must be kept with do not.
        var paragraphs = new[] { Paragraph(8), Paragraph(1, keepWithNext: true), Paragraph(6) };

        PdfPagination.Place(paragraphs, Top, Bottom);

        Assert.Equal(1, paragraphs[1].Placed.Single().Page);
        Assert.Equal(1, paragraphs[2].Placed[0].Page);
    }

    [Fact]
    public void A_heading_goes_with_the_first_two_lines_of_a_long_paragraph()
    {
        var paragraphs = new[] { Paragraph(6), Paragraph(1, keepWithNext: true), Paragraph(8) };

        PdfPagination.Place(paragraphs, Top, Bottom);

        Assert.Equal(0, paragraphs[1].Placed.Single().Page);
        Assert.Equal([0, 0, 0], paragraphs[2].Placed.Take(3).Select(p => p.Page));
    }

    [Fact]
    public void Space_before_is_dropped_at_the_top_of_a_page_and_kept_elsewhere()
    {
        var paragraphs = new[] { Paragraph(10), Paragraph(2, before: 5), Paragraph(2, before: 5) };

        PdfPagination.Place(paragraphs, Top, Bottom);

        Assert.Equal((1, Top), paragraphs[1].Placed[0]);
        Assert.Equal((1, Top + (2 * Line) + 5), paragraphs[2].Placed[0]);
    }

    [Fact]
    public void Contextual_spacing_drops_the_space_between_paragraphs_of_one_style()
    {
        var item = Paragraph(1, after: 3, style: "ListParagraph", contextual: true);
        var next = Paragraph(1, after: 3, style: "ListParagraph", contextual: true);
        var after = Paragraph(1);

        Assert.Equal(0, PdfPagination.Gap(item, next));
        Assert.Equal(3, PdfPagination.Gap(next, after));
    }

    [Fact]
    public void The_space_between_paragraphs_is_the_larger_of_after_and_before_as_libreoffice_lays_out_a_docx()
    {
        // The memo's "Beslutsunderlag": 8 pt after the paragraph above, 18 pt before the heading: 18 pt between them, not 26.
        var paragraph = Paragraph(1, after: 8);
        var heading = Paragraph(1, keepWithNext: true, before: 18, after: 6, style: "Heading2");

        Assert.Equal(18, PdfPagination.Gap(paragraph, heading));
        Assert.Equal(6, PdfPagination.Gap(heading, Paragraph(1)));
    }

    [Fact]
    public void The_extra_space_of_a_line_spacing_above_single_may_run_into_the_bottom_margin()
    {
        // Lines of 10.5 pt, 1 pt of each a line spacing's extra: on a page of 104 pt ten fit (9 × 10.5 + 9.5), the tenth's extra hanging.
        var lines = Paragraph(10);
        foreach (var line in lines.Lines)
        {
            line.Height = 10.5;
            line.Fit = 9.5;
        }

        PdfPagination.Place([lines], Top, 104);

        Assert.All(lines.Placed, p => Assert.Equal(0, p.Page));
    }

    private static LaidParagraph Paragraph(int lines, bool keepWithNext = false, double before = 0, double after = 0, string style = "Normal", bool contextual = false) => new()
    {
        Source = new ContentParagraph { StyleId = style, Tag = "P" },
        Style = new ResolvedStyle { KeepNext = keepWithNext, KeepLines = keepWithNext, SpaceBefore = before, SpaceAfter = after, ContextualSpacing = contextual },
        Lines = Enumerable.Range(0, lines).Select(_ => new TextLine { Height = Line, Fit = Line, Ascent = 8 }).ToList(),
        Left = 0,
        FirstLine = 0,
        Width = 400,
        FirstWidth = 400,
    };
}
