using CsCheck;
using Remiss.Core;
using YamlDotNet.RepresentationModel;

namespace Remiss.Core.Tests.Editing;

/// <summary>
/// For random texts in the prose fields of every remiss file the tests and the fuzz corpus load cleanly
/// (LF and CR LF), the edited file loads with exactly the new values and every other value as before.
/// </summary>
public class EditPropertyTests
{
    private static readonly string[] Fragments =
    {
        "Region", "Västernorrland", "åäö ÅÄÖ", "”citat”", "–", "\u00a0", ": ", ":", "#", " # ", "'", "\"", "''", "**fet**", "*kursiv*",
        "[länk](https://exempel.se)", "1 100", "2025-03-10", "12", "yes", "null", "~", "&a", "*b", "!c", "%", "@", "`", "{", "}", "[", "]",
        "|", ">", "\t", "\\", "---", "...", "- ", "😀", "x",
    };

    private static readonly Gen<string> Words = Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[1, 6]
        .Select(Gen.OneOf<string>(" ", string.Empty), (parts, glue) => string.Join(glue, parts));

    private static readonly Gen<string> Line = Gen.Select(
        Gen.OneOf<string>(string.Empty, string.Empty, string.Empty, "- ", "-", "1. ", "  ", "    ", "# ", "> ", ": ", "? "),
        Words,
        Gen.OneOf<string>(string.Empty, string.Empty, " ", "  ", ":", " #"),
        (prefix, words, suffix) => prefix + words + suffix);

    /// <summary>Markdown as Word gives it back, and worse: empty lines in the middle, trailing spaces, one or more final line breaks.</summary>
    private static readonly Gen<string> Markdown = Gen.Select(
        Gen.Frequency((4, Line), (1, Gen.Const(string.Empty))).Array[1, 6],
        Gen.OneOf<string>(string.Empty, "\n", "\n", "\n\n"),
        (lines, end) => string.Join("\n", lines) + end)
        .Where(text => text.Trim().Length > 0);

    private static readonly Gen<string> Heading = Words.Where(text => text.Trim().Length > 0);

    private static IReadOnlyList<(string Name, string Text, RemissFile File)> Corpus { get; } = LoadCorpus();

