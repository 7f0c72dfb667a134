using Remiss.Core;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>A rendered document read back as it is: every field exactly as rendered, nothing to report (ROUNDTRIP.md §2).</summary>
public class UnchangedReadTests
{
    [Theory]
    [InlineData(DocumentKind.Yttrande, new[] { "response.summary" })]
    [InlineData(DocumentKind.Tjansteutlatande, new[] { "memo.background", "memo.assessment" })]
    [InlineData(DocumentKind.Protokollsutdrag, new[] { "memo.background", "memo.assessment", "decision.meetings[0].note" })]
    public void A_rendered_document_read_back_gives_every_field_as_rendered(DocumentKind kind, string[] paths)
    {
        var result = WordEdit.Read(WordEdit.Rendered(kind));

        WordEdit.AssertNoProblems(result);
        Assert.Equal(paths, result.Fields.Select(f => f.Path));
        Assert.All(result.Fields, f => Assert.Equal(f.Rendered, f.Value));
        Assert.True(result.IsUnchanged);
        Assert.Empty(result.TrackedChanges);
        Assert.Empty(result.ReviewComments);
    }

    [Fact]
    public void The_rendered_markdown_is_the_fields_markdown_to_the_character()
    {
        var file = TestFiles.LoadExample();

        var result = WordEdit.Read(WordEdit.Rendered(DocumentKind.Tjansteutlatande));

        Assert.Equal(file.Memo.Background.TrimEnd('\n'), WordEdit.Field(result, "memo.background").Value);
        Assert.Equal(file.Memo.Assessment.TrimEnd('\n'), WordEdit.Field(result, "memo.assessment").Value);
    }

    [Fact]
    public void The_yttrande_comments_read_back_in_their_order_unchanged()
    {
        var file = TestFiles.LoadExample();

        var comments = WordEdit.Read(WordEdit.Rendered(DocumentKind.Yttrande)).Comments!;

        Assert.Equal([0, 1], comments.RenderedOrder);
        Assert.Equal([0, 1], comments.Comments.Select(c => c.Index));
        Assert.Equal(["6", "8"], comments.Comments.Select(c => c.Section));
        Assert.Equal(["Medicinsk bedömning dygnet runt", "Kommunalt anställda läkare"], comments.Comments.Select(c => c.Heading));
        Assert.Equal(file.Response.Comments.Select(c => c.Text.TrimEnd('\n')), comments.Comments.Select(c => c.Text));
        Assert.All(comments.Comments, c => Assert.False(c.IsChanged));
        Assert.False(comments.HasChanges);
    }

    [Fact]
    public void The_origin_names_the_remiss_file_relative_to_the_docx_and_its_hash()
    {
        var bytes = File.ReadAllBytes(TestFiles.ExamplePath);
        var folder = Path.Combine(Path.GetTempPath(), "remiss-out");
        var source = RenderSource.For(folder, Path.Combine(Path.GetTempPath(), "remisser", "sou-2024-72.remiss.yaml"), bytes);

        var docx = WordEdit.Renderer.Render(TestFiles.LoadExample(), new RemissDocument(DocumentKind.Yttrande), OutputFormat.Docx, source);
        var origin = WordEdit.Read(docx).Origin!;

        Assert.Equal("../remisser/sou-2024-72.remiss.yaml", origin.RemissPath);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), origin.Sha256);
        Assert.Equal(DocumentKind.Yttrande, origin.Kind);
        Assert.Null(origin.Meeting);
    }

    [Fact]
    public void An_extract_records_its_meeting()
    {
        var origin = WordEdit.Read(WordEdit.Rendered(DocumentKind.Protokollsutdrag)).Origin!;

        Assert.Equal(new WordMeeting(0, "Hälso- och sjukvårdsutskottet", "2025-03-13", 25), origin.Meeting);
        Assert.Null(origin.RemissPath);
    }

    [Fact]
    public void The_fields_as_rendered_are_what_the_docx_records_so_a_yaml_change_since_the_render_can_be_told()
    {
        var file = TestFiles.LoadExample();
        var read = WordEdit.Read(WordEdit.Rendered(DocumentKind.Yttrande));

        var now = WordEdit.Renderer.FieldsAsRendered(file, new RemissDocument(DocumentKind.Yttrande));

        Assert.Equal(["response.summary", "response.comments[0].heading", "response.comments[0].text", "response.comments[1].heading", "response.comments[1].text"], now.Select(f => f.Path));
        Assert.Equal(WordEdit.Field(read, "response.summary").Rendered, now[0].Value);
        Assert.Equal(read.Comments!.Comments.Select(c => c.RenderedHeading), [now[1].Value, now[3].Value]);
        Assert.Equal(read.Comments.Comments.Select(c => c.RenderedText), [now[2].Value, now[4].Value]);

        var changed = TestFiles.LoadExampleWith("men avstyrker förslaget att kommuner", "men avvisar förslaget att kommuner");
        Assert.NotEqual(WordEdit.Field(read, "response.summary").Rendered, WordEdit.Renderer.FieldsAsRendered(changed, new RemissDocument(DocumentKind.Yttrande))[0].Value);
    }

    [Theory]
    [MemberData(nameof(DocxSamples.Names), MemberType = typeof(DocxSamples))]
    public void Every_sample_reads_back_unchanged(string sample)
    {
        var result = WordEdit.Read(DocxSamples.Get(sample).Render());

        WordEdit.AssertNoProblems(result);
        Assert.True(result.IsUnchanged, string.Join("\n", result.Fields.Where(f => f.IsChanged).Select(f => $"{f.Path}:\n{f.Rendered}\n---\n{f.Value}")));
    }
}
