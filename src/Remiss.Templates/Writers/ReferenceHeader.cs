using System.IO.Packaging;
using System.Xml.Linq;

namespace Remiss.Templates.Writers;

/// <summary>
/// The letterhead of a reference .docx: its default page header and the images it shows. Our header lines
/// (organisation, date, Dnr, Sida) follow it. A header that refers to anything but images and web links
/// (embedded objects, charts …) is not carried over, since a dangling reference makes Word repair the file.
/// </summary>
/// <param name="HeaderXml">The <c>w:hdr</c> element as XML text, streamed into each document.</param>
/// <param name="Images">Its images, under the relationship ids the header refers to them by.</param>
/// <param name="Links">Its web links, likewise.</param>
internal sealed record ReferenceHeader(string HeaderXml, IReadOnlyList<ReferenceImage> Images, IReadOnlyList<(string Id, string Uri)> Links)
{
    private static readonly XNamespace W = WordXml.W;
    private static readonly XNamespace R = WordXml.R;

    /// <param name="package">The reference .docx.</param>
    /// <param name="main">Its main document part.</param>
    /// <param name="section">The document's last <c>w:sectPr</c>, whose default header reference names the letterhead.</param>
    public static ReferenceHeader? From(Package package, PackagePart main, XElement? section)
    {
        var reference = section?.Elements(W + "headerReference").FirstOrDefault(h => (string?)h.Attribute(W + "type") is null or "default");
        // A reference to a part that is not there (a damaged file) means no letterhead, not an exception.
        if ((string?)reference?.Attribute(R + "id") is not { } id || !main.RelationshipExists(id))
        {
            return null;
        }

        var relationship = main.GetRelationship(id);
        if (relationship.TargetMode != TargetMode.Internal || relationship.RelationshipType != DocxPart.Header.RelationshipType
            || ReferencePackage.Target(package, main, relationship) is not { } part)
        {
            return null;
        }

        var header = ReferencePackage.LoadXml(part).Root;
        if (header is null || header.Name != W + "hdr")
        {
            return null;
        }

        var images = new List<ReferenceImage>();
        var links = new List<(string Id, string Uri)>();
        foreach (var child in part.GetRelationships())
        {
            if (child.TargetMode == TargetMode.External && child.RelationshipType == DocxPart.HyperlinkType)
            {
                links.Add((child.Id, child.TargetUri.OriginalString));
            }
            else if (child.TargetMode == TargetMode.Internal && child.RelationshipType == DocxPart.ImageType
                && ReferencePackage.Target(package, part, child) is { } image)
            {
                // Our own part name (word/media/image1.png …); only the relationship id, which the header XML uses, must stay.
                var extension = Path.GetExtension(image.Uri.OriginalString);
                var name = $"word/media/image{images.Count + 1}{(string.IsNullOrEmpty(extension) ? ".bin" : extension.ToLowerInvariant())}";
                images.Add(new ReferenceImage(child.Id, image.ContentType, name, ReferencePackage.ReadBytes(image)));
            }
            else
            {
                return null;
            }
        }

        return new ReferenceHeader(header.ToString(SaveOptions.DisableFormatting), images, links);
    }
}

/// <summary>An image in the letterhead: the relationship id the header refers to it by, and the part it becomes.</summary>
internal sealed record ReferenceImage(string RelationshipId, string ContentType, string PartName, byte[] Data);
