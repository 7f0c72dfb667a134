using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Remiss.Templates.Reading;

namespace Remiss.Templates;

// What the Word reader asks of the styles: what a paragraph or character style means for the Markdown — which
// paragraph styles are headings (by Word's built-in name "heading N", whatever the style id in a Swedish Word, or by
// outline level), lists (a numbering in the style, or Word's List Bullet / List Number by name), quotes and code, and
// which character styles are bold, italic or code.
internal sealed partial class WordStyles
{
    /// <summary>What a paragraph style (or the default one, for null) means.</summary>
    public ParagraphStyle Paragraph(string? id)
    {
        id ??= DefaultParagraph ?? string.Empty;
        return _paragraphCache.GetOrAdd(id, ResolveParagraph);
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

            style = _characterCache.GetOrAdd(id, new CharacterStyle(bold ?? false, italic ?? false, code));
        }

        return style;
    }

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

    private static string? NameOf(XElement style) => ((string?)style.Element(W + "name")?.Attribute(W + "val"))?.Trim().ToLowerInvariant();

    [GeneratedRegex(@"^heading ([1-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"^(?:heading|rubrik)([1-9])$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadingId();

    [GeneratedRegex(@"^list (bullet|number)(?: ([1-9]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListName();
}
