using System.IO.Compression;
using System.Text;

namespace Remiss.Cli.Tests;

/// <summary>
/// <c>remiss pull</c> as a case officer runs it: render, edit the .docx (here by rewriting its XML as Word would save
/// it), pull, render again without <c>--force</c>. Every refusal leaves the remiss file byte for byte as it was.
/// </summary>
public class PullCommandTests
{
    private const string Yttrande = "Yttrande SOU 2024-72 Region Västernorrland.docx";

    private static (TempFolder Folder, string Remiss, string Docx) Rendered()
    {
        var folder = new TempFolder();
        var remiss = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        var render = RemissProcess.Run(null, "render", remiss, "--output", folder.File("ut"));
        Assert.True(render.ExitCode == 0, render.ToString());
        return (folder, remiss, Path.Combine(folder.File("ut"), Yttrande));
    }

    /// <summary>The document with its body's XML changed, saved again as a zip.</summary>
    private static void EditDocumentXml(string docx, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(docx, ZipArchiveMode.Update);
        var entry = zip.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }

        var edited = edit(xml);
        Assert.NotEqual(xml, edited);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
        writer.Write(edited);
    }

    [Fact]
    public void Edits_made_in_word_go_into_the_remiss_file_with_every_comment_kept_and_render_needs_no_force()
    {
        var (folder, remiss, docx) = Rendered();
        using var _ = folder;
        EditDocumentXml(docx, xml => xml
            .Replace("välkomnar utredningens", "välkomnar varmt utredningens", StringComparison.Ordinal)
            .Replace("ett glest befolkat län", "ett glest befolkat och stort län", StringComparison.Ordinal));

        var pull = RemissProcess.Run(null, "pull", docx);
        var again = RemissProcess.Run(null, "render", remiss, "--output", folder.File("ut"));

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains(pull.OutLines, l => l.EndsWith("sou-2024-72.remiss.yaml(72,12): response.summary: ändrad i Word", StringComparison.Ordinal));
        Assert.Contains(pull.OutLines, l => l.EndsWith("response.comments[0].text: ändrad i Word", StringComparison.Ordinal));
        var yaml = File.ReadAllText(remiss);
        Assert.Contains("Region Västernorrland välkomnar varmt utredningens inriktning", yaml, StringComparison.Ordinal);
        Assert.Contains("ett glest befolkat och stort län", yaml, StringComparison.Ordinal);
        foreach (var line in Examples.ExampleText.Split('\n').Where(l => l.Contains('#', StringComparison.Ordinal)))
        {
            Assert.Contains(line, yaml, StringComparison.Ordinal);
        }

        Assert.True(again.ExitCode == 0, again.ToString());
        var markdown = RemissProcess.Run(null, "render", remiss, "--format", "md", "--document", "yttrande", "--output", folder.File("md"));
        Assert.Equal(0, markdown.ExitCode);
        Assert.Contains("ett glest befolkat och stort län", File.ReadAllText(Directory.GetFiles(folder.File("md"), "*.md").Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dry_run_prints_the_diff_and_writes_nothing()
    {
        var (folder, remiss, docx) = Rendered();
        using var _ = folder;
        EditDocumentXml(docx, xml => xml.Replace("välkomnar utredningens", "välkomnar varmt utredningens", StringComparison.Ordinal));
        var before = File.ReadAllBytes(remiss);

        var pull = RemissProcess.Run(null, "pull", docx, "--dry-run");

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains("-    Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan", pull.Out, StringComparison.Ordinal);
        Assert.Contains("+    Region Västernorrland välkomnar varmt utredningens inriktning att stärka samverkan", pull.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(remiss));
    }

    [Fact]
    public void A_tracked_change_is_a_located_error_and_the_remiss_file_stays_byte_for_byte()
    {
        var (folder, remiss, docx) = Rendered();
        using var _ = folder;
        EditDocumentXml(docx, xml => xml.Replace("välkomnar utredningens",
            "välkomnar </w:t></w:r><w:ins w:id=\"90\" w:author=\"Anna Berg\" w:date=\"2025-03-20T10:15:00Z\"><w:r><w:t xml:space=\"preserve\">varmt </w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\">utredningens",
            StringComparison.Ordinal));
        var before = File.ReadAllBytes(remiss);

        var pull = RemissProcess.Run(null, "pull", docx);
        var accepted = RemissProcess.Run(null, "pull", docx, "--accept-changes");

        Assert.Equal(1, pull.ExitCode);
        Assert.Contains(pull.OutLines, l => l.Contains("error RMS0208: Spårad ändring i", StringComparison.Ordinal) && l.Contains("Anna Berg", StringComparison.Ordinal));
        Assert.Contains(pull.OutLines, l => l.EndsWith("inget fördes in; " + Path.GetRelativePath(Environment.CurrentDirectory, remiss) + " är oförändrad.", StringComparison.Ordinal) || l.Contains("inget fördes in;", StringComparison.Ordinal));
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Contains("välkomnar varmt utredningens", File.ReadAllText(remiss), StringComparison.Ordinal);
        Assert.NotEqual(before, File.ReadAllBytes(remiss));
    }

    [Fact]
    public void An_edited_att_clause_is_refused_at_decision_clauses_and_nothing_is_written()
    {
        var (folder, remiss, _) = Rendered();
        using var __ = folder;
        var memo = Path.Combine(folder.File("ut"), "Tjänsteutlåtande 24HSN5898.docx");
        EditDocumentXml(memo, xml => xml.Replace("förklara paragrafen för omedelbart justerad", "förklara paragrafen justerad", StringComparison.Ordinal));
        var before = File.ReadAllBytes(remiss);

        var pull = RemissProcess.Run(null, "pull", memo);

        Assert.Equal(1, pull.ExitCode);
        Assert.Contains(pull.OutLines, l => l.Contains("error RMS0205:", StringComparison.Ordinal) && l.Contains("'decision.clauses'", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(remiss));
    }

    [Fact]
    public void Render_edit_pull_edit_the_same_document_again_pull_render_works_with_no_false_conflict()
    {
        var (folder, remiss, docx) = Rendered();
        using var _ = folder;
        EditDocumentXml(docx, xml => xml.Replace("välkomnar utredningens", "välkomnar varmt och med stort intresse utredningens", StringComparison.Ordinal));
        var first = RemissProcess.Run(null, "pull", docx);
        var twice = RemissProcess.Run(null, "pull", docx);
        var afterFirst = File.ReadAllText(remiss);

        EditDocumentXml(docx, xml => xml
            .Replace("med stort intresse", "med mycket stort intresse", StringComparison.Ordinal)
            .Replace("ett glest befolkat län", "ett glest befolkat och stort län", StringComparison.Ordinal));
        var second = RemissProcess.Run(null, "pull", docx);
        var render = RemissProcess.Run(null, "render", remiss, "--output", folder.File("ut"), "--format", "docx,md");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(twice.ExitCode == 0, twice.ToString());
        Assert.Contains(twice.OutLines, l => l.Contains("inga ändringar att föra in", StringComparison.Ordinal));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.DoesNotContain("RMS02", second.Out, StringComparison.Ordinal);
        Assert.Contains(second.OutLines, l => l.EndsWith("response.summary: ändrad i Word", StringComparison.Ordinal));
        Assert.Contains(second.OutLines, l => l.EndsWith("response.comments[0].text: ändrad i Word", StringComparison.Ordinal));
        Assert.True(render.ExitCode == 0, render.ToString());
        var markdown = File.ReadAllText(Directory.GetFiles(folder.File("ut"), "Yttrande*.md").Single());
        Assert.Contains("välkomnar varmt och med mycket stort intresse utredningens", markdown.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("ett glest befolkat och stort län", markdown, StringComparison.Ordinal);
        Assert.NotEqual(afterFirst, File.ReadAllText(remiss));
    }

    /// <summary>A colleague's review comment on the summary's first words, as Word saves one: a comments part, its relationship and the anchors.</summary>
    private static void AddReviewComment(string docx, string text)
    {
        EditDocumentXml(docx, xml => xml.Replace("välkomnar utredningens",
            "välkomnar </w:t></w:r><w:commentRangeStart w:id=\"0\"/><w:r><w:t xml:space=\"preserve\">utredningens</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:t xml:space=\"preserve\">",
            StringComparison.Ordinal));
        using var zip = ZipFile.Open(docx, ZipArchiveMode.Update);
        using (var writer = new StreamWriter(zip.CreateEntry("word/comments.xml").Open(), new UTF8Encoding(false)))
        {
            writer.Write($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Per Ek" w:date="2025-03-20T10:15:00Z" w:initials="PE"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:comment></w:comments>""");
        }

        var rels = zip.GetEntry("word/_rels/document.xml.rels")!;
        string relsXml;
        using (var reader = new StreamReader(rels.Open(), Encoding.UTF8))
        {
            relsXml = reader.ReadToEnd();
        }

        rels.Delete();
        using var relsWriter = new StreamWriter(zip.CreateEntry("word/_rels/document.xml.rels").Open(), new UTF8Encoding(false));
        relsWriter.Write(relsXml.Replace("</Relationships>", """<Relationship Id="rIdReview" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>""", StringComparison.Ordinal));
    }

    [Fact]
    public void A_review_comment_listed_by_pull_stops_the_render_that_would_drop_it_unless_forced()
    {
        var (folder, remiss, docx) = Rendered();
        using var _ = folder;
        AddReviewComment(docx, "Stämmer detta med nämndens beslut?");

        var pull = RemissProcess.Run(null, "pull", docx);
        var commented = File.ReadAllBytes(docx);
        var render = RemissProcess.Run(null, "render", remiss, "--output", folder.File("ut"));
        var kept = File.ReadAllBytes(docx);
        var forced = RemissProcess.Run(null, "render", remiss, "--output", folder.File("ut"), "--force");

        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Contains(pull.OutLines, l => l.Contains("warning RMS0210", StringComparison.Ordinal) && l.Contains("Per Ek", StringComparison.Ordinal));
        Assert.Equal(1, render.ExitCode);
        Assert.Contains("har en kommentar i Word (Per Ek: ”Stämmer detta med nämndens beslut?”) som inte finns i remissfilen och som försvinner om dokumentet skrivs om", render.ToString(), StringComparison.Ordinal);
        Assert.Contains("--force", render.ToString(), StringComparison.Ordinal);
        Assert.Equal(commented, kept);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.NotEqual(kept, File.ReadAllBytes(docx));
    }

    [Theory]
    [InlineData("truncated", "RMS0201", false)]
    [InlineData("dtd", "RMS0201", true)]
    [InlineData("over-the-cap", "RMS0202", true)]
    public void A_damaged_document_is_reported_for_what_is_wrong_with_it_with_or_without_into(string damage, string code, bool originIntact)
    {
        var (folder, remiss, docx) = Rendered();
        using var _ = folder;
        switch (damage)
        {
            case "truncated":
                var bytes = File.ReadAllBytes(docx);
                File.WriteAllBytes(docx, bytes[..(bytes.Length / 2)]);
                break;
            case "dtd":
                EditDocumentXml(docx, xml => xml.Replace("?>", "?><!DOCTYPE w:document [<!ENTITY a \"a\">]>", StringComparison.Ordinal));
                break;
            default:
                EditDocumentXml(docx, xml => xml.Replace("<w:body>", "<w:body><!--" + new string(' ', 17 * 1024 * 1024) + "-->", StringComparison.Ordinal));
                break;
        }

        var before = File.ReadAllBytes(remiss);

        var alone = RemissProcess.Run(null, "pull", docx);
        var into = RemissProcess.Run(null, "pull", docx, "--into", remiss);

        foreach (var pull in new[] { alone, into })
        {
            Assert.True(pull.ExitCode == 1, pull.ToString());
            Assert.Contains(pull.OutLines, l => l.Contains("error " + code + ":", StringComparison.Ordinal));
            Assert.DoesNotContain("RMS0224", pull.Out, StringComparison.Ordinal);
        }

        // With its origin part intact, the document names its remiss file even so, and the error stands there.
        Assert.Equal(originIntact, alone.OutLines.Any(l => l.Contains("sou-2024-72.remiss.yaml(", StringComparison.Ordinal) && l.Contains(code, StringComparison.Ordinal)));
        Assert.Equal(before, File.ReadAllBytes(remiss));
    }
}
