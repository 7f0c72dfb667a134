using System.Text;
using System.Xml;
using Markdig.Syntax;
using Remiss.Templates.Marks;
using Remiss.Templates.RoundTrip;

namespace Remiss.Templates.Writers;

/// <summary>
/// The content controls of one .docx (ROUNDTRIP.md §1): which top-level Markdown blocks are an editable field
/// (<c>remiss:{path}</c>, <c>sdtLocked</c>), which are standard wording (<c>remiss-fixed:{key}</c>,
/// <c>sdtContentLocked</c>, one control per block), and the comments region around all comments. A field becomes a
/// control only when the template printed it as whole blocks of its own (<c>{{ response.summary }}</c> on its own
/// lines, <c>## {{ comment.heading }}</c>); printed inside other text it is standard wording governed by that field.
/// What the round-trip part records (each field's Markdown and each part's text as rendered) is collected while the
/// body is written.
/// </summary>
internal sealed class DocxMarks
{
    private readonly IReadOnlyList<FieldMark> _marks;
    private readonly IReadOnlyList<MarkedRegion> _regions;
    private BlockPlan[] _plan = [];
    private int _nextId;

    public DocxMarks(IReadOnlyList<FieldMark> marks, IReadOnlyList<MarkedRegion> regions, WordOrigin origin)
    {
        _marks = marks;
        _regions = regions;
        Origin = origin;
    }

    public WordOrigin Origin { get; }

    /// <summary>The fields that became controls, in document order.</summary>
    public List<RenderedField> Fields { get; } = [];

    /// <summary>The standard-wording parts, in document order, with their text as written.</summary>
    public List<RenderedFixed> Fixed { get; } = [];

    /// <summary>The fields that become controls, with the Markdown the template inserted, in document order (known after <see cref="Plan"/>).</summary>
    public List<RenderedField> Planned { get; } = [];

    /// <summary>The YAML indexes of the comments in the order the document prints them, or null when it has no comments region.</summary>
    public IReadOnlyList<int>? CommentOrder { get; private set; }

    /// <summary>Decides the controls of <paramref name="document"/>'s top-level blocks; <paramref name="markdown"/> is the text it was parsed from.</summary>
    public void Plan(string markdown, MarkdownDocument document)
    {
        var blocks = document.ToList();
        _plan = new BlockPlan[blocks.Count];
        var writes = blocks.Select(DocxBody.WritesParagraph).ToArray();

        // Fields: a region that covers whole blocks of its own.
        var fieldOf = new int?[blocks.Count];
        foreach (var region in _regions)
        {
            var mark = _marks[region.Id];
            if (mark.Kind == MarkKind.Fixed)
            {
                continue;
            }

            var overlapping = Enumerable.Range(0, blocks.Count).Where(i => writes[i] && Overlaps(blocks[i], region)).ToList();
            if (overlapping.Count == 0 || overlapping.Any(i => fieldOf[i] is not null || !Covers(markdown, blocks[i], region)))
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

            _plan[overlapping[0]] = _plan[overlapping[0]] with { OpenField = new FieldOpening(mark, markdown[region.Start..region.End]) };
            Planned.Add(new RenderedField(mark, markdown[region.Start..region.End]));
            _plan[overlapping[^1]] = _plan[overlapping[^1]] with { CloseField = true };
        }

        // Standard wording: every other block that writes something, named by the first value printed in it.
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var commentOf = new int?[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!writes[i])
            {
                continue;
            }

            var mark = fieldOf[i] is { } field ? _marks[field] : FirstMarkIn(blocks[i]);

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
            _plan[i] = _plan[i] with { Fixed = new FixedOpening(seen == 1 ? key : $"{key}#{seen}", mark?.Governs, mark?.Comment) };
        }

