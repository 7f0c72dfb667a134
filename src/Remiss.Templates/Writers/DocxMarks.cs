using System.Text;
using System.Xml;
using Remiss.Templates.Structure;
using Remiss.Templates.RoundTrip;

namespace Remiss.Templates.Writers;

/// <summary>
/// The content controls of one .docx (ROUNDTRIP.md §1), as the document's <see cref="FieldMarks"/> plan them: a field
/// is a control <c>remiss:{path}</c> (<c>sdtLocked</c>), a standard-wording part one <c>remiss-fixed:{key}</c>
/// (<c>sdtContentLocked</c>, one control per block), and the comments region one around all comments. What the
/// round-trip part records (each field's Markdown and each part's text as rendered) is collected while the body is
/// written.
/// </summary>
internal sealed class DocxMarks
{
    private readonly FieldMarks _plan;
    private int _nextId;

    public DocxMarks(FieldMarks plan, WordOrigin origin)
    {
        _plan = plan;
        Origin = origin;
    }

    public WordOrigin Origin { get; }

    /// <summary>The fields that became controls, in document order.</summary>
    public List<RenderedField> Fields { get; } = [];

    /// <summary>The standard-wording parts, in document order, with their text as written.</summary>
    public List<RenderedFixed> Fixed { get; } = [];

    /// <summary>The YAML indexes of the comments in the order the document prints them, or null when it has no comments region.</summary>
    public IReadOnlyList<int>? CommentOrder => _plan.CommentOrder;

    /// <summary>Opens the controls that start at top-level block <paramref name="index"/>.</summary>
    public void Open(int index, XmlWriter xml, DocxBody body)
    {
        var plan = _plan.Blocks[index];
        if (plan.OpenRegion)
        {
            StartControl(xml, RoundTripXml.FieldTagPrefix + RoundTripXml.CommentsPath, "sdtLocked");
        }

        if (plan.OpenField is { } field)
        {
            StartControl(xml, RoundTripXml.FieldTagPrefix + field.Mark.Key, "sdtLocked");
            Fields.Add(field);
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
        var plan = _plan.Blocks[index];
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
}

/// <summary>A standard-wording part: its key, the YAML key that governs it, the comment it belongs to, and its text as written.</summary>
internal sealed record RenderedFixed(string Key, string? Governs, int? Comment, string Text);
