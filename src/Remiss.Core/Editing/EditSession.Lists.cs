using System.Text;
using YamlDotNet.Core;

namespace Remiss.Core;

// Lists: removing, reordering, changing and adding items of a block sequence, each item moved as
// whole lines. An item owns its lines from its dash to its last line of content, the comment lines
// right below it indented to its keys, and the comment lines right above its dash indented at least
// to the dash (no blank line between). Blank lines and other comments between items stay in place.
internal sealed partial class EditSession
{
    private void PlanList(ListEdit edit)
    {
        if (Walk(edit.Path) is not { } target)
        {
            return;
        }

        var items = edit.Items ?? Array.Empty<ListItemEdit>();
        if (target.Node is null || target.Node is SourceScalar { IsNull: true, Parent: SourceMapping })
        {
            // No list yet: every item must be new.
            if (items.Any(i => i is null || i.From is not null))
            {
                Report(DiagnosticDescriptors.EditPathNotFound, target.Node ?? target.Anchor!, edit.Path, "listan är tom eller saknas, så den har inga poster att behålla");
                return;
            }

            if (items.Count == 0)
            {
                return; // an empty list stays empty (or absent)
            }

            if (target.Node is SourceScalar empty)
            {
                AnchorFor(empty, target.Path).List = new NewList(items);
            }
            else
            {
                AddMissing(target, new NewList(items));
            }

            return;
        }

        switch (target.Node)
        {
            case SourceSequence { IsFlow: true, Items.Count: 0 } emptyFlow when KeyOf(emptyFlow) is { } flowKey:
                PlanEmptyFlowList(edit, emptyFlow, flowKey, target.Path, items);
                break;
            case SourceSequence { IsFlow: true } flow:
                PlanFlowList(edit, flow, target.Path, items);
                break;
            case SourceSequence sequence when KeyOf(sequence) is { } key:
                PlanBlockList(edit, sequence, key, target.Path, items);
                break;
            default:
                Report(DiagnosticDescriptors.EditWrongKind, target.Node, edit.Path, KindOf(target.Node), "en lista");
                break;
        }
    }

    private void PlanEmptyFlowList(ListEdit edit, SourceSequence list, SourceScalar key, string path, IReadOnlyList<ListItemEdit> items)
    {
        if (items.Any(i => i is null || i.From is not null))
        {
            Report(DiagnosticDescriptors.EditPathNotFound, list, edit.Path, "listan är tom, så den har inga poster att behålla");
            return;
        }

        if (items.Count == 0 || !ValidNewItems(edit.Path, items))
        {
            return;
        }

        // "comments: []" becomes "comments:" and the items on the lines below (a comment after [] stays).
        var dashColumn = _layout.Column(key.Start) + _layout.SequenceIndent;
        var at = _layout.NextLineStart(list.End - 1);
        _replacements.Add(NewReplacement(AfterColon(key), list.End, string.Empty, 0));
        _replacements.Add(NewReplacement(at, at, LeadingBreak(at) + RenderNewItems(items, dashColumn, dashColumn + ItemKeyOffset(), null, path, 0), dashColumn));
        _expected[path] = EditVerifier.List(items.Count);
    }

