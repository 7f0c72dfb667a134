using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// Every document shape the tests know, written by the native engine into one folder: the .docx samples
/// (<see cref="DocxSamples"/>), the protocol extracts and the decided yttrande, a memo long enough for three pages, and
/// both documents with a reference .docx (letterhead with a logo, a serif font that is not installed) and with one
/// whose font is (DejaVu Serif, which test.sh installs).
/// </summary>
public sealed class NativePdfFixture : IDisposable
{
    private readonly TempFolder _directory = new();
    private readonly Dictionary<string, (byte[] Pdf, byte[] Docx)> _documents = new(StringComparer.Ordinal);

    public NativePdfFixture()
    {
        foreach (var sample in DocxSamples.All)
        {
            Add(sample.Name, new RemissRenderer(), sample.Load(), new RemissDocument(sample.Kind));
        }

        var decided = TestFiles.LoadDecidedExample();
        foreach (var meeting in decided.Decision.Meetings)
        {
            Add(Extract(meeting.Paragraph), new RemissRenderer(), decided, new RemissDocument(DocumentKind.Protokollsutdrag, meeting));
        }

        Add(DecidedYttrande, new RemissRenderer(), decided, new RemissDocument(DocumentKind.Yttrande));
        Add(LongMemo, new RemissRenderer(), TestFiles.Load(LongMemoYaml()), new RemissDocument(DocumentKind.Tjansteutlatande));

        var reference = new RemissRenderer(new RenderOptions { ReferenceDocx = ReferenceDocxTests.CreateReference(_directory.Path) });
        var installed = new RemissRenderer(new RenderOptions { ReferenceDocx = ReferenceDocxTests.CreateReference(_directory.Path, "DejaVu Serif", "dejavu.docx") });
        foreach (var kind in new[] { DocumentKind.Tjansteutlatande, DocumentKind.Yttrande })
        {
            Add(WithReference(kind), reference, TestFiles.LoadExample(), new RemissDocument(kind));
            Add(WithInstalledFont(kind), installed, TestFiles.LoadExample(), new RemissDocument(kind));
        }
    }

    public const string DecidedYttrande = "decided-yttrande";

    /// <summary>The memo with a background long enough for three pages.</summary>
    public const string LongMemo = "long-memo";

    public static string Extract(int paragraph) => "protokollsutdrag-" + paragraph;

    public static string WithReference(DocumentKind kind) => "with-reference-" + kind.ToString().ToLowerInvariant();

    public static string WithInstalledFont(DocumentKind kind) => "with-installed-font-" + kind.ToString().ToLowerInvariant();

    /// <summary>Every document's name.</summary>
    public IEnumerable<string> Names => _documents.Keys;

    public static TheoryData<string> AllNames => [.. new NativePdfNames().All];

    /// <summary>The PDF file of a document.</summary>
    public string PathOf(string name) => Path.Combine(_directory.Path, name + ".pdf");

    public string PathOf(DocumentKind kind) => PathOf(DocxSamples.Example(kind).Name);

    public byte[] Pdf(string name) => _documents[name].Pdf;

    /// <summary>The .docx the same renderer made of the same document.</summary>
    public byte[] Docx(string name) => _documents[name].Docx;

    /// <summary>The example with its background repeated, so the memo runs to a third page.</summary>
    public static string LongMemoYaml()
    {
        const string background = "  background: |\n";
        var text = TestFiles.ExampleText;
        var start = text.IndexOf(background, StringComparison.Ordinal) + background.Length;
        var end = text.IndexOf("  assessment: |\n", StringComparison.Ordinal);
        var paragraph = text[start..end].TrimEnd('\n');
        return text[..start] + string.Join("\n\n", Enumerable.Repeat(paragraph, 8)) + "\n" + text[end..];
    }

    private void Add(string name, RemissRenderer renderer, RemissFile file, RemissDocument document)
    {
        var pdf = renderer.Render(file, document, OutputFormat.Pdf);
        File.WriteAllBytes(PathOf(name), pdf);
        _documents[name] = (pdf, renderer.Render(file, document, OutputFormat.Docx));
    }

    public void Dispose() => _directory.Dispose();
}

/// <summary>The fixture's document names, known without rendering (for theory data).</summary>
internal sealed class NativePdfNames
{
    public IEnumerable<string> All =>
        DocxSamples.All.Select(s => s.Name)
            .Concat([NativePdfFixture.Extract(25), NativePdfFixture.Extract(41), NativePdfFixture.DecidedYttrande, NativePdfFixture.LongMemo])
            .Concat(new[] { DocumentKind.Tjansteutlatande, DocumentKind.Yttrande }.SelectMany(k => new[] { NativePdfFixture.WithReference(k), NativePdfFixture.WithInstalledFont(k) }));
}
