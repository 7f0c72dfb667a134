using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Remiss.Templates.Writers;

/// <summary>
/// The .docx zip, written in one pass: each part goes once, compressed at most once, straight into its
/// <see cref="ZipArchive"/> entry, in the order the writer adds them, with a fixed time, so identical
/// input gives identical bytes. <c>[Content_Types].xml</c> must be added first.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    /// <summary>1980-01-01, the earliest time a zip entry can carry: the clock must not reach the bytes.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Deflate's fastest level: at the default level the writer took twice the time for 15 % fewer bytes.
    /// </summary>
    private const CompressionLevel Compression = CompressionLevel.Fastest;

    /// <summary>
    /// Parts smaller than this are stored, not deflated: setting up a deflater (and clearing its tables) costs
    /// more than the few hundred bytes it would save, and most parts are that small.
    /// </summary>
    private const int StoreBelow = 1024;
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly MemoryStream _output = new(32 * 1024);
    private readonly ZipArchive _zip;

    public DocxPackage() => _zip = new ZipArchive(_output, ZipArchiveMode.Create, leaveOpen: true);

    /// <summary>
    /// Opens a part for writing, after the XML declaration. The caller writes the root element, then disposes
    /// the writer (which closes the entry) before adding the next part.
    /// </summary>
    /// <param name="name">The entry name.</param>
    /// <param name="small">True for a part that stays well under a kilobyte or two (relationships, properties, a
    /// page header): it is stored rather than deflated, like every part under <see cref="StoreBelow"/> bytes.</param>
    public XmlWriter CreateXml(string name, bool small = false)
    {
        var xml = XmlWriter.Create(OpenEntry(name, small ? CompressionLevel.NoCompression : Compression), XmlSettings);
        xml.WriteStartDocument(standalone: true);
        return xml;
    }

    /// <summary>Adds a part whose bytes are ready (built-in styles, a reference's theme, an image).</summary>
    public void WriteBytes(string name, byte[] bytes)
    {
        using var stream = OpenEntry(name, bytes.Length < StoreBelow ? CompressionLevel.NoCompression : Compression);
        stream.Write(bytes);
    }

    /// <summary>Adds <c>[Content_Types].xml</c>: every part's content type, by name.</summary>
    public void WriteContentTypes(IEnumerable<(string Name, string ContentType)> parts)
    {
        using var xml = CreateXml("[Content_Types].xml", small: true);
        xml.WriteStartElement("Types", ContentTypesNamespace);
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", "rels");
        xml.WriteAttributeString("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
        xml.WriteEndElement();
        xml.WriteStartElement("Default");
        xml.WriteAttributeString("Extension", "xml");
        xml.WriteAttributeString("ContentType", "application/xml");
        xml.WriteEndElement();
        foreach (var (name, contentType) in parts)
        {
            xml.WriteStartElement("Override");
            xml.WriteAttributeString("PartName", "/" + name);
            xml.WriteAttributeString("ContentType", contentType);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>Adds a <c>.rels</c> part.</summary>
    public void WriteRelationships(string name, IEnumerable<DocxRelationship> relationships)
    {
        using var xml = CreateXml(name, small: true);
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var relationship in relationships)
        {
            xml.WriteStartElement("Relationship");
            xml.WriteAttributeString("Id", relationship.Id);
            xml.WriteAttributeString("Type", relationship.Type);
            xml.WriteAttributeString("Target", relationship.Target);
            if (relationship.External)
            {
                xml.WriteAttributeString("TargetMode", "External");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>Closes the zip and returns its bytes.</summary>
    public byte[] ToArray()
    {
        _zip.Dispose();
        return _output.ToArray();
    }

    public void Dispose()
    {
        _zip.Dispose();
        _output.Dispose();
    }

    private Stream OpenEntry(string name, CompressionLevel compression)
    {
        var entry = _zip.CreateEntry(name, compression);
        entry.LastWriteTime = FixedTime;
        return entry.Open();
    }
}

/// <summary>One relationship in a <c>.rels</c> part.</summary>
/// <param name="Id">The id parts refer to it by (<c>r:id</c>, <c>r:embed</c>).</param>
/// <param name="Type">The relationship type URI.</param>
/// <param name="Target">The target, relative to the owning part's folder, or an absolute URI when <paramref name="External"/>.</param>
/// <param name="External">True for a web link outside the package.</param>
internal readonly record struct DocxRelationship(string Id, string Type, string Target, bool External = false)
{
    /// <summary>The relationship from a part in <c>word/</c> to <paramref name="part"/>.</summary>
    public static DocxRelationship To(DocxPart part) => new(part.RelationshipId, part.RelationshipType, part.TargetFromWord);
}
