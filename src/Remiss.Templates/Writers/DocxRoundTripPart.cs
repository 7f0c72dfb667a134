using System.Globalization;
using System.Xml;
using Remiss.Templates.Marks;
using Remiss.Templates.RoundTrip;

namespace Remiss.Templates.Writers;

/// <summary>
/// Writes the round-trip part, <c>customXml/item1.xml</c> with its properties and relationship, as Word keeps custom
/// XML: the remiss file the document came from and its hash, the document's kind (and meeting), the order the comments
/// were printed in, each field's Markdown as the template inserted it and each standard-wording part's text as written.
/// <c>remiss pull</c> tells an edit made in Word from a change made in the YAML since with it (ROUNDTRIP.md §1).
/// </summary>
internal static class DocxRoundTripPart
{
    /// <summary>One data store id for every document: a fixed id keeps the bytes identical for identical input.</summary>
    private const string DataStoreItemId = "{6B1E5C0A-2F4D-4C55-9E0B-52454D495353}";

    /// <summary>The content types of the parts besides <see cref="DocxPart.RoundTrip"/> itself.</summary>
    public static IEnumerable<(string Name, string ContentType)> ExtraParts => [(DocxPart.CustomXmlPropertiesName, DocxPart.CustomXmlPropertiesType)];

    public static void Write(DocxPackage package, DocxMarks marks)
    {
        using (var xml = package.CreateXml(DocxPart.RoundTrip.Name))
        {
            xml.WriteStartElement(RoundTripXml.Root, RoundTripXml.Namespace);
            xml.WriteAttributeString("version", RoundTripXml.Version);
            var origin = marks.Origin;
            if (origin.RemissPath is not null)
            {
                xml.WriteStartElement(RoundTripXml.Source, RoundTripXml.Namespace);
                xml.WriteAttributeString("path", origin.RemissPath);
                if (origin.Sha256 is not null)
                {
                    xml.WriteAttributeString("sha256", origin.Sha256);
                }

                xml.WriteEndElement();
            }

            xml.WriteStartElement(RoundTripXml.Document, RoundTripXml.Namespace);
            xml.WriteAttributeString("kind", DocumentKinds.Name(origin.Kind));
            if (origin.Meeting is { } meeting)
            {
                xml.WriteAttributeString("meeting", meeting.Index.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("body", meeting.Body);
                xml.WriteAttributeString("date", meeting.Date);
                xml.WriteAttributeString("paragraph", meeting.Paragraph.ToString(CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
            if (marks.CommentOrder is { } order)
            {
                xml.WriteStartElement(RoundTripXml.Comments, RoundTripXml.Namespace);
                xml.WriteAttributeString("order", string.Join(" ", order.Select(i => i.ToString(CultureInfo.InvariantCulture))));
                xml.WriteEndElement();
            }

            foreach (var field in marks.Fields)
            {
                xml.WriteStartElement(RoundTripXml.Field, RoundTripXml.Namespace);
                xml.WriteAttributeString("path", field.Mark.Key);
                xml.WriteAttributeString("kind", field.Mark.Kind == MarkKind.Text ? RoundTripXml.TextKind : RoundTripXml.MarkdownKind);
                if (field.Mark.Section is { } section)
                {
                    xml.WriteAttributeString("section", section);
                }

                xml.WriteString(field.Markdown);
                xml.WriteEndElement();
            }

            foreach (var part in marks.Fixed)
            {
                xml.WriteStartElement(RoundTripXml.Fixed, RoundTripXml.Namespace);
                xml.WriteAttributeString("key", part.Key);
                if (part.Governs is not null)
                {
                    xml.WriteAttributeString("governs", part.Governs);
                }

                if (part.Comment is { } comment)
                {
                    xml.WriteAttributeString("comment", comment.ToString(CultureInfo.InvariantCulture));
                }

                xml.WriteString(part.Text);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        package.WriteRelationships(DocxPart.RelationshipsOf(DocxPart.RoundTrip.Name),
            [new DocxRelationship("rId1", DocxPart.CustomXmlPropertiesRelationship, "itemProps1.xml")]);
        using (var xml = package.CreateXml(DocxPart.CustomXmlPropertiesName, small: true))
        {
            xml.WriteStartElement("ds", "datastoreItem", RoundTripXml.DataStore);
            xml.WriteAttributeString("ds", "itemID", RoundTripXml.DataStore, DataStoreItemId);
            xml.WriteStartElement("ds", "schemaRefs", RoundTripXml.DataStore);
            xml.WriteStartElement("ds", "schemaRef", RoundTripXml.DataStore);
            xml.WriteAttributeString("ds", "uri", RoundTripXml.DataStore, RoundTripXml.Namespace);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }
}
