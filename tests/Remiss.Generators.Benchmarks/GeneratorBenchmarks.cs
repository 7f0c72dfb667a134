using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;
using Remiss.Core;

namespace Remiss.Generators.Benchmarks;

/// <summary>
/// The generator on N remiss files: a cold run, and a run after one file was edited, against the baseline
/// of loading the same files with Core's loader alone (the part no generator can avoid).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    /// <summary>
    /// In process: this project references the netstandard2.0 Core on purpose (as inside the compiler), which
    /// BenchmarkDotNet's separate rebuild cannot reproduce. Monitoring: each run is long enough to time on its own.
    /// </summary>
    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(9)
            .WithInvocationCount(1).WithUnrollFactor(1)); // one job for all three (EditOne needs a fresh driver per invocation), so ratios compare
    }

    private ImmutableArray<AdditionalText> _files;
    private AdditionalText _edited = null!;
    private Compilation _compilation = null!;
    private GeneratorDriver _warm = null!;

    [Params(1, 100, 2000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = Corpus.Files(Files);
        _edited = Corpus.Edited(_files, Files / 2);
        _compilation = Corpus.Compilation();
    }

    [IterationSetup(Target = nameof(EditOne))]
    public void WarmUpDriver() => _warm = Corpus.Driver(_files).RunGenerators(_compilation);

    [Benchmark(Baseline = true, Description = "Core loader only")]
    public int LoadOnly()
    {
        var errors = 0;
        foreach (var file in _files)
        {
            errors += RemissLoader.Load(file.GetText()!.ToString(), file.Path).HasErrors ? 1 : 0;
        }

        return errors;
    }

    [Benchmark(Description = "Generator, cold")]
    public GeneratorDriver Cold() => Corpus.Driver(_files).RunGenerators(_compilation);

    [Benchmark(Description = "Generator, one file edited")]
    public GeneratorDriver EditOne() => _warm.ReplaceAdditionalText(_files[Files / 2], _edited).RunGenerators(_compilation);
}