    private void PlanBlockList(ListEdit edit, SourceSequence list, SourceScalar key, string path, IReadOnlyList<ListItemEdit> items)
    {
        if (AnchorInside(list) is { } anchored)
        {
            Report(DiagnosticDescriptors.EditAnchorOrAlias, anchored, edit.Path, "en post i listan");
            return;
        }

        var count = list.Items.Count;
        var seen = new HashSet<int>();
        foreach (var item in items)
        {
            if (item is null || (item.From is int from && (from < 0 || from >= count || !seen.Add(from))))
            {
                Conflict(edit.Path, item is null ? "en post saknas (null)" : $"post {item.From} finns inte i listan (den har {count}) eller nämns två gånger");
                return;
            }
        }

        if (!ValidNewItems(edit.Path, items.Where(i => i.From is null).ToList()))
        {
            return;
        }

        if (items.Count == count && items.Select((item, k) => item.From == k && item.Set.All(e => Holds(list.Items[k], e.Key, e.Value))
                && (item.Value is null || (item.Value is EditValue.Text text && list.Items[k] is SourceScalar scalar && (scalar.IsNull ? text.Value is null or "" : scalar.Value == text.Value)))).All(same => same))
        {
            return; // the same items in the same order with the same values
        }

        // Each item's lines: [starts[i], ends[i]).
        var starts = new int[count];
        var ends = new int[count];
        var bound = _layout.NextLineStart(key.Start);
        for (var i = 0; i < count; i++)
        {
            var item = list.Items[i];
            var dash = _layout.DashOf(item);
            if (dash < 0 || _layout.LineStart(dash) < bound)
            {
                Report(DiagnosticDescriptors.EditUnsupportedShape, item, edit.Path, "en post står inte som '- …' först på en egen rad");
                return;
            }

            var dashColumn = _layout.Column(dash);
            ends[i] = item is SourceMapping { IsFlow: false } mapping ? _layout.TrailEnd(mapping, _layout.KeyColumn(mapping)) : _layout.TrailEnd(item, dashColumn + 1);
            var start = _layout.LineStart(dash);
            while (_layout.PreviousLineStart(start) is var above && above >= bound && _layout.IsCommentLine(above, out var indent) && indent >= dashColumn)
            {
                start = above;
            }

            starts[i] = start;
            bound = ends[i];
        }

        var separators = new string[Math.Max(0, count - 1)];
        for (var i = 0; i + 1 < count; i++)
        {
            separators[i] = _layout.Text.Substring(ends[i], starts[i + 1] - ends[i]);
        }

        // A new item beyond the old ones is set off like the last two items were, by blank lines only.
        var plain = separators.LastOrDefault(s => s.Trim().Length == 0) ?? string.Empty;

        foreach (var entry in _expected.Keys.Where(k => k != path && EditPath.IsUnder(k, path)).ToList())
        {
            _expected.Remove(entry);
        }

        _expected[path] = EditVerifier.List(items.Count);
        if (items.Count == 0)
        {
            // All removed: "comments: []", so the file still says the list is empty.
            _replacements.Add(NewReplacement(AfterColon(key), AfterColon(key), " []", 0));
            _replacements.Add(NewReplacement(starts[0], ends[count - 1], string.Empty, 0));
            return;
        }

        var firstDash = _layout.DashOf(list.Items[0]);
        var newDash = _layout.Column(firstDash);
        var newKeys = list.Items[0] is SourceMapping { IsFlow: false } first ? _layout.KeyColumn(first) : newDash + ItemKeyOffset();
        var composed = new StringBuilder();
        for (var k = 0; k < items.Count; k++)
        {
            var itemPath = EditPath.Item(path, k);
            string text;
            if (items[k].From is int from)
            {
                var kept = KeptItem(edit.Path, list, from, itemPath, items[k], starts[from], ends[from]);
                if (kept is null)
                {
                    return;
                }

                text = kept;
            }
            else
            {
                text = RenderNewItems(new[] { items[k] }, newDash, newKeys, list, path, k);
            }

            if (text.Length == 0 || !TextLayout.IsBreak(text[text.Length - 1]))
            {
                text += Newline; // the last item of a file without a final line break, moved up
            }

            if (k > 0)
            {
                composed.Append(k - 1 < separators.Length ? separators[k - 1] : plain);
            }

            composed.Append(text);
        }

        _replacements.Add(NewReplacement(starts[0], ends[count - 1], composed.ToString(), 0));
    }

