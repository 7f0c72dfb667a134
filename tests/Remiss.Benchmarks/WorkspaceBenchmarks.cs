using BenchmarkDotNet.Attributes;
using Remiss.Core;

namespace Remiss.Benchmarks;

/// <summary>
/// What a workspace load adds to the loader: the organisation lookup (none here) and the SHA-256 of the bytes loaded
/// (<see cref="LoadedRemiss.Sha256"/>, which a rendered .docx records), against loading and validating the same bytes.
/// </summary>
[MemoryDiagnoser]
public class WorkspaceBenchmarks
{
    private byte[] _bytes = [];
    private readonly RemissWorkspace _workspace = new(new WorkspaceOptions { Source = new KnownFilesSource([]) });

    [GlobalSetup]
    public void Setup() => _bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));

    [Benchmark(Baseline = true, Description = "load + validate")]
    public RemissFile? Load() => RemissLoader.Load(_bytes, "bench.remiss.yaml").File;

    [Benchmark(Description = "workspace load (with the bytes' SHA-256)")]
    public string? WorkspaceLoad() => _workspace.Load("bench.remiss.yaml", _bytes).Sha256;

    [Benchmark(Description = "SHA-256 of the bytes alone")]
    public string Hash() => LoadedRemiss.HashOf(_bytes);
}
