using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// The decisions of one pull (ROUNDTRIP.md §2): which Word edits go into the YAML, which are conflicts (changed in the
/// YAML too since the render: an error showing both, nothing merged by guesswork), and how the comments list changes.
/// </summary>
internal sealed class PullPlan(RemissFile file, SourceMap sources, string text, string yamlPath, string docxName, bool yamlUnchanged, FieldsNow now)
{
    private const string CommentsPath = "response.comments";
    private readonly List<(string Path, string Description)> _changes = [];

    /// <summary>The index in <c>response.comments</c> after the pull of each comment of the region, in document order; null until <see cref="Comments"/> changed the list.</summary>
    public IReadOnlyList<int>? CommentIndexes { get; private set; }

    public List<RemissEdit> Edits { get; } = [];

    public List<Diagnostic> Problems { get; } = [];

    /// <summary>An edited field outside the comments region.</summary>
    public void Field(WordField field)
    {
        if (Accept(field.Path, field.Rendered, field.Value, field.Kind))
        {
            Edits.Add(new ScalarEdit(field.Path, field.Kind == WordFieldKind.Markdown ? AsBlock(field.Path, field.Value, field.Rendered) : field.Value));
            _changes.Add((field.Path, "ändrad i Word"));
        }
    }

    /// <summary>The comments region: edited, typed, deleted and moved comments.</summary>
    public void Comments(WordCommentsRegion region)
    {
        var existing = file.Response.Comments;
        // A record naming comments the file does not have was not rendered from this file as it is, whatever its hash says.
        if (region.RenderedOrder.Concat(region.Comments.Select(c => c.Index ?? 0)).Any(i => i >= existing.Count))
        {
            Problems.Add(DiagnosticDescriptors.PullCommentsChangedInBoth.Create(yamlPath, sources[CommentsPath], docxName, region.RenderedOrder.Count, existing.Count));
            return;
        }

        var structural = region.Comments.Any(c => c.IsNew) || region.Deleted.Count > 0 || region.IsReordered;
        if (!structural)
        {
            // Only texts changed: each is a field of its own, at its index.
            foreach (var comment in region.Comments.Where(c => c.IsChanged))
            {
                foreach (var (key, value) in Changed(comment))
                {
                    var path = $"{CommentsPath}[{comment.Index}].{key}";
                    Edits.Add(new ScalarEdit(path, key == "text" ? AsBlock(path, value, comment.RenderedText) : value));
                    _changes.Add((path, "ändrad i Word"));
                }
            }

            return;
        }

        if (!yamlUnchanged && existing.Count != region.RenderedOrder.Count)
        {
            Problems.Add(DiagnosticDescriptors.PullCommentsChangedInBoth.Create(yamlPath, sources[CommentsPath], docxName, region.RenderedOrder.Count, existing.Count));
            return;
        }

        var order = Order(region, existing.Count);
        // What pull writes, render shows: with every section a number the documents print in section order, so a move
        // that order would undo is refused rather than written where no document shows it.
        var sections = order.Select(c => c.Section ?? (c.Index is { } k ? existing[k].Section : null)).ToList();
        if (region.IsReordered && !Model.CommentOrder.PrintsInFileOrder(sections))
        {
            Problems.Add(DiagnosticDescriptors.PullMoveNotShown.Create(yamlPath, sources[CommentsPath], docxName, string.Join(", ", sections)));
            return;
        }

        CommentIndexes = region.Comments.Select(c => order.FindIndex(o => ReferenceEquals(o, c))).ToList();
        var items = order.Select(c => c.Index is { } i
            ? new ListItemEdit(i, Changed(c).Select(p => new KeyValuePair<string, string>(p.Key, p.Key == "text" ? AsBlock($"{CommentsPath}[{i}].text", p.Value, c.RenderedText) : p.Value)).ToList())
            : new ListItemEdit(null, New(c))).ToList();
        Edits.Add(new ListEdit(CommentsPath, items));

        foreach (var deleted in region.Deleted)
        {
            _changes.Add((CommentsPath, $"synpunkten ”{existing[deleted].Heading}” borttagen"));
        }

        foreach (var comment in region.Comments.Where(c => c.IsNew))
        {
            _changes.Add((CommentsPath, $"ny synpunkt ”{comment.Heading}”" + (comment.Section is { } section ? $" (avsnitt {section})" : string.Empty)));
        }

        foreach (var comment in region.Comments.Where(c => c.IsChanged))
        {
            _changes.Add((CommentsPath, $"synpunkten ”{comment.Heading}” ändrad i Word"));
        }

        if (region.IsReordered)
        {
            _changes.Add((CommentsPath, "synpunkterna i ny ordning"));
        }
    }