    /// <summary>An original item's lines with the keys of <paramref name="edit"/> written into them; null after reporting.</summary>
    private string? KeptItem(string editPath, SourceSequence list, int from, string itemPath, ListItemEdit edit, int start, int end)
    {
        var set = edit.Set;
        var oldPath = EditPath.Item(EditPathOf(list), from);
        foreach (var entry in _old.Where(e => EditPath.IsUnder(e.Key, oldPath)))
        {
            _expected[itemPath + entry.Key.Substring(oldPath.Length)] = entry.Value;
        }

        if (edit.Value is not null)
        {
            // A text item written anew in its place (decision.path's body): its comment lines stay around it.
            if (edit.Value is not EditValue.Text text || list.Items[from] is not SourceScalar scalar || set.Count > 0)
            {
                Report(DiagnosticDescriptors.EditUnsupportedShape, list.Items[from], EditPath.Item(editPath, from), "bara en text i en lista av texter kan skrivas om som helhet; ändra en posts nycklar med 'set'");
                return null;
            }

            var replaced = ReplaceScalar(scalar, ValueColumn(scalar), text.Value ?? string.Empty, itemPath, EditPath.Item(editPath, from), text.Typed);
            return HasErrors ? null : Splice(_layout.Text, start, end, replaced is null ? new List<Replacement>() : new List<Replacement> { replaced }, editPath);
        }

        if (set.Count == 0)
        {
            return _layout.Text.Substring(start, end - start);
        }

        if (list.Items[from] is not SourceMapping { IsFlow: false } mapping)
        {
            Report(DiagnosticDescriptors.EditUnsupportedShape, list.Items[from], EditPath.Item(editPath, from), "posten är ingen mappning (nyckel: värde på egna rader)");
            return null;
        }

        if (set.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count() != set.Count || set.Any(e => string.IsNullOrEmpty(e.Key) || e.Value is null))
        {
            Conflict(EditPath.Item(editPath, from), "en nyckel saknar namn eller värde, eller nämns två gånger");
            return null;
        }

        var local = new List<Replacement>();
        var added = new StringBuilder();
        var keyColumn = _layout.KeyColumn(mapping);
        foreach (var entry in set)
        {
            var node = mapping.Get(entry.Key);
            var path = EditPath.Join(itemPath, entry.Key);
            switch (node)
            {
                case null:
                    added.Append(NewKeyLine(new string(' ', keyColumn) + ScalarWriter.Key(entry.Key), entry.Value, keyColumn, SiblingScalar(list, entry.Key), path, keepAllowed: false));
                    break;
                case SourceScalar scalar:
                    if (ReplaceScalar(scalar, _layout.Column(mapping.KeyOf(entry.Key)!.Start), entry.Value, path, EditPath.Join(EditPath.Item(editPath, from), entry.Key)) is { } replacement)
                    {
                        local.Add(replacement);
                    }

                    break;
                case SourceAlias alias:
                    Report(DiagnosticDescriptors.EditAnchorOrAlias, alias, path, "värdet");
                    break;
                default:
                    Report(DiagnosticDescriptors.EditWrongKind, node, EditPath.Join(EditPath.Item(editPath, from), entry.Key), KindOf(node), "en text");
                    break;
            }
        }

        if (HasErrors)
        {
            return null;
        }

        if (added.Length > 0)
        {
            local.Add(NewReplacement(end, end, LeadingBreak(end) + added, keyColumn));
        }

        return Splice(_layout.Text, start, end, local, editPath);
    }

    /// <summary>New items: the keys the list's first item has come in its order, then the others as given; quoted like the siblings.</summary>
    private string RenderNewItems(IEnumerable<ListItemEdit> items, int dashColumn, int keyColumn, SourceSequence? siblings, string listPath, int firstIndex)
    {
        var index = firstIndex;
        var builder = new StringBuilder();
        foreach (var item in items)
        {
            var itemPath = EditPath.Item(listPath, index++);
            builder.Append(RenderItem(ItemValue(item), dashColumn, keyColumn, siblings, itemPath));
        }

        return builder.ToString();
    }

    /// <summary>What a new item holds: its <see cref="ListItemEdit.Value"/>, or its <see cref="ListItemEdit.Set"/> as a mapping of texts.</summary>
    private static EditValue ItemValue(ListItemEdit item) =>
        item.Value ?? new EditValue.Map(item.Set.Select(e => new KeyValuePair<string, EditValue>(e.Key, new EditValue.Text(e.Value))).ToList());

