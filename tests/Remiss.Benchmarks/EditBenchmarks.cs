using BenchmarkDotNet.Attributes;
using Remiss.Core;

namespace Remiss.Benchmarks;

/// <summary>
/// Editing the example in place (ROUNDTRIP.md §2): the summary and both comment texts, as a pull of the
/// yttrande writes them, against loading and validating the same file (the baseline). The edit parses the
/// file, splices the three values in and parses the result again to check it.
/// </summary>
[MemoryDiagnoser]
public class EditBenchmarks
{
    private string _yaml = string.Empty;
    private RemissEdit[] _edits = [];

    [GlobalSetup]
    public void Setup()
    {
        _yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        _edits =
        [
            new ScalarEdit("response.summary", "Region Västernorrland välkomnar utredningens inriktning men avstyrker förslaget att kommuner ska kunna anställa läkare.\n\nRegionen vill betona samverkan.\n"),
            new ScalarEdit("response.comments[0].text", "Regionens primärvård har redan i dag ett dygnet runt-ansvar för medicinsk bedömning.\n"),
            new ScalarEdit("response.comments[1].text", "Förslaget riskerar ojämlik tillgång till läkare mellan kommuner.\n"),
        ];
        if (RemissFileEditor.Apply(_yaml, "bench.remiss.yaml", _edits).HasErrors)
        {
            throw new InvalidOperationException("the example cannot be edited");
        }
    }

    [Benchmark(Baseline = true, Description = "load + validate")]
    public RemissFile? Load() => RemissLoader.Load(_yaml, "bench.remiss.yaml").File;

    [Benchmark(Description = "edit three fields in place")]
    public string? Edit() => RemissFileEditor.Apply(_yaml, "bench.remiss.yaml", _edits).Text;
}
