using BenchmarkDotNet.Attributes;
using Remiss.Core;
using Remiss.Templates;
using Remiss.Templates.Model;
using Remiss.Templates.Pdf;

namespace Remiss.Benchmarks;

/// <summary>
/// The memo (tjänsteutlåtande) as PDF written by Remiss against the same memo as .docx (the baseline), in one run and
/// in process, from the loaded file; and the PDF writer alone from the document structure. The target is at most 10× the .docx.
/// </summary>
[MemoryDiagnoser]
public class MemoPdfBenchmarks
{
    private const DocumentKind Memo = DocumentKind.Tjansteutlatande;
    private readonly RemissRenderer _renderer = new();
    private RemissFile _file = null!;
    private Remiss.Templates.Structure.DocumentBody _body = null!;
    private DocumentInfo _info = null!;

    [GlobalSetup]
    public void Setup()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        _file = RemissLoader.Load(yaml, "sou-2024-72.remiss.yaml").File ?? throw new InvalidOperationException("the example does not load");
        _body = Remiss.Templates.Structure.DocumentBody.Parse(_renderer.RenderMarkdown(_file, Memo));
        _info = ViewModel.Info(_file, Memo);
    }

    [Benchmark(Baseline = true, Description = "memo .docx (RemissRenderer.Render)")]
    public byte[] Docx() => _renderer.Render(_file, Memo, OutputFormat.Docx);

    [Benchmark(Description = "memo .pdf, native (RemissRenderer.Render)")]
    public byte[] Pdf() => _renderer.Render(_file, Memo, OutputFormat.Pdf);

    [Benchmark(Description = "PDF writer alone, from the document structure")]
    public byte[] PdfWriterAlone() => PdfWriter.Write(_body, _info, PdfDesign.BuiltIn);
}
