using System.Globalization;
using System.Text;
using System.Xml;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Remiss.Templates.Writers;

/// <summary>
/// Walks the Markdig AST once and streams Word paragraphs into <c>word/document.xml</c>: headings,
/// paragraphs, lists, quotes, code, emphasis and links.
/// </summary>
internal sealed class DocxBody
{
    private readonly XmlWriter _xml;
    private readonly DocxNumbering _numbering;
    private readonly List<DocxRelationship> _hyperlinks = [];

    /// <param name="xml">The document part, inside <c>w:body</c>.</param>
    /// <param name="numbering">Where list definitions are collected.</param>
    public DocxBody(XmlWriter xml, DocxNumbering numbering)
    {
        _xml = xml;
        _numbering = numbering;
    }

    /// <summary>The external hyperlinks the body refers to (<c>rIdLink1</c> …), in order.</summary>
    public IReadOnlyList<DocxRelationship> Hyperlinks => _hyperlinks;

    /// <summary>True when the document has a list, so the package needs a numbering part.</summary>
    public static bool HasLists(MarkdownDocument document) => document.Descendants<ListBlock>().Any();

    /// <summary>
    /// While set, the text of every paragraph written is appended to it (paragraphs separated by a line feed, a line
    /// break as a line feed): the text of a standard-wording part as Word shows it, for the round-trip part.
    /// </summary>
    public StringBuilder? Capture
    {
        get => _capture;
        set
        {
            _capture = value;
            _capturedParagraphs = 0;
        }
    }

    private StringBuilder? _capture;

    /// <summary>While set, the next paragraph's runs are written inside an inline control this starts (see <see cref="DocxMarks"/>).</summary>
    public Action<XmlWriter>? InlineControl { get; set; }
    private int _capturedParagraphs;

    /// <summary>True when <see cref="WriteBlock"/> writes at least one paragraph for the block, so a control around it has content.</summary>
    public static bool WritesParagraph(Block block) => block switch
    {
        YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock => false,
        CodeBlock code => code.Lines.Count > 0,
        ListBlock => true,
        ContainerBlock container => container.Any(WritesParagraph),
        _ => true,
    };

    /// <summary>Writes the body's block elements, in order, each inside the content controls <paramref name="marks"/> gives it.</summary>
    public void Write(MarkdownDocument document, DocxMarks? marks = null)
    {
        var index = 0;
        foreach (var block in document)
        {
            marks?.Open(index, _xml, this);
            WriteBlock(block, list: null);
            marks?.Close(index, _xml, this);
            index++;
        }
    }

    /// <summary>Writes one top-level block, outside any control (the reader renders a field's Markdown again to compare it with Word's).</summary>
    public void WriteTopLevel(Block block) => WriteBlock(block, list: null);

    private readonly record struct ListContext(int NumId, int Level);

