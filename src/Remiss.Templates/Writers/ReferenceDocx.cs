using System.IO.Packaging;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Remiss.Templates.Writers;

/// <summary>
/// What the Word output takes from a reference .docx, as pandoc's <c>--reference-doc</c> does: styles (fonts,
/// sizes, colours), theme, font table, page setup and letterhead (the default page header with its images).
/// Read once per renderer, through System.IO.Packaging's relationships and LINQ to XML, and kept as bytes and
/// XML text ready to stream into each document; any style the body needs and the reference lacks is added
/// from the built-in set, so headings and lists always work.
/// </summary>
/// <param name="Styles">The merged <c>word/styles.xml</c>.</param>
/// <param name="Theme">The theme part as it was, or null.</param>
/// <param name="FontTable">The font table part as it was, or null.</param>
/// <param name="SectionXml">The last <c>w:sectPr</c> (page size, margins, columns) without header and footer references or a separate first page, or null.</param>
/// <param name="Letterhead">The default page header, or null.</param>
/// <param name="TableStyle">The id of the table style the body's tables take: the reference's own, else the built-in one.</param>
/// <param name="StylesWithTable">The merged styles for a document with a table: with the built-in table style added when the reference has none.</param>
internal sealed record ReferenceDocx(byte[] Styles, byte[]? Theme, byte[]? FontTable, string? SectionXml, ReferenceHeader? Letterhead, string TableStyle, byte[] StylesWithTable)
{
    private static readonly XNamespace W = WordXml.W;

    /// <summary>A reference .docx is a few hundred kilobytes; this is a Word document's own cap (<c>WordReadOptions.MaxDocxBytes</c>).</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public static ReferenceDocx Load(string path)
    {
        try
        {
            // Core's one way to read a user's file: regular files only, the size checked before reading.
            var bytes = Core.RegularFile.Read(path, MaxBytes, out var failure)
                ?? throw new RenderException($"{path}: error: mall-.docx:en kan inte läsas ({failure!.Code}: {failure.Message}).");
            using var package = Package.Open(new MemoryStream(bytes, writable: false), FileMode.Open, FileAccess.Read);
            var main = ReferencePackage.Target(package, null, package.GetRelationshipsByType(DocxPart.Document.RelationshipType))
                ?? throw new RenderException($"{path}: error: mall-.docx:en saknar dokumentdel; spara den på nytt från Word eller LibreOffice.");
            var section = ReferencePackage.LoadXml(main).Root?.Element(W + "body")?.Elements(W + "sectPr").LastOrDefault();
            var styles = MergeStyles(Read(package, main, DocxPart.Styles), out var tableStyle, out var withTable);
            return new ReferenceDocx(
                styles,
                Read(package, main, DocxPart.Theme),
                Read(package, main, DocxPart.FontTable),
                Section(section),
                ReferenceHeader.From(package, main, section),
                tableStyle,
                withTable);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or XmlException or InvalidOperationException or ArgumentException)
        {
            throw new RenderException($"{path}: error: mall-.docx:en kan inte läsas ({ex.Message}); ange en .docx sparad i Word eller LibreOffice.", ex);
        }
    }

    /// <summary>The bytes of the part the main document points at as <paramref name="kind"/>, or null.</summary>
    private static byte[]? Read(Package package, PackagePart main, DocxPart kind) =>
        ReferencePackage.Target(package, main, main.GetRelationshipsByType(kind.RelationshipType)) is { } part ? ReferencePackage.ReadBytes(part) : null;

    /// <summary>
    /// The page setup without the reference's own headers and footers (we write ours) and without a separate
    /// first-page header (<c>titlePg</c>), which would leave page 1 without ours.
    /// </summary>
    private static string? Section(XElement? section)
    {
        if (section is null)
        {
            return null;
        }

        var copy = ReferencePackage.Detach(section);
        copy.Elements().Where(e => e.Name == W + "headerReference" || e.Name == W + "footerReference" || e.Name == W + "titlePg").Remove();
        return copy.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The reference's styles plus any required style it lacks (taken from ours), and the table style tables take: ours
    /// (<see cref="DocxStyles.TableStyleId"/>) or Word's "Table Grid" when the reference has it, else the reference's
    /// first table style that is not the default one, else ours, added.
    /// </summary>
    private static byte[] MergeStyles(byte[]? referenceXml, out string tableStyle, out byte[] withTable)
    {
        tableStyle = DocxStyles.TableStyleId;
        if (referenceXml is null)
        {
            withTable = DocxStyles.StylesWithTable;
            return DocxStyles.Styles;
        }

        XDocument reference;
        using (var stream = new MemoryStream(referenceXml))
        {
            reference = ReferencePackage.LoadXml(stream);
        }

        var ours = XDocument.Parse(DocxStyles.StylesXml);
        var root = reference.Root!;
        var present = root.Elements(W + "style").Select(s => (string?)s.Attribute(W + "styleId")).ToHashSet(StringComparer.Ordinal);
        var tables = root.Elements(W + "style")
            .Where(s => (string?)s.Attribute(W + "type") == "table" && (string?)s.Attribute(W + "default") is not ("1" or "true" or "on"))
            .Select(s => (string?)s.Attribute(W + "styleId")).OfType<string>().ToList();
        tableStyle = tables.FirstOrDefault(id => id is DocxStyles.TableStyleId or "TableGrid") ?? tables.FirstOrDefault() ?? DocxStyles.TableStyleId;
        foreach (var style in ours.Root!.Elements(W + "style"))
        {
            var id = (string?)style.Attribute(W + "styleId");
            if (id is not null && !present.Contains(id) && DocxStyles.Required.Contains(id))
            {
                root.Add(new XElement(style));
            }
        }

        var merged = Save(reference);
        if (tableStyle == DocxStyles.TableStyleId && !present.Contains(tableStyle))
        {
            root.Add(XElement.Parse($"<w:styles xmlns:w=\"{WordXml.W}\">{DocxStyles.TableStyleXml}</w:styles>").Elements().Single());
            withTable = Save(reference);
        }
        else
        {
            withTable = merged;
        }

        return merged;
    }

    private static byte[] Save(XDocument reference)
    {
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            reference.Save(xml);
        }

        return output.ToArray();
    }
}
