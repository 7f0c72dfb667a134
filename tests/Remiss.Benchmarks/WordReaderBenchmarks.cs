using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Benchmarks;

/// <summary>
/// Reading the example's yttrande back (issue 17: a pull's read and map at most 2× the render), against rendering the
/// same .docx in the same run: the document as rendered, and with three fields edited in Word (the summary and both
/// comments' texts).
/// </summary>
[MemoryDiagnoser]
public class WordReaderBenchmarks
{
    private readonly RemissRenderer _renderer = new();
    private RemissFile _file = null!;
    private byte[] _rendered = [];
    private byte[] _edited = [];
    private string _yaml = string.Empty;
    private byte[] _yamlBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"));
        _yaml = yaml;
        _yamlBytes = Encoding.UTF8.GetBytes(yaml);
        _file = RemissLoader.Load(yaml, "sou-2024-72.remiss.yaml").File ?? throw new InvalidOperationException("the example does not load");
        _rendered = _renderer.Render(_file, DocumentKind.Yttrande, OutputFormat.Docx);
        _edited = EditDocumentXml(_rendered, xml => xml
            .Replace("utredningens inriktning", "utredningens ambition", StringComparison.Ordinal)
            .Replace("ett glest befolkat län", "ett glest befolkat och stort län", StringComparison.Ordinal)
            .Replace("påverka patientsäkerheten negativt", "påverka patientsäkerheten mycket negativt", StringComparison.Ordinal));
        var check = WordReader.Read(_edited, "Yttrande.docx");
        if (check.HasErrors || check.IsUnchanged)
        {
            throw new InvalidOperationException("the edited document does not read back as three edits");
        }
    }

    [Benchmark(Baseline = true, Description = "render the yttrande .docx")]
    public byte[] Render() => _renderer.Render(_file, DocumentKind.Yttrande, OutputFormat.Docx);

    [Benchmark(Description = "read it back unchanged")]
    public WordReadResult ReadUnchanged() => WordReader.Read(_rendered, "Yttrande.docx");

    [Benchmark(Description = "read it back with three fields edited")]
    public WordReadResult ReadEdited() => WordReader.Read(_edited, "Yttrande.docx");

    [Benchmark(Description = "pull: load the YAML, read, map, edit the YAML in place")]
    public PullResult Pull() =>
        RemissPull.Pull(_edited, "Yttrande.docx", RemissWorkspace.LoadText("sou-2024-72.remiss.yaml", _yaml, null), _yamlBytes);

    private static byte[] EditDocumentXml(byte[] docx, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(edit(xml));
        }

        return stream.ToArray();
    }
}
