namespace Remiss.Templates.Tests;

/// <summary>
/// The example's Markdown compared with approved files. On a difference the test writes
/// <c>name.received.md</c> beside the approved file; review it and copy it over the approved one if it is right.
/// </summary>
public class ApprovedTests
{
    [Theory]
    [InlineData(DocumentKind.Tjansteutlatande, "sou-2024-72.tjansteutlatande")]
    [InlineData(DocumentKind.Yttrande, "sou-2024-72.yttrande")]
    public void Example_markdown_matches_the_approved_file(DocumentKind kind, string name)
    {
        var markdown = new RemissRenderer().RenderMarkdown(TestFiles.LoadExample(), kind);
        var approved = Path.Combine(TestFiles.SourceDirectory(), "Approved", name + ".approved.md");
        var received = Path.Combine(TestFiles.SourceDirectory(), "Approved", name + ".received.md");

        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : null;
        if (expected != markdown)
        {
            File.WriteAllText(received, markdown);
            Assert.Fail($"The Markdown differs from {approved}; the new output is in {received}.");
        }

        File.Delete(received);
    }
}
