using BenchmarkDotNet.Attributes;
using Remiss.Core;
using Remiss.Templates;
using Remiss.Templates.Archive;

namespace Remiss.Benchmarks;

/// <summary>
/// <c>remiss archive</c> of the closed example (two recorded meetings, so four PDFs: yttrande, tjänsteutlåtande and two
/// extracts, plus METS, ERMS, PREMIS and SHA-256 of everything) against one render of the yttrande's PDF, all with the
/// native PDF engine. Issue 29's target: the archive at most 10× the one PDF.
/// </summary>
[MemoryDiagnoser]
public class ArchiveBenchmarks
{
    private readonly RemissRenderer _renderer = new();
    private readonly DateTimeOffset _created = new(2025, 3, 21, 10, 0, 0, TimeSpan.FromHours(1));
    private RemissFile _file = null!;
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.closed.remiss.yaml"));
        _file = RemissLoader.Load(yaml, "bench.remiss.yaml").File ?? throw new InvalidOperationException("the closed example does not load");
        _folder = Path.Combine(Path.GetTempPath(), "remiss-archive-bench-" + Guid.NewGuid().ToString("N"));
        _ = _renderer.Render(_file, DocumentKind.Yttrande, OutputFormat.Pdf); // parse the templates and load the fonts before measuring
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, Description = "yttrande .pdf (one render)")]
    public byte[] YttrandePdf() => _renderer.Render(_file, DocumentKind.Yttrande, OutputFormat.Pdf);

    [Benchmark(Description = "archive as .zip in memory (POST /api/v1/archive)")]
    public long ArchiveZip()
    {
        using var stream = new MemoryStream();
        SipOutput.WriteZip(ArchiveRun.Package(_renderer, _file, _created), stream);
        return stream.Length;
    }

    [Benchmark(Description = "archive as a folder on disk (remiss archive -o DIR)")]
    public int ArchiveFolder()
    {
        var package = ArchiveRun.Package(_renderer, _file, _created);
        SipOutput.Write(package, _folder);
        return package.Entries.Count;
    }
}
