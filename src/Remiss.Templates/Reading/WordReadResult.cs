using System.Globalization;
using Remiss.Core;

namespace Remiss.Templates;

/// <summary>How <see cref="WordReader"/> reads a document.</summary>
public sealed record WordReadOptions
{
    /// <summary>The default options: tracked changes are errors.</summary>
    public static WordReadOptions Default { get; } = new();

    /// <summary>
    /// Take tracked changes in the editable fields as accepted (<c>remiss pull --accept-changes</c>): inserted text
    /// kept, deleted text dropped, each change still listed. Tracked changes in standard wording are errors either way.
    /// </summary>
    public bool AcceptChanges { get; init; }

    /// <summary>Larger documents are refused before they are opened (real ones are well under a few megabytes of XML).</summary>
    public int MaxDocxBytes { get; init; } = 64 * 1024 * 1024;
}

/// <summary>
/// What a rendered .docx says now (ROUNDTRIP.md §2): where it came from, every editable field's Markdown now and as
/// rendered, the comments region, and every problem, tracked change and review comment. Nothing here writes the
/// YAML: when <see cref="HasErrors"/> is true, nothing may be written.
/// </summary>
public sealed record WordReadResult
{
    /// <summary>The .docx as the caller named it.</summary>
    public required string DocxPath { get; init; }

    /// <summary>The remiss file, hash and document kind the round-trip part records; null when the part is missing (then <see cref="MarksLost"/>).</summary>
    public WordOrigin? Origin { get; init; }

    /// <summary>The editable fields outside the comments region (<c>response.summary</c>, <c>memo.background</c>, <c>memo.assessment</c>, <c>decision.meetings[i].note</c>), in document order.</summary>
    public IReadOnlyList<WordField> Fields { get; init; } = [];

    /// <summary>The yttrande's comments region, or null when the document has none.</summary>
    public WordCommentsRegion? Comments { get; init; }

    /// <summary>Every problem, errors and warnings, in document order.</summary>
    public IReadOnlyList<WordProblem> Problems { get; init; } = [];

    /// <summary>Every tracked change (<c>w:ins</c>, <c>w:del</c>, moves, formatting changes), whether accepted or not.</summary>
    public IReadOnlyList<WordTrackedChange> TrackedChanges { get; init; } = [];

    /// <summary>Every review comment (Word's Granska → Ny kommentar).</summary>
    public IReadOnlyList<WordReviewComment> ReviewComments { get; init; } = [];

    /// <summary>True when a problem is an error: then nothing may be written.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>True when the document's content controls or its round-trip part are gone (RMS0200).</summary>
    public bool MarksLost => Problems.Any(p => p.Descriptor == DiagnosticDescriptors.WordMarksLost);

    /// <summary>True when no field and no comment differs from the render.</summary>
    public bool IsUnchanged => Fields.All(f => !f.IsChanged) && Comments?.HasChanges != true;
}

/// <summary>What kind of value a field holds in the YAML.</summary>
public enum WordFieldKind
{
    /// <summary>Markdown (an <i>md</i> field of FORMAT.md §1).</summary>
    Markdown,

    /// <summary>One line of plain text (a comment's heading): no escaping, no markup.</summary>
    Text,
}

/// <summary>One editable field as the document has it now and as it was rendered.</summary>
/// <param name="Path">The YAML path (<c>response.summary</c>, <c>decision.meetings[1].note</c>).</param>
/// <param name="Kind">Markdown or plain text.</param>
/// <param name="Value">The field now, as it goes into the YAML: Markdown, or plain text for <see cref="WordFieldKind.Text"/>.</param>
/// <param name="Rendered">The field as rendered, in the same form (the Markdown the template inserted).</param>
public sealed record WordField(string Path, WordFieldKind Kind, string Value, string Rendered)
{
    /// <summary>True when Word's text differs from the render (Word's noise is not a difference).</summary>
    public bool IsChanged => !string.Equals(Value, Rendered, StringComparison.Ordinal);
}

/// <summary>
/// The comments region of the yttrande: its comments in the order they stand in the document now, and the order they
/// were rendered in (comments print in section order, which need not be the YAML's order).
/// </summary>
/// <param name="Comments">The comments now, in document order; a deleted comment is absent.</param>
/// <param name="RenderedOrder">The YAML indexes of the comments in the order they were rendered.</param>
public sealed record WordCommentsRegion(IReadOnlyList<WordComment> Comments, IReadOnlyList<int> RenderedOrder)
{
    /// <summary>The YAML indexes of the rendered comments that are gone, in rendered order.</summary>
    public IReadOnlyList<int> Deleted => RenderedOrder.Where(i => Comments.All(c => c.Index != i)).ToList();

    /// <summary>True when the comments that were rendered stand in another order now.</summary>
    public bool IsReordered => !Comments.Where(c => c.Index is not null).Select(c => c.Index!.Value)
        .SequenceEqual(RenderedOrder.Where(i => Comments.Any(c => c.Index == i)));

    /// <summary>True when a comment was added, deleted, moved or edited.</summary>
    public bool HasChanges => Comments.Any(c => c.IsNew || c.IsChanged) || Deleted.Count > 0 || IsReordered;
}

