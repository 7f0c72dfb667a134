namespace Remiss.Templates.Structure;

/// <summary>
/// A block of the document: what every writer (.docx, PDF, HTML) and the round trip read, built once per document from
/// the template's Markdown (<see cref="DocumentBuilder"/>). Equal blocks print the same in every format.
/// </summary>
internal abstract record DocBlock;

/// <summary>A heading, level 1–6 (Word's Heading1 … Heading6, the PDF's H1 … H6).</summary>
internal sealed record HeadingBlock(int Level, NodeList<Inline> Content) : DocBlock;

/// <summary>A paragraph in its Word style: <see cref="ParagraphStyle.Normal"/>, or a further paragraph of a list item, or a quote's.</summary>
internal sealed record ParagraphBlock(ParagraphStyle Style, NodeList<Inline> Content) : DocBlock;

/// <summary>The Word paragraph styles the body uses (their ids are the names).</summary>
internal enum ParagraphStyle
{
    Normal,
    ListParagraph,
    Quote,
    SourceCode,
}

/// <summary>
/// A list at <paramref name="Level"/> (0 at the top, at most 8), numbered from <paramref name="Start"/> or bulleted;
/// <paramref name="Loose"/> when its items are apart by blank lines (HTML then writes their paragraphs as such).
/// </summary>
internal sealed record ListBlock(bool Ordered, int Start, int Level, NodeList<ListItem> Items, bool Loose = false) : DocBlock;

/// <summary>
/// A list item: the paragraph that carries its label (<paramref name="Lead"/>, empty when the item opens with something
/// other than text, or is empty), then its further blocks.
/// </summary>
internal sealed record ListItem(NodeList<Inline> Lead, NodeList<DocBlock> Blocks);

/// <summary>A block quote: its paragraphs are in the Quote style.</summary>
internal sealed record QuoteBlock(NodeList<DocBlock> Blocks) : DocBlock;

/// <summary>A code block: each line a paragraph in the SourceCode style, exactly as written.</summary>
internal sealed record CodeBlock(NodeList<string> Lines) : DocBlock;

/// <summary>A thematic break: an empty paragraph with a rule under it.</summary>
internal sealed record RuleBlock : DocBlock;

/// <summary>
/// A table (a GFM pipe table): its header row, its body rows, and each column's alignment. Every row has as many
/// cells as the header.
/// </summary>
internal sealed record TableBlock(NodeList<ColumnAlign> Columns, TableRow Header, NodeList<TableRow> Rows) : DocBlock;

/// <summary>One row of a table: its cells' inlines.</summary>
internal sealed record TableRow(NodeList<NodeList<Inline>> Cells);

/// <summary>How a column's cells are aligned (<c>:--</c>, <c>:-:</c>, <c>--:</c>; none is the paragraph's own).</summary>
internal enum ColumnAlign
{
    None,
    Left,
    Center,
    Right,
}
