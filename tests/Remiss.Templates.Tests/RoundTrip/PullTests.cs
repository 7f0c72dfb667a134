using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Core;
using static Remiss.Templates.Tests.RoundTrip.WordEdit;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>
/// <see cref="RemissPull"/>: documents edited the way Word edits them, taken back into the example's remiss file. Every
/// refusal gives no text (the CLI then writes nothing); every accepted edit changes only its scalar, and the file loads
/// with exactly the new values.
/// </summary>
public class PullTests
{
    private const string YamlPath = "sou-2024-72.remiss.yaml";
    private static readonly byte[] ExampleBytes = Encoding.UTF8.GetBytes(TestFiles.ExampleText);

    private static PullResult Pull(byte[] docx, string? yaml = null, bool acceptChanges = false)
    {
        var text = yaml ?? TestFiles.ExampleText;
        var loaded = RemissWorkspace.LoadText(YamlPath, text, null);
        return RemissPull.Pull(docx, "Yttrande.docx", loaded, Encoding.UTF8.GetBytes(text), new PullOptions { AcceptChanges = acceptChanges });
    }

    private static RemissFile Reload(string text)
    {
        var result = RemissLoader.Load(text, YamlPath);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.File!;
    }

    private static void Refused(PullResult result, string code)
    {
        Assert.Null(result.Text);
        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.FilePath == YamlPath);
    }

    [Theory]
    [InlineData(DocumentKind.Yttrande)]
    [InlineData(DocumentKind.Tjansteutlatande)]
    public void A_render_pulled_back_unchanged_changes_nothing(DocumentKind kind)
    {
        var result = Pull(Rendered(kind));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Changes);
        Assert.Equal(TestFiles.ExampleText, result.Text);
    }

    [Fact]
    public void Summary_and_a_comment_edited_in_word_go_into_their_scalars_and_every_yaml_comment_stays()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            Replace(d, "remiss:response.summary", Typed("Region Västernorrland välkomnar varmt utredningens inriktning."));
            Replace(d, "remiss:response.comments[1].text", Typed("Förslaget riskerar ojämlik tillgång till läkare."), Typed("Regionen avstyrker därför förslaget."));
        });

        var result = Pull(docx);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var file = Reload(result.Text!);
        Assert.Equal("Region Västernorrland välkomnar varmt utredningens inriktning.", file.Response.Summary.TrimEnd('\n'));
        Assert.Equal("Förslaget riskerar ojämlik tillgång till läkare.\n\nRegionen avstyrker därför förslaget.", file.Response.Comments[1].Text.TrimEnd('\n'));
        Assert.Equal(TestFiles.LoadExample().Response.Comments[0], file.Response.Comments[0]);
        Assert.Equal(TestFiles.LoadExample().Memo, file.Memo);
        var commentLines = TestFiles.ExampleText.Split('\n').Where(l => l.TrimStart().StartsWith('#') || l.Contains(" # ", StringComparison.Ordinal));
        Assert.All(commentLines, line => Assert.Contains(line + "\n", result.Text!, StringComparison.Ordinal));
        Assert.Equal(["response.summary", "response.comments[1].text"], result.Changes.Select(c => c.Path));
        Assert.Equal("ändrad i Word", result.Changes[0].Description);
        Assert.Equal(72, result.Changes[0].Span.Line);
    }

    [Fact]
    public void A_long_paragraph_from_word_is_wrapped_like_the_files_own_lines()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss:response.summary",
            Typed("Region Västernorrland välkomnar varmt utredningens inriktning att stärka samverkan mellan region och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.")));

        var result = Pull(docx);

        Assert.Contains("""
              summary: |
                Region Västernorrland välkomnar varmt utredningens inriktning att stärka samverkan
                mellan region och kommun, men avstyrker förslaget att kommuner ska kunna anställa
                läkare.
              comments:
            """.Replace("\r\n", "\n"), result.Text!.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_heading_2_at_the_end_of_the_comments_is_a_new_item_in_the_style_of_its_siblings()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, "remiss:response.comments").Append(Typed("9 Uppföljning", "Heading2"), Typed("Regionen vill följa upp reformen.")));

        var result = Pull(docx);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains("""
                    ansvarsgränser, vilket kan påverka patientsäkerheten negativt.
                - section: "9"
                  heading: Uppföljning
                  text: |
                    Regionen vill följa upp reformen.
              signatories:
            """.Replace("\r\n", "\n"), result.Text!.Replace("\r\n", "\n"), StringComparison.Ordinal);

        var added = Reload(result.Text!).Response.Comments[2];
        Assert.Equal(new ResponseComment("9", "Uppföljning", Remiss.Core.Position.Comments, "Regionen vill följa upp reformen."), added with { Text = added.Text.TrimEnd('\n') });
        Assert.Contains(result.Changes, c => c.Description == "ny synpunkt ”Uppföljning” (avsnitt 9)");
    }

    [Fact]
    public void A_deleted_comment_removes_its_item()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            foreach (var tag in new[] { "remiss:response.comments[0].heading", "remiss-fixed:response.comments[0].position", "remiss:response.comments[0].text" })
            {
                Control(d, tag).Remove();
            }
        });

        var result = Pull(docx);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var comments = Reload(result.Text!).Response.Comments;
        Assert.Equal(["Kommunalt anställda läkare"], comments.Select(c => c.Heading));
        Assert.DoesNotContain("Medicinsk bedömning dygnet runt", result.Text!, StringComparison.Ordinal);
        Assert.Contains(result.Changes, c => c.Description == "synpunkten ”Medicinsk bedömning dygnet runt” borttagen");
    }

    [Fact]
    public void A_field_changed_in_word_and_in_the_yaml_since_the_render_is_a_conflict_showing_both()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss:response.summary", Typed("Texten från Word.")));
        var yaml = TestFiles.ExampleText.Replace("välkomnar utredningens", "välkomnar i princip utredningens", StringComparison.Ordinal);

        var result = Pull(docx, yaml);

        Refused(result, "RMS0220");
        var conflict = result.Diagnostics.Single(d => d.Code == "RMS0220");
        Assert.Equal(72, conflict.Line);
        Assert.Contains("I Word: ”Texten från Word.”. I remissfilen: ”Region Västernorrland välkomnar i princip utredningens", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_edit_in_word_and_in_the_yaml_is_no_change_and_no_conflict()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss:response.summary", Typed("Samma text.")));
        var yaml = TestFiles.ExampleText.Replace(
            "  summary: |\n    Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan\n    region och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.\n",
            "  summary: Samma text.\n", StringComparison.Ordinal);

        var result = Pull(docx, yaml);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(yaml, result.Text);
        Assert.Empty(result.Changes);
    }

    [Fact]
    public void A_tracked_change_is_refused_and_taken_as_accepted_with_accept_changes()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss:response.summary", Paragraph($"""
            <w:r><w:t xml:space="preserve">Region Västernorrland </w:t></w:r>
            <w:ins w:id="1" w:author="{Author}" w:date="{Date}"><w:r><w:t xml:space="preserve">varmt </w:t></w:r></w:ins>
            <w:r><w:t>välkomnar förslaget.</w:t></w:r>
            """)));

        Refused(Pull(docx), "RMS0208");
        var accepted = Pull(docx, acceptChanges: true);

        Assert.False(accepted.HasErrors, string.Join("\n", accepted.Diagnostics));
        Assert.Equal("Region Västernorrland varmt välkomnar förslaget.", Reload(accepted.Text!).Response.Summary.TrimEnd('\n'));
        Assert.Contains(accepted.Changes, c => c.Description == $"spårad ändring av {Author} godtagen (infogat ”varmt ”)");
    }

    [Fact]
    public void An_edited_att_clause_with_its_lock_removed_is_refused_at_decision_clauses()
    {
        var docx = Edit(DocumentKind.Tjansteutlatande, d =>
        {
            var clause = Body(d).Descendants<SdtBlock>().First(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value?.StartsWith("remiss-fixed:decision.clauses", StringComparison.Ordinal) == true);
            clause.SdtProperties!.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Lock>()?.Remove();
            var text = clause.Descendants<Text>().First();
            text.Text = text.Text.Replace("avge", "lämna", StringComparison.Ordinal);
        });

        var result = Pull(docx);

        Refused(result, "RMS0205");
        var span = RemissLoader.Load(TestFiles.ExampleText, YamlPath).Sources!["decision.clauses"];
        Assert.Equal(span.Line, result.Diagnostics.First(d => d.Code == "RMS0205").Line);
    }

    [Fact]
    public void A_paragraph_typed_between_two_fields_is_refused()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Control(d, "remiss:response.summary").InsertAfterSelf(Typed("Ett stycke mellan fälten.")));

        Refused(Pull(docx), "RMS0203");
    }

    [Fact]
    public void A_document_whose_marks_were_removed_is_refused()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            foreach (var control in Body(d).Descendants<SdtBlock>().ToList())
            {
                foreach (var child in control.SdtContentBlock!.ChildElements.ToList())
                {
                    child.Remove();
                    control.InsertBeforeSelf(child);
                }

                control.Remove();
            }
        });

        Refused(Pull(docx), "RMS0200");
    }

    [Fact]
    public void A_remiss_file_with_errors_takes_nothing_in()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss:response.summary", Typed("Ny text.")));

        Refused(Pull(docx, TestFiles.ExampleText.Replace("deadline: 2025-03-10", "deadline: 2025-02-30", StringComparison.Ordinal)), "RMS0221");
    }

    [Fact]
    public void A_document_whose_record_names_a_comment_the_file_does_not_have_is_refused()
    {
        // Found by the pull fuzz target: a record with comment 5 of 2 took the pull past the list (RMS0005).
        var docx = EditPart(Rendered(DocumentKind.Yttrande), "customXml/item1.xml",
            manifest => manifest.Replace("<comments order=\"0 1\" />", "<comments order=\"0 5\" />", StringComparison.Ordinal));

        var result = Pull(docx);

        Refused(result, "RMS0223");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RMS0005");
    }

    /// <summary>The yttrande with the second comment (section 8) moved above the first (section 6), as Word moves it.</summary>
    private static byte[] SecondCommentMovedFirst(string? yaml = null, string? newHeading = null)
    {
        var rendered = yaml is null ? Rendered(DocumentKind.Yttrande) : Renderer.Render(Reload(yaml), DocumentKind.Yttrande, OutputFormat.Docx);
        return Edit(rendered, d =>
        {
            var first = Control(d, "remiss:response.comments[0].heading");
            foreach (var tag in new[] { "remiss:response.comments[1].heading", "remiss-fixed:response.comments[1].position", "remiss:response.comments[1].text" })
            {
                var control = Control(d, tag);
                control.Remove();
                first.InsertBeforeSelf(control);
            }

            if (newHeading is not null)
            {
                Replace(d, "remiss:response.comments[1].heading", Typed(newHeading, "Heading2"));
            }
        });
    }

    [Fact]
    public void A_move_against_the_section_order_the_documents_print_is_refused_saying_why()
    {
        var result = Pull(SecondCommentMovedFirst());

        Refused(result, "RMS0240");
        var refusal = result.Diagnostics.Single(d => d.Code == "RMS0240");
        Assert.Equal(76, refusal.Line);
        Assert.Contains("skriver alltid synpunkterna i avsnittsordning (8, 6)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_move_with_a_new_section_number_goes_into_the_file_and_the_documents_show_it()
    {
        var result = Pull(SecondCommentMovedFirst(newHeading: "5 Kommunalt anställda läkare"));

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var file = Reload(result.Text!);
        Assert.Equal(["5", "6"], file.Response.Comments.Select(c => c.Section));
        var markdown = Renderer.RenderMarkdown(file, DocumentKind.Yttrande);
        Assert.True(markdown.IndexOf("## 5 Kommunalt anställda läkare", StringComparison.Ordinal) < markdown.IndexOf("## 6 Medicinsk", StringComparison.Ordinal), markdown);
    }

    [Fact]
    public void Comments_without_section_numbers_print_in_the_files_order_so_a_move_goes_into_the_file_and_shows()
    {
        var yaml = TestFiles.ExampleText.Replace("    - section: \"6\"\n      heading:", "    - heading:", StringComparison.Ordinal);
        Assert.NotEqual(TestFiles.ExampleText, yaml);

        var result = Pull(SecondCommentMovedFirst(yaml), yaml);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Changes, c => c.Description == "synpunkterna i ny ordning");
        var markdown = Renderer.RenderMarkdown(Reload(result.Text!), DocumentKind.Yttrande);
        Assert.True(markdown.IndexOf("Kommunalt anställda läkare", StringComparison.Ordinal) < markdown.IndexOf("Medicinsk bedömning", StringComparison.Ordinal), markdown);
    }
}
