using System.Globalization;
using System.Xml.Linq;

namespace Remiss.Templates;

/// <summary>A tab stop of a paragraph style: where (points from the text's left edge) and how text aligns on it.</summary>
internal readonly record struct TabStop(double Position, string Alignment);

/// <summary>
/// One Word style with everything it inherits resolved (document defaults, <c>basedOn</c> chain), in points:
/// what the PDF needs to set a paragraph as Word sets it.
/// </summary>
internal sealed record ResolvedStyle
{
    public string Font { get; init; } = "Times New Roman";

    public double Size { get; init; } = 10;

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public bool Underline { get; init; }

    /// <summary>RRGGBB, or null for automatic (black).</summary>
    public string? Color { get; init; }

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    /// <summary>The line spacing: a multiple of the font's line height (<c>auto</c>), or points (<c>exact</c>, <c>atLeast</c>).</summary>
    public double Line { get; init; } = 1;

    public string LineRule { get; init; } = "auto";

    public double IndentLeft { get; init; }

    public double IndentRight { get; init; }

    /// <summary>First-line indent; negative for a hanging indent.</summary>
    public double IndentFirstLine { get; init; }

    public bool KeepNext { get; init; }

    public bool KeepLines { get; init; }

    public bool ContextualSpacing { get; init; }

    /// <summary>left, center, right or both (justified).</summary>
    public string Alignment { get; init; } = "left";

    public IReadOnlyList<TabStop> Tabs { get; init; } = [];
}

// What the PDF asks of the styles: a paragraph style resolved as Word sets it, in points.
internal sealed partial class WordStyles
{
    /// <summary>A paragraph style with its character style on top (e.g. Normal + Hyperlink), or the default paragraph style when it is missing.</summary>
    public ResolvedStyle Get(string paragraphStyle, string? characterStyle = null)
    {
        var key = characterStyle is null ? paragraphStyle : paragraphStyle + "+" + characterStyle;
        if (_resolved.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var style = Defaults();
        foreach (var element in Enumerable.Reverse(Chain(_styles.ContainsKey(paragraphStyle) ? paragraphStyle : DefaultParagraph)))
        {
            style = Apply(style, element.Element(W + "pPr"), element.Element(W + "rPr"));
        }

        if (characterStyle is not null)
        {
            foreach (var element in Enumerable.Reverse(Chain(characterStyle)))
            {
                style = Apply(style, null, element.Element(W + "rPr"));
            }
        }

        return _resolved.GetOrAdd(key, style);
    }

    private ResolvedStyle Defaults() => Apply(new ResolvedStyle(), _paragraphDefaults, _runDefaults);

    private ResolvedStyle Apply(ResolvedStyle style, XElement? pPr, XElement? rPr)
    {
        if (pPr is not null)
        {
            var spacing = pPr.Element(W + "spacing");
            var ind = pPr.Element(W + "ind");
            style = style with
            {
                SpaceBefore = Twips(spacing, "before") ?? style.SpaceBefore,
                SpaceAfter = Twips(spacing, "after") ?? style.SpaceAfter,
                KeepNext = Toggle(pPr.Element(W + "keepNext")) ?? style.KeepNext,
                KeepLines = Toggle(pPr.Element(W + "keepLines")) ?? style.KeepLines,
                ContextualSpacing = Toggle(pPr.Element(W + "contextualSpacing")) ?? style.ContextualSpacing,
                Alignment = Alignment((string?)pPr.Element(W + "jc")?.Attribute(W + "val")) ?? style.Alignment,
                IndentLeft = Twips(ind, "left") ?? Twips(ind, "start") ?? style.IndentLeft,
                IndentRight = Twips(ind, "right") ?? Twips(ind, "end") ?? style.IndentRight,
                IndentFirstLine = -Twips(ind, "hanging") ?? Twips(ind, "firstLine") ?? style.IndentFirstLine,
            };
            if (Number(spacing, "line") is { } line)
            {
                var rule = (string?)spacing!.Attribute(W + "lineRule") ?? "auto";
                style = style with { LineRule = rule, Line = rule == "auto" ? line / 240 : line / 20 };
            }

            if (pPr.Element(W + "tabs") is { } tabs)
            {
                style = style with
                {
                    Tabs = tabs.Elements(W + "tab")
                        .Where(t => (string?)t.Attribute(W + "val") is not "clear")
                        .Select(t => new TabStop(Number(t, "pos") / 20 ?? 0, (string?)t.Attribute(W + "val") ?? "left"))
                        .OrderBy(t => t.Position)
                        .ToList(),
                };
            }
        }

        if (rPr is not null)
        {
            style = style with
            {
                Font = FontOf(rPr.Element(W + "rFonts")) ?? style.Font,
                Size = Number(rPr.Element(W + "sz"), "val") / 2 ?? style.Size,
                Bold = Toggle(rPr.Element(W + "b")) ?? style.Bold,
                Italic = Toggle(rPr.Element(W + "i")) ?? style.Italic,
                Underline = rPr.Element(W + "u") is { } u ? (string?)u.Attribute(W + "val") is not ("none" or null) : style.Underline,
                Color = rPr.Element(W + "color") is { } c ? Color((string?)c.Attribute(W + "val")) : style.Color,
            };
        }

        return style;
    }

    private string? FontOf(XElement? fonts)
    {
        if (fonts is null)
        {
            return null;
        }

        if ((string?)fonts.Attribute(W + "ascii") is { Length: > 0 } ascii)
        {
            return ascii;
        }

        if ((string?)fonts.Attribute(W + "hAnsi") is { Length: > 0 } hAnsi)
        {
            return hAnsi;
        }

        var theme = (string?)fonts.Attribute(W + "asciiTheme") ?? (string?)fonts.Attribute(W + "hAnsiTheme");
        return theme switch
        {
            null => null,
            _ when theme.StartsWith("major", StringComparison.Ordinal) => _majorFont,
            _ => _minorFont,
        };
    }

    private static string? Alignment(string? value) => value switch
    {
        null => null,
        "center" => "center",
        "right" or "end" => "right",
        "both" or "distribute" => "both",
        _ => "left",
    };

    private static string? Color(string? value) =>
        value is { Length: 6 } && value.All(char.IsAsciiHexDigit) ? value.ToUpperInvariant() : null;

    private static double? Twips(XElement? element, string attribute) => Number(element, attribute) / 20;

    private static double? Number(XElement? element, string attribute) =>
        (string?)element?.Attribute(W + attribute) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