    /// <summary>One item: <c>- text</c>, or a mapping whose first key follows the dash; nested mappings and lists as block lines.</summary>
    private string RenderItem(EditValue value, int dashColumn, int keyColumn, SourceSequence? siblings, string itemPath)
    {
        var dash = new string(' ', dashColumn) + "-" + new string(' ', Math.Max(1, keyColumn - dashColumn - 1));
        switch (value)
        {
            case EditValue.Map map:
                var order = siblings?.Items.FirstOrDefault() is SourceMapping firstSibling
                    ? firstSibling.Entries.Select(e => e.Key.Value).ToList()
                    : new List<string>();
                var ordered = map.Entries
                    .Select((entry, position) => (entry, rank: order.IndexOf(entry.Key) is var known && known >= 0 ? known : order.Count + position))
                    .OrderBy(e => e.rank)
                    .Select(e => e.entry)
                    .ToList();
                _expected[itemPath] = EditVerifier.NewMapping;
                return RenderEntries(ordered, keyColumn, dash, itemPath, siblings);
            case EditValue.Text text:
                var written = ScalarWriter.Write(text.Value ?? string.Empty, new ScalarSlot(dashColumn, keyColumn, null, text.Typed ? PlainScalars.Resolve(text.Value ?? string.Empty) : null, false, string.Empty), Newline);
                _expected[itemPath] = EditVerifier.Written(text.Value ?? string.Empty, text.Typed ? PlainScalars.Resolve(text.Value ?? string.Empty) : null);
                return dash + written.Text + Newline;
            default:
                Report(DiagnosticDescriptors.EditUnsupportedShape, _root, itemPath, "en lista direkt i en lista skrivs inte");
                return string.Empty;
        }
    }

