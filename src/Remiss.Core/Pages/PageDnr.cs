using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// The department's diarienummer: <c>S2024/02145</c>, older <c>N2015/08441/RS</c>, upper-case prefixes
/// (<c>FI2025/00072</c>, written back as <c>Fi2025/00072</c>; <c>FI 2025/00031</c> with a space), several on one page
/// (the first is used), and
/// the colon typo <c>S2023:02147</c> (read as <c>S2023/02147</c>, with a warning).
/// </summary>
internal static class PageDnr
{
    private static readonly TimeSpan Timeout = PageText.RegexTimeout;

    private static readonly Regex Dnr = new(
        @"(?<![\p{L}\d/])(?:(?<prefix>\p{L}{1,3})|(?<prefix>\p{Lu}{2,3})\s)(?<year>(?:19|20)\d{2})(?:(?<sep>/)(?<number>\d{1,6})|(?<sep>:)(?<number>\d{3,6}))(?<suffix>/\p{L}[\p{L}\d]{0,5})?(?![\p{L}\d/])",
        RegexOptions.CultureInvariant, Timeout);

    // "…verksamhetDiarienummer: FI 2025/00031": a heading and its label run together when copied from a browser.
    private static readonly Regex Label = new(@"(?:\b(?:diarienummer|dnr)\b|(?<=\p{Ll})Diarienummer)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>One dnr as the page writes it and as it is read.</summary>
    public sealed record Occurrence(DepartmentDnr Dnr, string Written, int Line, bool Colon, bool Labelled);

    public static IReadOnlyList<Occurrence> Read(PageText page)
    {
        var found = new List<Occurrence>();
        var lines = page.Lines;
        var labelAbove = false;
        foreach (var line in lines)
        {
            var labelled = labelAbove || Label.IsMatch(line.Text);
            foreach (Match match in Dnr.Matches(line.Text))
            {
                if (DepartmentDnr.CanonicalPrefix(match.Groups["prefix"].Value) is not { } prefix)
                {
                    continue;
                }

                var text = $"{prefix}{match.Groups["year"].Value}/{match.Groups["number"].Value}{match.Groups["suffix"].Value}";
                found.Add(new Occurrence(DepartmentDnr.Parse(text), match.Value, line.Line, match.Groups["sep"].Value == ":", labelled));
            }

            // "Diarienummer" as a label on its own line (a definition list in HTML) labels the next line.
            if (line.Text.Length > 0)
            {
                labelAbove = Regex.IsMatch(line.Text, @"^(?:diarienummer|dnr)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);
            }
        }

        // Where the page labels its dnr, other numbers it mentions (an earlier remiss, a related case) do not count.
        var chosen = found.Any(o => o.Labelled) ? found.Where(o => o.Labelled) : found;
        var distinct = new List<Occurrence>();
        foreach (var occurrence in chosen)
        {
            if (!distinct.Any(d => d.Dnr.Text == occurrence.Dnr.Text))
            {
                distinct.Add(occurrence);
            }
        }

        return distinct;
    }
}
