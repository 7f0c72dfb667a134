using System.Collections.Concurrent;
using System.Xml;
using System.Xml.Linq;
using Remiss.Templates.Reading;
using Remiss.Templates.Writers;

namespace Remiss.Templates;

/// <summary>
/// The styles of a document's <c>word/styles.xml</c> and its theme fonts, read once: the one resolver of Word styles
/// (<c>w:basedOn</c> chains, toggles, the default paragraph style) for the PDF, which sets a paragraph as Word does
/// (<see cref="Get"/>), and for the Word reader, which asks what a style means for the Markdown (<see cref="Paragraph"/>,
/// <see cref="Character"/>). Thread-safe: one instance is shared by every render and pull.
/// </summary>
internal sealed partial class WordStyles
{
    private static readonly XNamespace W = WordXml.W;
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>How deep a <c>basedOn</c> chain is followed: a loop or a hostile chain in a damaged file ends there.</summary>
    private const int MaxChain = 16;

    private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ResolvedStyle> _resolved = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParagraphStyle> _paragraphCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CharacterStyle> _characterCache = new(StringComparer.Ordinal);
    private readonly XElement? _runDefaults;
    private readonly XElement? _paragraphDefaults;
    private readonly string? _majorFont;
    private readonly string? _minorFont;

    private WordStyles(XDocument? styles, XDocument? theme)
    {
        var root = styles?.Root;
        _runDefaults = root?.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr");
        _paragraphDefaults = root?.Element(W + "docDefaults")?.Element(W + "pPrDefault")?.Element(W + "pPr");
        foreach (var style in root?.Elements(W + "style") ?? [])
        {
            if ((string?)style.Attribute(W + "styleId") is { } id && _styles.TryAdd(id, style)
                && (string?)style.Attribute(W + "type") == "paragraph" && Toggle(style.Attribute(W + "default")) == true)
            {
                DefaultParagraph ??= id;
            }
        }

        if (theme is not null)
        {
            var fonts = theme.Root?.Element(A + "themeElements")?.Element(A + "fontScheme");
            _majorFont = (string?)fonts?.Element(A + "majorFont")?.Element(A + "latin")?.Attribute("typeface");
            _minorFont = (string?)fonts?.Element(A + "minorFont")?.Element(A + "latin")?.Attribute("typeface");
        }
    }

    /// <summary>Our own styles (<see cref="DocxStyles"/>, with the table style), read once.</summary>
    public static WordStyles BuiltIn { get; } = new(XDocument.Parse(DocxStyles.WithTableStyle(DocxStyles.StylesXml)), null);

    /// <summary>The document's default paragraph style id, or null.</summary>
    public string? DefaultParagraph { get; }

    /// <summary>The styles of a document read by the Word reader (its theme does not matter there).</summary>
    public static WordStyles From(XDocument? styles) => new(styles, null);

    /// <summary>A styles part and theme as bytes (a reference .docx's), parsed without DTDs.</summary>
    /// <exception cref="XmlException">The styles part has no root element, or either is not XML.</exception>
    public static WordStyles From(byte[] stylesXml, byte[]? theme)
    {
        var styles = Load(stylesXml);
        return styles.Root is null ? throw new XmlException("styles.xml has no root element.") : new WordStyles(styles, theme is null ? null : Load(theme));
    }

    /// <summary>
    /// A toggle property (<c>w:b</c>, <c>w:i</c>, <c>w:keepNext</c>) or attribute: on unless its value says off
    /// (<c>0</c>, <c>false</c>, <c>off</c>); null when absent.
    /// </summary>
    public static bool? Toggle(XElement? element) =>
        element is null ? null : (string?)element.Attribute(W + "val") is not ("0" or "false" or "off");

    private static bool? Toggle(XAttribute? attribute) => attribute is null ? null : (string?)attribute is "1" or "true" or "on";

    /// <summary>The style and its bases through <c>w:basedOn</c>, the style itself first; a loop stops at the first repeat, a chain at <see cref="MaxChain"/>.</summary>
    private List<XElement> Chain(string? id)
    {
        var chain = new List<XElement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (id is not null && chain.Count < MaxChain && seen.Add(id) && _styles.TryGetValue(id, out var style))
        {
            chain.Add(style);
            id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val");
        }

        return chain;
    }

    private static XDocument Load(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        using var reader = XmlReader.Create(stream, Settings);
        return XDocument.Load(reader);
    }
}
