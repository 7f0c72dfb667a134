using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Templates.Model;

namespace Remiss.Templates.Writers;

/// <summary>The page header: its rows (organisation, date and Dnr by default) tab-separated, <c>Sida n(m)</c> from PAGE and NUMPAGES fields.</summary>
internal static class DocxHeader
{
    /// <summary>Writes the header into <paramref name="part"/>: the reference's letterhead (if any), then our lines.</summary>
    public static void Write(HeaderPart part, DocumentInfo info, ReferenceHeader? letterhead)
    {
        var header = letterhead is null ? new Header() : new Header(letterhead.HeaderXml);
        if (letterhead is not null)
        {
            foreach (var image in letterhead.Images)
            {
                var imagePart = part.AddNewPart<ImagePart>(image.ContentType, image.RelationshipId);
                using var stream = imagePart.GetStream(FileMode.Create);
                stream.Write(image.Data);
            }

            foreach (var (id, uri) in letterhead.Links)
            {
                part.AddHyperlinkRelationship(uri, isExternal: true, id);
            }
        }

        foreach (var line in Lines(info))
        {
            header.Append(line);
        }

        part.Header = header;
    }

    private static IEnumerable<Paragraph> Lines(DocumentInfo info)
    {
        foreach (var row in info.Header)
        {
            var line = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }));
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(new Run(new TabChar()));
                }

                if (row[i].Length > 0)
                {
                    line.Append(Text(row[i]));
                }
            }

            yield return line;
        }

        var page = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }, new Justification { Val = JustificationValues.Right }));
        page.Append(Text("Sida "));
        page.Append(Field("PAGE"));
        page.Append(Text("("));
        page.Append(Field("NUMPAGES"));
        page.Append(Text(")"));
        yield return page;
    }

    internal static Run Text(string text) => new(new Text(DocxBody.WordText(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A simple field with a cached result, so viewers that do not update fields still show a number.</summary>
    private static SimpleField Field(string instruction) => new(new Run(new RunProperties(new NoProof()), new Text("1"))) { Instruction = " " + instruction + " " };
}
