using Remiss.Core;

namespace Remiss.Tests.Shared;

/// <summary>
/// The remiss-page fixtures (<c>tests/Fixtures/Pages</c>) and what must be found in each
/// (<c>expected.tsv</c>, written by hand), copied beside the test assembly under <c>Data/Pages</c>.
/// </summary>
internal static class PageFixtures
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "Pages");

    public static string PathOf(string file) => Path.Combine(Folder, file);

    public static IReadOnlyList<PageExpectation> All { get; } = Load();

    public static PageExpectation Get(string file) => All.Single(e => e.File == file);

    private static IReadOnlyList<PageExpectation> Load()
    {
        var rows = File.ReadAllLines(PathOf("expected.tsv")).Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1);
        return rows.Select(row =>
        {
            var c = row.Split('\t').Select(v => v == "-" ? null : v).ToArray();
            return new PageExpectation(c[0]!, c[1], c[2], c[3], c[4], c[5] == "yes", c[6], Split(c[7], ","), c[8], c[9], int.Parse(c[10]!), Split(c[11], " | "), Split(c[12], ","));
        }).ToList();

        static string[] Split(string? value, string separator) => value is null ? [] : value.Split(separator);
    }

    /// <summary>The found values in the table's spelling, to compare with a row.</summary>
    public static PageExpectation Describe(string file, ReferralPageResult page) => new(
        file,
        page.Title?.Value,
        page.Kind is null ? null : RemissSchema.KindName(page.Kind.Value),
        page.Number?.Value.Text,
        page.Department?.Value,
        page.DepartmentFromDnr,
        page.DepartmentDnr?.Value.Text,
        page.OtherDnrs.Select(d => d.Value.Text).ToArray(),
        page.Deadline?.Value.ToString(),
        page.ExtendedFrom?.Value.ToString(),
        page.ConsultedBodies.Count,
        page.ConsultedBodies.Where(b => b.Value.Limitation is not null).Select(b => $"{b.Value.Name}: {b.Value.Limitation}").ToArray(),
        page.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal).ToArray());
}

/// <summary>One row of <c>expected.tsv</c>.</summary>
internal sealed record PageExpectation(
    string File, string? Title, string? Kind, string? Number, string? Department, bool DepartmentFromDnr, string? Dnr,
    string[] OtherDnrs, string? Deadline, string? ExtendedFrom, int Bodies, string[] Limitations, string[] Codes)
{
    /// <summary>Every column as text, so a failing test shows the whole row side by side.</summary>
    public override string ToString() => string.Join(" ¦ ", File, Title, Kind, Number, Department, DepartmentFromDnr, Dnr,
        string.Join(",", OtherDnrs), Deadline, ExtendedFrom, Bodies, string.Join(" | ", Limitations), string.Join(",", Codes));
}
