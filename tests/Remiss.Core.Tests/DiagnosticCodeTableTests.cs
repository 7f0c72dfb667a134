using System.Reflection;
using System.Text.RegularExpressions;

namespace Remiss.Core.Tests;

/// <summary>docs/diagnostics.md's table of code ranges: one place per code, and every code in a range someone owns.</summary>
public sealed class DiagnosticCodeTableTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "diagnostics.md"));

    /// <summary>Every code Core defines: its descriptors and its <c>…Code</c> constants (every partial file's).</summary>
    private static IEnumerable<string> CoreCodes() =>
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null) switch
            {
                DiagnosticDescriptor descriptor => descriptor.Code,
                string text when text.StartsWith("RMS", StringComparison.Ordinal) => text,
                _ => null,
            })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    /// <summary>The table's rows: first and last code of each range, and where its codes are defined (empty when free).</summary>
    private static List<(int First, int Last, string Where)> Ranges() =>
        Regex.Matches(Docs, @"^\| RMS(\d{4})(–)?(?:RMS(\d{4}))? \| [^|]+ \| ([^|]*)\|$", RegexOptions.Multiline)
            .Select(m => (
                Number(m.Groups[1].Value),
                m.Groups[3].Success ? Number(m.Groups[3].Value) : m.Groups[2].Success ? 9999 : Number(m.Groups[1].Value),
                m.Groups[4].Value.Trim()))
            .ToList();

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Every_code_is_documented_and_in_a_range_that_is_not_free()
    {
        var ranges = Ranges();
        Assert.True(ranges.Count > 30, "the table of code ranges is at the top of docs/diagnostics.md");
        foreach (var code in CoreCodes())
        {
            var number = Number(code[3..]);
            Assert.Contains("\n## " + code + "\n", Docs, StringComparison.Ordinal);
            Assert.Contains(ranges, r => r.First <= number && number <= r.Last && r.Where.Length > 0);
        }
    }

    [Fact]
    public void The_ranges_do_not_overlap_and_name_existing_files()
    {
        var ranges = Ranges().OrderBy(r => r.First).ToList();
        for (var i = 1; i < ranges.Count; i++)
        {
            Assert.True(ranges[i].First > ranges[i - 1].Last, $"RMS{ranges[i].First:0000} overlaps the range before it");
        }

        var source = Path.GetDirectoryName(typeof(DiagnosticCodeTableTests).Assembly.Location)!;
        foreach (var file in ranges.Select(r => Regex.Match(r.Where, @"`D/(DiagnosticDescriptors(?:\.\w+)?\.cs)`")).Where(m => m.Success).Select(m => m.Groups[1].Value).Distinct())
        {
            Assert.True(RepoFileExists(source, Path.Combine("src", "Remiss.Core", "Diagnostics", file)), file);
        }
    }

    /// <summary>True when <paramref name="relative"/> exists below the repository root above <paramref name="from"/>.</summary>
    private static bool RepoFileExists(string from, string relative)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Remiss.sln")))
            {
                return File.Exists(Path.Combine(dir.FullName, relative));
            }
        }

        return true; // outside a checkout (a packed test run) there is nothing to compare with
    }
}
