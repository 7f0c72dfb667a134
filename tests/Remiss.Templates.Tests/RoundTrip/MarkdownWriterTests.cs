using CsCheck;
using Remiss.Templates.Reading;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>
/// Text typed in Word, written as Markdown, renders again to what was typed: the writer's Markdown checked by the
/// writer's own .docx output, for any text and any word-level formatting.
/// </summary>
public class MarkdownWriterTests
{
    private const string Tricky = "abcåäöÅ 0123456789.)*_`[]()<>!#&;\\-+=|~:\"'/”–\u00A0%";

    private static WordParagraph Body(params WordRun[] runs) => new() { Role = ParagraphRole.Body, Runs = [.. runs] };

    private static WordRun Plain(string text) => new(text, false, false, false, null);

    /// <summary>True when the Markdown written for the paragraphs renders to paragraphs that look the same.</summary>
    private static (bool Faithful, string Markdown) RoundTrip(IReadOnlyList<WordParagraph> paragraphs)
    {
        var prepared = FieldParagraphs.Prepare(paragraphs, p => p);
        var markdown = MarkdownWriter.Write(prepared);
        return (MarkdownModel.Keys(markdown).SequenceEqual(prepared.Select(p => p.Key())), markdown);
    }

    [Fact]
    public void Any_plain_text_with_line_breaks_comes_back_as_typed()
    {
        Gen.String[Gen.Char[Tricky + "\n"], 1, 40]
            .Where(s => s.Trim().Length > 0)
            .Sample(text =>
            {
                var (faithful, markdown) = RoundTrip([Body(Plain(text))]);
                Assert.True(faithful, $"{text}\n---\n{markdown}");
            }, iter: 3000);
    }

    [Fact]
    public void Any_words_made_bold_or_italic_come_back_so()
    {
        var word = Gen.String[Gen.Char[Tricky.Replace(" ", string.Empty, StringComparison.Ordinal)], 1, 8];
        Gen.Select(word, Gen.Bool, Gen.Bool).Array[1, 8]
            .Sample(words =>
            {
                var runs = new List<WordRun>();
                foreach (var (text, bold, italic) in words)
                {
                    runs.Add(new WordRun(text, bold, italic, false, null));
                    runs.Add(Plain(" "));
                }

                var (faithful, markdown) = RoundTrip([Body([.. runs])]);
                Assert.True(faithful, string.Join(" | ", words.Select(w => $"{w.Item1}{(w.Item2 ? "/b" : "")}{(w.Item3 ? "/i" : "")}")) + "\n---\n" + markdown);
            }, iter: 3000);
    }

    [Fact]
    public void Any_nesting_of_bulleted_and_numbered_lists_comes_back_so()
    {
        // Items with text: an empty item with a list under it and a blank line in that list has no Markdown (the
        // item ends at the blank line), and is reported as formatting Markdown cannot hold (RMS0215).
        Gen.Select(Gen.Int[0, 3], Gen.Bool, Gen.String[Gen.Char[Tricky], 1, 12].Where(t => t.Trim().Length > 0)).Array[1, 10]
            .Sample(items =>
            {
                var paragraphs = items.Select(i => new WordParagraph
                {
                    Role = ParagraphRole.ListItem,
                    Level = i.Item1,
                    Ordered = i.Item2,
                    ListKey = i.Item2 ? 2 : 1,
                    Runs = [Plain(i.Item3)],
                }).ToList();

                var (faithful, markdown) = RoundTrip(paragraphs);
                Assert.True(faithful, markdown);
            }, iter: 2000);
    }

    [Fact]
    public void An_empty_list_item_and_one_with_a_list_below_it_come_back_so()
    {
        WordParagraph Item(int level, string text) => new() { Role = ParagraphRole.ListItem, Level = level, ListKey = 1, Runs = text.Length == 0 ? [] : [Plain(text)] };

        var (faithful, markdown) = RoundTrip([Item(0, "a"), Item(0, ""), Item(1, "b"), Item(0, "c")]);

        Assert.True(faithful, markdown);
        Assert.Equal("- a\n-\n  - b\n- c", markdown);
    }

    [Theory]
    [InlineData("**", "fet", "**")]
    [InlineData("*", "kursiv", "*")]
    public void Formatting_of_part_of_a_word_is_written_inside_the_word(string open, string formatted, string close)
    {
        var run = new WordRun(formatted, open == "**", open == "*", false, null);

        var (faithful, markdown) = RoundTrip([Body(Plain("halv"), run, Plain("het"))]);

        Assert.True(faithful);
        Assert.Equal($"halv{open}{formatted}{close}het", markdown);
    }

    [Fact]
    public void Nested_lists_quotes_code_and_rules_are_written_as_markdown()
    {
        var paragraphs = new List<WordParagraph>
        {
            new() { Role = ParagraphRole.ListItem, Level = 0, Ordered = true, ListKey = 1, Start = 1, Runs = [Plain("ett")] },
            new() { Role = ParagraphRole.ListItem, Level = 1, ListKey = 2, Runs = [Plain("under")] },
            new() { Role = ParagraphRole.ListItem, Level = 0, Ordered = true, ListKey = 1, Start = 1, Runs = [Plain("två")] },
            new() { Role = ParagraphRole.Quote, Runs = [Plain("Ett citat.")] },
            new() { Role = ParagraphRole.Rule },
            new() { Role = ParagraphRole.Code, Runs = [Plain("var x = 1;")] },
            new() { Role = ParagraphRole.Heading, Level = 3, Runs = [Plain("Rubrik #3")] },
        };

        var (faithful, markdown) = RoundTrip(paragraphs);

        Assert.True(faithful, markdown);
        Assert.Equal("1. ett\n   - under\n2. två\n\n> Ett citat.\n\n---\n\n```\nvar x = 1;\n```\n\n### Rubrik \\#3", markdown);
    }

    [Fact]
    public void A_numbered_list_that_restarts_is_written_as_a_list_of_its_own()
    {
        WordParagraph Item(int key, string text) => new() { Role = ParagraphRole.ListItem, Ordered = true, ListKey = key, Start = 1, Runs = [Plain(text)] };

        var (faithful, markdown) = RoundTrip([Item(1, "a"), Item(1, "b"), Item(2, "c")]);

        Assert.True(faithful, markdown);
        Assert.Equal("1. a\n2. b\n1) c", markdown);
    }
}
