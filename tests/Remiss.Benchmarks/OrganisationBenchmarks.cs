using BenchmarkDotNet.Attributes;
using Remiss.Core;

namespace Remiss.Benchmarks;

/// <summary>
/// What an organisation file adds to loading a remiss file: the example loaded as it is (the baseline), the
/// example with its path by ids and its organisation and signatories left to the organisation file, loading the
/// organisation file itself, and finding the nearest one among 20 known paths (a region and its kommuner; the generator's rule).
/// </summary>
[MemoryDiagnoser]
public class OrganisationBenchmarks
{
    private string _yaml = string.Empty;
    private string _byIds = string.Empty;
    private string _organisationYaml = string.Empty;
    private LoadOptions _options = LoadOptions.Default;
    private string[] _paths = [];

    [GlobalSetup]
    public void Setup()
    {
        _yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        _organisationYaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml"));
        _byIds = _yaml
            .Replace("    - Hälso- och sjukvårdsutskottet\n    - Hälso- och sjukvårdsnämnden\n", "    - hsu\n    - hsn\n", StringComparison.Ordinal)
            .Replace("  organisation: Region Västernorrland\n", string.Empty, StringComparison.Ordinal);
        var organisation = OrganisationLoader.Load(_organisationYaml, "organisation.yaml", new OrganisationLoadOptions { PathExists = null }).File
            ?? throw new InvalidOperationException("the example organisation file does not load");
        _options = new LoadOptions { Organisation = organisation, OrganisationPath = "organisation.yaml" };
        if (RemissLoader.Load(_byIds, "bench.remiss.yaml", _options).HasErrors)
        {
            throw new InvalidOperationException("the example by ids does not load");
        }

        _paths = Enumerable.Range(0, 20).Select(i => $"/src/län/kommun{i}/organisation.yaml").ToArray();
    }

    [Benchmark(Baseline = true, Description = "load + validate")]
    public RemissFile? Load() => RemissLoader.Load(_yaml, "bench.remiss.yaml").File;

    [Benchmark(Description = "load + validate with organisation (path by ids)")]
    public RemissFile? LoadWithOrganisation() => RemissLoader.Load(_byIds, "bench.remiss.yaml", _options).File;

    [Benchmark(Description = "load organisation.yaml")]
    public OrganisationFile? LoadOrganisation() => OrganisationLoader.Load(_organisationYaml, "organisation.yaml", new OrganisationLoadOptions { PathExists = null }).File;

    [Benchmark(Description = "nearest of 20 organisation files")]
    public string? FindAmong() => OrganisationLocator.FindAmong("/src/län/kommun7/2025/a.remiss.yaml", _paths);
}
