using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Templates.Writers;

/// <summary>
/// What the Word output takes from a reference .docx, as pandoc's <c>--reference-doc</c> does: styles (fonts,
/// sizes, colours), theme, font table, page setup and letterhead (the default page header with its images). Read once; any style the body needs and the reference
/// lacks is added from the built-in set, so headings and lists always work.
/// </summary>
internal sealed record ReferenceDocx(string StylesXml, string? ThemeXml, string? FontTableXml, string? SectionPropertiesXml, ReferenceHeader? Letterhead)
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static ReferenceDocx Load(string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart ?? throw new RenderException($"{path}: error: mall-.docx:en saknar dokumentdel; spara den på nytt från Word eller LibreOffice.");
            var styles = main.StyleDefinitionsPart is { } part ? Read(part) : null;
            return new ReferenceDocx(
                MergeStyles(styles),
                main.ThemePart is { } theme ? Read(theme) : null,
                main.FontTablePart is { } fonts ? Read(fonts) : null,
                main.Document?.Body?.Elements<SectionProperties>().LastOrDefault()?.OuterXml,
                ReferenceHeader.From(main));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OpenXmlPackageException or InvalidDataException or FormatException or System.Xml.XmlException)
        {
            throw new RenderException($"{path}: error: mall-.docx:en kan inte läsas ({ex.Message}); ange en .docx sparad i Word eller LibreOffice.", ex);
        }
    }

    private static string Read(OpenXmlPart part)
    {
        using var reader = new StreamReader(part.GetStream(FileMode.Open, FileAccess.Read));
        return reader.ReadToEnd();
    }

    /// <summary>The reference's styles plus any required style it lacks (taken from ours).</summary>
    private static string MergeStyles(string? referenceXml)
    {
        if (referenceXml is null)
        {
            return DocxStyles.StylesXml;
        }

        var reference = XDocument.Parse(referenceXml);
        var ours = XDocument.Parse(DocxStyles.StylesXml.Trim());
        var root = reference.Root!;
        var present = root.Elements(W + "style").Select(s => (string?)s.Attribute(W + "styleId")).ToHashSet(StringComparer.Ordinal);
        foreach (var style in ours.Root!.Elements(W + "style"))
        {
            var id = (string?)style.Attribute(W + "styleId");
            if (id is not null && !present.Contains(id) && DocxStyles.Required.Contains(id))
            {
                root.Add(new XElement(style));
            }
        }

        return reference.Declaration + reference.ToString(SaveOptions.DisableFormatting);
    }
}