    private void WriteBlock(Block block, ListContext? list)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case HeadingBlock heading:
                Paragraph(HeadingStyles[Math.Clamp(heading.Level, 1, 6) - 1], null, heading.Inline);
                break;
            case ParagraphBlock paragraph:
                Paragraph(list is null ? null : "ListParagraph", null, paragraph.Inline);
                break;
            case ListBlock listBlock:
                WriteList(listBlock, list);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    if (child is ParagraphBlock p)
                    {
                        Paragraph("Quote", null, p.Inline);
                    }
                    else
                    {
                        WriteBlock(child, list);
                    }
                }

                break;
            case CodeBlock code:
                for (var i = 0; i < code.Lines.Count; i++)
                {
                    StartParagraph("SourceCode", null);
                    TextRun(code.Lines.Lines[i].Slice.ToString(), default);
                    _xml.End();
                }

                break;
            case ThematicBreakBlock:
                OpenParagraph();
                _xml.Start("pPr");
                _xml.Start("pBdr");
                _xml.Start("bottom");
                _xml.Attribute("val", "single");
                _xml.Attribute("color", "auto");
                _xml.Attribute("sz", 6);
                _xml.Attribute("space", 1);
                _xml.End();
                _xml.End();
                _xml.End();
                _xml.End();
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(child, list);
                }

                break;
            case LeafBlock leaf:
                // Anything else (e.g. an HTML block as text when HTML is off): its text, as a paragraph.
                OpenParagraph();
                TextRun(string.Join(" ", (leaf.Lines.Lines ?? []).Take(leaf.Lines.Count).Select(l => l.Slice.ToString())), default);
                _xml.End();
                break;
        }
    }

    private static readonly string[] HeadingStyles = ["Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6"];

    private void WriteList(ListBlock listBlock, ListContext? parent)
    {
        var level = parent is null ? 0 : Math.Min(parent.Value.Level + 1, 8);
        var start = listBlock.IsOrdered && int.TryParse(listBlock.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var context = new ListContext(_numbering.NewList(listBlock.IsOrdered, level, start), level);
        foreach (var block in listBlock)
        {
            if (block is not ListItemBlock item)
            {
                continue;
            }

            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    Paragraph("ListParagraph", context, paragraph.Inline);
                }
                else if (first)
                {
                    // An item that opens with something other than text still needs its bullet.
                    EmptyListParagraph(context);
                    WriteBlock(child, context);
                }
                else
                {
                    WriteBlock(child, context);
                }

                first = false;
            }

            if (first)
            {
                EmptyListParagraph(context);
            }
        }
    }

    private void EmptyListParagraph(ListContext list)
    {
        StartParagraph(null, list);
        _xml.End();
    }

    /// <summary>Starts <c>w:p</c> with its properties: a list's style and numbering, or a paragraph style.</summary>
    private void StartParagraph(string? style, ListContext? list)
    {
        OpenParagraph();
        if (list is { } l)
        {
            _xml.Start("pPr");
            _xml.Val("pStyle", "ListParagraph");
            _xml.Start("numPr");
            _xml.Val("ilvl", l.Level);
            _xml.Val("numId", l.NumId);
            _xml.End();
            _xml.End();
        }
        else if (style is not null)
        {
            _xml.Start("pPr");
            _xml.Val("pStyle", style);
            _xml.End();
        }
    }

    /// <summary>Starts <c>w:p</c>; a captured text gets its line feed between paragraphs.</summary>
    private void OpenParagraph()
    {
        _xml.Start("p");
        if (_capture is not null && _capturedParagraphs++ > 0)
        {
            _capture.Append('\n');
        }
    }

    private void Paragraph(string? style, ListContext? list, ContainerInline? inlines)
    {
        StartParagraph(style, list);
        var control = InlineControl;
        InlineControl = null;
        control?.Invoke(_xml);
        if (inlines is not null)
        {
            WriteInlines(inlines, default);
        }

        if (control is not null)
        {
            _xml.End();
            _xml.End();
        }

        _xml.End();
    }

    private readonly record struct RunFormat(bool Bold = false, bool Italic = false, string? CharacterStyle = null);

    private void WriteInlines(ContainerInline container, RunFormat format)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    TextRun(literal.Content.ToString(), format);
                    break;
                case EmphasisInline emphasis:
                    var inner = emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true };
                    if (emphasis.DelimiterCount >= 3)
                    {
                        inner = inner with { Bold = true, Italic = true };
                    }

                    WriteInlines(emphasis, inner);
                    break;
                case CodeInline code:
                    TextRun(code.Content, format with { CharacterStyle = "VerbatimChar" });
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard)
                    {
                        _xml.Start("r");
                        _xml.Empty("br");
                        _xml.End();
                        Capture?.Append('\n');
                    }
                    else
                    {
                        TextRun(" ", format);
                    }

                    break;
                case HtmlEntityInline entity:
                    TextRun(entity.Transcoded.ToString(), format);
                    break;
                case AutolinkInline autolink:
                    Link(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Url, null, format);
                    break;
                case LinkInline { IsImage: true } image:
                    // Images are not carried into Word; their alternative text is.
                    WriteInlines(image, format);
                    break;
                case LinkInline link:
                    Link(link.Url ?? string.Empty, null, link, format);
                    break;
                case HtmlInline html:
                    TextRun(html.Tag, format);
                    break;
                case ContainerInline other:
                    WriteInlines(other, format);
                    break;
                default:
                    TextRun(inline.ToString() ?? string.Empty, format);
                    break;
            }
        }
    }

    private void Link(string url, string? text, ContainerInline? content, RunFormat format)
    {
        if (DocumentLinks.Target(url) is not { } target)
        {
            // A relative or odd target has nowhere to point in a stand-alone document: keep the text.
            if (content is not null)
            {
                WriteInlines(content, format);
            }
            else
            {
                TextRun(text ?? url, format);
            }

            return;
        }

        var id = "rIdLink" + (_hyperlinks.Count + 1).ToString(CultureInfo.InvariantCulture);
        _hyperlinks.Add(new DocxRelationship(id, DocxPart.HyperlinkType, target, External: true));
        _xml.Start("hyperlink");
        _xml.WriteAttributeString("r", "id", WordXml.R, id);
        _xml.Attribute("history", "1");
        var linkFormat = format with { CharacterStyle = "Hyperlink" };
        if (content is not null && content.FirstChild is not null)
        {
            WriteInlines(content, linkFormat);
        }
        else
        {
            TextRun(text ?? url, linkFormat);
        }

        _xml.End();
    }

    private void TextRun(string text, RunFormat format)
    {
        _xml.Start("r");
        if (format.Bold || format.Italic || format.CharacterStyle is not null)
        {
            _xml.Start("rPr");
            if (format.CharacterStyle is not null)
            {
                _xml.Val("rStyle", format.CharacterStyle);
            }

            if (format.Bold)
            {
                _xml.Empty("b");
                _xml.Empty("bCs");
            }

            if (format.Italic)
            {
                _xml.Empty("i");
                _xml.Empty("iCs");
            }

            _xml.End();
        }

        _xml.Text(text);
        Capture?.Append(WordXml.WordText(text));
        _xml.End();
    }
}
