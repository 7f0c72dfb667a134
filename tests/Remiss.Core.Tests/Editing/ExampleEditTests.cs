using Remiss.Core;
using static Remiss.Core.Tests.Editing.EditAssert;

namespace Remiss.Core.Tests.Editing;

/// <summary>The pull of the "done when": summary and two comment texts edited in the example.</summary>
public class ExampleEditTests
{
    private const string Summary =
        "Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan region och kommun, " +
        "men avstyrker förslaget att kommuner ska kunna anställa läkare.\n\nRegionen vill ”särskilt” betona vikten av en gemensam\u00a0plan – i hela länet.\n";

    private const string FirstText = "Regionens primärvård har redan i dag ett dygnet runt-ansvar.\n\n- digitala bedömningar,\n- fysiska besök.\n";

    private const string SecondText = "Förslaget riskerar ojämlik tillgång till läkare: **avstyrks**.";

    private static RemissEdit[] ThreeFields => new RemissEdit[]
    {
        Set("response.summary", Summary),
        Set("response.comments[0].text", FirstText),
        Set("response.comments[1].text", SecondText),
    };

    [Fact]
    public void Only_the_three_values_change_and_every_other_line_stays_byte_for_byte()
    {
        var before = TestFiles.ExampleText;
        var after = Edited(before, ThreeFields);
        var expected = before
            .Replace(
                "  summary: |\n    Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan\n    region och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.\n",
                "  summary: |\n    Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan region och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.\n\n    Regionen vill ”särskilt” betona vikten av en gemensam\u00a0plan – i hela länet.\n")
            .Replace(
                "      text: |\n        Regionens primärvård har redan i dag ett dygnet runt-ansvar för medicinsk\n        bedömning i den kommunala hälso- och sjukvården. Att bedömningen även kan\n        göras digitalt är positivt i ett glest befolkat län.\n",
                "      text: |\n        Regionens primärvård har redan i dag ett dygnet runt-ansvar.\n\n        - digitala bedömningar,\n        - fysiska besök.\n")
            .Replace(
                "      text: |\n        Förslaget riskerar ojämlik tillgång till läkare mellan kommuner och otydliga\n        ansvarsgränser, vilket kan påverka patientsäkerheten negativt.\n",
                "      text: |-\n        Förslaget riskerar ojämlik tillgång till läkare: **avstyrks**.\n");
        Assert.NotEqual(before, expected);
        Assert.Equal(expected, after);

        var comments = before.Split('\n').Where(l => l.TrimStart().StartsWith('#') || l.Contains(" # ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, comments.Count);
        Assert.All(comments, line => Assert.Contains(line + "\n", after));
    }

    [Fact]
    public void The_loader_reads_exactly_the_new_values_and_every_other_value_as_before()
    {
        var before = TestFiles.LoadExample();
        var loaded = TestFiles.Load(Edited(TestFiles.ExampleText, ThreeFields));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        var after = loaded.File!;
        Assert.Equal(Summary.TrimEnd(), after.Response.Summary);
        Assert.Equal(FirstText.TrimEnd(), after.Response.Comments[0].Text);
        Assert.Equal(SecondText, after.Response.Comments[1].Text);
        var unchanged = after with
        {
            Response = after.Response with
            {
                Summary = before.Response.Summary,
                Comments = EquatableArray.Create(
                    after.Response.Comments[0] with { Text = before.Response.Comments[0].Text },
                    after.Response.Comments[1] with { Text = before.Response.Comments[1].Text }),
            },
        };
        Assert.Equal(before, unchanged);
    }

    [Fact]
    public void A_comment_typed_in_Word_and_a_deleted_one_become_a_list_edit_in_the_siblings_style()
    {
        var edited = Edited(TestFiles.ExampleText, List("response.comments", Keep(1), New(Key("section", "9"), Key("heading", "Uppföljning"), Key("text", "Regionen vill följa upp reformen.\n"))));
        Assert.Contains(
            Lines(
                "  comments:",
                "    - section: \"8\"",
                "      heading: Kommunalt anställda läkare",
                "      position: opposes",
                "      text: |",
                "        Förslaget riskerar ojämlik tillgång till läkare mellan kommuner och otydliga",
                "        ansvarsgränser, vilket kan påverka patientsäkerheten negativt.",
                "    - section: \"9\"",
                "      heading: Uppföljning",
                "      text: |",
                "        Regionen vill följa upp reformen.",
                "  signatories:"),
            edited);
        var loaded = TestFiles.Load(edited);
        Assert.False(loaded.HasErrors);
        Assert.Equal(new[] { "8", "9" }, loaded.File!.Response.Comments.Select(c => c.Section));
    }
}
