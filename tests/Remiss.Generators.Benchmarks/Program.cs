using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;
using Remiss.Generators.Benchmarks;

if (args.Length > 0 && args[0] == "timing")
{
    // The compiler's own measure (GeneratorDriver.GetTimingInfo): median of 5 runs each, after one warm-up.
    Console.WriteLine("| files | cold (ms) | one file edited (ms) | nothing changed (ms) | sources |");
    Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
    foreach (var count in new[] { 1, 100, 2000 })
    {
        var files = Corpus.Files(count);
        var edited = Corpus.Edited(files, count / 2);
        var compilation = Corpus.Compilation();
        Corpus.Driver(files).RunGenerators(compilation); // JIT warm-up
        var cold = new List<double>();
        var edit = new List<double>();
        var none = new List<double>();
        var sources = 0;
        for (var run = 0; run < 5; run++)
        {
            var driver = Corpus.Driver(files).RunGenerators(compilation);
            cold.Add(driver.GetTimingInfo().ElapsedTime.TotalMilliseconds);
            sources = driver.GetRunResult().GeneratedTrees.Length;
            var again = driver.ReplaceAdditionalText(files[count / 2], edited).RunGenerators(compilation);
            edit.Add(again.GetTimingInfo().ElapsedTime.TotalMilliseconds);
            if (!again.GetRunResult().Diagnostics.IsEmpty) throw new InvalidOperationException("the edited file must stay valid");
            none.Add(again.RunGenerators(compilation).GetTimingInfo().ElapsedTime.TotalMilliseconds);
        }

        Console.WriteLine($"| {count} | {Median(cold):0.0} | {Median(edit):0.00} | {Median(none):0.00} | {sources} |");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);

static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
