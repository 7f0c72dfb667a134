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

        body.InlineControl = plan.InlineControl ? StartInlineControl : null;
    }

    /// <summary>
    /// An untagged inline control around a paragraph's runs, inside its block control. LibreOffice (7.4) turns a block
    /// control of one paragraph into an inline one and loses the paragraph's line breaks doing so (the signatory's
    /// name and role ran together in the PDF); with the runs already in an inline control it keeps them. The reader
    /// looks through untagged controls.
    /// </summary>
    private void StartInlineControl(XmlWriter xml)
    {
        xml.Start("sdt");
        xml.Start("sdtPr");
        xml.Val("id", ++_nextId);
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
