using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Reading;

/// <summary>
/// What a document's styles mean for the Markdown: which paragraph styles are headings (by Word's built-in name
/// <c>heading N</c>, whatever the style id in a Swedish Word, or by outline level), lists (a numbering in the style,
/// or Word's <c>List Bullet</c> / <c>List Number</c> by name), quotes and code, and which character styles are bold,
/// italic or code. Styles inherit through <c>w:basedOn</c>.
/// </summary>
internal sealed partial class WordStyles
{
    private static readonly XNamespace W = WordXml.W;
    private readonly Dictionary<string, XElement> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParagraphStyle> _paragraphCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CharacterStyle> _characterCache = new(StringComparer.Ordinal);

    private WordStyles(XDocument? styles)
    {
        foreach (var style in styles?.Root?.Elements(W + "style") ?? [])
        {
            if ((string?)style.Attribute(W + "styleId") is { } id)
            {
                _styles.TryAdd(id, style);
                if ((string?)style.Attribute(W + "type") == "paragraph" && IsOn(style.Attribute(W + "default")))
                {
                    DefaultParagraph ??= id;
                }
            }
        }
    }

    /// <summary>Our own styles (<see cref="DocxStyles"/>), for Markdown the writer renders again to compare.</summary>
    public static WordStyles BuiltIn { get; } = new(XDocument.Parse(DocxStyles.StylesXml));

    /// <summary>The document's default paragraph style id, or null.</summary>
    public string? DefaultParagraph { get; }

    public static WordStyles From(XDocument? styles) => new(styles);

    /// <summary>What a paragraph style (or the default one, for null) means.</summary>
    public ParagraphStyle Paragraph(string? id)
    {
        id ??= DefaultParagraph ?? string.Empty;
        if (!_paragraphCache.TryGetValue(id, out var style))
        {
            style = ResolveParagraph(id);
            _paragraphCache[id] = style;
        }

        return style;
    }

    /// <summary>What a character style means.</summary>
    public CharacterStyle Character(string? id)
    {
        if (id is null)
        {
            return default;
        }

        if (!_characterCache.TryGetValue(id, out var style))
        {
            bool? bold = null, italic = null;
            var code = false;
            foreach (var s in Chain(id))
            {
                var rPr = s.Element(W + "rPr");
                bold ??= Toggle(rPr?.Element(W + "b"));
                italic ??= Toggle(rPr?.Element(W + "i"));
                code |= NameOf(s) is "verbatim char" or "html code";
            }

            style = new CharacterStyle(bold ?? false, italic ?? false, code);
            _characterCache[id] = style;
        }

        return style;
    }

    /// <summary>A toggle property (<c>w:b</c>, <c>w:i</c>): on unless its value says off; null when absent.</summary>
    public static bool? Toggle(XElement? element) => element is null ? null : IsOn(element.Attribute(W + "val")) || element.Attribute(W + "val") is null;

    private static bool IsOn(XAttribute? value) => (string?)value is "1" or "true" or "on";

