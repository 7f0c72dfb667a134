using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Benchmarks.Baseline;
using Remiss.Core;
using Remiss.Templates;
using Remiss.Templates.Model;
using Remiss.Templates.Writers;

namespace Remiss.Benchmarks;

/// <summary>
/// The memo (tjänsteutlåtande) as .docx, in process, from the loaded file: the previous writer (the
/// baseline, kept in <c>Baseline/</c>), today's one-pass writer, the writer alone from the Markdown, and as
/// a floor the same paragraphs written with the Open XML SDK with no template, styles, header or lists.
/// </summary>
[MemoryDiagnoser]
public class MemoDocxBenchmarks
{
    private const DocumentKind Memo = DocumentKind.Tjansteutlatande;
    private readonly RemissRenderer _renderer = new();
    private RemissFile _file = null!;
    private string _markdown = string.Empty;
    private DocumentInfo _info = null!;
    private string[] _paragraphs = [];

    [GlobalSetup]
    public void Setup()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        _file = RemissLoader.Load(yaml, "sou-2024-72.remiss.yaml").File ?? throw new InvalidOperationException("the example does not load");
        _markdown = _renderer.RenderMarkdown(_file, Memo);
        _info = ViewModel.Info(_file, Memo);
        // The memo's paragraphs as plain text, read back from the document the writer makes.
        using var document = WordprocessingDocument.Open(new MemoryStream(_renderer.Render(_file, Memo, OutputFormat.Docx)), false);
        _paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToArray();
    }

    [Benchmark(Baseline = true, Description = "memo .docx: previous writer (SDK tree, packaging, second deflate)")]
    public byte[] Previous() => BaselineDocxWriter.Write(_renderer.RenderMarkdown(_file, Memo), ViewModel.Info(_file, Memo));

    [Benchmark(Description = "memo .docx: one-pass writer (RemissRenderer.Render)")]
    public byte[] Current() => _renderer.Render(_file, Memo, OutputFormat.Docx);

    [Benchmark(Description = "writer alone, from the Markdown")]
    public byte[] WriterAlone() => DocxWriter.Write(Remiss.Templates.Structure.DocumentBody.Parse(_markdown), _info, reference: null);

    [Benchmark(Description = "floor: same paragraphs, Open XML SDK, no template")]
    public byte[] Floor()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var text in _paragraphs)
            {
                body.Append(new Paragraph(new Run(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
            }

            package.AddMainDocumentPart().Document = new Document(body);
        }

        return stream.ToArray();
    }
}
