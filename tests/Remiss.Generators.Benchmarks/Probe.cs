namespace Remiss.Generators.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
internal static class Probe
{
    public static void Run()
    {
        var files = Corpus.Files(2000);
        var edited = Corpus.Edited(files, 1000);
        var compilation = Corpus.Compilation();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new RemissGenerator().AsSourceGenerator() }, files, new CSharpParseOptions(LanguageVersion.Latest), null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        driver = driver.ReplaceAdditionalText(files[1000], edited).RunGenerators(compilation);
        var r = driver.GetRunResult().Results[0];
        Console.WriteLine($"total {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds}");
        foreach (var (name, steps) in r.TrackedSteps.Concat(r.TrackedOutputSteps))
        {
            var reasons = steps.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key}:{g.Count()}");
            Console.WriteLine($"{name}: {steps.Length} steps, {steps.Sum(s => s.ElapsedTime.TotalMilliseconds):0.0} ms, {string.Join(" ", reasons)}");
        }
    }
}
