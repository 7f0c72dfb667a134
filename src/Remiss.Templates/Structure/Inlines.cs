namespace Remiss.Templates.Structure;

/// <summary>A piece of a paragraph's text: text, formatting around inlines, a link, a line break.</summary>
internal abstract record Inline;

/// <summary>Text as written; each writer makes it safe for its format (<see cref="Writers.WordXml.WordText"/> for Word and the PDF, escaping for HTML).</summary>
internal sealed record TextInline(string Text) : Inline;

/// <summary>A line break in the source that is not a hard break: a space in every format (a line feed in HTML's source).</summary>
internal sealed record SoftBreakInline : Inline;

/// <summary>A hard line break (<c>\</c> or two spaces at a line's end): a new line inside the paragraph.</summary>
internal sealed record LineBreakInline : Inline;

/// <summary>Bold (<c>**…**</c>).</summary>
internal sealed record StrongInline(NodeList<Inline> Content) : Inline;

/// <summary>Italic (<c>*…*</c>).</summary>
internal sealed record EmphasisInline(NodeList<Inline> Content) : Inline;

/// <summary>Code (<c>`…`</c>): the VerbatimChar style.</summary>
internal sealed record CodeInline(string Code) : Inline;

/// <summary>
/// A link that points somewhere (<see cref="DocumentLinks.Target"/>; any other is its text): <paramref name="Target"/>
/// the absolute address, <paramref name="Url"/> as written, <paramref name="Title"/> its title if any.
/// </summary>
internal sealed record LinkInline(string Target, string Url, string? Title, NodeList<Inline> Content) : Inline;

/// <summary>An image carried in the document (<c>data:</c>, <see cref="DocumentLinks.IsEmbedded"/>): HTML shows it, the others print its description.</summary>
internal sealed record ImageInline(string Source, string? Title, NodeList<Inline> Description) : Inline;
