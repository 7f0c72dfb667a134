using System.Text;
using YamlDotNet.Core;

namespace Remiss.Core;

// Removing optional keys. A key goes with its value's lines; the comment lines among them, and a comment after a
// one-line value, stay where the key stood (indented as the key), so no comment a person wrote is lost. A mapping
// whose every key is removed becomes "{}" after its own key, so the file still says it is there and empty.
internal sealed partial class EditSession
{
    private readonly Dictionary<SourceMapping, List<SourceScalar>> _removals = new();

    private void PlanRemove(RemoveEdit edit)
    {
        var steps = EditPath.Parse(edit.Path)!;
        if (!steps[steps.Count - 1].IsKey)
        {
            Report(DiagnosticDescriptors.EditUnsupportedShape, _root, edit.Path, "en post i en lista tas bort genom att listan ändras (utan posten)");
            return;
        }

        if (Walk(edit.Path) is not { } target || target.Node is null)
        {
            return; // not there (or reported): nothing to remove
        }

        if (target.Node.Parent is not SourceMapping { IsFlow: false } mapping || KeyOf(target.Node) is not { } key)
        {
            Report(DiagnosticDescriptors.EditFlowCollection, target.Node, edit.Path, "{ … }", "nyckel: värde på egna rader");
            return;
        }

        if (AnchorInside(target.Node) is { } anchored)
        {
            Report(DiagnosticDescriptors.EditAnchorOrAlias, anchored, edit.Path, "värdet");
            return;
        }

        var lineStart = _layout.LineStart(key.Start);
        if (_layout.Text.Substring(lineStart, key.Start - lineStart).Trim().Length > 0)
        {
            // "- body: hsu": the first key of a list item shares its line with the dash.
            Report(DiagnosticDescriptors.EditUnsupportedShape, key, edit.Path, "nyckeln står på samma rad som '- ' i en lista; ta bort hela posten, eller flytta nyckeln till en egen rad");
            return;
        }

        if (!_removals.TryGetValue(mapping, out var keys))
        {
            keys = new List<SourceScalar>();
            _removals[mapping] = keys;
        }

        keys.Add(key);
        foreach (var entry in _expected.Keys.Where(k => EditPath.IsUnder(k, target.Path)).ToList())
        {
            _expected.Remove(entry);
        }
    }

    /// <summary>Plans the removals, once every key to remove from each mapping is known.</summary>
    private void FinishRemovals()
    {
        foreach (var removal in _removals)
        {
            var mapping = removal.Key;
            var keys = removal.Value;
            if (keys.Count == mapping.Entries.Count)
            {
                if (ReferenceEquals(mapping, _root) || KeyOf(mapping) is not { } parentKey)
                {
                    Report(DiagnosticDescriptors.EditUnsupportedShape, mapping, EditPathOf(mapping), "alla nycklar i en post eller i filen kan inte tas bort");
                    continue;
                }

                var after = AfterColon(parentKey);
                _replacements.Add(NewReplacement(after, after, " {}", 0));
            }

            foreach (var key in keys)
            {
                var value = mapping.Get(key.Value)!;
                var start = _layout.LineStart(key.Start);
                var end = _layout.ContentEnd(value);
                _replacements.Add(NewReplacement(start, end, KeptComments(key, value, start, end), 0));
            }
        }
    }

    /// <summary>The comment lines of [<paramref name="start"/>, <paramref name="end"/>) (not lines of a block text) and a one-line value's trailing comment, as lines at the key's column.</summary>
    private string KeptComments(SourceScalar key, SourceNode value, int start, int end)
    {
        var text = _layout.Text;
        var blocks = new List<(int Start, int End)>();
        CollectBlocks(value, blocks);
        var kept = new StringBuilder();
        var indent = new string(' ', _layout.Column(key.Start));
        for (var line = start; line < end; line = _layout.NextLineStart(line))
        {
            var lineEnd = _layout.LineContentEnd(line);
            if (blocks.Any(b => line > b.Start && line < b.End))
            {
                continue;
            }

            if (_layout.IsCommentLine(line, out _))
            {
                kept.Append(text, line, lineEnd - line).Append(Newline);
                continue;
            }

            if (TrailingComment(line, lineEnd, value) is { } comment)
            {
                kept.Append(indent).Append(comment).Append(Newline);
            }
        }

        return kept.ToString();
    }

    /// <summary>The <c># …</c> after a one-line scalar on this line (the key's, or a nested key's), or null.</summary>
    private string? TrailingComment(int line, int lineEnd, SourceNode value)
    {
        var scalar = Scalars(value).LastOrDefault(s => !s.IsBlock && s.End <= lineEnd && s.End >= line);
        var from = scalar is null ? -1 : Math.Max(scalar.End, line);
        if (from < 0)
        {
            return null;
        }

        var rest = _layout.Text.Substring(from, lineEnd - from);
        var hash = rest.IndexOf('#');
        return hash >= 0 && rest.Substring(0, hash).Trim().Length == 0 ? rest.Substring(hash).TrimEnd() : null;
    }

    private static IEnumerable<SourceScalar> Scalars(SourceNode node) => node switch
    {
        SourceScalar scalar => new[] { scalar },
        SourceMapping mapping => mapping.Entries.SelectMany(e => new[] { e.Key }.Concat(Scalars(e.Value))),
        SourceSequence sequence => sequence.Items.SelectMany(Scalars),
        _ => Array.Empty<SourceScalar>(),
    };

    private void CollectBlocks(SourceNode node, List<(int Start, int End)> blocks)
    {
        switch (node)
        {
            case SourceScalar { IsBlock: true } block:
                blocks.Add((block.Start, _layout.ContentEnd(block)));
                break;
            case SourceScalar { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted or ScalarStyle.Plain } multi when multi.End > _layout.LineContentEnd(multi.Start):
                blocks.Add((multi.Start, multi.End)); // a quoted or plain text over several lines: its lines are no comments
                break;
            case SourceMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    CollectBlocks(entry.Value, blocks);
                }

                break;
            case SourceSequence sequence:
                foreach (var item in sequence.Items)
                {
                    CollectBlocks(item, blocks);
                }

                break;
        }
    }
}
