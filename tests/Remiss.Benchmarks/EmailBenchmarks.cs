using BenchmarkDotNet.Attributes;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Benchmarks;

/// <summary>
/// The e-mail draft (.eml) against the yttrande's .docx it carries: what writing the MIME message (covering text,
/// base64 of both files, hashing for the Message-Id) adds to rendering the document. The PDF is a stand-in of a real
/// one's size (about 60 KB), since making it is LibreOffice's time, not ours.
/// </summary>
[MemoryDiagnoser]
public class EmailBenchmarks
{
    private readonly RemissRenderer _renderer = new();
    private RemissFile _file = null!;
    private byte[] _docx = [];
    private byte[] _pdf = [];

    [GlobalSetup]
    public void Setup()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"))
            .Replace("  department: Socialdepartementet\n", "  department: Socialdepartementet\n  department_dnr: S2024/02145\n  reply_to: s.remissvar@regeringskansliet.se\n", StringComparison.Ordinal);
        _file = RemissLoader.Load(yaml, "bench.remiss.yaml").File ?? throw new InvalidOperationException("the example does not load");
        _docx = _renderer.Render(_file, DocumentKind.Yttrande, OutputFormat.Docx);
        _pdf = new byte[60_000];
        new Random(20).NextBytes(_pdf);
        _ = _renderer.RenderEmail(_file, _docx, _pdf); // parse the template before measuring
    }

    [Benchmark(Baseline = true, Description = ".docx (yttrande)")]
    public byte[] Docx() => _renderer.Render(_file, DocumentKind.Yttrande, OutputFormat.Docx);

    [Benchmark(Description = ".eml (yttrande's .docx and a 60 KB .pdf attached)")]
    public byte[] Eml() => _renderer.RenderEmail(_file, _docx, _pdf);
}