    /// <summary>The report: each change at its place in the new file, then the tracked changes taken as accepted.</summary>
    public IReadOnlyList<PulledChange> Report(SourceMap? newSources, WordReadResult read)
    {
        var changes = _changes.Select(c => new PulledChange(c.Path, RemissPull.Where(newSources, c.Path), c.Description)).ToList();
        foreach (var change in read.TrackedChanges)
        {
            var field = change.Field ?? CommentsPath;
            changes.Add(new PulledChange(field, RemissPull.Where(newSources, field), $"spårad ändring av {change.Author} godtagen ({Kind(change.Kind)} ”{change.Text}”)"));
        }

        return changes.OrderBy(c => c.Span.Line).ThenBy(c => c.Span.Column).ToList();
    }

    /// <summary>The keys of an existing comment that changed in Word and may be written (a conflict is reported instead).</summary>
    private List<(string Key, string Value)> Changed(WordComment comment)
    {
        var changed = new List<(string, string)>();
        var path = $"{CommentsPath}[{comment.Index}]";
        // A section number typed or changed before the heading; a removed one stays in the YAML (the heading decides nothing).
        if (comment.Section is { } section && section != comment.RenderedSection && Accept(path + ".section", comment.RenderedSection, section, WordFieldKind.Text))
        {
            changed.Add(("section", section));
        }

        if (!MarkdownMeaning.Same(comment.Heading, comment.RenderedHeading, WordFieldKind.Text) && Accept(path + ".heading", comment.RenderedHeading, comment.Heading, WordFieldKind.Text))
        {
            changed.Add(("heading", comment.Heading));
        }

        if (!MarkdownMeaning.Same(comment.Text, comment.RenderedText) && Accept(path + ".text", comment.RenderedText, comment.Text, WordFieldKind.Markdown))
        {
            changed.Add(("text", comment.Text));
        }

        return changed;
    }

    /// <summary>A comment typed in Word, keys in the order the example's comments have them (section, heading, text); its position is left out, so it is <c>comments</c>.</summary>
    private static List<KeyValuePair<string, string>> New(WordComment comment)
    {
        var set = new List<KeyValuePair<string, string>>();
        if (comment.Section is { } section)
        {
            set.Add(new("section", section));
        }

        set.Add(new("heading", comment.Heading));
        if (comment.Text.Length > 0)
        {
            // A final line break, so the editor writes a | block like the comments' texts in the example (the loader trims it).
            set.Add(new("text", MarkdownWrap.Wrap(comment.Text) + "\n"));
        }

        return set;
    }

