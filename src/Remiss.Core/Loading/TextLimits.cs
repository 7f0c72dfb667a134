namespace Remiss.Core;

/// <summary>
/// The most text a file may hold and how deep its Markdown may nest (RMS0185, RMS0186): what the renderer, the PDF
/// writer and the Word reader can always do in bounded time and memory, reported by <c>check</c> at the field so that
/// <c>render</c> never meets it. Each is chosen from real remisser with a wide margin (docs/hardening.md, "Round
/// three"); <c>remiss pull</c> refuses a Word document past the same numbers before it converts anything.
/// </summary>
public static class TextLimits
{
    /// <summary>
    /// Nesting levels in one Markdown value: a quote counts one, a list two (the list and its item), each space of
    /// indentation one, and in a paragraph each open <c>[</c> and each open <c>*</c> or <c>_</c> one. Markdig refuses
    /// 128 levels (a template may add its own), so 32 leaves room; real text nests two or three.
    /// </summary>
    public const int Nesting = 32;

    /// <summary>
    /// Characters of text in one file, every value together: a long yttrande with its tjänsteutlåtande is some 30,000;
    /// 250,000 is about a hundred pages, and each document of it renders in a second.
    /// </summary>
    public const int Characters = 250_000;

    /// <summary>
    /// Lines of Markdown text in one file (blank lines not counted), every value together: each may become a paragraph
    /// of the document. A long yttrande has a few hundred.
    /// </summary>
    public const int Lines = 5_000;

    /// <summary>What a Word document may hold beyond its fields' lines: the template's own paragraphs (headings, standard wording, the signature).</summary>
    public const int TemplateParagraphs = 1_000;
}
