using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Remiss.Templates.Model;
using Remiss.Templates.Writers;

namespace Remiss.Benchmarks.Baseline;

/// <summary>Walks the Markdig AST and writes Word paragraphs: headings, paragraphs, lists, quotes, code, emphasis and links.</summary>
internal sealed class BaselineDocxBody
{
    private readonly BaselineDocxNumbering _numbering;
    private readonly Func<Uri, string> _addHyperlink;
    private readonly List<OpenXmlElement> _elements = [];

    /// <param name="numbering">Where list definitions are collected.</param>
    /// <param name="addHyperlink">Adds an external hyperlink relationship and returns its id.</param>
    public BaselineDocxBody(BaselineDocxNumbering numbering, Func<Uri, string> addHyperlink)
    {
        _numbering = numbering;
        _addHyperlink = addHyperlink;
    }

    /// <summary>The body's block elements, in order.</summary>
    public IReadOnlyList<OpenXmlElement> Write(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            WriteBlock(block, list: null);
        }

        return _elements;
    }

    private readonly record struct ListContext(int NumId, int Level);

    private void WriteBlock(Block block, ListContext? list)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case HeadingBlock heading:
                _elements.Add(NewParagraph("Heading" + Math.Clamp(heading.Level, 1, 6), null, heading.Inline));
                break;
            case ParagraphBlock paragraph:
                _elements.Add(NewParagraph(list is null ? null : "ListParagraph", null, paragraph.Inline));
                break;
            case ListBlock listBlock:
                WriteList(listBlock, list);
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    if (child is ParagraphBlock p)
                    {
                        _elements.Add(NewParagraph("Quote", null, p.Inline));
                    }
                    else
                    {
                        WriteBlock(child, list);
                    }
                }

                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "SourceCode" }));
                    paragraph.Append(TextRun(line.Slice.ToString(), new RunFormat()));
                    _elements.Add(paragraph);
                }

                break;
            case ThematicBreakBlock:
                _elements.Add(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "auto" }))));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(child, list);
                }

                break;
            case LeafBlock leaf:
                // Anything else (e.g. an HTML block as text when HTML is off): its text, as a paragraph.
                _elements.Add(PlainParagraph(string.Join(" ", leaf.Lines.Lines.Take(leaf.Lines.Count).Select(l => l.Slice.ToString()))));
                break;
        }
    }

    private void WriteList(ListBlock listBlock, ListContext? parent)
    {
        var level = parent is null ? 0 : Math.Min(parent.Value.Level + 1, 8);
        var start = listBlock.IsOrdered && int.TryParse(listBlock.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var numId = _numbering.NewList(listBlock.IsOrdered, level, start);
        var context = new ListContext(numId, level);
        foreach (var item in listBlock.OfType<ListItemBlock>())
        {
            var first = true;
            foreach (var child in item)
            {
                if (first && child is ParagraphBlock paragraph)
                {
                    _elements.Add(NewParagraph("ListParagraph", context, paragraph.Inline));
                }
                else if (first)
                {
                    // An item that opens with something other than text still needs its bullet.
                    _elements.Add(new Paragraph(ListProperties(context)));
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
                _elements.Add(new Paragraph(ListProperties(context)));
            }
        }
    }

    private static ParagraphProperties ListProperties(ListContext list) => new(
        new ParagraphStyleId { Val = "ListParagraph" },
        new NumberingProperties(new NumberingLevelReference { Val = list.Level }, new NumberingId { Val = list.NumId }));

    private Paragraph NewParagraph(string? style, ListContext? list, ContainerInline? inlines)
    {
        var paragraph = new Paragraph();
        if (list is not null)
        {
            paragraph.Append(ListProperties(list.Value));
        }
        else if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (inlines is not null)
        {
            WriteInlines(paragraph, inlines, new RunFormat());
        }

        return paragraph;
    }

    private static Paragraph PlainParagraph(string text)
    {
        var paragraph = new Paragraph();
        paragraph.Append(TextRun(text, new RunFormat()));
        return paragraph;
    }

    private readonly record struct RunFormat(bool Bold = false, bool Italic = false, string? CharacterStyle = null);

    private void WriteInlines(OpenXmlElement target, ContainerInline container, RunFormat format)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    target.Append(TextRun(literal.Content.ToString(), format));
                    break;
                case EmphasisInline emphasis:
                    var inner = emphasis.DelimiterCount >= 2 ? format with { Bold = true } : format with { Italic = true };
                    if (emphasis.DelimiterCount >= 3)
                    {
                        inner = inner with { Bold = true, Italic = true };
                    }

                    WriteInlines(target, emphasis, inner);
                    break;
                case CodeInline code:
                    target.Append(TextRun(code.Content, format with { CharacterStyle = "VerbatimChar" }));
                    break;
                case LineBreakInline lineBreak:
                    target.Append(lineBreak.IsHard ? new Run(new Break()) : TextRun(" ", format));
                    break;
                case HtmlEntityInline entity:
                    target.Append(TextRun(entity.Transcoded.ToString(), format));
                    break;
                case AutolinkInline autolink:
                    AppendLink(target, autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, autolink.Url, null, format);
                    break;
                case LinkInline { IsImage: true } image:
                    // Images are not carried into Word; their alternative text is.
                    WriteInlines(target, image, format);
                    break;
                case LinkInline link:
                    AppendLink(target, link.Url ?? string.Empty, null, link, format);
                    break;
                case HtmlInline html:
                    target.Append(TextRun(html.Tag, format));
                    break;
                case ContainerInline other:
                    WriteInlines(target, other, format);
                    break;
                default:
                    target.Append(TextRun(inline.ToString() ?? string.Empty, format));
                    break;
            }
        }
    }

    private void AppendLink(OpenXmlElement target, string url, string? text, ContainerInline? content, RunFormat format)
    {
        var linkFormat = format with { CharacterStyle = "Hyperlink" };
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "mailto"))
        {
            // A relative or odd target has nowhere to point in a stand-alone document: keep the text.
            if (content is not null)
            {
                WriteInlines(target, content, format);
            }
            else
            {
                target.Append(TextRun(text ?? url, format));
            }

            return;
        }

        var hyperlink = new Hyperlink { Id = _addHyperlink(uri), History = OnOffValue.FromBoolean(true) };
        if (content is not null && content.FirstChild is not null)
        {
            WriteInlines(hyperlink, content, linkFormat);
        }
        else
        {
            hyperlink.Append(TextRun(text ?? url, linkFormat));
        }

        target.Append(hyperlink);
    }

    private static Run TextRun(string text, RunFormat format)
    {
        var run = new Run();
        if (format.Bold || format.Italic || format.CharacterStyle is not null)
        {
            var properties = new RunProperties();
            if (format.CharacterStyle is not null)
            {
                properties.Append(new RunStyle { Val = format.CharacterStyle });
            }

            if (format.Bold)
            {
                properties.Append(new Bold(), new BoldComplexScript());
            }

            if (format.Italic)
            {
                properties.Append(new Italic(), new ItalicComplexScript());
            }

            run.Append(properties);
        }

        run.Append(new Text(WordXml.WordText(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
