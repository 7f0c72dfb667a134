using System.Globalization;
using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>The series of a remitted document's number.</summary>
public enum DocumentSeries
{
    /// <summary>Any other series (e.g. <c>prop. 2023/24:1</c>): accepted with a warning.</summary>
    Other = 0,

    /// <summary>Statens offentliga utredningar, <c>SOU yyyy:n</c>.</summary>
    Sou,

    /// <summary>Departementsserien, <c>Ds yyyy:n</c>.</summary>
    Ds,
}

/// <summary>A remitted document's number, such as <c>SOU 2024:72</c> or <c>Ds 2023:26</c>.</summary>
public sealed record DocumentNumber
{
    private static readonly Regex Known = new(@"^(SOU|Ds) ([0-9]{4}):([1-9][0-9]*)$", RegexOptions.CultureInvariant);

    private DocumentNumber(string text, DocumentSeries series, int? year, int? ordinal)
    {
        Text = text;
        Series = series;
        Year = year;
        Ordinal = ordinal;
    }

    /// <summary>The number as written, e.g. <c>SOU 2024:72</c>.</summary>
    public string Text { get; }

    /// <summary>The series, <see cref="DocumentSeries.Other"/> when not SOU or Ds.</summary>
    public DocumentSeries Series { get; }

    /// <summary>The year, for SOU and Ds.</summary>
    public int? Year { get; }

    /// <summary>The number within the year, for SOU and Ds.</summary>
    public int? Ordinal { get; }

    /// <summary>True for the SOU and Ds series.</summary>
    public bool IsKnownSeries => Series != DocumentSeries.Other;

    /// <summary>Parses a number. Never fails on non-empty text: other series become <see cref="DocumentSeries.Other"/>.</summary>
    public static DocumentNumber Parse(string text)
    {
        var trimmed = text.Trim();
        var match = Known.Match(trimmed);
        if (!match.Success)
        {
            return new DocumentNumber(trimmed, DocumentSeries.Other, null, null);
        }

        // An ordinal too long for any real report (the fuzzer's "SOU 2024:2222222222222222233") is no SOU or Ds number.
        if (!int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
        {
            return new DocumentNumber(trimmed, DocumentSeries.Other, null, null);
        }

        var series = match.Groups[1].Value == "SOU" ? DocumentSeries.Sou : DocumentSeries.Ds;
        return new DocumentNumber(trimmed, series, year, ordinal);
    }

    /// <summary>
    /// The known-series spelling of a number written with the wrong case or spacing
    /// (<c>sou 2024:72</c> → <c>SOU 2024:72</c>), or null.
    /// </summary>
    public static string? SuggestKnownSpelling(string text)
    {
        var match = Regex.Match(text.Trim(), @"^(sou|ds)\s*([0-9]{4})\s*:\s*([0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (!match.Success)
        {
            return null;
        }

        if (!int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
        {
            return null;
        }

        var series = match.Groups[1].Value.Equals("sou", StringComparison.OrdinalIgnoreCase) ? "SOU" : "Ds";
        return $"{series} {match.Groups[2].Value}:{ordinal}";
    }

    /// <summary>An identifier-friendly name, e.g. <c>Sou2024_72</c>, <c>Ds2023_26</c>.</summary>
    public string ToIdentifier()
    {
        if (IsKnownSeries)
        {
            return $"{(Series == DocumentSeries.Sou ? "Sou" : "Ds")}{Year}_{Ordinal}";
        }

        return Identifiers.FromText(Text);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
