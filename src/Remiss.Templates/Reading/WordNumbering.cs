using System.Globalization;
using System.Xml.Linq;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Reading;

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
