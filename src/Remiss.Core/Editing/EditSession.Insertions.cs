using System.Text;

namespace Remiss.Core;

// Keys the file does not have yet. They go after the last key of their mapping (and the comment lines
// indented into it), before blank lines and comments that lead to what follows; a missing section goes
// at the end of the file. Every new key for one mapping is written in one piece, in the order of the edits.
internal sealed partial class EditSession
{
    /// <summary>Records <paramref name="value"/> (a text or a <see cref="NewList"/>) under the missing keys of <paramref name="target"/>.</summary>
    private void AddMissing(Target target, object value)
    {
        var map = AnchorFor(target.Anchor!, target.AnchorPath).Map;
        for (var i = 0; i < target.Missing.Count; i++)
        {
            var key = target.Missing[i];
            var existing = map.Entries.FindIndex(e => e.Key == key);
            if (i == target.Missing.Count - 1)
            {
                if (existing >= 0)
                {
                    Conflict(target.Path, "fältet får två värden");
                    return;
                }

                map.Entries.Add(new KeyValuePair<string, object>(key, value));
            }
            else if (existing < 0)
            {
                var child = new NewMap();
                map.Entries.Add(new KeyValuePair<string, object>(key, child));
                map = child;
            }
            else if (map.Entries[existing].Value is NewMap child)
            {
                map = child;
            }
            else
            {
                Conflict(target.Path, $"'{key}' blir både en text eller lista och en mappning");
                return;
            }
        }
    }

    private Insertion AnchorFor(SourceNode anchor, string path)
    {
        if (!_insertions.TryGetValue(anchor, out var insertion))
        {
            insertion = new Insertion(anchor, path);
            _insertions[anchor] = insertion;
            _insertionOrder.Add(insertion);
        }

        return insertion;
    }

    private void PlanInsertion(Insertion insertion)
    {
        switch (insertion.Anchor)
        {
            case SourceMapping mapping when ReferenceEquals(mapping, _root):
                _replacements.Add(NewReplacement(_layout.Text.Length, _layout.Text.Length, RootSections(insertion.Map), 0));
                break;
            case SourceMapping mapping:
                var column = _layout.KeyColumn(mapping);
                var at = _layout.TrailEnd(mapping, column);
                _replacements.Add(NewReplacement(at, at, LeadingBreak(at) + RenderMap(insertion.Map, column, insertion.Path, !_layout.IsBlankLine(at)), column));
                break;
            case SourceScalar empty:
                PlanEmptyValue(insertion, empty);
                break;
        }
    }

    /// <summary><c>memo:</c> with no value (or <c>~</c>) gets its keys, or its list items, on the lines below it.</summary>
    private void PlanEmptyValue(Insertion insertion, SourceScalar empty)
    {
        if (insertion.List is not null && insertion.Map.Entries.Count > 0)
        {
            Conflict(insertion.Path, "det tomma värdet blir både en lista och en mappning");
            return;
        }

        if (empty.Tag is not null || empty.Anchor is not null)
        {
            Report(empty.Tag is not null ? DiagnosticDescriptors.EditTaggedNode : DiagnosticDescriptors.EditAnchorOrAlias, empty, insertion.Path,
                empty.Tag is not null ? "!" + empty.Tag.TrimStart('!') : "värdet");
            return;
        }

        var key = KeyOf(empty)!;
        var keyColumn = _layout.Column(key.Start);
        if (empty.End > empty.Start)
        {
            _replacements.Add(NewReplacement(AfterColon(key), empty.End, string.Empty, 0)); // the "~" or "null"
        }

        var at = _layout.NextLineStart(Math.Max(empty.Start, empty.End - 1));
        string text;
        if (insertion.List is { } list)
        {
            if (!ValidNewItems(insertion.Path, list.Items))
            {
                return;
            }

            var dash = keyColumn + _layout.SequenceIndent;
            text = RenderNewItems(list.Items, dash, dash + ItemKeyOffset(), null, insertion.Path, 0);
            _expected[insertion.Path] = EditVerifier.List(list.Items.Count);
        }
        else
        {
            text = RenderMap(insertion.Map, keyColumn + Step, insertion.Path, !_layout.IsBlankLine(at));
            _expected[insertion.Path] = EditVerifier.NewMapping;
        }

        _replacements.Add(NewReplacement(at, at, LeadingBreak(at) + text, keyColumn + 1));
    }