/// <summary>One comment of the region.</summary>
/// <param name="Index">Its zero-based index in the YAML's <c>response.comments</c> when rendered; null for a comment typed in Word.</param>
/// <param name="Section">The section number before the heading now (<c>5.2</c>), or null.</param>
/// <param name="Heading">The heading now, plain text.</param>
/// <param name="Text">The text now, Markdown.</param>
public sealed record WordComment(int? Index, string? Section, string Heading, string Text)
{
    /// <summary>True for a comment typed in Word (a new Heading 2 paragraph in the region).</summary>
    public bool IsNew => Index is null;

    /// <summary>The section as rendered (null for a new comment or one without a section).</summary>
    public string? RenderedSection { get; init; }

    /// <summary>The heading as rendered, plain text; null for a new comment.</summary>
    public string? RenderedHeading { get; init; }

    /// <summary>The text as rendered, Markdown; null for a new comment.</summary>
    public string? RenderedText { get; init; }

    /// <summary>True when an existing comment's section, heading or text differs from the render.</summary>
    public bool IsChanged => !IsNew && (Section != RenderedSection || Heading != RenderedHeading || Text != RenderedText);
}

/// <summary>Where in the document a problem, change or comment is.</summary>
/// <param name="Document">The .docx's file name.</param>
/// <param name="Paragraph">The 1-based number of the paragraph in the document's body, or null for the document as a whole.</param>
/// <param name="Heading">The text of the nearest heading above it, or null.</param>
/// <param name="FirstWords">The paragraph's first words, or null.</param>
public sealed record WordPlace(string Document, int? Paragraph = null, string? Heading = null, string? FirstWords = null)
{
    /// <summary>The place in Swedish: <c>Yttrande.docx, stycke 12 under rubriken ”8 Kommunalt anställda läkare” (”Förslaget riskerar …”)</c>.</summary>
    public override string ToString()
    {
        var text = Document;
        if (Paragraph is { } paragraph)
        {
            text += ", stycke " + paragraph.ToString(CultureInfo.InvariantCulture);
        }

        if (Heading is { Length: > 0 } heading)
        {
            text += " under rubriken ”" + heading + "”";
        }

        if (FirstWords is { Length: > 0 } words)
        {
            text += " (”" + words + "”)";
        }

        return text;
    }
}

/// <summary>
/// One problem with a document, ready to become a <see cref="Diagnostic"/> at the YAML (the reader does not know the
/// YAML; <c>remiss pull</c> locates <see cref="YamlPath"/> in it).
/// </summary>
/// <param name="Descriptor">Its code and message (RMS0200–RMS0229).</param>
/// <param name="Args">The message's arguments; the first is always the place, as text.</param>
/// <param name="YamlPath">The YAML key that governs the text (<c>decision.clauses</c>, <c>response.comments[1].position</c>), or null for the document as a whole.</param>
/// <param name="Place">Where in the document.</param>
public sealed record WordProblem(DiagnosticDescriptor Descriptor, IReadOnlyList<object?> Args, string? YamlPath, WordPlace Place)
{
    /// <summary>Error or warning.</summary>
    public DiagnosticSeverity Severity => Descriptor.Severity;

    /// <summary>True for an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The code, <c>RMS02xx</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The Swedish message.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Args.ToArray());

    /// <summary>The problem as a diagnostic at <paramref name="span"/> of the remiss file <paramref name="yamlFilePath"/> (the span of <see cref="YamlPath"/>, or the file's start).</summary>
    public Diagnostic ToDiagnostic(string yamlFilePath, SourceSpan span) => Descriptor.Create(yamlFilePath, span, Args.ToArray());

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>What a tracked change did.</summary>
public enum WordChangeKind
{
    /// <summary>Text inserted (<c>w:ins</c>).</summary>
    Insertion,

    /// <summary>Text deleted (<c>w:del</c>).</summary>
    Deletion,

    /// <summary>Text moved away from here (<c>w:moveFrom</c>).</summary>
    MovedFrom,

    /// <summary>Text moved here (<c>w:moveTo</c>).</summary>
    MovedTo,

    /// <summary>Formatting changed (<c>w:rPrChange</c>, <c>w:pPrChange</c>).</summary>
    Formatting,

    /// <summary>A paragraph break inserted (the paragraph mark's <c>w:ins</c>).</summary>
    ParagraphInserted,

    /// <summary>A paragraph break deleted, joining two paragraphs (the paragraph mark's <c>w:del</c>).</summary>
    ParagraphDeleted,
}

/// <summary>One tracked change.</summary>
/// <param name="Kind">What it did.</param>
/// <param name="Author">Who made it (<c>w:author</c>).</param>
/// <param name="Date">When (<c>w:date</c> as written), or null.</param>
/// <param name="Field">The YAML path of the field it is in, the YAML key governing the standard wording it is in, or null outside them.</param>
/// <param name="InStandardWording">True when it is in standard wording (always an error).</param>
/// <param name="Text">The words inserted, deleted or reformatted.</param>
/// <param name="Place">Where.</param>
public sealed record WordTrackedChange(WordChangeKind Kind, string Author, string? Date, string? Field, bool InStandardWording, string Text, WordPlace Place);

/// <summary>One review comment.</summary>
/// <param name="Author">Who wrote it.</param>
/// <param name="Date">When (<c>w:date</c> as written), or null.</param>
/// <param name="Field">The YAML path of the field (or the key governing the standard wording) it is anchored in, or null.</param>
/// <param name="Text">Its text.</param>
/// <param name="Place">Where it is anchored.</param>
public sealed record WordReviewComment(string Author, string? Date, string? Field, string Text, WordPlace Place);
