using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Remiss.Core;
using static Remiss.Templates.Tests.RoundTrip.WordEdit;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>
/// Pulling in rounds (issue 27): a pull is a fixed point, a document pulled once and edited on pulls again, the same edit
/// on both sides is no conflict however the YAML wraps it, and only a real difference on both sides is RMS0220.
/// </summary>
public class SecondRoundTests
{
    private const string YamlPath = "sou-2024-72.remiss.yaml";

    private static readonly string[] Fields = ["response.summary", "response.comments[0].text", "response.comments[1].text"];

    private static readonly string[] Sentences =
    [
        "Regionen tillstyrker.",
        "Regionen välkomnar förslaget men vill att ansvaret mellan region och kommun förtydligas innan reformen träder i kraft.",
        "Kortare text.",
        "Region Västernorrland anser att kommunerna behöver stöd i att anställa läkare, särskilt i glest befolkade delar av länet där rekryteringen redan är svår.",
        "Förslaget bör utredas vidare.",
    ];

    /// <summary>The example's yttrande rendered from <paramref name="yaml"/>, recording its hash as <c>remiss render</c> does.</summary>
    private static byte[] Render(string yaml) => Renderer.Render(RemissLoader.Load(yaml, YamlPath).File!, new RemissDocument(DocumentKind.Yttrande), OutputFormat.Docx,
        new RenderSource(YamlPath, SHA256.HashData(Encoding.UTF8.GetBytes(yaml))));

    private static PullResult Pull(byte[] docx, string yaml, PullBaseline? baseline) =>
        RemissPull.Pull(docx, "Yttrande.docx", RemissWorkspace.LoadText(YamlPath, yaml, null), Encoding.UTF8.GetBytes(yaml), new PullOptions { Baseline = baseline });

    private static byte[] Type(byte[] docx, string field, string text) => Edit(docx, d => Replace(d, "remiss:" + field, Typed(text)));

    private static string YamlEdit(string yaml, string field, string value)
    {
        var edited = RemissFileEditor.Apply(yaml, YamlPath, [new ScalarEdit(field, value + "\n")]);
        Assert.False(edited.HasErrors, string.Join("\n", edited.Diagnostics));
        return edited.Text!;
    }

    private static string Value(string yaml, string field)
    {
        var file = RemissLoader.Load(yaml, YamlPath).File!;
        return field switch
        {
            "response.summary" => file.Response.Summary,
            "response.comments[0].text" => file.Response.Comments[0].Text,
            "response.comments[1].text" => file.Response.Comments[1].Text,
            _ => throw new ArgumentException(field),
        };
    }

    /// <summary>Plain text means its words: Markdown joins a paragraph's lines with a space.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Ok(PullResult result) => Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));

    [Fact]
    public void Pulling_the_same_document_twice_takes_nothing_the_second_time_with_or_without_its_baseline()
    {
        var yaml = TestFiles.ExampleText;
        var docx = Type(Render(yaml), "response.summary", Sentences[3]);
        var first = Pull(docx, yaml, null);
        Ok(first);
        Assert.Contains("\n    Region Västernorrland anser att kommunerna behöver stöd i att anställa läkare,", first.Text!, StringComparison.Ordinal);

        foreach (var baseline in new[] { first.Baseline, null })
        {
            var second = Pull(docx, first.Text!, baseline);
            Ok(second);
            Assert.Empty(second.Changes);
            Assert.Equal(first.Text, second.Text);
        }
    }

    [Fact]
    public void A_pulled_document_edited_again_pulls_again()
    {
        var yaml = TestFiles.ExampleText;
        var docx = Type(Render(yaml), "response.summary", Sentences[1]);
        var first = Pull(docx, yaml, null);
        Ok(first);

        docx = Type(docx, "response.summary", Sentences[3]);
        docx = Type(docx, "response.comments[1].text", Sentences[4]);
        var second = Pull(docx, first.Text!, first.Baseline);

        Ok(second);
        Assert.Equal(Sentences[3], Words(Value(second.Text!, "response.summary")));
        Assert.Equal(Sentences[4], Words(Value(second.Text!, "response.comments[1].text")));
        Assert.Equal(["response.summary", "response.comments[1].text"], second.Changes.Select(c => c.Path));
    }

    [Fact]
    public void A_comment_typed_in_word_and_pulled_is_not_added_again_and_its_later_edit_goes_into_it()
    {
        var yaml = TestFiles.ExampleText;
        var docx = Edit(Render(yaml), d => Content(d, "remiss:response.comments").Append(Typed("9 Uppföljning", "Heading2"), Typed("Regionen vill följa upp reformen.")));
        var first = Pull(docx, yaml, null);
        Ok(first);

        var again = Pull(docx, first.Text!, first.Baseline);
        Ok(again);
        Assert.Empty(again.Changes);

        docx = Edit(docx, d => Content(d, "remiss:response.comments").LastChild!.Remove());
        docx = Edit(docx, d => Content(d, "remiss:response.comments").Append(Typed("Regionen vill följa upp reformen efter tre år.")));
        var edited = Pull(docx, first.Text!, first.Baseline);

        Ok(edited);
        var comments = RemissLoader.Load(edited.Text!, YamlPath).File!.Response.Comments;
        Assert.Equal(3, comments.Count);
        Assert.Equal("Regionen vill följa upp reformen efter tre år.", comments[2].Text.TrimEnd());
    }

