using System.Globalization;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
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
/// Walks the Markdig AST the way <see cref="DocxBody"/> does (same blocks, same styles, same text, same links), so the
/// PDF and the .docx of a document say the same thing, paragraph for paragraph; a test holds the two to that.
/// </summary>
internal sealed class PdfContent
{
    private readonly List<ContentItem> _items = [];

    private PdfContent()
    {
    }

    public static IReadOnlyList<ContentItem> Of(MarkdownDocument document)
    {
        var content = new PdfContent();
        foreach (var block in document)
        {
            content.Block(block, list: null);
        }

        return content._items;
    }

    private readonly record struct ListContext(int Level, bool Ordered);

    private void Block(Block block, ListContext? list)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case HeadingBlock heading:
                var level = Math.Clamp(heading.Level, 1, 6);
                Paragraph("Heading" + level.ToString(CultureInfo.InvariantCulture), "H" + level.ToString(CultureInfo.InvariantCulture), heading.Inline);
                break;
            case ParagraphBlock paragraph:
                Paragraph(list is null ? "Normal" : "ListParagraph", "P", paragraph.Inline);
                break;
            case ListBlock listBlock:
                List(listBlock, list);
                break;
            case QuoteBlock quote:
                _items.Add(ContentItem.Start("BlockQuote"));
                foreach (var child in quote)
                {
                    if (child is ParagraphBlock p)
                    {
                        Paragraph("Quote", "P", p.Inline);
                    }
                    else
                    {
                        Block(child, list);
                    }
                }

                _items.Add(ContentItem.Close);
                break;
            case CodeBlock code:
                for (var i = 0; i < code.Lines.Count; i++)
                {
                    var line = new ContentParagraph { StyleId = "SourceCode", Tag = "P" };
                    Add(line, code.Lines.Lines[i].Slice.ToString(), default);
                    _items.Add(ContentItem.Of(line));
                }

                break;
            case ThematicBreakBlock:
                _items.Add(ContentItem.Of(new ContentParagraph { StyleId = "Normal", IsRule = true }));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Block(child, list);
                }

                break;
            case LeafBlock leaf:
                var other = new ContentParagraph { StyleId = "Normal", Tag = "P" };
                Add(other, string.Join(" ", (leaf.Lines.Lines ?? []).Take(leaf.Lines.Count).Select(l => l.Slice.ToString())), default);
                _items.Add(ContentItem.Of(other));
                break;
        }
    }

    private void List(ListBlock listBlock, ListContext? parent)
    {
        var level = parent is null ? 0 : Math.Min(parent.Value.Level + 1, 8);
        var number = listBlock.IsOrdered && int.TryParse(listBlock.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var context = new ListContext(level, listBlock.IsOrdered);
        _items.Add(ContentItem.Start("L"));
        foreach (var block in listBlock)
        {
            if (block is not ListItemBlock item)
            {
                continue;
            }

            var label = new ListLabel(DocxNumbering.Label(listBlock.IsOrdered, level, number++), level);
            _items.Add(ContentItem.Start("LI"));
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    Paragraph("ListParagraph", null, paragraph.Inline, label);
                }
                else if (first)
                {
                    // An item that opens with something other than text still gets its label, as in Word.
                    _items.Add(ContentItem.Of(new ContentParagraph { StyleId = "ListParagraph", Label = label }));
                    Block(child, context);
                }
                else
                {
                    Block(child, context);
                }

                first = false;
            }

            if (first)
            {
                _items.Add(ContentItem.Of(new ContentParagraph { StyleId = "ListParagraph", Label = label }));
            }

            _items.Add(ContentItem.Close); // LBody, opened with the label
            _items.Add(ContentItem.Close); // LI
        }

        _items.Add(ContentItem.Close);
    }

    private void Paragraph(string style, string? tag, ContainerInline? inlines, ListLabel? label = null)
    {
        var paragraph = new ContentParagraph { StyleId = style, Tag = tag, Label = label };
        if (inlines is not null)
        {
            Inlines(paragraph, inlines, default);
        }

        _items.Add(ContentItem.Of(paragraph));
    }

    private readonly record struct Format(bool Bold = false, bool Italic = false, bool Code = false, string? Link = null);

    private static void Inlines(ContentParagraph paragraph, ContainerInline container, Format format)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Add(paragraph, literal.Content.ToString(), format);
                    break;
                case EmphasisInline emphasis:
                    var inner = emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true };
                    if (emphasis.DelimiterCount >= 3)
                    {
                        inner = inner with { Bold = true, Italic = true };
                    }

                    Inlines(paragraph, emphasis, inner);
                    break;
                case CodeInline code:
                    Add(paragraph, code.Content, format with { Code = true });
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        paragraph.Spans.Add(new TextSpan(TextSpan.LineBreak));
                    }
                    else
                    {
                        Add(paragraph, " ", format);
                    }

                    break;
                case HtmlEntityInline entity:
                    Add(paragraph, entity.Transcoded.ToString(), format);
                    break;
                case AutolinkInline autolink:
                    Link(paragraph, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Url, null, format);
                    break;
                case LinkInline { IsImage: true } image:
                    Inlines(paragraph, image, format);
                    break;
                case LinkInline link:
                    Link(paragraph, link.Url ?? string.Empty, null, link, format);
                    break;
                case HtmlInline html:
                    Add(paragraph, html.Tag, format);
                    break;
                case ContainerInline other:
                    Inlines(paragraph, other, format);
                    break;
                default:
                    Add(paragraph, inline.ToString() ?? string.Empty, format);
                    break;
            }
        }
    }

    /// <summary>A link as the Word writer makes one: only an absolute http, https or mailto address points anywhere.</summary>
    private static void Link(ContentParagraph paragraph, string url, string? text, ContainerInline? content, Format format)
    {
        if (DocumentLinks.Target(url) is not { } target)
        {
            if (content is not null)
            {
                Inlines(paragraph, content, format);
            }
            else
            {
                Add(paragraph, text ?? url, format);
            }

            return;
        }

        var linked = format with { Link = target };
        if (content is not null && content.FirstChild is not null)
        {
            Inlines(paragraph, content, linked);
        }
        else
        {
            Add(paragraph, text ?? url, linked);
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
