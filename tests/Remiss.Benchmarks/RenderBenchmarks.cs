using BenchmarkDotNet.Attributes;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Benchmarks;

/// <summary>
/// The rendering pipeline on the shared example: load + validate (the baseline), Markdown, .docx, and a batch
/// of <see cref="BatchSize"/> .docx files rendered in parallel through one renderer, as <c>remiss render</c> does.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    /// <summary>Files in the batch benchmark: a region's remisser for a year.</summary>
    public const int BatchSize = 50;

    private readonly RemissRenderer _renderer = new();
    private string _yaml = string.Empty;
    private RemissFile _file = null!;
    private RemissFile[] _batch = [];

    [GlobalSetup]
    public void Setup()
    {
        _yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        _file = Load(_yaml);
        _batch = Enumerable.Range(1, BatchSize)
            .Select(i => Load(_yaml.Replace("dnr: 24HSN5898", $"dnr: 24HSN{5898 + i}", StringComparison.Ordinal)))
            .ToArray();
        _ = _renderer.Render(_file, DocumentKind.Tjansteutlatande, OutputFormat.Docx); // parse templates before measuring
    }

    [Benchmark(Baseline = true, Description = "load + validate")]
    public RemissFile? LoadAndValidate() => RemissLoader.Load(_yaml, "sou-2024-72.remiss.yaml").File;

    [Benchmark(Description = "Markdown (tjänsteutlåtande)")]
    public string Markdown() => _renderer.RenderMarkdown(_file, DocumentKind.Tjansteutlatande);

    [Benchmark(Description = ".docx (tjänsteutlåtande)")]
    public byte[] Docx() => _renderer.Render(_file, DocumentKind.Tjansteutlatande, OutputFormat.Docx);

    [Benchmark(Description = ".html (tjänsteutlåtande)")]
    public byte[] Html() => _renderer.Render(_file, DocumentKind.Tjansteutlatande, OutputFormat.Html);

    [Benchmark(Description = "batch: 50 files × 2 documents .docx, parallel")]
    public long BatchDocx()
    {
        long total = 0;
        Parallel.ForEach(_batch, file =>
        {
            var bytes = _renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Docx).Length
                + _renderer.Render(file, DocumentKind.Yttrande, OutputFormat.Docx).Length;
            Interlocked.Add(ref total, bytes);
        });
        return total;
    }

    private static RemissFile Load(string yaml) =>
        RemissLoader.Load(yaml, "bench.remiss.yaml").File ?? throw new InvalidOperationException("the example does not load");
}
