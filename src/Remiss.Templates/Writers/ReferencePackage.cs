using System.IO.Packaging;
using System.Xml;
using System.Xml.Linq;

namespace Remiss.Templates.Writers;

/// <summary>Reading a reference .docx's parts: following relationships, and XML without DTDs or external resolution.</summary>
internal static class ReferencePackage
{
    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>
    /// The part the first internal relationship of <paramref name="relationships"/> points at, or null when
    /// there is none or it points at a part that is not there (a damaged file means "not carried over", never an exception).
    /// </summary>
    public static PackagePart? Target(Package package, PackagePart? source, IEnumerable<PackageRelationship> relationships)
    {
        foreach (var relationship in relationships)
        {
            if (relationship.TargetMode == TargetMode.Internal && Target(package, source, relationship) is { } part)
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>The part an internal relationship points at, or null when it is not in the package.</summary>
    public static PackagePart? Target(Package package, PackagePart? source, PackageRelationship relationship)
    {
        var uri = PackUriHelper.ResolvePartUri(source?.Uri ?? new Uri("/", UriKind.Relative), relationship.TargetUri);
        return package.PartExists(uri) ? package.GetPart(uri) : null;
    }

    public static byte[] ReadBytes(PackagePart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static XDocument LoadXml(PackagePart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return LoadXml(stream);
    }

    public static XDocument LoadXml(Stream stream)
    {
        using var reader = XmlReader.Create(stream, XmlSettings);
        return XDocument.Load(reader);
    }

    /// <summary>
    /// A copy of <paramref name="element"/> standing alone, with the namespace declarations of its ancestors,
    /// so its text keeps the prefixes Word wrote (<c>w:</c>, <c>r:</c>) instead of generated ones.
    /// </summary>
    public static XElement Detach(XElement element)
    {
        var copy = new XElement(element);
        for (var ancestor = element.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            foreach (var declaration in ancestor.Attributes().Where(a => a.IsNamespaceDeclaration))
            {
                if (copy.Attribute(declaration.Name) is null)
                {
                    copy.Add(new XAttribute(declaration));
                }
            }
        }

        return copy;
    }
}
