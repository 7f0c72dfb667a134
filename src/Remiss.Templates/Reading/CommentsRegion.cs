using System.Text.RegularExpressions;
using Remiss.Core;
using Remiss.Templates.Marks;
using Remiss.Templates.RoundTrip;

namespace Remiss.Templates.Reading;

/// <summary>
/// The yttrande's comments from its region (ROUNDTRIP.md §2): a comment's heading control starts it, a Heading 2
/// paragraph typed anywhere in the region starts a new one (a leading section number such as <c>9</c> or <c>5.2</c> is
/// its section), every other paragraph belongs to the comment above it. A rendered comment whose controls are all
/// gone was deleted; the order of the rest is the document's.
/// </summary>
internal sealed partial class CommentsRegion(RoundTripManifest manifest, BodyWalker walker, bool acceptChanges, WordPlace documentPlace, List<WordProblem> problems)
{
    private sealed class Building(int? index, PlacedParagraph? heading, WordPlace place)
    {
        public int? Index { get; } = index;

        public PlacedParagraph? Heading { get; } = heading;

        public WordPlace Place { get; } = place;

        public List<PlacedParagraph> Text { get; } = [];
    }

    private readonly List<Building> _comments = [];
    private readonly HashSet<int> _textSeen = [];
    private Building? _current;

    public WordCommentsRegion Build(IReadOnlyList<int> renderedOrder)
    {
        var fields = manifest.Fields.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var item in walker.Region!)
        {
            switch (item)
            {
                case RegionParagraph { Paragraph: var paragraph }:
                    Dispatch(paragraph, []);
                    break;
                case RegionControl { Control: { IsFixed: false } control } when FieldMark.CommentIndexOf(control.Key) is { } index && fields.ContainsKey(control.Key):
                    if (control.Key.EndsWith(".heading", StringComparison.Ordinal))
                    {
                        Heading(index, control);
                    }
                    else
                    {
                        _textSeen.Add(index);
                        var rendered = RenderedHeadings(fields[control.Key].Markdown);
                        control.Paragraphs.ForEach(p => Dispatch(p, rendered));
                    }

                    break;
            }
        }

        var comments = new List<WordComment>();
        foreach (var building in _comments)
        {
            comments.Add(Comment(building, fields));
        }

        foreach (var index in renderedOrder)
        {
            var path = $"response.comments[{index}]";
            var headingFound = _comments.Any(c => c.Index == index);
            var textRendered = fields.ContainsKey(path + ".text");
            if (headingFound && textRendered && !_textSeen.Contains(index))
            {
                Problem(DiagnosticDescriptors.WordFieldMissing, path + ".text", documentPlace, path + ".text");
            }
            else if (!headingFound && _textSeen.Contains(index))
            {
                Problem(DiagnosticDescriptors.WordFieldMissing, path + ".heading", documentPlace, path + ".heading");
            }
        }

