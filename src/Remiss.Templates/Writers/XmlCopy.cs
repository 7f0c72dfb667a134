using System.Xml;

namespace Remiss.Templates.Writers;

/// <summary>
/// Streams an element kept as XML text (a reference .docx's letterhead or page setup) into a part being
/// written, with our own children added at its start or end: no element tree is built.
/// </summary>
internal static class XmlCopy
{
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Writes the root element of <paramref name="xml"/> with its attributes, <paramref name="first"/>, its children, then <paramref name="last"/>.</summary>
    public static void Element(XmlWriter writer, string xml, Action<XmlWriter>? first, Action<XmlWriter>? last)
    {
        using var reader = XmlReader.Create(new StringReader(xml), ReaderSettings);
        reader.MoveToContent();
        writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
        writer.WriteAttributes(reader, defattr: false);
        reader.MoveToElement();
        first?.Invoke(writer);
        if (!reader.IsEmptyElement)
        {
            reader.Read();
            while (reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
            {
                writer.WriteNode(reader, defattr: false);
            }
        }

        last?.Invoke(writer);
        writer.WriteEndElement();
    }
}
