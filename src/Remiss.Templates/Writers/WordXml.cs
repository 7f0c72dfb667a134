using System.Xml;

namespace Remiss.Templates.Writers;

/// <summary>
/// The WordprocessingML vocabulary on a streaming <see cref="XmlWriter"/>: <c>w:</c> elements and
/// <c>w:val</c> attributes written straight into a part, with no element tree in between.
/// </summary>
internal static class WordXml
{
    /// <summary>The WordprocessingML namespace (<c>w:</c>).</summary>
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The relationships namespace of <c>r:id</c> and <c>r:embed</c> (<c>r:</c>).</summary>
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Starts <c>&lt;w:name&gt;</c>.</summary>
    public static void Start(this XmlWriter xml, string name) => xml.WriteStartElement("w", name, W);

    /// <summary>Ends the innermost open element.</summary>
    public static void End(this XmlWriter xml) => xml.WriteEndElement();

    /// <summary>Writes a <c>w:name</c> attribute.</summary>
    public static void Attribute(this XmlWriter xml, string name, string value) => xml.WriteAttributeString("w", name, W, value);

    /// <summary>Writes a <c>w:name</c> attribute with an integer value.</summary>
    public static void Attribute(this XmlWriter xml, string name, int value) => xml.Attribute(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Writes <c>&lt;w:name/&gt;</c>.</summary>
    public static void Empty(this XmlWriter xml, string name)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteEndElement();
    }

    /// <summary>Writes <c>&lt;w:name w:val="value"/&gt;</c>.</summary>
    public static void Val(this XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteAttributeString("w", "val", W, value);
        xml.WriteEndElement();
    }

    /// <summary>Writes <c>&lt;w:name w:val="value"/&gt;</c> with an integer value.</summary>
    public static void Val(this XmlWriter xml, string name, int value) => xml.Val(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Writes <c>&lt;w:t xml:space="preserve"&gt;</c> with text Word accepts (see <see cref="WordText"/>).</summary>
    public static void Text(this XmlWriter xml, string text)
    {
        xml.WriteStartElement("w", "t", W);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(WordText(text));
        xml.WriteEndElement();
    }

    /// <summary>Text Word accepts in <c>w:t</c>: no control characters, tabs and line breaks as spaces.</summary>
    public static string WordText(string text)
    {
        var cleaned = Model.MarkdownText.Clean(text);
        if (cleaned.AsSpan().IndexOfAny('\t', '\n', '\r') < 0)
        {
            return cleaned;
        }

        return string.Create(cleaned.Length, cleaned, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span.Replace('\t', ' ');
            span.Replace('\r', ' ');
            span.Replace('\n', ' ');
        });
    }
}
