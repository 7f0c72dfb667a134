using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>"Inga synpunkter" (ORGANISATION.md §6), to the character.</summary>
public class NoCommentTests
{
    private static readonly string NoComment = TestFiles.Minimal.Replace("memo:\n  assessment: Bra.", "response:\n  position: no-comment");

    [Fact]
    public void A_no_comment_answer_needs_no_memo()
    {
        var result = TestFiles.Load(NoComment);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.File!.Response.IsNoComment);
        Assert.Equal(Position.NoComment, result.File.Response.Position);
        Assert.Equal(new Memo(string.Empty, string.Empty), result.File.Memo);
        Assert.Null(TestFiles.LoadExample().Response.Position);
    }

    [Fact]
    public void A_no_comment_answer_may_have_a_memo_with_its_own_assessment() =>
        Assert.Equal("Bra.", TestFiles.Load(TestFiles.Minimal + "\nresponse:\n  position: no-comment\n").File!.Memo.Assessment);

    [Fact]
    public void Without_no_comment_the_memo_is_still_required() =>
        Assert.Equal(
            "test.remiss.yaml(1,1): error RMS0010: Nyckeln 'memo' saknas i 'filen'. Lägg till 'memo: …'.",
            Assert.Single(TestFiles.Load(TestFiles.Minimal.Replace("memo:\n  assessment: Bra.", "response:\n  summary: Bra.")).Diagnostics).ToString());

    [Fact]
    public void The_sentences()
    {
        var remiss = TestFiles.LoadExample().Remiss;
        Assert.Equal(
            "Region Västernorrland har inga synpunkter på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72).",
            StandardWording.NoCommentSentence("Region Västernorrland", remiss));
        Assert.Equal(
            "Förvaltningen föreslår att Region Västernorrland inte lämnar några synpunkter på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72).",
            StandardWording.NoCommentAssessment("Region Västernorrland", remiss));
    }

    [Fact]
    public void No_comment_together_with_comments_is_an_error_at_the_comments() =>
        Assert.Equal(
            "test.remiss.yaml(17,5): error RMS0083: 'response.position: no-comment' betyder att Region Västernorrland inte har några synpunkter, men 'response.comments' är ifylld. Ta bort 'response.comments', eller ta bort 'position: no-comment' om ni vill lämna synpunkter.",
            Assert.Single(TestFiles.Load(NoComment + "\n  comments:\n    - heading: Kapitel 5\n      position: supports\n").Diagnostics).ToString());

    [Fact]
    public void No_comment_together_with_a_summary_is_an_error_at_the_summary() =>
        Assert.Equal(
            "test.remiss.yaml(16,12): error RMS0083: 'response.position: no-comment' betyder att Region Västernorrland inte har några synpunkter, men 'response.summary' är ifylld. Ta bort 'response.summary', eller ta bort 'position: no-comment' om ni vill lämna synpunkter.",
            Assert.Single(TestFiles.Load(NoComment + "\n  summary: Vi tycker till.\n").Diagnostics).ToString());

    [Fact]
    public void Only_no_comment_is_a_position_on_the_whole_remiss() =>
        Assert.Equal(
            "test.remiss.yaml(15,13): error RMS0014: 'response.position' kan inte vara \"supports\". Tillåtna värden: no-comment.",
            Assert.Single(TestFiles.Load(NoComment.Replace("position: no-comment", "position: supports")).Diagnostics, d => d.Code == "RMS0014").ToString());
}
