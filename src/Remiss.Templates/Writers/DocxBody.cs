using System.Globalization;
using System.Text;
using System.Xml;
using Remiss.Templates.Structure;

namespace Remiss.Templates.Writers;

/// <summary>
/// Streams the document structure into <c>word/document.xml</c> as Word paragraphs and tables: headings, paragraphs in
/// their styles, real lists, quotes, code, rules, tables in the table style, emphasis and links.
/// </summary>
internal sealed class DocxBody
{
    private readonly XmlWriter _xml;
    private readonly DocxNumbering _numbering;
    private readonly string _tableStyle;
    private readonly List<DocxRelationship> _hyperlinks = [];

    /// <param name="xml">The document part, inside <c>w:body</c>.</param>
    /// <param name="numbering">Where list definitions are collected.</param>
    /// <param name="tableStyle">The table style's id (the reference .docx's, or <see cref="DocxStyles.TableStyleId"/>).</param>
    public DocxBody(XmlWriter xml, DocxNumbering numbering, string tableStyle = DocxStyles.TableStyleId)
    {
        _xml = xml;
        _numbering = numbering;
        _tableStyle = tableStyle;
    }

    /// <summary>The external hyperlinks the body refers to (<c>rIdLink1</c> …), in order.</summary>
    public IReadOnlyList<DocxRelationship> Hyperlinks => _hyperlinks;

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

    /// <summary>Writes the body's blocks, in order, each inside the content controls <paramref name="marks"/> gives it.</summary>
    public void Write(DocumentBody document, DocxMarks? marks = null)
    {
        for (var index = 0; index < document.Blocks.Count; index++)
        {
            marks?.Open(index, _xml, this);
            WriteBlock(document.Blocks[index], list: null);
            marks?.Close(index, _xml, this);
        }
    }

    /// <summary>Writes one top-level block, outside any control (the reader renders a field's Markdown again to compare it with Word's).</summary>
    public void WriteTopLevel(DocBlock block) => WriteBlock(block, list: null);

    private readonly record struct ListContext(int NumId, int Level);

    private void WriteBlock(DocBlock block, ListContext? list)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Paragraph(HeadingStyles[heading.Level - 1], null, heading.Content);
                break;
            case ParagraphBlock paragraph:
                Paragraph(paragraph.Style == ParagraphStyle.Normal ? null : paragraph.Style.ToString(), null, paragraph.Content);
                break;
            case ListBlock listBlock:
                WriteList(listBlock);
                break;
            case QuoteBlock quote:
                foreach (var child in quote.Blocks)
                {
                    WriteBlock(child, list);
                }

                break;
            case CodeBlock code:
                foreach (var line in code.Lines)
                {
                    StartParagraph("SourceCode", null);
                    TextRun(line, default);
                    _xml.End();
                }

                break;
            case RuleBlock:
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
            case TableBlock table:
                WriteTable(table);
                break;
        }
    }

    private static readonly string[] HeadingStyles = ["Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6"];

    private void WriteList(ListBlock listBlock)
    {
        var context = new ListContext(_numbering.NewList(listBlock.Ordered, listBlock.Level, listBlock.Start), listBlock.Level);
        foreach (var item in listBlock.Items)
        {
            Paragraph("ListParagraph", context, item.Lead);
            foreach (var child in item.Blocks)
            {
                WriteBlock(child, context);
            }
        }
    }

    /// <summary>
    /// A table in the table style, as wide as the text, its header row repeated on every page and no row split across
    /// pages; a cell is one paragraph, aligned as its column.
    /// </summary>
    private void WriteTable(TableBlock table)
    {
        var columns = Math.Max(1, table.Columns.Count);
        _xml.Start("tbl");
        _xml.Start("tblPr");
        _xml.Val("tblStyle", _tableStyle);
        _xml.Start("tblW");
        _xml.Attribute("w", 5000);
        _xml.Attribute("type", "pct");
        _xml.End();
        _xml.Start("tblLook");
        _xml.Attribute("val", "04A0");
        _xml.Attribute("firstRow", "1");
        _xml.Attribute("lastRow", "0");
        _xml.Attribute("firstColumn", "0");
        _xml.Attribute("lastColumn", "0");
        _xml.Attribute("noHBand", "1");
        _xml.Attribute("noVBand", "1");
        _xml.End();
        _xml.End();
        _xml.Start("tblGrid");
        for (var i = 0; i < columns; i++)
        {
            _xml.Start("gridCol");
            _xml.Attribute("w", DocxStyles.TextWidthTwips / columns);
            _xml.End();
        }

        _xml.End();
        Row(table, table.Header, header: true);
        foreach (var row in table.Rows)
        {
            Row(table, row, header: false);
        }

        _xml.End();
    }

    private void Row(TableBlock table, TableRow row, bool header)
    {
        _xml.Start("tr");
        _xml.Start("trPr");
        _xml.Empty("cantSplit");
        if (header)
        {
            _xml.Empty("tblHeader");
        }

        _xml.End();
        for (var i = 0; i < row.Cells.Count; i++)
        {
            _xml.Start("tc");
            _xml.Start("tcPr");
            _xml.Start("tcW");
            _xml.Attribute("w", 5000 / Math.Max(1, row.Cells.Count));
            _xml.Attribute("type", "pct");
            _xml.End();
            _xml.End();
            OpenParagraph();
            if (table.Columns[i] is not ColumnAlign.None and var align)
            {
                _xml.Start("pPr");
                _xml.Val("jc", align switch { ColumnAlign.Center => "center", ColumnAlign.Right => "right", _ => "left" });
                _xml.End();
            }

            WriteInlines(row.Cells[i], default);
            _xml.End();
            _xml.End();
        }

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

    private void Paragraph(string? style, ListContext? list, NodeList<Inline> inlines)
    {
        StartParagraph(style, list);
        var control = InlineControl;
        InlineControl = null;
        control?.Invoke(_xml);
        WriteInlines(inlines, default);
        if (control is not null)
        {
            _xml.End();
            _xml.End();
        }

        _xml.End();
    }

    private readonly record struct RunFormat(bool Bold = false, bool Italic = false, string? CharacterStyle = null);

    private void WriteInlines(NodeList<Inline> inlines, RunFormat format)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    TextRun(text.Text, format);
                    break;
                case SoftBreakInline:
                    TextRun(" ", format);
                    break;
                case LineBreakInline:
                    _xml.Start("r");
                    _xml.Empty("br");
                    _xml.End();
                    Capture?.Append('\n');
                    break;
                case StrongInline strong:
                    WriteInlines(strong.Content, format with { Bold = true });
                    break;
                case EmphasisInline emphasis:
                    WriteInlines(emphasis.Content, format with { Italic = true });
                    break;
                case CodeInline code:
                    TextRun(code.Code, format with { CharacterStyle = "VerbatimChar" });
                    break;
                case LinkInline link:
                    Link(link, format);
                    break;
                case ImageInline image:
                    // Images are not carried into Word; their description is.
                    WriteInlines(image.Description, format);
                    break;
            }
        }
    }

    private void Link(LinkInline link, RunFormat format)
    {
        var id = "rIdLink" + (_hyperlinks.Count + 1).ToString(CultureInfo.InvariantCulture);
        _hyperlinks.Add(new DocxRelationship(id, DocxPart.HyperlinkType, link.Target, External: true));
        _xml.Start("hyperlink");
        _xml.WriteAttributeString("r", "id", WordXml.R, id);
        _xml.Attribute("history", "1");
        WriteInlines(link.Content, format with { CharacterStyle = "Hyperlink" });
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
