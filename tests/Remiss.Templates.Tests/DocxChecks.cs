using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Remiss.Templates.Tests;

/// <summary>Checks a .docx must pass before Word opens it without offering to "repair" it.</summary>
internal static class DocxChecks
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>0 OpenXmlValidator errors, plus the repair triggers the validator does not see.</summary>
    public static void AssertOpensCleanly(byte[] docx)
    {
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false))
        {
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
        }

        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal(zip.Entries.Count, zip.Entries.Select(e => e.FullName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            foreach (var text in xml.Descendants(W + "t"))
            {
                Assert.False(text.Value.Any(c => c < 0x20), $"{entry.FullName}: control character in text '{text.Value}'");
            }

            // An empty table cell (no paragraph) makes Word repair the file.
            foreach (var cell in xml.Descendants(W + "tc"))
            {
                Assert.True(cell.Elements(W + "p").Any(), $"{entry.FullName}: a table cell without a paragraph");
            }
        }

        // Every part has exactly one content type and every content type names a part: the writer lists them by hand.
        XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
        var contentTypes = Load(zip, "[Content_Types].xml").Root!;
        var overrides = contentTypes.Elements(types + "Override").Select(o => ((string)o.Attribute("PartName")!).TrimStart('/')).ToList();
        Assert.Equal(overrides.Count, overrides.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var defaults = contentTypes.Elements(types + "Default").Select(d => (string)d.Attribute("Extension")!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries.Where(e => e.FullName != "[Content_Types].xml"))
        {
            Assert.True(overrides.Contains(entry.FullName) || defaults.Contains(Path.GetExtension(entry.FullName).TrimStart('.')), $"{entry.FullName} has no content type");
        }

        foreach (var name in overrides)
        {
            Assert.True(zip.GetEntry(name) is not null, $"[Content_Types].xml names {name}, which is not in the package");
        }

        // Every r:id / r:embed in a part must name one of that part's relationships.
        XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace rels = "http://schemas.openxmlformats.org/package/2006/relationships";
        foreach (var part in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            var relsName = Path.GetDirectoryName(part.FullName)!.Replace('\\', '/') + "/_rels/" + Path.GetFileName(part.FullName) + ".rels";
            var ids = zip.GetEntry(relsName) is null
                ? []
                : Load(zip, relsName).Root!.Elements(rels + "Relationship").Select(e => (string?)e.Attribute("Id")).ToHashSet();
            foreach (var reference in Load(zip, part.FullName).Descendants().Attributes().Where(a => a.Name.Namespace == r))
            {
                Assert.True(ids.Contains(reference.Value), $"{part.FullName}: {reference.Name.LocalName}=\"{reference.Value}\" has no relationship");
            }
        }

        var documentXml = Load(zip, "word/document.xml");
        var numberingXml = zip.GetEntry("word/numbering.xml") is null ? null : Load(zip, "word/numbering.xml");
        var numIds = numberingXml?.Descendants(W + "num").Select(n => (string?)n.Attribute(W + "numId")).ToHashSet() ?? [];
        foreach (var numId in documentXml.Descendants(W + "numId").Select(n => (string?)n.Attribute(W + "val")))
        {
            Assert.Contains(numId, numIds);
        }

        var styleIds = Load(zip, "word/styles.xml").Descendants(W + "style").Select(s => (string?)s.Attribute(W + "styleId")).ToHashSet();
        foreach (var used in documentXml.Descendants().Where(e => e.Name == W + "pStyle" || e.Name == W + "rStyle").Select(e => (string?)e.Attribute(W + "val")))
        {
            Assert.Contains(used, styleIds);
        }
    }

    public static XDocument Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    public static XDocument Load(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return Load(zip, name);
    }

    public static XNamespace WordNamespace => W;
}
