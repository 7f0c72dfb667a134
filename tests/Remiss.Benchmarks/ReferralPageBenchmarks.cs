using BenchmarkDotNet.Attributes;
using Remiss.Core;

namespace Remiss.Benchmarks;

/// <summary>
/// Reading a remiss page (what <c>remiss new --from</c> and a server do per page) against loading and validating
/// the example remiss file (the baseline): a typical page, a missive's text, and a page saved whole from a
/// browser (the same page after 200 KB of menus and other text).
/// </summary>
[MemoryDiagnoser]
public class ReferralPageBenchmarks
{
    private string _yaml = string.Empty;
    private string _page = string.Empty;
    private string _missive = string.Empty;
    private string _large = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        _page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Pages", "01-betankande-2025.txt"));
        _missive = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Pages", "28-missiv-wrapped.txt"));
        var menu = string.Concat(Enumerable.Repeat("Regeringen.se\nStart\nDokument och publikationer\nPressmeddelanden om utbildning och forskning.\n\n", 2500));
        _large = menu + _page;
        if (ReferralPage.Read(_large, "large.txt").Deadline is null)
        {
            throw new InvalidOperationException("the large page must still be read whole");
        }
    }

    [Benchmark(Baseline = true, Description = "load + validate (remiss file)")]
    public RemissFile? LoadAndValidate() => RemissLoader.Load(_yaml, "sou-2024-72.remiss.yaml").File;

    [Benchmark(Description = "read remiss page (2 KB)")]
    public ReferralPageResult Page() => ReferralPage.Read(_page, "sida.txt");

    [Benchmark(Description = "read missive text (1 KB)")]
    public ReferralPageResult Missive() => ReferralPage.Read(_missive, "missiv.txt");

    [Benchmark(Description = "read saved page (200 KB)")]
    public ReferralPageResult Large() => ReferralPage.Read(_large, "stor.txt");
}