    /// <summary>New top-level keys at the end of the file, set off by a blank line when the file's sections are.</summary>
    private string RootSections(NewMap map)
    {
        var text = _layout.Text;
        var entries = _root.Entries;
        var separated = entries.Count > 1 && !EndsWithKeptBlock(_root)
            && entries.Skip(1).Count(e => _layout.PreviousLineStart(_layout.LineStart(e.Key.Start)) is var above && above >= 0 && _layout.IsBlankLine(above)) * 2 >= entries.Count - 1;
        var endsBlank = _layout.EndsWithBreak && _layout.PreviousLineStart(_layout.LineStart(text.Length)) is var last && last >= 0 && _layout.IsBlankLine(last);
        var builder = new StringBuilder(LeadingBreak(text.Length));
        var column = _layout.KeyColumn(_root);
        for (var i = 0; i < map.Entries.Count; i++)
        {
            if (separated && (i > 0 || !endsBlank))
            {
                builder.Append(Newline);
            }

            var single = new NewMap();
            single.Entries.Add(map.Entries[i]);
            builder.Append(RenderMap(single, column, string.Empty, keepAllowed: true));
        }

        return builder.ToString();
    }

    /// <summary>True when the document's last value is a <c>|+</c> block, which would take a blank line after it into its value.</summary>
    private bool EndsWithKeptBlock(SourceNode node) => node switch
    {
        SourceMapping { Entries.Count: > 0 } mapping => EndsWithKeptBlock(mapping.Entries[mapping.Entries.Count - 1].Value),
        SourceSequence { Items.Count: > 0 } sequence => EndsWithKeptBlock(sequence.Items[sequence.Items.Count - 1]),
        SourceScalar { IsBlock: true } block => BlockHeader.Read(_layout.Text, block.Start).Keep,
        _ => false,
    };

    /// <summary>The lines of new keys at <paramref name="column"/>, each ending with a line break; records what they hold for the check.</summary>
    private string RenderMap(NewMap map, int column, string path, bool keepAllowed)
    {
        var builder = new StringBuilder();
        foreach (var entry in map.Entries)
        {
            var childPath = EditPath.Join(path, entry.Key);
            var lead = new string(' ', column) + KeyText(entry.Key, childPath);
            switch (entry.Value)
            {
                case EditValue.Text text:
                    builder.Append(NewKeyLine(lead, text.Value ?? string.Empty, column, null, childPath, keepAllowed, text.Typed));
                    break;
                case NewMap child:
                    _expected[childPath] = EditVerifier.NewMapping;
                    builder.Append(lead).Append(':').Append(Newline).Append(RenderMap(child, column + Step, childPath, keepAllowed));
                    break;
                case NewList list when ValidNewItems(childPath, list.Items):
                    var dash = column + _layout.SequenceIndent;
                    _expected[childPath] = EditVerifier.List(list.Items.Count);
                    builder.Append(lead).Append(':').Append(Newline).Append(RenderNewItems(list.Items, dash, dash + ItemKeyOffset(), null, childPath, 0));
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The keys to add under one existing mapping or empty value, in the order of the edits.</summary>
    private sealed class NewMap
    {
        /// <summary>Each value is a text (<see cref="EditValue.Text"/>), a <see cref="NewMap"/> or a <see cref="NewList"/>.</summary>
        public List<KeyValuePair<string, object>> Entries { get; } = new();
    }

    private sealed record NewList(IReadOnlyList<ListItemEdit> Items);

    private sealed class Insertion(SourceNode anchor, string path)
    {
        /// <summary>The existing mapping the keys go into, or the empty value (<c>memo:</c>) that becomes a mapping or list.</summary>
        public SourceNode Anchor { get; } = anchor;

        public string Path { get; } = path;

        public NewMap Map { get; } = new();

        /// <summary>Items for an empty value that becomes a list.</summary>
        public NewList? List { get; set; }
    }
}
