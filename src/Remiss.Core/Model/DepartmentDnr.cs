using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// A Government Offices diarienummer such as <c>S2024/02145</c> (older forms such as
/// <c>N2015/08441/RS</c> are accepted too).
/// </summary>
public sealed record DepartmentDnr
{
    private static readonly Regex Shape = new(@"^([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})([0-9]{4})/([0-9]+)(/[A-Za-zÅÄÖåäö]+)?$", RegexOptions.CultureInvariant);

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

    /// <inheritdoc />
    public override string ToString() => Text;
}
