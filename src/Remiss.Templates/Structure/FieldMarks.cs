using Remiss.Templates.Marks;

namespace Remiss.Templates.Structure;

/// <summary>
/// The round trip's marks of one document (ROUNDTRIP.md §1), decided once from its structure: which top-level blocks
/// are an editable field (<c>remiss:{path}</c>), which are standard wording (<c>remiss-fixed:{key}</c>, one part per
/// block), and where the comments region begins and ends. A field is a field only when the template printed it as whole
/// blocks of its own (<c>{{ response.summary }}</c> on its own lines, <c>## {{ comment.heading }}</c>); printed inside
/// other text it is standard wording governed by that field. The .docx writer makes content controls of the plan, and
/// <c>remiss pull</c> reads each field as rendered from <see cref="Fields"/>.
/// </summary>
internal sealed class FieldMarks
{
    private FieldMarks(BlockMarks[] blocks, IReadOnlyList<RenderedField> fields, IReadOnlyList<int>? commentOrder)
    {
        Blocks = blocks;
        Fields = fields;
        CommentOrder = commentOrder;
    }

    /// <summary>No marks: every block stands outside every control.</summary>
    public static FieldMarks None(int blocks) => new(new BlockMarks[blocks], [], null);

    /// <summary>What opens and closes at each top-level block, by its index.</summary>
    public IReadOnlyList<BlockMarks> Blocks { get; }

    /// <summary>The fields, with the Markdown the template inserted, in document order.</summary>
    public IReadOnlyList<RenderedField> Fields { get; }

    /// <summary>The YAML indexes of the comments in the order the document prints them, or null when it has no comments region.</summary>
    public IReadOnlyList<int>? CommentOrder { get; }

    /// <summary>Decides the marks of <paramref name="document"/>, built from <paramref name="markdown"/> with the values <paramref name="regions"/> found.</summary>
    public static FieldMarks Plan(string markdown, DocumentBody document, IReadOnlyList<FieldMark> marks, IReadOnlyList<MarkedRegion> regions)
    {
        var blocks = document.Blocks;
        var sources = document.Sources;
        var plan = new BlockMarks[blocks.Count];
        var fields = new List<RenderedField>();

        // Fields: a region that covers whole blocks of its own.
        var fieldOf = new int?[blocks.Count];
        foreach (var region in regions)
        {
            var mark = marks[region.Id];
            if (mark.Kind == MarkKind.Fixed)
            {
                continue;
            }

            var overlapping = Enumerable.Range(0, blocks.Count).Where(i => Overlaps(sources[i], region)).ToList();
            if (overlapping.Count == 0 || overlapping.Any(i => fieldOf[i] is not null || !Covers(markdown, sources[i], blocks[i], region)))
            {
                continue;
            }

            if (mark.Kind == MarkKind.Text && (overlapping.Count != 1 || blocks[overlapping[0]] is not HeadingBlock))
            {
                continue; // a heading field is one heading
            }

            foreach (var i in overlapping)
            {
                fieldOf[i] = region.Id;
            }

            var field = new RenderedField(mark, markdown[region.Start..region.End]);
            plan[overlapping[0]] = plan[overlapping[0]] with { OpenField = field };
            fields.Add(field);
            plan[overlapping[^1]] = plan[overlapping[^1]] with { CloseField = true };
        }

        // Standard wording: every other block, named by the first value printed in it.
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var commentOf = new int?[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var mark = fieldOf[i] is { } id ? marks[id] : FirstMarkIn(sources[i], marks, regions);
            if (mark?.Comment is { } comment)
            {
                commentOf[i] = comment;
            }

            if (fieldOf[i] is not null)
            {
                continue;
            }

            var key = mark?.Key ?? "template";
            var seen = keys.GetValueOrDefault(key) + 1;
            keys[key] = seen;
            plan[i] = plan[i] with { Fixed = new FixedPart(seen == 1 ? key : $"{key}#{seen}", mark?.Governs, mark?.Comment) };
        }

        // The comments region: from the first block of a comment to the last.
        IReadOnlyList<int>? commentOrder = null;
        var commented = Enumerable.Range(0, blocks.Count).Where(i => commentOf[i] is not null).ToList();
        if (commented.Count > 0)
        {
            plan[commented[0]] = plan[commented[0]] with { OpenRegion = true };
            plan[commented[^1]] = plan[commented[^1]] with { CloseRegion = true };
            // The comments whose heading is a field: one printed inside other text (or swallowed by a code fence
            // left open above it) is not pullable, and so cannot be deleted either.
            commentOrder = commented.Where(i => fieldOf[i] is { } id && marks[id].Kind == MarkKind.Text).Select(i => commentOf[i]!.Value).Distinct().ToList();

            // A standard-wording block inside the region but before any comment (a custom template's own text) belongs to none.
            for (var i = commented[0]; i <= commented[^1]; i++)
            {
                if (plan[i].Fixed is { } fixedPart && fixedPart.Comment is null)
                {
                    plan[i] = plan[i] with { Fixed = fixedPart with { Comment = commentOf.Take(i + 1).LastOrDefault(c => c is not null) } };
                }
            }
        }

        return new FieldMarks(plan, fields, commentOrder);
    }

    /// <summary>The mark of the first value printed in the block, or null when it has none (the template's own text).</summary>
    private static FieldMark? FirstMarkIn(SourceRange source, IReadOnlyList<FieldMark> marks, IReadOnlyList<MarkedRegion> regions)
    {
        foreach (var region in regions)
        {
            if (Overlaps(source, region))
            {
                return marks[region.Id];
            }
        }

        return null;
    }

    private static bool Overlaps(SourceRange source, MarkedRegion region) => source.Start < region.End && region.Start <= source.End;

    /// <summary>True when the block's text outside the region is only whitespace (and, before a heading's text, its <c>#</c> marks).</summary>
    private static bool Covers(string markdown, SourceRange source, DocBlock block, MarkedRegion region)
    {
        var end = Math.Min(source.End, markdown.Length - 1);
        for (var i = source.Start; i <= end; i++)
        {
            if (i >= region.Start && i < region.End)
            {
                continue;
            }

            var c = markdown[i];
            if (!char.IsWhiteSpace(c) && !(c == '#' && block is HeadingBlock && i < region.Start))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>What opens and closes at one top-level block: the comments region, a field, and a standard-wording part.</summary>
internal readonly record struct BlockMarks(bool OpenRegion, bool CloseRegion, RenderedField? OpenField, bool CloseField, FixedPart? Fixed);

/// <summary>A field of the document, with the Markdown the template inserted.</summary>
internal sealed record RenderedField(FieldMark Mark, string Markdown);

/// <summary>A standard-wording part: its key, the YAML key that governs it, the comment it belongs to.</summary>
internal sealed record FixedPart(string Key, string? Governs, int? Comment);
