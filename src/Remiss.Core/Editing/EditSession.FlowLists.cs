using System.Text;

namespace Remiss.Core;

// A list written on one line in brackets ("officers: [Sara Hjalmarsson]", "by: [Erica Stenberg (SD), Lars Ek (SD)]")
// holds no comments, so it is written anew on its line: kept items as they were written, new ones plain when
// that is safe inside brackets, else in double quotes. An item with keys (an own clause, "- text: …") cannot stand in
// brackets, so then the list is written as block lines below its key instead, as "comments: []" is when it gets items.
internal sealed partial class EditSession
{
    private void PlanFlowList(ListEdit edit, SourceSequence list, string path, IReadOnlyList<ListItemEdit> items)
    {
        var text = _layout.Text;
        if (list.Items.Any(i => i is not SourceScalar { Tag: null, Anchor: null }) || _layout.LineContentEnd(list.Start) < list.End - 1)
        {
            Report(DiagnosticDescriptors.EditFlowCollection, list, edit.Path, "[ … ]", "'- ' först på varje rad");
            return;
        }

        if (items.Any(item => item is not null && ((item.From is null && item.Value is not EditValue.Text) || item.Value is not (null or EditValue.Text)))
            && list.Parent is SourceMapping { IsFlow: false } && KeyOf(list) is { } key)
        {
            PlanFlowListAsBlock(edit, list, key, path, items);
            return;
        }

        var count = list.Items.Count;
        var parts = new List<string>();
        foreach (var entry in _expected.Keys.Where(k => k != path && EditPath.IsUnder(k, path)).ToList())
        {
            _expected.Remove(entry);
        }

        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var itemPath = EditPath.Item(path, k);
            if (item is not null && ((item.From is null && item.Value is not EditValue.Text) || item.Set is { Count: > 0 } || item.Value is not (null or EditValue.Text)))
            {
                // Keys in an item: the list must first be written one item a line.
                Report(DiagnosticDescriptors.EditFlowCollection, list, edit.Path, "[ … ]", "'- ' först på varje rad");
                return;
            }

            if (item is null || (item.From is int from && (from < 0 || from >= count)))
            {
                Conflict(edit.Path, $"post {k} finns inte i listan (den har {count})");
                return;
            }

            if (item.Value is EditValue.Text written)
            {
                var value = written.Value ?? string.Empty;
                var type = written.Typed ? PlainScalars.Resolve(value) : null;
                parts.Add(FlowScalar(value, type));
                _expected[itemPath] = EditVerifier.Written(value, type);
            }
            else
            {
                var original = (SourceScalar)list.Items[item.From!.Value];
                parts.Add(text.Substring(original.Start, original.End - original.Start));
                _expected[itemPath] = _old[EditPath.Item(EditPathOf(list), item.From.Value)];
            }
        }

        _expected[path] = EditVerifier.List(items.Count);
        var builder = new StringBuilder("[").Append(string.Join(", ", parts)).Append(']');
        _replacements.Add(NewReplacement(list.Start, list.End, builder.ToString(), 0));
    }

    /// <summary>
    /// <c>key: [a, b]</c> written as <c>key:</c> and one <c>- item</c> line per item below it (kept items as they were
    /// written, new ones as new block items are), because an item with keys is added; what followed the brackets on
    /// their line (a comment) stays after the key.
    /// </summary>
    private void PlanFlowListAsBlock(ListEdit edit, SourceSequence list, SourceScalar key, string path, IReadOnlyList<ListItemEdit> items)
    {
        var count = list.Items.Count;
        var seen = new HashSet<int>();
        foreach (var item in items)
        {
            if (item is null || (item.From is int from && (from < 0 || from >= count || !seen.Add(from))))
            {
                Conflict(edit.Path, item is null ? "en post saknas (null)" : $"post {item.From} finns inte i listan (den har {count}) eller nämns två gånger");
                return;
            }

            if (item.From is int kept && item.Set is { Count: > 0 })
            {
                Report(DiagnosticDescriptors.EditUnsupportedShape, list.Items[kept], EditPath.Item(edit.Path, kept), "posten är ingen mappning (nyckel: värde på egna rader)");
                return;
            }
        }

        if (!ValidNewItems(edit.Path, items.Where(i => i.From is null).ToList()))
        {
            return;
        }

        foreach (var entry in _expected.Keys.Where(k => k != path && EditPath.IsUnder(k, path)).ToList())
        {
            _expected.Remove(entry);
        }

        var dashColumn = _layout.Column(key.Start) + _layout.SequenceIndent;
        var keyColumn = dashColumn + ItemKeyOffset();
        var lines = new StringBuilder();
        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            var itemPath = EditPath.Item(path, k);
            if (item.From is int from && item.Value is null)
            {
                var original = (SourceScalar)list.Items[from];
                lines.Append(' ', dashColumn).Append("- ").Append(_layout.Text, original.Start, original.End - original.Start).Append(Newline);
                _expected[itemPath] = _old[EditPath.Item(EditPathOf(list), from)];
            }
            else
            {
                lines.Append(RenderItem(ItemValue(item), dashColumn, keyColumn, null, itemPath));
            }
        }

        var at = _layout.NextLineStart(list.End - 1);
        _replacements.Add(NewReplacement(AfterColon(key), list.End, string.Empty, 0));
        _replacements.Add(NewReplacement(at, at, LeadingBreak(at) + lines, dashColumn));
        _expected[path] = EditVerifier.List(items.Count);
    }

    /// <summary>A text inside <c>[ … ]</c>: plain when safe there (no <c>, [ ] { }</c>) and read as the wanted type, else double-quoted.</summary>
    private static string FlowScalar(string value, string? type) =>
        PlainScalars.IsSafe(value) && value.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) < 0 && PlainScalars.Resolve(value) == PlainScalars.ExpectedType(value, type)
            ? value
            : ScalarWriter.DoubleQuoted(value);
}
