using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Remiss.Templates.Reading;

/// <summary>A document the reader refuses, with the problem to report (never an exception out of <see cref="WordReader"/>).</summary>
internal sealed class WordReadException(Remiss.Core.DiagnosticDescriptor descriptor, string reason) : Exception(reason)
{
    public Remiss.Core.DiagnosticDescriptor Descriptor { get; } = descriptor;

    public string Reason { get; } = reason;
}

/// <summary>
/// A .docx opened for reading under fixed limits, so a hostile file (a zip bomb, an XML bomb or DTD, absurd nesting,
/// a huge part, missing parts, broken relationships) costs bounded time and memory: entries are counted, every part
/// is inflated through a byte cap whatever its header claims, XML is read without DTDs or external resources and
/// with a depth cap, and a missing part or relationship is simply absent.
/// </summary>
internal sealed class BoundedDocx : IDisposable
{
    /// <summary>More entries than this is not a Word document (one has a few dozen).</summary>
    public const int MaxEntries = 10_000;

    /// <summary>An XML part may inflate to at most this many bytes (a long yttrande's document.xml is a few hundred kilobytes).</summary>
    public const int MaxPartBytes = 16 * 1024 * 1024;

    /// <summary>All XML parts read together may inflate to at most this many bytes.</summary>
    public const long MaxTotalBytes = 48L * 1024 * 1024;

    /// <summary>A part may have at most this many elements (a 50-page document has some tens of thousands), which bounds the memory its tree takes.</summary>
    public const int MaxElements = 400_000;

    /// <summary>Elements may nest at most this deep (Word's own documents stay well under 50).</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// A part may have at most this many paragraphs: the lines a remiss file may hold (<see cref="Remiss.Core.TextLimits.Lines"/>)
    /// and the template's own. Counted as the part is read, so a document of 120,000 one-word paragraphs (44 KB zipped)
    /// is refused before any of them is converted.
    /// </summary>
    public const int MaxParagraphs = Remiss.Core.TextLimits.Lines + Remiss.Core.TextLimits.TemplateParagraphs;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private long _inflated;

    private BoundedDocx(ZipArchive zip)
    {
        _zip = zip;
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
    }