    [Fact]
    public void Edited_prose_fields_load_back_exactly_and_nothing_else_changes()
    {
        var edits = Gen.Int[0, Corpus.Count - 1].SelectMany(file =>
            Gen.Int[0, Fields(Corpus[file].File).Count - 1]
                .SelectMany(field => (Fields(Corpus[file].File)[field].EndsWith(".heading", StringComparison.Ordinal) ? Heading : Markdown)
                    .Select(value => (Path: Fields(Corpus[file].File)[field], Value: value)))
                .Array[1, 4]
                .Select(Gen.Bool, (chosen, crlf) => (File: file, Edits: chosen.GroupBy(e => e.Path).Select(g => g.First()).ToArray(), Crlf: crlf)));

        edits.Sample(sample =>
        {
            var (name, original, model) = Corpus[sample.File];
            var text = sample.Crlf ? original.Replace("\n", "\r\n") : original;
            var result = RemissFileEditor.Apply(text, name, sample.Edits.Select(e => (RemissEdit)new ScalarEdit(e.Path, e.Value)).ToArray());
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            var edited = result.Text!;
            if (sample.Crlf)
            {
                Assert.DoesNotContain(edited.Replace("\r\n", string.Empty), c => c is '\n' or '\r');
            }

            var loaded = RemissLoader.Load(edited, name);
            Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics) + "\n" + edited);
            Assert.Equal(sample.Edits.Aggregate(model, (file, edit) => With(file, edit.Path, edit.Value)), loaded.File);

            var yaml = new YamlStream();
            yaml.Load(new StringReader(edited));
            foreach (var edit in sample.Edits)
            {
                Assert.Equal(edit.Value, RawValue(yaml.Documents[0].RootNode, edit.Path));
            }
        }, iter: 400, print: sample => $"{Corpus[sample.File].Name} crlf={sample.Crlf}: " + string.Join(" | ", sample.Edits.Select(e => $"{e.Path}={e.Value.Replace("\n", "\\n")}")));
    }

    [Fact]
    public void Comments_removed_reordered_changed_and_added_load_back_as_the_new_list()
    {
        var files = Corpus.Where(c => c.File.Response.Comments.Count > 0).ToList();
        Assert.NotEmpty(files);
        var newComment = Gen.Select(Gen.Int[1, 30], Heading, Markdown, Gen.Bool, (section, heading, text, positioned) => (Section: section.ToString(System.Globalization.CultureInfo.InvariantCulture), Heading: heading, Text: text, Positioned: positioned));
        var sample = Gen.Int[0, files.Count - 1].SelectMany(file =>
            Gen.Select(
                Gen.Int[0, files[file].File.Response.Comments.Count - 1].Select(Gen.Bool, Markdown, (from, change, text) => (From: (int?)from, Text: change ? text : null)).Array[0, 4],
                newComment.Select(c => (From: (int?)null, Text: (string?)null, New: c)).Array[0, 2],
                Gen.Bool,
                (kept, added, crlf) => (File: file, Kept: kept.GroupBy(k => k.From).Select(g => g.First()).ToArray(), Added: added, Crlf: crlf)));

        sample.Sample(s =>
        {
            var (name, original, model) = files[s.File];
            var items = new List<ListItemEdit>();
            var expected = new List<ResponseComment>();
            foreach (var kept in s.Kept)
            {
                var comment = model.Response.Comments[kept.From!.Value];
                items.Add(kept.Text is null ? ListItemEdit.Keep(kept.From.Value) : new ListItemEdit(kept.From, new[] { new KeyValuePair<string, string>("text", kept.Text) }));
                expected.Add(kept.Text is null ? comment : comment with { Text = kept.Text.TrimEnd() });
            }

            foreach (var added in s.Added)
            {
                var set = new List<KeyValuePair<string, string>> { new("text", added.New.Text), new("heading", added.New.Heading), new("section", added.New.Section) };
                if (added.New.Positioned)
                {
                    set.Add(new("position", "supports"));
                }

                items.Add(new ListItemEdit(null, set));
                expected.Add(new ResponseComment(added.New.Section, added.New.Heading.Trim(), added.New.Positioned ? Position.Supports : Position.Comments, added.New.Text.TrimEnd()));
            }

            var text = s.Crlf ? original.Replace("\n", "\r\n") : original;
            var result = RemissFileEditor.Apply(text, name, new RemissEdit[] { new ListEdit("response.comments", items) });
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            var loaded = RemissLoader.Load(result.Text!, name);
            Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics) + "\n" + result.Text);
            Assert.Equal(model with { Response = model.Response with { Comments = expected.ToEquatableArray() } }, loaded.File);
            foreach (var line in original.Split('\n').Where(l => l.TrimStart().StartsWith('#')))
            {
                Assert.Contains(line, result.Text!);
            }
        }, iter: 200);
    }

    [Fact]
    public void Setting_every_prose_field_to_its_current_text_changes_no_byte()
    {
        foreach (var (name, text, _) in Corpus)
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            var root = yaml.Documents[0].RootNode;
            var edits = Fields(Corpus.First(c => c.Name == name).File)
                .Select(path => (path, value: RawValue(root, path)))
                .Where(e => e.value is not null)
                .Select(e => (RemissEdit)new ScalarEdit(e.path, e.value!))
                .ToArray();
            Assert.Same(text, RemissFileEditor.Apply(text, name, edits).Text);
        }
    }

    /// <summary>The prose fields of a file: the memo, the summary, each comment's heading and text, each meeting's note.</summary>
    private static List<string> Fields(RemissFile file)
    {
        var fields = new List<string> { "memo.background", "memo.assessment", "response.summary" };
        for (var i = 0; i < file.Response.Comments.Count; i++)
        {
            fields.Add($"response.comments[{i}].text");
            fields.Add($"response.comments[{i}].heading");
        }

        for (var i = 0; i < file.Decision.Meetings.Count; i++)
        {
            fields.Add($"decision.meetings[{i}].note");
        }

        return fields;
    }

    /// <summary>The model as the loader reads a field set to <paramref name="value"/>: Markdown loses trailing white space, a heading is trimmed.</summary>
    private static RemissFile With(RemissFile file, string path, string value)
    {
        var markdown = value.TrimEnd();
        switch (path)
        {
            case "memo.background":
                return file with { Memo = file.Memo with { Background = markdown } };
            case "memo.assessment":
                return file with { Memo = file.Memo with { Assessment = markdown } };
            case "response.summary":
                return file with { Response = file.Response with { Summary = markdown } };
        }

        var index = int.Parse(path.Substring(path.IndexOf('[') + 1, path.IndexOf(']') - path.IndexOf('[') - 1), System.Globalization.CultureInfo.InvariantCulture);
        if (path.StartsWith("decision.meetings", StringComparison.Ordinal))
        {
            var meetings = file.Decision.Meetings.ToArray();
            meetings[index] = meetings[index] with { Note = markdown.Trim().Length == 0 ? null : markdown };
            return file with { Decision = file.Decision with { Meetings = meetings } };
        }

        var comments = file.Response.Comments.ToArray();
        comments[index] = path.EndsWith(".heading", StringComparison.Ordinal) ? comments[index] with { Heading = value.Trim() } : comments[index] with { Text = markdown };
        return file with { Response = file.Response with { Comments = comments } };
    }

    /// <summary>The YAML value at a loader path, as YamlDotNet reads it; null when the path is not there.</summary>
    private static string? RawValue(YamlNode root, string path)
    {
        YamlNode? node = root;
        foreach (var part in path.Replace("[", ".[").Split('.'))
        {
            node = part.StartsWith('[')
                ? node is YamlSequenceNode sequence ? sequence.Children[int.Parse(part.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)] : null
                : node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(part), out var child) ? child : null;
        }

        return (node as YamlScalarNode)?.Value;
    }

    private static List<(string, string, RemissFile)> LoadCorpus()
    {
        var files = new List<(string Name, string Text)> { ("sou-2024-72.remiss.yaml", TestFiles.ExampleText), ("minimal.remiss.yaml", TestFiles.Minimal + "\n") };
        files.AddRange(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "Seeds", "remiss")).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        var corpus = new List<(string, string, RemissFile)>();
        foreach (var (name, text) in files)
        {
            var loaded = RemissLoader.Load(text, name);
            if (!loaded.HasErrors)
            {
                corpus.Add((name, text, loaded.File!));
            }
        }

        Assert.True(corpus.Count >= 5, "the corpus should hold the example, the minimal file and the fuzz seeds");
        return corpus;
    }
}