        return new WordCommentsRegion(comments, renderedOrder);
    }

    private void Heading(int index, Control control)
    {
        var paragraphs = control.Paragraphs.Where(p => !p.Paragraph.IsBlank).ToList();
        if (_comments.Any(c => c.Index == index))
        {
            Problem(DiagnosticDescriptors.WordFieldTwice, $"response.comments[{index}].heading", control.Place, $"response.comments[{index}].heading");
            return;
        }

        _current = new Building(index, paragraphs.FirstOrDefault(), paragraphs.FirstOrDefault()?.Place ?? control.Place);
        _comments.Add(_current);
        foreach (var paragraph in paragraphs.Skip(1))
        {
            if (IsNewCommentHeading(paragraph.Paragraph))
            {
                Start(paragraph);
            }
            else if (_current.Index == index)
            {
                Problem(DiagnosticDescriptors.WordTextInHeading, $"response.comments[{index}].heading", paragraph.Place, HeadingText(paragraphs[0]));
            }
            else
            {
                _current.Text.Add(paragraph);
            }
        }
    }

    /// <summary>
    /// A paragraph of the region: a Heading 2 starts a new comment, unless it is one the comment's text had when
    /// rendered (<paramref name="renderedHeadings"/>: a <c>## …</c> in the YAML's text is that text's, not a comment).
    /// </summary>
    private void Dispatch(PlacedParagraph paragraph, HashSet<string> renderedHeadings)
    {
        if (IsNewCommentHeading(paragraph.Paragraph) && !renderedHeadings.Contains(KeyOf(paragraph.Paragraph)))
        {
            Start(paragraph);
        }
        else if (_current is not null)
        {
            _current.Text.Add(paragraph);
        }
        else if (!paragraph.Paragraph.IsBlank)
        {
            Problem(DiagnosticDescriptors.WordTextBeforeFirstComment, RoundTripXml.CommentsPath, paragraph.Place);
        }
    }

    private void Start(PlacedParagraph heading)
    {
        _current = new Building(null, heading, heading.Place);
        _comments.Add(_current);
    }

    private static HashSet<string> RenderedHeadings(string markdown) =>
        [.. MarkdownModel.Blocks(markdown, out _).SelectMany(b => b.Paragraphs).Where(IsNewCommentHeading).Select(p => p.Key())];

    private static string KeyOf(WordParagraph paragraph)
    {
        paragraph.Normalize(); // idempotent: the field is normalised again when it is prepared
        return paragraph.Key();
    }

    private static bool IsNewCommentHeading(WordParagraph paragraph) => paragraph.Role == ParagraphRole.Heading && paragraph.Level == 2 && !paragraph.IsBlank;

    private static string HeadingText(PlacedParagraph? paragraph) => paragraph is null ? string.Empty : paragraph.Paragraph.RawText.Replace('\n', ' ').Trim();

    private WordComment Comment(Building building, Dictionary<string, ManifestField> fields)
    {
        var text = HeadingText(building.Heading);
        var paragraphs = FieldParagraphs.Prepare(WordReader.JoinDeletedMarks(building.Text, acceptChanges), p => p.Paragraph);
        if (building.Index is not { } index)
        {
            var (section, heading) = SplitSection(text);
            var markdown = FieldMarkdown.Convert(paragraphs.Select(p => p.Paragraph).ToList(), null, out var faithful);
            NotFaithful(faithful, RoundTripXml.CommentsPath, paragraphs, building.Place);
            return new WordComment(null, section, heading, markdown);
        }

        var path = $"response.comments[{index}]";
        var renderedHeadingField = fields[path + ".heading"];
        var renderedSection = renderedHeadingField.Section;
        var renderedHeading = WordReader.HeadingWithoutSection(renderedHeadingField.Markdown, renderedSection);

        string? nowSection = null;
        var nowHeading = text;
        if (renderedSection is not null)
        {
            if (text.StartsWith(renderedSection + " ", StringComparison.Ordinal))
            {
                (nowSection, nowHeading) = (renderedSection, text[(renderedSection.Length + 1)..].Trim());
            }
            else
            {
                (nowSection, nowHeading) = SplitSection(text);
            }
        }

        var renderedText = fields.TryGetValue(path + ".text", out var textField) ? textField.Markdown : string.Empty;
        var now = FieldMarkdown.Convert(paragraphs.Select(p => p.Paragraph).ToList(), renderedText, out var isFaithful);
        NotFaithful(isFaithful, path + ".text", paragraphs, building.Place);
        return new WordComment(index, nowSection, nowHeading, now)
        {
            RenderedSection = renderedSection,
            RenderedHeading = renderedHeading,
            RenderedText = renderedText,
        };
    }

    private void NotFaithful(bool faithful, string path, List<PlacedParagraph> paragraphs, WordPlace place)
    {
        if (!faithful)
        {
            Problem(DiagnosticDescriptors.WordNotMarkdown, path, paragraphs.FirstOrDefault()?.Place ?? place, path);
        }
    }

    /// <summary><c>9 Rubrik</c> or <c>5.2 Rubrik</c>: the section and the heading; without a leading number, no section.</summary>
    private static (string? Section, string Heading) SplitSection(string text) =>
        SectionPattern().Match(text) is { Success: true } match ? (match.Groups[1].Value, match.Groups[2].Value) : (null, text);

    [GeneratedRegex(@"^(\d{1,4}(?:\.\d{1,4}){0,5})\.?[ \u00A0]+(\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    private void Problem(DiagnosticDescriptor descriptor, string? yamlPath, WordPlace place, params object?[] args) =>
        problems.Add(new WordProblem(descriptor, [place.ToString(), .. args], yamlPath, place));
}