    /// <exception cref="WordReadException">Not a zip, or too many entries.</exception>
    public static BoundedDocx Open(ArraySegment<byte> bytes)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes.Array ?? [], bytes.Offset, bytes.Count, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or IOException or NotSupportedException)
        {
            throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordUnreadable, "filen är ingen zip-fil, som en .docx är");
        }

        try
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordTooLarge, $"den har fler än {MaxEntries} delar");
            }

            return new BoundedDocx(zip);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            // The central directory is read on first use of the entries, after the end record opened: a damaged one shows here.
            zip.Dispose();
            throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordUnreadable, "zip-filen är skadad (dess innehållsförteckning stämmer inte)");
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>The entry names, as in the zip.</summary>
    public IEnumerable<string> Names => _entries.Keys;

    /// <summary>True when the part exists.</summary>
    public bool Has(string name) => _entries.ContainsKey(name.TrimStart('/'));

    /// <summary>The part as XML, or null when it is not in the package.</summary>
    /// <exception cref="WordReadException">Too large, too deep, a DTD, or not well-formed.</exception>
    public XDocument? Load(string name)
    {
        if (!_entries.TryGetValue(name.TrimStart('/'), out var entry))
        {
            return null;
        }

        try
        {
            using var stream = new CappedStream(entry.Open(), Math.Min(MaxPartBytes, MaxTotalBytes - _inflated), name);
            try
            {
                return BoundedXml.Load(stream, name);
            }
            finally
            {
                _inflated += stream.BytesRead;
            }
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordUnreadable, $"delen {name} har en DTD, som ett Word-dokument aldrig har");
        }
        catch (XmlException e)
        {
            throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordUnreadable, $"delen {name} är inte giltig XML (rad {e.LineNumber}, kolumn {e.LinePosition})");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordUnreadable, $"delen {name} kan inte packas upp");
        }
    }

    /// <summary>
    /// The relationships of <paramref name="partName"/> (<c>word/document.xml</c>), with internal targets resolved to
    /// part names; none when its <c>.rels</c> is missing or damaged.
    /// </summary>
    public IReadOnlyList<PartRelationship> Relationships(string partName)
    {
        var slash = partName.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : partName[..(slash + 1)];
        var relsName = folder + "_rels/" + partName[(slash + 1)..] + ".rels";
        XDocument? rels;
        try
        {
            rels = Load(relsName);
        }
        catch (WordReadException)
        {
            return [];
        }

        if (rels?.Root is not { } root)
        {
            return [];
        }

        XNamespace ns = RelationshipsNamespace;
        var list = new List<PartRelationship>();
        foreach (var relationship in root.Elements(ns + "Relationship"))
        {
            var id = (string?)relationship.Attribute("Id");
            var type = (string?)relationship.Attribute("Type");
            var target = (string?)relationship.Attribute("Target");
            if (id is null || type is null || target is null)
            {
                continue;
            }

            var external = string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            list.Add(new PartRelationship(id, type, external ? target : Resolve(folder, target), external));
        }

        return list;
    }

    /// <summary>The main document part named by the package's relationships, else <c>word/document.xml</c>.</summary>
    public string MainDocumentName()
    {
        var main = Relationships(string.Empty).FirstOrDefault(r => !r.External && r.Type.EndsWith("/officeDocument", StringComparison.Ordinal));
        return main is not null && Has(main.Target) ? main.Target : "word/document.xml";
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>A relationship target relative to <paramref name="folder"/> as a part name without a leading slash.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var segments = new List<string>();
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Reads at most a number of bytes, then refuses: the inflated size, not the one the zip claims.</summary>
    private sealed class CappedStream(Stream inner, long cap, string name) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            BytesRead += read;
            if (BytesRead > cap)
            {
                throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordTooLarge, $"delen {name} packas upp till mer än {cap / (1024 * 1024)} MiB");
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

/// <summary>One relationship of a part: internal targets are part names (<c>word/styles.xml</c>), external ones URIs.</summary>
internal sealed record PartRelationship(string Id, string Type, string Target, bool External);

/// <summary>
/// XML into an <see cref="XDocument"/> through <see cref="XmlReader"/> with its depth and element count checked as
/// it reads: no DTD (an XML bomb is refused at its DOCTYPE), no external resources, no comments or processing
/// instructions.
/// </summary>
internal static class BoundedXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
        CloseInput = false,
        MaxCharactersInDocument = BoundedDocx.MaxPartBytes,
    };

    public static XDocument Load(Stream stream, string name)
    {
        using var reader = new LimitedReader(XmlReader.Create(stream, Settings), name);

        // Whitespace kept: a w:t of one space is text (Word marks it xml:space="preserve", not every writer does).
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>An XmlReader that refuses to go deeper than <see cref="BoundedDocx.MaxDepth"/> or past <see cref="BoundedDocx.MaxElements"/> elements.</summary>
    private sealed class LimitedReader(XmlReader inner, string name) : XmlReader
    {
        private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        private int _elements;
        private int _paragraphs;

        public override bool Read()
        {
            if (!inner.Read())
            {
                return false;
            }

            if (inner.NodeType == XmlNodeType.Element)
            {
                if (inner.Depth >= BoundedDocx.MaxDepth)
                {
                    throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordTooLarge, $"delen {name} är nästlad djupare än {BoundedDocx.MaxDepth} nivåer");
                }

                if (++_elements > BoundedDocx.MaxElements)
                {
                    throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordTooLarge, $"delen {name} har fler än {BoundedDocx.MaxElements} element");
                }

                if (inner.LocalName == "p" && inner.NamespaceURI == WordNamespace && ++_paragraphs > BoundedDocx.MaxParagraphs)
                {
                    throw new WordReadException(Remiss.Core.DiagnosticDescriptors.WordTooManyParagraphs, $"delen {name} har fler än {BoundedDocx.MaxParagraphs} stycken");
                }
            }

            return true;
        }

        public override int AttributeCount => inner.AttributeCount;

        public override string BaseURI => inner.BaseURI;

        public override int Depth => inner.Depth;

        public override bool EOF => inner.EOF;

        public override bool IsEmptyElement => inner.IsEmptyElement;

        public override string LocalName => inner.LocalName;

        public override string NamespaceURI => inner.NamespaceURI;

        public override XmlNameTable NameTable => inner.NameTable;

        public override XmlNodeType NodeType => inner.NodeType;

        public override string Prefix => inner.Prefix;

        public override ReadState ReadState => inner.ReadState;

        public override string Value => inner.Value;

        public override XmlSpace XmlSpace => inner.XmlSpace;

        public override string XmlLang => inner.XmlLang;

        public override string GetAttribute(int i) => inner.GetAttribute(i);

        public override string? GetAttribute(string name) => inner.GetAttribute(name);

        public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);

        public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);

        public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);

        public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);

        public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);

        public override bool MoveToElement() => inner.MoveToElement();

        public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();

        public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();

        public override bool ReadAttributeValue() => inner.ReadAttributeValue();

        public override void ResolveEntity() => inner.ResolveEntity();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
