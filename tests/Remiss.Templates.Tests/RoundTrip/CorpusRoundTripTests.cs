using System.Text;
using Remiss.Core;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>
/// The Word half of issue 17's property: for every remiss file of the fuzz corpus that loads, and for every Markdown
/// input of it in the example's fields, render → read back without edits changes nothing, and render → a paragraph
/// added in Word → read → render again gives that text.
/// </summary>
public class CorpusRoundTripTests
{
    private static string Folder(string target) => Path.Combine(AppContext.BaseDirectory, "Data", "Corpus", target);

    public static TheoryData<string> RemissFiles => [.. Directory.GetFiles(Folder("remiss")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> MarkdownFiles => [.. Directory.GetFiles(Folder("markdown")).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RemissFiles))]
    public void Every_corpus_remiss_file_that_loads_reads_back_unchanged(string name)
    {
        var loaded = RemissLoader.Load(File.ReadAllBytes(Path.Combine(Folder("remiss"), name)), name);
        if (loaded.File is not { } file)
        {
            return; // a file with errors renders nothing
        }

        foreach (var document in RemissDocument.Of(file, DocumentKinds.All))
        {
            var result = WordEdit.Read(WordEdit.Renderer.Render(file, document, OutputFormat.Docx));

            WordEdit.AssertNoProblems(result);
            Assert.True(result.IsUnchanged, $"{document.Kind}: " + string.Join("\n", result.Fields.Where(f => f.IsChanged).Select(f => $"{f.Path}\n{f.Rendered}\n---\n{f.Value}")));
        }
    }

    private static RemissFile WithMarkdown(string text)
    {
        var example = TestFiles.LoadExample();
        return example with
        {
            Memo = new Memo(text, text),
            Response = example.Response with { Summary = text, Comments = example.Response.Comments.Select(c => c with { Text = text }).ToEquatableArray() },
        };
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void Every_corpus_markdown_in_every_field_reads_back_unchanged(string name)
    {
        var file = WithMarkdown(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Folder("markdown"), name))));

        foreach (var kind in new[] { DocumentKind.Yttrande, DocumentKind.Tjansteutlatande })
        {
            var result = WordEdit.Read(WordEdit.Renderer.Render(file, kind, OutputFormat.Docx));

            WordEdit.AssertNoProblems(result);
            Assert.True(result.IsUnchanged, string.Join("\n", result.Fields.Where(f => f.IsChanged).Select(f => $"{f.Path}\n{f.Rendered}\n---\n{f.Value}")));
        }
    }

    [Theory]
    [MemberData(nameof(MarkdownFiles))]
    public void A_paragraph_added_in_word_to_any_corpus_markdown_comes_back_and_renders_again_as_it_looked(string name)
    {
        var example = TestFiles.LoadExample();
        var file = example with { Memo = example.Memo with { Background = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Folder("markdown"), name))) } };
        var rendered = WordEdit.Renderer.Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Docx);
        if (WordEdit.Read(rendered).Fields.All(f => f.Path != "memo.background"))
        {
            return; // Markdown that writes no paragraph has no control to type in
        }

        var edited = WordEdit.Edit(rendered, d => WordEdit.Content(d, "remiss:memo.background").Append(WordEdit.Typed("Tillagd i Word: *inte* kursiv.")));
        var result = WordEdit.Read(edited);

        WordEdit.AssertNoProblems(result);
        var background = WordEdit.Field(result, "memo.background");
        Assert.EndsWith("Tillagd i Word: \\*inte\\* kursiv.", background.Value, StringComparison.Ordinal);

        // Rendered again from what was read, the document reads back unchanged and shows what Word showed.
        var again = WordEdit.Renderer.Render(file with { Memo = file.Memo with { Background = background.Value } }, DocumentKind.Tjansteutlatande, OutputFormat.Docx);
        var reread = WordEdit.Read(again);
        WordEdit.AssertNoProblems(reread);
        Assert.True(reread.IsUnchanged);
        Assert.Equal(Texts(edited), Texts(again));
    }

    /// <summary>The text of the background's paragraphs, as Word shows them (spaces at a paragraph's ends are not text in Markdown).</summary>
    private static List<string> Texts(byte[] docx)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. WordEdit.Content(document, "remiss:memo.background").Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText.Trim()).Where(t => t.Length > 0)];
    }
}
