using Remiss.Templates.Writers;

namespace Remiss.Templates.Structure;

/// <summary>
/// The one structure of a document every format is written from: its top-level blocks in order and, for the round
/// trip's marks, the stretch of the Markdown each came from. Built once per document (<see cref="Parse"/>); equal
/// documents print the same in every format.
/// </summary>
/// <param name="Blocks">The top-level blocks that print something, in order.</param>
/// <param name="Sources">For each block, where its Markdown starts and ends (inclusive) in the text it was built from.</param>
internal sealed record DocumentBody(NodeList<DocBlock> Blocks, NodeList<SourceRange> Sources)
{
    /// <summary>Parses <paramref name="markdown"/> in the one dialect (<see cref="RemissMarkdown"/>) and builds its structure.</summary>
    /// <exception cref="RenderException">Nested deeper than Markdig reads (RMS0189).</exception>
    public static DocumentBody Parse(string markdown) => DocumentBuilder.Build(RemissMarkdown.Parse(markdown));

    /// <summary>True when a list is anywhere in the document (the .docx then needs its numbering part).</summary>
    public bool HasLists => Blocks.Any(b => Has<ListBlock>(b));

    /// <summary>True when a table is anywhere in the document (the .docx then needs its table style).</summary>
    public bool HasTables => Blocks.Any(b => Has<TableBlock>(b));

    /// <summary>
    /// The document as it means: adjacent text joined and a soft line break as the space it prints, so two Markdown texts
    /// that print the same in every format, however they are wrapped or escaped, give equal blocks.
    /// </summary>
    public NodeList<DocBlock> Meaning => new(Blocks.Select(DocumentMeaning.Of));

    private static bool Has<T>(DocBlock block)
        where T : DocBlock => block switch
    {
        T => true,
        QuoteBlock quote => quote.Blocks.Any(Has<T>),
        ListBlock list => list.Items.Any(i => i.Blocks.Any(Has<T>)),
        _ => false,
    };
}

/// <summary>Where a top-level block's Markdown starts and ends (both inclusive).</summary>
internal readonly record struct SourceRange(int Start, int End);
