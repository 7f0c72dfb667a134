namespace Remiss.Templates.Writers;

/// <summary>
/// One part of the package: where it lives in the zip, its content type, and how its owner refers to it
/// (relationship type and a fixed id, so identical input gives identical bytes).
/// </summary>
/// <param name="Name">The zip entry name, without a leading slash (<c>word/styles.xml</c>).</param>
/// <param name="ContentType">Its content type in <c>[Content_Types].xml</c>.</param>
/// <param name="RelationshipType">The type of the relationship that points at it.</param>
/// <param name="RelationshipId">That relationship's id in its owner's <c>.rels</c>.</param>
internal readonly record struct DocxPart(string Name, string ContentType, string RelationshipType, string RelationshipId)
{
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Wordprocessing = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /// <summary>The relationship type of an external hyperlink.</summary>
    public const string HyperlinkType = OfficeDocument + "hyperlink";

    /// <summary>The relationship type of an image.</summary>
    public const string ImageType = OfficeDocument + "image";

    // Parts the package's root relationships point at.
    public static readonly DocxPart Document = new("word/document.xml", Wordprocessing + "document.main+xml", OfficeDocument + "officeDocument", "rId1");
    public static readonly DocxPart CoreProperties = new("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "rId2");
    public static readonly DocxPart AppProperties = new("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml", OfficeDocument + "extended-properties", "rId3");

    // Parts the document points at.
    public static readonly DocxPart Styles = new("word/styles.xml", Wordprocessing + "styles+xml", OfficeDocument + "styles", "rIdStyles");
    public static readonly DocxPart Settings = new("word/settings.xml", Wordprocessing + "settings+xml", OfficeDocument + "settings", "rIdSettings");
    public static readonly DocxPart Theme = new("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml", OfficeDocument + "theme", "rIdTheme");
    public static readonly DocxPart FontTable = new("word/fontTable.xml", Wordprocessing + "fontTable+xml", OfficeDocument + "fontTable", "rIdFonts");
    public static readonly DocxPart Numbering = new("word/numbering.xml", Wordprocessing + "numbering+xml", OfficeDocument + "numbering", "rIdNumbering");

    /// <summary>The default page header (the section's <c>w:headerReference w:type="default"</c>).</summary>
    public static readonly DocxPart Header = new("word/header1.xml", Wordprocessing + "header+xml", OfficeDocument + "header", "rIdHeader");

    /// <summary>The relationship type of a page footer, for a <c>w:footerReference</c>.</summary>
    public const string FooterType = OfficeDocument + "footer";

    /// <summary>The default page footer (the section's <c>w:footerReference w:type="default"</c>).</summary>
    public static readonly DocxPart Footer = new("word/footer1.xml", Wordprocessing + "footer+xml", FooterType, "rIdFooter");

    /// <summary>
    /// The round-trip part (ROUNDTRIP.md §1): a custom XML part of its own namespace, where Word keeps data for the
    /// document and shows nothing. Its properties part (<see cref="CustomXmlPropertiesName"/>) is related from it.
    /// </summary>
    public static readonly DocxPart RoundTrip = new("customXml/item1.xml", "application/xml", OfficeDocument + "customXml", "rIdRemiss");

    /// <summary>The round-trip part's properties (its data store id).</summary>
    public const string CustomXmlPropertiesName = "customXml/itemProps1.xml";

    /// <summary>The content type of a custom XML part's properties.</summary>
    public const string CustomXmlPropertiesType = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

    /// <summary>The relationship type from a custom XML part to its properties.</summary>
    public const string CustomXmlPropertiesRelationship = OfficeDocument + "customXmlProps";

    /// <summary>True for a header or footer, which the section refers to.</summary>
    public bool IsHeaderOrFooter => RelationshipType == Header.RelationshipType || RelationshipType == FooterType;

    /// <summary>The part's <c>.rels</c> entry (<c>word/_rels/document.xml.rels</c>).</summary>
    public string RelationshipsName => RelationshipsOf(Name);

    /// <summary>The target of a relationship from a part in <c>word/</c> to this part (<c>styles.xml</c>, <c>media/image1.png</c>).</summary>
    public string TargetFromWord => Name.StartsWith("word/", StringComparison.Ordinal) ? Name["word/".Length..] : "../" + Name;

    /// <summary>The <c>.rels</c> entry of the part named <paramref name="name"/>.</summary>
    public static string RelationshipsOf(string name)
    {
        var slash = name.LastIndexOf('/');
        return slash < 0 ? "_rels/" + name + ".rels" : name[..(slash + 1)] + "_rels/" + name[(slash + 1)..] + ".rels";
    }
}