    [Fact]
    public void The_same_edit_on_both_sides_is_no_conflict_however_the_yaml_wraps_it()
    {
        var yaml = TestFiles.ExampleText;
        var docx = Type(Render(yaml), "response.comments[0].text", Sentences[3]);
        var wrappedByHand = YamlEdit(yaml, "response.comments[0].text", Sentences[3].Replace(" särskilt ", "\nsärskilt ", StringComparison.Ordinal));

        var result = Pull(docx, wrappedByHand, null);

        Ok(result);
        Assert.Empty(result.Changes);
        Assert.Equal(wrappedByHand, result.Text);
    }

    [Fact]
    public void Only_a_real_difference_on_both_sides_is_a_conflict()
    {
        var yaml = TestFiles.ExampleText;
        var docx = Type(Render(yaml), "response.summary", Sentences[1]);
        var first = Pull(docx, yaml, null);
        Ok(first);

        // The YAML's summary edited by hand after the pull, and the same document's summary edited on in Word.
        var byHand = YamlEdit(first.Text!, "response.summary", Sentences[2]);
        docx = Type(docx, "response.summary", Sentences[4]);
        var result = Pull(docx, byHand, first.Baseline);

        Assert.Null(result.Text);
        var conflict = Assert.Single(result.Diagnostics, d => d.Code == "RMS0220");
        Assert.Contains("I Word: ”Förslaget bör utredas vidare.”. I remissfilen: ”Kortare text.”", conflict.Message, StringComparison.Ordinal);
    }

    /// <summary>One step of an officer's rounds.</summary>
    private sealed record Step(int Kind, int Field, int Sentence, bool Wrap)
    {
        public override string ToString() => Kind switch
        {
            0 => $"Word: {Fields[Field]} = {Sentence}",
            1 => $"YAML: {Fields[Field]} = {Sentence}{(Wrap ? " (wrapped by hand)" : string.Empty)}",
            2 => $"YAML: {Fields[Field]} = Word's",
            _ => "pull",
        };
    }

    [Fact]
    public void Random_rounds_of_word_edits_yaml_edits_and_pulls_take_in_exactly_what_changed_on_one_side()
    {
        var step = Gen.Select(Gen.Int[0, 3], Gen.Int[0, Fields.Length - 1], Gen.Int[0, Sentences.Length - 1], Gen.Bool, (k, f, s, w) => new Step(k, f, s, w));
        step.Array[1, 9].Sample(steps =>
        {
            var yaml = TestFiles.ExampleText;
            var docx = Render(yaml);
            PullBaseline? baseline = null;
            // The model: what Word shows, what the YAML holds, and what both held at the last render or pull.
            var word = Fields.Select(f => Words(Value(yaml, f))).ToArray();
            var held = word.ToArray();
            var last = word.ToArray();
            foreach (var s in steps.Append(new Step(3, 0, 0, false)))
            {
                switch (s.Kind)
                {
                    case 0:
                        docx = Type(docx, Fields[s.Field], Sentences[s.Sentence]);
                        word[s.Field] = Sentences[s.Sentence];
                        break;
                    case 1:
                        yaml = YamlEdit(yaml, Fields[s.Field], s.Wrap ? Sentences[s.Sentence].Replace(" ", "\n", StringComparison.Ordinal) : Sentences[s.Sentence]);
                        held[s.Field] = Sentences[s.Sentence];
                        break;
                    case 2:
                        yaml = YamlEdit(yaml, Fields[s.Field], word[s.Field]);
                        held[s.Field] = word[s.Field];
                        break;
                    default:
                        var conflict = Enumerable.Range(0, Fields.Length).Any(i => word[i] != last[i] && held[i] != last[i] && word[i] != held[i]);
                        var result = Pull(docx, yaml, baseline);
                        if (conflict)
                        {
                            Assert.Null(result.Text);
                            Assert.Contains(result.Diagnostics, d => d.Code == "RMS0220");
                            Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.Equal("RMS0220", d.Code));
                            break;
                        }

                        Ok(result);
                        for (var i = 0; i < Fields.Length; i++)
                        {
                            held[i] = word[i] != last[i] ? word[i] : held[i];
                            last[i] = word[i];
                            Assert.Equal(held[i], Words(Value(result.Text!, Fields[i])));
                        }

                        // A fixed point: the same document again takes nothing.
                        var again = Pull(docx, result.Text!, result.Baseline);
                        Ok(again);
                        Assert.Empty(again.Changes);
                        yaml = result.Text!;
                        baseline = result.Baseline;
                        break;
                }
            }
        }, iter: 60, print: steps => string.Join("; ", steps.Select(s => s.ToString())));
    }
}