    /// <summary>
    /// The keys of a new mapping at <paramref name="keyColumn"/>, the first after <paramref name="firstLead"/> (a dash,
    /// or the key's indentation); texts quoted like <paramref name="siblings"/>' values of the same key.
    /// </summary>
    private string RenderEntries(IReadOnlyList<KeyValuePair<string, EditValue>> entries, int keyColumn, string firstLead, string path, SourceSequence? siblings)
    {
        if (entries.Count == 0 || entries.Any(e => string.IsNullOrEmpty(e.Key) || e.Value is null) || entries.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count() != entries.Count)
        {
            Conflict(path, "en ny post saknar nycklar, har en nyckel utan namn eller värde, eller nämner en nyckel två gånger");
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < entries.Count; i++)
        {
            var (key, value) = (entries[i].Key, entries[i].Value);
            var childPath = EditPath.Join(path, key);
            var lead = (i == 0 ? firstLead : new string(' ', keyColumn)) + KeyText(key, childPath);
            switch (value)
            {
                case EditValue.Text text:
                    builder.Append(NewKeyLine(lead, text.Value ?? string.Empty, keyColumn, siblings is null ? null : SiblingScalar(siblings, key), childPath, keepAllowed: false, text.Typed));
                    break;
                case EditValue.Map { Entries.Count: 0 }:
                    _expected[childPath] = EditVerifier.NewMapping;
                    builder.Append(lead).Append(": {}").Append(Newline);
                    break;
                case EditValue.Map map:
                    _expected[childPath] = EditVerifier.NewMapping;
                    builder.Append(lead).Append(':').Append(Newline).Append(RenderEntries(map.Entries, keyColumn + Step, new string(' ', keyColumn + Step), childPath, null));
                    break;
                case EditValue.List { Items.Count: 0 }:
                    _expected[childPath] = EditVerifier.List(0);
                    builder.Append(lead).Append(": []").Append(Newline);
                    break;
                case EditValue.List list:
                    _expected[childPath] = EditVerifier.List(list.Items.Count);
                    var dash = keyColumn + _layout.SequenceIndent;
                    builder.Append(lead).Append(':').Append(Newline);
                    for (var k = 0; k < list.Items.Count; k++)
                    {
                        builder.Append(RenderItem(list.Items[k], dash, dash + ItemKeyOffset(), null, EditPath.Item(childPath, k)));
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A new key as the format writes it: its own keys plain (<c>yes:</c> and <c>no:</c> of a vote, which a YAML 1.1
    /// reader would take for true and false, are the format's names), any other plain only when it reads as a text.
    /// </summary>
    private static string KeyText(string key, string path) =>
        PlainScalars.IsSafe(key) && SchemaPaths.At(path) is not null ? key : ScalarWriter.Key(key);

    /// <summary>True when every new item has at least one key, and each key once with a value.</summary>
    private bool ValidNewItems(string path, IReadOnlyList<ListItemEdit> items)
    {
        foreach (var item in items)
        {
            if (item.Value is not null)
            {
                continue; // its keys are checked as it is written
            }

            if (item.Set is null || item.Set.Count == 0 || item.Set.Any(e => string.IsNullOrEmpty(e.Key) || e.Value is null)
                || item.Set.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count() != item.Set.Count)
            {
                Conflict(path, "en ny post saknar nycklar, har en nyckel utan namn eller värde, eller nämner en nyckel två gånger");
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// One <c>key: value</c> line (or a key and its block) ending with a line break. <paramref name="lead"/>
    /// is the indentation, dash and key; <paramref name="sibling"/> is the same key's value in a sibling,
    /// whose quoting the new value copies.
    /// </summary>
    private string NewKeyLine(string lead, string value, int keyColumn, SourceScalar? sibling, string path, bool keepAllowed, bool typed = false)
    {
        ScalarKind? style = sibling is null ? null
            : sibling.IsBlock ? ScalarKind.Block
            : sibling.Style == ScalarStyle.SingleQuoted ? ScalarKind.SingleQuoted
            : sibling.Style == ScalarStyle.DoubleQuoted ? ScalarKind.DoubleQuoted
            : ScalarKind.Plain;
        var referenceType = sibling is { Style: ScalarStyle.Plain } ? PlainScalars.Resolve(sibling.Value)
            : typed && sibling is null ? PlainScalars.Resolve(value)
            : null;
        var contentIndent = sibling is { IsBlock: true } && _layout.FirstContentColumn(sibling) is int column && KeyOf(sibling) is { } siblingKey
            ? keyColumn + (column - _layout.Column(siblingKey.Start))
            : keyColumn + Step;
        var written = ScalarWriter.Write(value, new ScalarSlot(keyColumn, Math.Max(contentIndent, keyColumn + 1), style, referenceType, keepAllowed, string.Empty), Newline);
        _expected[path] = EditVerifier.Written(value, referenceType);
        return lead + ":" + " " + written.Text + Newline;
    }

    /// <summary>The first item's scalar value of <paramref name="key"/> in <paramref name="list"/>, whose style new values copy.</summary>
    private static SourceScalar? SiblingScalar(SourceSequence list, string key) =>
        list.Items.OfType<SourceMapping>().Select(m => m.Get(key)).OfType<SourceScalar>().FirstOrDefault(s => !s.IsNull);

    private static bool Holds(SourceNode item, string key, string value) =>
        item is SourceMapping mapping && mapping.Get(key) is SourceScalar scalar && (scalar.IsNull ? value.Length == 0 : scalar.Value == value);

    private static SourceNode? AnchorInside(SourceNode node) => node switch
    {
        _ when node.Anchor is not null || node is SourceAlias => node,
        SourceMapping mapping => mapping.Entries.Select(e => AnchorInside(e.Value)).FirstOrDefault(n => n is not null),
        SourceSequence sequence => sequence.Items.Select(AnchorInside).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private int ItemKeyOffset() => Math.Max(2, _layout.ItemKeyOffset);

    /// <summary>The index just past the colon after <paramref name="key"/>.</summary>
    private int AfterColon(SourceScalar key)
    {
        var i = key.End;
        while (i < _layout.Text.Length && _layout.Text[i] != ':')
        {
            i++;
        }

        return Math.Min(i + 1, _layout.Text.Length);
    }

    /// <summary>A line break when <paramref name="at"/> is the end of a text that has none there, so new lines start on a line of their own.</summary>
    private string LeadingBreak(int at) => at == _layout.Text.Length && !_layout.EndsWithBreak ? Newline : string.Empty;

    /// <summary>The loader path of a node, from its place in the tree.</summary>
    private static string EditPathOf(SourceNode node)
    {
        var parts = new Stack<string>();
        for (var current = node; current.Parent is { } parent; current = parent)
        {
            if (parent is SourceMapping mapping)
            {
                parts.Push("." + mapping.Entries.First(e => ReferenceEquals(e.Value, current)).Key.Value);
            }
            else if (parent is SourceSequence sequence)
            {
                parts.Push("[" + sequence.Items.IndexOf(current).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
            }
        }

        return string.Concat(parts).TrimStart('.');
    }
}