        // The comments region: from the first block of a comment to the last.
        var commented = Enumerable.Range(0, blocks.Count).Where(i => commentOf[i] is not null).ToList();
        if (commented.Count > 0)
        {
            _plan[commented[0]] = _plan[commented[0]] with { OpenRegion = true };
            _plan[commented[^1]] = _plan[commented[^1]] with { CloseRegion = true };
            // The comments whose heading is a control: one printed inside other text (or swallowed by a code fence
            // left open above it) is not pullable, and so cannot be deleted either.
            CommentOrder = commented.Where(i => fieldOf[i] is { } id && _marks[id].Kind == MarkKind.Text).Select(i => commentOf[i]!.Value).Distinct().ToList();

            // A standard-wording block inside the region but before any comment (a custom template's own text) belongs to none.
            for (var i = commented[0]; i <= commented[^1]; i++)
            {
                if (_plan[i].Fixed is { } fixedPart && fixedPart.Comment is null)
                {
                    _plan[i] = _plan[i] with { Fixed = fixedPart with { Comment = commentOf.Take(i + 1).LastOrDefault(c => c is not null) } };
                }
            }
        }
    }

    /// <summary>Opens the controls that start at top-level block <paramref name="index"/>.</summary>
    public void Open(int index, XmlWriter xml, DocxBody body)
    {
        var plan = _plan[index];
        if (plan.OpenRegion)
        {
            StartControl(xml, RoundTripXml.FieldTagPrefix + RoundTripXml.CommentsPath, "sdtLocked");
        }

        if (plan.OpenField is { } field)
        {
            StartControl(xml, RoundTripXml.FieldTagPrefix + field.Mark.Key, "sdtLocked");
            Fields.Add(new RenderedField(field.Mark, field.Markdown));
        }

        if (plan.Fixed is not null)
        {
            StartControl(xml, RoundTripXml.FixedTagPrefix + plan.Fixed.Key, "sdtContentLocked");
            body.Capture = new StringBuilder();
        }

        if (plan.OpenRegion || plan.OpenField is not null || plan.Fixed is not null)
        {
            body.InlineControl = plan.Fixed is null ? StartInlineControl : StartLockedInlineControl;
        }
    }

    /// <summary>
    /// An untagged inline control around the runs of the first paragraph of every block control. LibreOffice (7.4)
    /// imports the first paragraph of a block control as a plain-text input field: its bold and italic are lost, a
    /// link shows as the literal field code <c>HYPERLINK "…"</c>, and line breaks run together (ROUNDTRIP.md §1).
    /// With the runs already in an inline control it makes that a content control and keeps every run as it is; the
    /// paragraphs after the first are imported as ordinary paragraphs anyway. The reader looks through untagged
    /// controls. Inside standard wording the inline control is content-locked too: Word lets a nested control's
    /// content be edited even when its parent's is locked.
    /// </summary>
    private void StartInlineControl(XmlWriter xml) => StartInlineControl(xml, locked: false);

    private void StartLockedInlineControl(XmlWriter xml) => StartInlineControl(xml, locked: true);

    private void StartInlineControl(XmlWriter xml, bool locked)
    {
        xml.Start("sdt");
        xml.Start("sdtPr");
        xml.Val("id", ++_nextId);
        if (locked)
        {
            xml.Val("lock", "sdtContentLocked");
        }

        xml.WriteStartElement("w15", "appearance", RoundTripXml.W15);
        xml.WriteAttributeString("w15", "val", RoundTripXml.W15, "hidden");
        xml.WriteEndElement();
        xml.End();
        xml.Start("sdtContent");
    }

    /// <summary>Closes the controls that end at top-level block <paramref name="index"/>.</summary>
    public void Close(int index, XmlWriter xml, DocxBody body)
    {
        var plan = _plan[index];
        body.InlineControl = null;
        if (plan.Fixed is { } fixedPart)
        {
            EndControl(xml);
            Fixed.Add(new RenderedFixed(fixedPart.Key, fixedPart.Governs, fixedPart.Comment, body.Capture!.ToString()));
            body.Capture = null;
        }

        if (plan.CloseField)
        {
            EndControl(xml);
        }

        if (plan.CloseRegion)
        {
            EndControl(xml);
        }
    }

    /// <summary>The root element's namespace declarations the controls need (<c>w15:appearance</c> is ignorable).</summary>
    public static void DeclareNamespaces(XmlWriter xml)
    {
        xml.WriteAttributeString("xmlns", "mc", null, RoundTripXml.Mc);
        xml.WriteAttributeString("xmlns", "w15", null, RoundTripXml.W15);
        xml.WriteAttributeString("mc", "Ignorable", RoundTripXml.Mc, "w15");
    }

    private void StartControl(XmlWriter xml, string tag, string lockValue)
    {
        xml.Start("sdt");
        xml.Start("sdtPr");
        xml.Val("tag", tag);
        xml.Val("id", ++_nextId);
        xml.Val("lock", lockValue);
        // No box, no handle, no placeholder: the officer sees the document as it prints.
        xml.WriteStartElement("w15", "appearance", RoundTripXml.W15);
        xml.WriteAttributeString("w15", "val", RoundTripXml.W15, "hidden");
        xml.WriteEndElement();
        xml.End();
        xml.Start("sdtContent");
    }

    private static void EndControl(XmlWriter xml)
    {
        xml.End();
        xml.End();
    }

    /// <summary>The mark of the first value printed in the block, or null when it has none (the template's own text).</summary>
    private FieldMark? FirstMarkIn(Block block)
    {
        foreach (var region in _regions)
        {
            if (Overlaps(block, region))
            {
                return _marks[region.Id];
            }
        }

        return null;
    }

    private static bool Overlaps(Block block, MarkedRegion region) =>
        block.Span.Start < region.End && region.Start <= End(block);

    /// <summary>
    /// Where a block's text really ends: its span, or its last line's end when that is later (Markdig leaves the span
    /// of a code fence that is never closed at its first line, though it runs to the document's end).
    /// </summary>
    private static int End(Block block)
    {
        var end = block.Span.End;
        if (block is LeafBlock { Lines.Count: > 0 } leaf)
        {
            end = Math.Max(end, leaf.Lines.Lines[leaf.Lines.Count - 1].Slice.End);
        }
        else if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                end = Math.Max(end, End(child));
            }
        }

        return end;
    }

    /// <summary>True when the block's text outside the region is only whitespace (and, before a heading's text, its <c>#</c> marks).</summary>
    private static bool Covers(string markdown, Block block, MarkedRegion region)
    {
        var end = Math.Min(End(block), markdown.Length - 1);
        for (var i = block.Span.Start; i <= end; i++)
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

    private readonly record struct BlockPlan(bool OpenRegion, bool CloseRegion, FieldOpening? OpenField, bool CloseField, FixedOpening? Fixed);

    private sealed record FieldOpening(FieldMark Mark, string Markdown);

    private sealed record FixedOpening(string Key, string? Governs, int? Comment);
}

/// <summary>A field that became a control, with the Markdown the template inserted.</summary>
internal sealed record RenderedField(FieldMark Mark, string Markdown);

/// <summary>A standard-wording part: its key, the YAML key that governs it, the comment it belongs to, and its text as written.</summary>
internal sealed record RenderedFixed(string Key, string? Governs, int? Comment, string Text);