    private ParagraphStyle ResolveParagraph(string id)
    {
        int? heading = null, outline = null;
        (int NumId, int Level)? numbering = null;
        ListByName? byName = null;
        bool quote = false, code = false, listParagraph = false;
        foreach (var style in Chain(id))
        {
            var name = NameOf(style);
            if (heading is null && name is not null && HeadingName().Match(name) is { Success: true } match)
            {
                heading = int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            }

            var pPr = style.Element(W + "pPr");
            if (outline is null && (string?)pPr?.Element(W + "outlineLvl")?.Attribute(W + "val") is { } level
                && int.TryParse(level, NumberStyles.None, CultureInfo.InvariantCulture, out var lvl) && lvl < 6)
            {
                outline = lvl + 1;
            }

            if (numbering is null && pPr?.Element(W + "numPr") is { } numPr && NumberOf(numPr) is { } found)
            {
                numbering = found;
            }

            if (byName is null && name is not null && ListName().Match(name) is { Success: true } list)
            {
                var levelOfName = list.Groups[2].Success ? int.Parse(list.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) - 1 : 0;
                byName = new ListByName(list.Groups[1].Value == "number", Math.Clamp(levelOfName, 0, 8));
            }

            quote |= name is "quote" or "intense quote" or "block text";
            code |= name is "source code" or "html preformatted";
            listParagraph |= name is "list paragraph";
        }

        if (heading is null && HeadingId().Match(id) is { Success: true } byId)
        {
            heading = int.Parse(byId.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return new ParagraphStyle(heading is >= 1 and <= 6 ? heading : outline, numbering, byName, quote, code, listParagraph);
    }

    /// <summary>The numbering a <c>w:numPr</c> names: its <c>numId</c> and level; <c>numId</c> 0 means "no list" and gives (0, 0).</summary>
    public static (int NumId, int Level)? NumberOf(XElement numPr)
    {
        if ((string?)numPr.Element(W + "numId")?.Attribute(W + "val") is not { } numId
            || !int.TryParse(numId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var level = int.TryParse((string?)numPr.Element(W + "ilvl")?.Attribute(W + "val"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 0;
        return (id, Math.Clamp(level, 0, 8));
    }

    /// <summary>The style and its ancestors through <c>w:basedOn</c>, at most 16 deep (a loop in a damaged file ends there).</summary>
    private IEnumerable<XElement> Chain(string id)
    {
        var seen = 0;
        for (var current = id; current is not null && seen < 16 && _styles.TryGetValue(current, out var style); seen++)
        {
            yield return style;
            current = (string?)style.Element(W + "basedOn")?.Attribute(W + "val");
        }
    }

    private static string? NameOf(XElement style) => ((string?)style.Element(W + "name")?.Attribute(W + "val"))?.Trim().ToLowerInvariant();

    [GeneratedRegex(@"^heading ([1-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:heading|rubrik)([1-9])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadingId();

    [GeneratedRegex(@"^list (bullet|number)(?: ([1-9]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListName();
}

/// <summary>A list style known by its name (Word's <c>List Bullet 2</c>) when it carries no numbering of its own.</summary>
internal readonly record struct ListByName(bool Ordered, int Level);

/// <summary>What a paragraph style means for the Markdown.</summary>
internal readonly record struct ParagraphStyle(int? Heading, (int NumId, int Level)? Numbering, ListByName? ListByName, bool Quote, bool Code, bool ListParagraph);

/// <summary>What a character style means for the Markdown.</summary>
internal readonly record struct CharacterStyle(bool Bold, bool Italic, bool Code);

/// <summary>A list level's kind and first number.</summary>
internal readonly record struct ListLevel(bool Ordered, int Start);

/// <summary>Looks up list levels: a document's numbering part, or the writer's own lists.</summary>
internal interface IListFormats
{
    /// <summary>The level <paramref name="level"/> of list <paramref name="numId"/>, or null when it numbers nothing.</summary>
    ListLevel? Level(int numId, int level);
}

/// <summary>The numbering part: <c>w:num</c> → <c>w:abstractNum</c> levels, with <c>w:lvlOverride</c> start overrides.</summary>
internal sealed class WordNumbering : IListFormats
{
    private static readonly XNamespace W = WordXml.W;
    private readonly Dictionary<int, XElement> _abstracts = [];
    private readonly Dictionary<int, XElement> _nums = [];
    private readonly Dictionary<(int, int), ListLevel?> _cache = [];

    private WordNumbering(XDocument? numbering)
    {
        foreach (var element in numbering?.Root?.Elements() ?? [])
        {
            if (element.Name == W + "abstractNum" && Int(element.Attribute(W + "abstractNumId")) is { } a)
            {
                _abstracts.TryAdd(a, element);
            }
            else if (element.Name == W + "num" && Int(element.Attribute(W + "numId")) is { } n)
            {
                _nums.TryAdd(n, element);
            }
        }
    }

    public static WordNumbering From(XDocument? numbering) => new(numbering);

    public ListLevel? Level(int numId, int level)
    {
        if (!_cache.TryGetValue((numId, level), out var result))
        {
            result = Resolve(numId, level);
            _cache[(numId, level)] = result;
        }

        return result;
    }

    private ListLevel? Resolve(int numId, int level)
    {
        if (numId <= 0 || !_nums.TryGetValue(numId, out var num)
            || Int(num.Element(W + "abstractNumId")?.Attribute(W + "val")) is not { } abstractId
            || !_abstracts.TryGetValue(abstractId, out var abstractNum))
        {
            return null;
        }

        var levelText = level.ToString(CultureInfo.InvariantCulture);
        var lvlOverride = num.Elements(W + "lvlOverride").FirstOrDefault(o => (string?)o.Attribute(W + "ilvl") == levelText);
        var lvl = lvlOverride?.Element(W + "lvl") ?? abstractNum.Elements(W + "lvl").FirstOrDefault(l => (string?)l.Attribute(W + "ilvl") == levelText);
        if (lvl is null)
        {
            return null;
        }

        var format = (string?)lvl.Element(W + "numFmt")?.Attribute(W + "val") ?? "decimal";
        if (format == "none")
        {
            return null;
        }

        var start = Int(lvlOverride?.Element(W + "startOverride")?.Attribute(W + "val")) ?? Int(lvl.Element(W + "start")?.Attribute(W + "val")) ?? 1;
        return new ListLevel(format != "bullet", Math.Clamp(start, 0, 999_999));
    }

    private static int? Int(XAttribute? attribute) =>
        int.TryParse((string?)attribute, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