    /// <summary>
    /// The comments in their new order. Moved in Word: the document's order. Otherwise the YAML's order (comments print in
    /// section order, which need not be the file's), with each typed comment after the one it follows in the document.
    /// Comments the document did not have (added to the YAML since) keep their place.
    /// </summary>
    private static List<WordComment> Order(WordCommentsRegion region, int count)
    {
        var rendered = region.RenderedOrder.ToHashSet();
        var notRendered = Enumerable.Range(0, count).Where(i => !rendered.Contains(i)).Select(i => new WordComment(i, null, string.Empty, string.Empty)
        {
            RenderedHeading = string.Empty,
            RenderedText = string.Empty,
        });
        if (region.IsReordered)
        {
            return [.. region.Comments, .. notRendered];
        }

        var kept = region.Comments.Where(c => c.Index is not null).ToDictionary(c => c.Index!.Value);
        var order = Enumerable.Range(0, count).Select(i => kept.TryGetValue(i, out var c) ? c : rendered.Contains(i) ? null : new WordComment(i, null, string.Empty, string.Empty)
        {
            RenderedHeading = string.Empty,
            RenderedText = string.Empty,
        }).OfType<WordComment>().ToList();
        WordComment? previous = null;
        var insertedAfter = new Dictionary<int, int>();
        foreach (var comment in region.Comments)
        {
            if (!comment.IsNew)
            {
                previous = comment;
                continue;
            }

            var at = previous is null ? 0 : order.IndexOf(previous) + 1;
            var key = previous?.Index ?? -1;
            at += insertedAfter.GetValueOrDefault(key);
            insertedAfter[key] = insertedAfter.GetValueOrDefault(key) + 1;
            order.Insert(Math.Min(at, order.Count), comment);
        }

        return order;
    }

    /// <summary>
    /// True when the Word text of <paramref name="path"/> is to be written: the YAML still means what the document had as
    /// its base (the render, or the last pull), and does not already mean what Word has (the same edit made in both). A
    /// field changed in both to different meanings is a conflict (RMS0220). Texts are compared by what they print
    /// (<see cref="MarkdownMeaning"/>), so the YAML's line wrapping is no change.
    /// </summary>
    private bool Accept(string path, string? rendered, string value, WordFieldKind kind)
    {
        if (yamlUnchanged)
        {
            return true;
        }

        var current = now[path];
        if (MarkdownMeaning.Same(current, value, kind))
        {
            return false; // the same change, made in both (or taken in by an earlier pull)
        }

        if (rendered is null || MarkdownMeaning.Same(current, rendered, kind))
        {
            return true;
        }

        Problems.Add(DiagnosticDescriptors.PullConflict.Create(yamlPath, sources[path], path, docxName, Short(value), Short(current ?? string.Empty)));
        return false;
    }

    /// <summary>
    /// Markdown as the YAML should hold it: with a final line break when it has several lines or the file writes the field
    /// as a <c>|</c> block, so the editor keeps <c>|</c> (the loader trims the break again); a one-line plain value stays plain.
    /// </summary>
    private string AsBlock(string path, string markdown, string? rendered)
    {
        if (markdown.Length == 0 || markdown.EndsWith('\n'))
        {
            return markdown;
        }

        // Wrapped like the file's own lines; lines as long as the rendered ones were are the officer's and stay.
        var width = Math.Max(MarkdownWrap.Width, (rendered ?? string.Empty).Split('\n').Max(l => l.Length));
        markdown = MarkdownWrap.Wrap(markdown, width);

        return markdown.Contains('\n') || IsBlock(path) ? markdown + "\n" : markdown;
    }

    /// <summary>True when the value at <paramref name="path"/> is written as a block scalar (<c>|</c> or <c>&gt;</c>) in the file.</summary>
    private bool IsBlock(string path)
    {
        if (sources.Find(path) is not { } span)
        {
            return false;
        }

        var offset = Offset(span.Line, span.Column);
        return offset < text.Length && text[offset] is '|' or '>';
    }

    private int Offset(int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset >= 0; l++)
        {
            offset = text.IndexOf('\n', offset) + 1;
            if (offset == 0)
            {
                return text.Length;
            }
        }

        return Math.Min(text.Length, offset + column - 1);
    }

    private static string Short(string text)
    {
        var line = text.Replace('\n', ' ').Trim();
        return line.Length <= 120 ? line : line[..117] + "…";
    }

    private static string Kind(WordChangeKind kind) => kind switch
    {
        WordChangeKind.Insertion or WordChangeKind.MovedTo or WordChangeKind.ParagraphInserted => "infogat",
        WordChangeKind.Deletion or WordChangeKind.MovedFrom or WordChangeKind.ParagraphDeleted => "borttaget",
        _ => "formatering",
    };
}
