using System.Globalization;
using Remiss.Templates.Structure;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Pdf;

/// <summary>A stretch of text in one format; <c>\n</c> alone is a hard line break.</summary>
/// <param name="Text">The text, as Word gets it (<see cref="WordXml.WordText"/>).</param>
/// <param name="Bold">Bold (<c>**…**</c>).</param>
/// <param name="Italic">Italic (<c>*…*</c>).</param>
/// <param name="Code">Code (<c>`…`</c>): the VerbatimChar style.</param>
/// <param name="Link">The web address a link points at, or null.</param>
internal readonly record struct TextSpan(string Text, bool Bold = false, bool Italic = false, bool Code = false, string? Link = null)
{
    public const string LineBreak = "\n";

    public bool IsLineBreak => ReferenceEquals(Text, LineBreak);
}

/// <summary>
/// One paragraph of the body, as the Word writer writes it (<see cref="DocxBody"/>): its Word style, its text and,
/// for the PDF's structure tree, what it is.
/// </summary>
internal sealed class ContentParagraph
{
    /// <summary>The Word paragraph style: Heading1 … Heading6, Normal, ListParagraph, Quote, SourceCode.</summary>
    public required string StyleId { get; init; }

    /// <summary>The structure element the paragraph is (H1 … H6, P), or null when its text belongs to the list item body it opens.</summary>
    public string? Tag { get; init; }

    public List<TextSpan> Spans { get; } = [];

    /// <summary>The list label (<c>•</c>, <c>1.</c>) and level of an item's first paragraph, else null.</summary>
    public ListLabel? Label { get; init; }

    /// <summary>A thematic break: an empty paragraph with a rule under it, as Word's bottom border.</summary>
    public bool IsRule { get; init; }

    /// <summary>A table cell's alignment (its column's), else <see cref="ColumnAlign.None"/>: the style's own.</summary>
    public ColumnAlign Align { get; init; }

    /// <summary>A table (<see cref="PdfTable"/>): its cells, row by row; null for a paragraph.</summary>
    public PdfTableContent? Table { get; init; }

    /// <summary>The paragraph's text as Word shows it (a hard break adds nothing, as <c>w:br</c> adds nothing to the paragraph's text).</summary>
    public string Text => string.Concat(Spans.Where(s => !s.IsLineBreak).Select(s => s.Text));
}

/// <summary>A list item's label: its text and the list's nesting level (0 at the top).</summary>
internal sealed record ListLabel(string Text, int Level);

/// <summary>What the body is made of, in order: paragraphs, and where the structure elements that group them begin and end.</summary>
internal readonly record struct ContentItem(ContentParagraph? Paragraph, string? Begin, bool End)
{
    public static ContentItem Of(ContentParagraph paragraph) => new(paragraph, null, false);

    public static ContentItem Start(string tag) => new(null, tag, false);

    public static ContentItem Close => new(null, null, true);
}

/// <summary>
/// The document structure as the PDF's paragraphs and structure elements: the same blocks, styles, text and links the
/// .docx gets (<see cref="DocxBody"/> reads the same structure), paragraph for paragraph; a test holds the two to that.
/// </summary>
internal sealed class PdfContent
{
    private readonly List<ContentItem> _items = [];

    private PdfContent()
    {
    }

    public static IReadOnlyList<ContentItem> Of(DocumentBody document)
    {
        var content = new PdfContent();
        foreach (var block in document.Blocks)
        {
            content.Block(block);
        }

        return content._items;
    }

    private void Block(DocBlock block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var level = heading.Level.ToString(CultureInfo.InvariantCulture);
                Paragraph("Heading" + level, "H" + level, heading.Content);
                break;
            case ParagraphBlock paragraph:
                Paragraph(paragraph.Style.ToString(), "P", paragraph.Content);
                break;
            case ListBlock list:
                List(list);
                break;
            case QuoteBlock quote:
                _items.Add(ContentItem.Start("BlockQuote"));
                foreach (var child in quote.Blocks)
                {
                    Block(child);
                }

                _items.Add(ContentItem.Close);
                break;
            case CodeBlock code:
                foreach (var text in code.Lines)
                {
                    var line = new ContentParagraph { StyleId = "SourceCode", Tag = "P" };
                    Add(line, text, default);
                    _items.Add(ContentItem.Of(line));
                }

                break;
            case RuleBlock:
                _items.Add(ContentItem.Of(new ContentParagraph { StyleId = "Normal", IsRule = true }));
                break;
            case TableBlock table:
                _items.Add(ContentItem.Of(PdfTable.Content(table, Cell)));
                break;
        }
    }

    private void List(ListBlock list)
    {
        var number = list.Start;
        _items.Add(ContentItem.Start("L"));
        foreach (var item in list.Items)
        {
            var label = new ListLabel(DocxNumbering.Label(list.Ordered, list.Level, number++), list.Level);
            _items.Add(ContentItem.Start("LI"));
            Paragraph("ListParagraph", null, item.Lead, label);
            foreach (var child in item.Blocks)
            {
                Block(child);
            }

            _items.Add(ContentItem.Close); // LBody, opened with the label
            _items.Add(ContentItem.Close); // LI
        }

        _items.Add(ContentItem.Close);
    }

    private void Paragraph(string style, string? tag, NodeList<Inline> inlines, ListLabel? label = null)
    {
        var paragraph = new ContentParagraph { StyleId = style, Tag = tag, Label = label };
        Inlines(paragraph, inlines, default);
        _items.Add(ContentItem.Of(paragraph));
    }

    /// <summary>A table cell's paragraph: in the table style, bold in the header row, aligned as its column.</summary>
    private static ContentParagraph Cell(NodeList<Inline> inlines, bool header, ColumnAlign align)
    {
        var paragraph = new ContentParagraph { StyleId = DocxStyles.TableStyleId, Tag = "P", Align = align };
        Inlines(paragraph, inlines, new Format(Bold: header));
        return paragraph;
    }

    private readonly record struct Format(bool Bold = false, bool Italic = false, bool Code = false, string? Link = null);

    private static void Inlines(ContentParagraph paragraph, NodeList<Inline> inlines, Format format)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    Add(paragraph, text.Text, format);
                    break;
                case SoftBreakInline:
                    Add(paragraph, " ", format);
                    break;
                case LineBreakInline:
                    paragraph.Spans.Add(new TextSpan(TextSpan.LineBreak));
                    break;
                case StrongInline strong:
                    Inlines(paragraph, strong.Content, format with { Bold = true });
                    break;
                case EmphasisInline emphasis:
                    Inlines(paragraph, emphasis.Content, format with { Italic = true });
                    break;
                case CodeInline code:
                    Add(paragraph, code.Code, format with { Code = true });
                    break;
                case LinkInline link:
                    Inlines(paragraph, link.Content, format with { Link = link.Target });
                    break;
                case ImageInline image:
                    Inlines(paragraph, image.Description, format);
                    break;
            }
        }
    }

    private static void Add(ContentParagraph paragraph, string text, Format format)
    {
        var clean = WordXml.WordText(text);
        if (clean.Length > 0)
        {
            paragraph.Spans.Add(new TextSpan(clean, format.Bold, format.Italic, format.Code, format.Link));
        }
    }
}
