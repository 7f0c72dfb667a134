using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Templates.Writers;

/// <summary>
/// The letterhead of a reference .docx: its default page header and the images it shows. Our header lines
/// (organisation, date, Dnr, Sida) follow it. A header that refers to anything but images and web links
/// (embedded objects, charts …) is not carried over, since a dangling reference makes Word repair the file.
/// </summary>
/// <param name="HeaderXml">The <c>w:hdr</c> element as XML text, streamed into each document.</param>
/// <param name="Images">Its images, under the relationship ids the header refers to them by.</param>
/// <param name="Links">Its web links, likewise.</param>
internal sealed record ReferenceHeader(string HeaderXml, IReadOnlyList<ReferenceImage> Images, IReadOnlyList<(string Id, Uri Uri)> Links)
{
    public static ReferenceHeader? From(MainDocumentPart main)
    {
        var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
        var reference = section?.Elements<HeaderReference>().FirstOrDefault(h => h.Type is null || h.Type.Value == HeaderFooterValues.Default);
        // A reference to a part that is not there (a damaged file) means no letterhead, not an exception.
        if (reference?.Id?.Value is not { } id || !main.TryGetPartById(id, out var found) || found is not HeaderPart part || part.Header is null)
        {
            return null;
        }

        var images = new List<ReferenceImage>();
        foreach (var child in part.Parts)
        {
            if (child.OpenXmlPart is not ImagePart image)
            {
                return null;
            }

            using var stream = image.GetStream(FileMode.Open, FileAccess.Read);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            // Our own part name (word/media/image1.png …); only the relationship id, which the header XML uses, must stay.
            var extension = Path.GetExtension(image.Uri.OriginalString);
            var name = $"word/media/image{images.Count + 1}{(string.IsNullOrEmpty(extension) ? ".bin" : extension.ToLowerInvariant())}";
            images.Add(new ReferenceImage(child.RelationshipId, image.ContentType, name, copy.ToArray()));
        }

        var links = part.HyperlinkRelationships.Select(h => (h.Id, h.Uri)).ToList();
        if (part.ExternalRelationships.Any())
        {
            return null;
        }

        return new ReferenceHeader(part.Header.OuterXml, images, links);
    }
}

/// <summary>An image in the letterhead: the relationship id the header refers to it by, and the part it becomes.</summary>
internal sealed record ReferenceImage(string RelationshipId, string ContentType, string PartName, byte[] Data);
