using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// A Government Offices diarienummer such as <c>S2024/02145</c> (older forms such as
/// <c>N2015/08441/RS</c> are accepted too).
/// </summary>
public sealed record DepartmentDnr
{
    private static readonly Regex Shape = new(@"^([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})([0-9]{4})/([0-9]+)(/[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö0-9]*)?$", RegexOptions.CultureInvariant);

    /// <summary>The current departments and the prefix each uses in its diarienummer.</summary>
    public static IReadOnlyDictionary<string, string> PrefixByDepartment { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Arbetsmarknadsdepartementet"] = "A",
        ["Finansdepartementet"] = "Fi",
        ["Försvarsdepartementet"] = "Fö",
        ["Justitiedepartementet"] = "Ju",
        ["Klimat- och näringslivsdepartementet"] = "KN",
        ["Kulturdepartementet"] = "Ku",
        ["Landsbygds- och infrastrukturdepartementet"] = "LI",
        ["Socialdepartementet"] = "S",
        ["Utbildningsdepartementet"] = "U",
        ["Utrikesdepartementet"] = "UD",
    };

    private DepartmentDnr(string text, string? prefix, int? year)
    {
        Text = text;
        Prefix = prefix;
        Year = year;
    }

    /// <summary>The dnr as written.</summary>
    public string Text { get; }

    /// <summary>The department prefix (<c>S</c>, <c>Fi</c>, …), when the dnr has the usual shape.</summary>
    public string? Prefix { get; }

    /// <summary>The year, when the dnr has the usual shape.</summary>
    public int? Year { get; }

    /// <summary>True when the dnr has the usual <c>{prefix}{year}/{number}</c> shape.</summary>
    public bool IsWellFormed => Prefix is not null;

    /// <summary>The dnr without slashes, as used in file names the Government Offices ask for (<c>S2024-02145</c>).</summary>
    public string ToFileNamePart() => Text.Replace('/', '-');

    /// <summary>Parses a dnr; never fails on non-empty text (check <see cref="IsWellFormed"/>).</summary>
    public static DepartmentDnr Parse(string text)
    {
        var trimmed = text.Trim();
        var match = Shape.Match(trimmed);
        return match.Success
            ? new DepartmentDnr(trimmed, match.Groups[1].Value, int.Parse(match.Groups[2].Value))
            : new DepartmentDnr(trimmed, null, null);
    }

    /// <summary>
    /// The prefix expected for <paramref name="department"/>, or null when the department is not one
    /// of today's (then nothing can be checked).
    /// </summary>
    public static string? ExpectedPrefix(string department) =>
        PrefixByDepartment.TryGetValue(department.Trim(), out var prefix) ? prefix : null;

    // Departments of earlier governments whose prefixes appear on remiss pages since 2011, with the years
    // each name was in use; the prefixes of today's departments (PrefixByDepartment) apply to every year.
    private static readonly (string Prefix, int From, int To, string Department)[] EarlierDepartments =
    {
        ("N", 0, 2022, "Näringsdepartementet"),
        ("M", 0, 2014, "Miljödepartementet"),
        ("M", 2015, 2018, "Miljö- och energidepartementet"),
        ("M", 2019, 2022, "Miljödepartementet"),
        ("I", 2019, 2022, "Infrastrukturdepartementet"),
        ("L", 0, 2014, "Landsbygdsdepartementet"),
        ("SB", 0, 9999, "Statsrådsberedningen"),
    };

    /// <summary>
    /// The department that used <paramref name="prefix"/> (any letter case) in <paramref name="year"/>, or null:
    /// today's departments for any year (KN and LI from 2023), and the earlier ones for their years
    /// (<c>N2015/…</c> → Näringsdepartementet, <c>M2016/…</c> → Miljö- och energidepartementet).
    /// </summary>
    public static string? DepartmentOf(string prefix, int year)
    {
        foreach (var pair in PrefixByDepartment)
        {
            if (string.Equals(pair.Value, prefix, StringComparison.OrdinalIgnoreCase) && (year >= 2023 || (pair.Value != "KN" && pair.Value != "LI")))
            {
                return pair.Key;
            }
        }

        foreach (var (earlier, from, to, department) in EarlierDepartments)
        {
            if (string.Equals(earlier, prefix, StringComparison.OrdinalIgnoreCase) && year >= from && year <= to)
            {
                return department;
            }
        }

        return null;
    }

    /// <summary>
    /// The Government Offices' spelling of a prefix written in another letter case (<c>FI</c> → <c>Fi</c>),
    /// or null when it is no department's prefix.
    /// </summary>
    public static string? CanonicalPrefix(string prefix)
    {
        foreach (var known in PrefixByDepartment.Values.Concat(EarlierDepartments.Select(d => d.Prefix)))
        {
            if (string.Equals(known, prefix, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
