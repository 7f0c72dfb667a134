// Run: dotnet run -c Release --project tests/Remiss.Benchmarks -- --filter '*'
// (add --job short for a quick look). Ratios are against loading and validating the same file.
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Remiss.Benchmarks.RenderBenchmarks).Assembly).Run(args);
