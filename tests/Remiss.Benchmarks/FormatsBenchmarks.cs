using BenchmarkDotNet.Attributes;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Benchmarks;

/// <summary>
/// <c>render --format docx,pdf,html,md,eml</c> of the example's yttrande against its .docx alone (the baseline), in one
/// run: all five from one run of the template (what <c>remiss render</c> does), and the same five rendered one format
/// at a time (each running the template again, the e-mail draft rendering its .docx and .pdf again: how render worked
/// before the one document structure). The target is all five at most 1.3× the .docx.
/// </summary>
[MemoryDiagnoser]
public class FormatsBenchmarks
{
    private static readonly OutputFormat[] All = [OutputFormat.Docx, OutputFormat.Pdf, OutputFormat.Html, OutputFormat.Markdown, OutputFormat.Eml];
    private readonly RemissRenderer _renderer = new();
    private readonly RemissDocument _yttrande = new(DocumentKind.Yttrande);
    private RemissFile _file = null!;

    [GlobalSetup]
    public void Setup()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        _file = RemissLoader.Load(yaml, "sou-2024-72.remiss.yaml").File ?? throw new InvalidOperationException("the example does not load");
        _ = _renderer.Render(_file, _yttrande, All); // parse templates and load fonts before measuring
    }

    [Benchmark(Baseline = true, Description = "yttrande .docx alone")]
    public byte[] Docx() => _renderer.Render(_file, _yttrande, OutputFormat.Docx);

    [Benchmark(Description = "yttrande .pdf alone")]
    public byte[] Pdf() => _renderer.Render(_file, _yttrande, OutputFormat.Pdf);

    [Benchmark(Description = "yttrande .html alone")]
    public byte[] Html() => _renderer.Render(_file, _yttrande, OutputFormat.Html);

    [Benchmark(Description = "yttrande .md alone")]
    public byte[] Markdown() => _renderer.Render(_file, _yttrande, OutputFormat.Markdown);

    [Benchmark(Description = "yttrande .eml alone (renders its .docx and .pdf)")]
    public byte[] Eml() => _renderer.Render(_file, _yttrande, OutputFormat.Eml);

    [Benchmark(Description = "yttrande docx,pdf,html,md,eml (one template run)")]
    public long AllFormats() => _renderer.Render(_file, _yttrande, All).Sum(b => (long)b.Length);

    [Benchmark(Description = "yttrande docx,pdf,html,md,eml (one render per format)")]
    public long FormatByFormat() => All.Sum(format => (long)_renderer.Render(_file, _yttrande, format).Length);
}
