namespace Remiss.Templates.RoundTrip;

/// <summary>
/// The names the writer and the reader of the round trip share: the content controls' tags and the round-trip part's
/// vocabulary, so the two cannot drift apart.
/// </summary>
internal static class RoundTripXml
{
    /// <summary>The namespace of the round-trip part (<c>customXml/item1.xml</c>).</summary>
    public const string Namespace = "urn:remiss:roundtrip:1";

    /// <summary>The tag of an editable field's control is this followed by its YAML path.</summary>
    public const string FieldTagPrefix = "remiss:";

    /// <summary>The tag of a standard-wording part's control is this followed by its key.</summary>
    public const string FixedTagPrefix = "remiss-fixed:";

    /// <summary>The YAML path of the comments region (its control's tag is <see cref="FieldTagPrefix"/> + this).</summary>
    public const string CommentsPath = "response.comments";

    /// <summary>Word's 2012 namespace, of <c>w15:appearance</c>.</summary>
    public const string W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    /// <summary>Markup compatibility, so a reader that does not know <c>w15</c> ignores it.</summary>
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>The namespace of a custom XML part's properties.</summary>
    public const string DataStore = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";

    public const string Root = "remiss";
    public const string Source = "source";
    public const string Document = "document";
    public const string Comments = "comments";
    public const string Field = "field";
    public const string Fixed = "fixed";

    /// <summary>The value of a field's <c>kind</c>: Markdown (<c>md</c> in FORMAT.md).</summary>
    public const string MarkdownKind = "markdown";

    /// <summary>The value of a field's <c>kind</c>: one line of text (a comment's heading).</summary>
    public const string TextKind = "text";

    /// <summary>The format version this writer writes and the reader reads.</summary>
    public const string Version = "1";
}
