using System.Text;
using YamlDotNet.Core;

namespace Remiss.Core;

/// <summary>
/// One <see cref="RemissFileEditor.Apply"/>: finds each edited node's place in the text, plans text
/// replacements there (and insertions for missing keys), splices them in one pass, and reads the result
/// back to check that exactly the promised values changed.
/// </summary>
internal sealed partial class EditSession
{
    private readonly string _original;
    private readonly string _bom;
    private readonly string _text;
    private readonly string _filePath;
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly List<Replacement> _replacements = new();
    private readonly Dictionary<SourceNode, Insertion> _insertions = new();
    private readonly List<Insertion> _insertionOrder = new();
    private SourceMapping _root = null!;
    private TextLayout _layout = null!;
    private Dictionary<string, string> _old = null!;
    private Dictionary<string, string> _expected = null!;
    private int _sequence;

    public EditSession(string text, string filePath)
    {
        _original = text;
        _filePath = filePath;
        // The byte order mark is no YAML; it is kept in front of the result as it was.
        _bom = text.Length > 0 && text[0] == '\uFEFF' ? "\uFEFF" : string.Empty;
        _text = text.Substring(_bom.Length);
    }

    private string Newline => _layout.Newline;

    private int Step => _layout.IndentStep;

    private bool HasErrors => _diagnostics.Any(d => d.IsError);

    public EditResult Apply(IReadOnlyList<RemissEdit> edits)
    {
        var root = SourceTree.Parse(_text, _filePath, _diagnostics);
        if (root is null)
        {
            return Failed();
        }

        if (root is not SourceMapping { IsFlow: false } mapping)
        {
            Report(DiagnosticDescriptors.EditUnsupportedShape, root, "filen", "filen är ingen mappning med en nyckel per rad (format: …, remiss: …)");
            return Failed();
        }

        _root = mapping;
        _layout = new TextLayout(_text, mapping);
        _old = EditVerifier.Flatten(mapping);
        _expected = new Dictionary<string, string>(_old, StringComparer.Ordinal);

        foreach (var edit in Normalize(edits))
        {
            switch (edit)
            {
                case ScalarEdit scalar:
                    PlanScalar(scalar);
                    break;
                case ListEdit list:
                    PlanList(list);
                    break;
                case RemoveEdit remove:
                    PlanRemove(remove);
                    break;
            }
        }

        if (!HasErrors)
        {
            FinishRemovals();
        }

        if (!HasErrors)
        {
            foreach (var insertion in _insertionOrder)
            {
                PlanInsertion(insertion);
            }
        }

        if (HasErrors)
        {
            return Failed();
        }

        if (_replacements.Count == 0)
        {
            return new EditResult(_original, EquatableArray<Diagnostic>.Empty);
        }

        var edited = Splice(_text, 0, _text.Length, _replacements, "filen");
        if (edited is null || !Verify(edited))
        {
            return Failed();
        }

        return new EditResult(_bom + edited, EquatableArray<Diagnostic>.Empty);
    }

    private EditResult Failed() => new(null, YamlDocumentParser.InFileOrder(_diagnostics, _text, _filePath));

    /// <summary>
    /// Checks the edits against each other and folds a <see cref="ScalarEdit"/> of a key of an item of an
    /// edited list (<c>response.comments[1].text</c> beside a <see cref="ListEdit"/> of <c>response.comments</c>)
    /// into that item, so every place in the text is planned once.
    /// </summary>
    private List<RemissEdit> Normalize(IReadOnlyList<RemissEdit> edits)
    {
        var result = new List<RemissEdit>();
        var lists = new Dictionary<string, ListEdit>(StringComparer.Ordinal);
        var scalars = new Dictionary<string, ScalarEdit>(StringComparer.Ordinal);
        foreach (var edit in edits)
        {
            if (edit is not (ScalarEdit or ListEdit or RemoveEdit) || EditPath.Parse(edit.Path) is null)
            {
                Conflict(edit?.Path ?? "?", edit is ScalarEdit or ListEdit or RemoveEdit ? "sökvägen går inte att läsa (väntat t.ex. 'response.comments[1].text')" : "okänd sorts ändring");
                continue;
            }

            if (edit is RemoveEdit removal)
            {
                if (edits.Any(other => other is not null && !ReferenceEquals(other, removal) && other.Path is not null
                    && (EditPath.IsUnder(other.Path, removal.Path) || (other is ListEdit && EditPath.IsUnder(removal.Path, other.Path)))))
                {
                    Conflict(removal.Path, "fältet tas bort och ändras i samma sparande");
                    continue;
                }

                result.Add(removal);
                continue;
            }

            if (edit is ListEdit list)
            {
                if (lists.ContainsKey(list.Path))
                {
                    Conflict(list.Path, "listan ändras två gånger");
                    continue;
                }

                lists[list.Path] = list;
                result.Add(list);
            }
            else if (edit is ScalarEdit scalar)
            {
                if (scalars.TryGetValue(scalar.Path, out var earlier))
                {
                    if (earlier.Value != scalar.Value)
                    {
                        Conflict(scalar.Path, "fältet får två olika värden");
                    }

                    continue;
                }

                scalars[scalar.Path] = scalar;
                result.Add(scalar);
            }
        }

        foreach (var list in lists.Values)
        {
            if (lists.Keys.Any(other => other != list.Path && EditPath.IsUnder(list.Path, other)))
            {
                Conflict(list.Path, "listan ligger i en annan lista som också ändras");
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            if (result[i] is not ScalarEdit scalar || lists.Values.FirstOrDefault(l => EditPath.IsUnder(scalar.Path, l.Path)) is not { } owner)
            {
                continue;
            }

            // The part below the list, behind a stand-in key: "x[1].text" must be an index and one key.
            var steps = EditPath.Parse("x" + scalar.Path.Substring(owner.Path.Length));
            if (steps is not { Count: 3 } || steps[1].IsKey || !steps[2].IsKey)
            {
                Conflict(scalar.Path, $"fältet ligger i listan '{owner.Path}', som också ändras, men är ingen nyckel i en av dess poster");
                continue;
            }

            var index = owner.Items.ToList().FindIndex(item => item.From == steps[1].Index);
            if (index < 0)
            {
                Conflict(scalar.Path, $"posten {steps[1].Index} tas bort ur '{owner.Path}' i samma ändring");
                continue;
            }

            var item = owner.Items[index];
            var key = steps[2].Key!;
            var set = item.Set.ToList();
            var at = set.FindIndex(e => e.Key == key);
            if (at >= 0 && set[at].Value != scalar.Value)
            {
                Conflict(scalar.Path, "fältet får två olika värden");
                continue;
            }

            if (at < 0)
            {
                set.Add(new KeyValuePair<string, string>(key, scalar.Value));
            }

            var items = owner.Items.ToList();
            items[index] = item with { Set = set };
            var merged = owner with { Items = items };
            result[result.IndexOf(owner)] = merged;
            lists[owner.Path] = merged;
            result.RemoveAt(i--);
        }

        return result;
    }

    /// <summary>Where a path leads: an existing node, or the nearest existing mapping (or empty value) and the keys still missing below it.</summary>
    private sealed record Target(SourceNode? Node, string Path, SourceNode? Anchor, string AnchorPath, IReadOnlyList<string> Missing);

    private Target? Walk(string editPath)
    {
        var steps = EditPath.Parse(editPath)!;
        SourceNode node = _root;
        var path = string.Empty;
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            if (node is SourceAlias || node.Anchor is not null)
            {
                Report(DiagnosticDescriptors.EditAnchorOrAlias, node, editPath, path.Length == 0 ? "filen" : $"'{path}'");
                return null;
            }

            if (step.IsKey)
            {
                var canHoldKeys = node is SourceMapping || node is SourceScalar { IsNull: true, Parent: SourceMapping };
                if (!canHoldKeys)
                {
                    Report(DiagnosticDescriptors.EditWrongKind, node, path, KindOf(node), "en mappning (nyckel: värde)");
                    return null;
                }

                if (node is SourceMapping { IsFlow: true })
                {
                    Report(DiagnosticDescriptors.EditFlowCollection, node, editPath, "{ … }", "nyckel: värde på egna rader");
                    return null;
                }

                var child = (node as SourceMapping)?.Get(step.Key!);
                if (child is null)
                {
                    var missing = steps.Skip(i).ToList();
                    if (missing.Any(s => !s.IsKey))
                    {
                        Report(DiagnosticDescriptors.EditPathNotFound, node, editPath, $"'{EditPath.Join(path, step.Key!)}' saknas, så listan att ändra i finns inte");
                        return null;
                    }

                    return new Target(null, editPath, node, path, missing.Select(s => s.Key!).ToList());
                }

                node = child;
                path = EditPath.Join(path, step.Key!);
            }
            else
            {
                if (node is not SourceSequence sequence)
                {
                    Report(DiagnosticDescriptors.EditWrongKind, node, path, KindOf(node), "en lista");
                    return null;
                }

                if (step.Index >= sequence.Items.Count)
                {
                    Report(DiagnosticDescriptors.EditPathNotFound, node, editPath,
                        $"'{path}' har {sequence.Items.Count} {(sequence.Items.Count == 1 ? "post" : "poster")} (räknat från 0)");
                    return null;
                }

                if (sequence.IsFlow)
                {
                    Report(DiagnosticDescriptors.EditFlowCollection, node, editPath, "[ … ]", "'- ' först på varje rad");
                    return null;
                }

                node = sequence.Items[step.Index];
                path = EditPath.Item(path, step.Index);
            }
        }

        return new Target(node, path, null, string.Empty, Array.Empty<string>());
    }

    private void PlanScalar(ScalarEdit edit)
    {
        if (Walk(edit.Path) is not { } target)
        {
            return;
        }

        if (target.Node is null)
        {
            AddMissing(target, new EditValue.Text(edit.Value, edit.Typed));
            return;
        }

        switch (target.Node)
        {
            case SourceScalar scalar:
                if (ReplaceScalar(scalar, ValueColumn(scalar), edit.Value, target.Path, edit.Path, edit.Typed) is { } replacement)
                {
                    _replacements.Add(replacement);
                }

                break;
            case SourceAlias alias:
                Report(DiagnosticDescriptors.EditAnchorOrAlias, alias, edit.Path, "värdet");
                break;
            default:
                Report(DiagnosticDescriptors.EditWrongKind, target.Node, edit.Path, KindOf(target.Node), "en text");
                break;
        }
    }

    /// <summary>
    /// The replacement that writes <paramref name="value"/> in place of <paramref name="scalar"/>, or null
    /// when the value is already there (or after reporting why it cannot be written). Records the new
    /// value under <paramref name="newPath"/> for the check.
    /// </summary>
    private Replacement? ReplaceScalar(SourceScalar scalar, int keyColumn, string value, string newPath, string editPath, bool typed = false)
    {
        if (scalar.Tag is not null)
        {
            Report(DiagnosticDescriptors.EditTaggedNode, scalar, editPath, "!" + scalar.Tag.TrimStart('!'));
            return null;
        }

        if (scalar.Anchor is not null)
        {
            Report(DiagnosticDescriptors.EditAnchorOrAlias, scalar, editPath, "värdet");
            return null;
        }

        if (scalar.Parent is SourceMapping { IsFlow: true } or SourceSequence { IsFlow: true })
        {
            Report(DiagnosticDescriptors.EditFlowCollection, scalar, editPath, scalar.Parent is SourceMapping ? "{ … }" : "[ … ]",
                scalar.Parent is SourceMapping ? "nyckel: värde på egna rader" : "'- ' först på varje rad");
            return null;
        }

        if (scalar.IsNull ? value.Length == 0 : scalar.Value == value)
        {
            return null; // the same value as YAML reads it: nothing to write
        }

        var current = scalar.IsBlock ? ScalarKind.Block
            : scalar.Style == ScalarStyle.SingleQuoted ? ScalarKind.SingleQuoted
            : scalar.Style == ScalarStyle.DoubleQuoted ? ScalarKind.DoubleQuoted
            : ScalarKind.Plain;
        // A typed field (a date, a number) that was empty or plain is written unquoted when the new value reads as its type.
        var referenceType = scalar.Style == ScalarStyle.Plain ? (typed ? PlainScalars.Resolve(value) : PlainScalars.Resolve(scalar.Value)) : null;
        _expected[newPath] = EditVerifier.Written(value, referenceType);

        var text = _layout.Text;
        if (scalar.IsBlock)
        {
            // A block's header line keeps its comment; its lines end before the last content line's break,
            // which stays (so do the blank lines below it, unless |+ made them part of the value).
            var header = BlockHeader.Read(text, scalar.Start);
            var headerLineEnd = _layout.LineContentEnd(scalar.Start);
            var suffix = text.Substring(scalar.Start + header.Length, headerLineEnd - scalar.Start - header.Length);
            var contentEnd = _layout.ContentEnd(scalar);
            var end = WithoutLastBreak(contentEnd, headerLineEnd);
            var slot = new ScalarSlot(keyColumn, _layout.FirstContentColumn(scalar) is int column && column > keyColumn ? column : keyColumn + Step,
                current, referenceType, !_layout.IsBlankLine(contentEnd), suffix);
            var written = ScalarWriter.Write(value, slot, Newline);
            var replacement = written.IsBlock ? written.Text : written.Text + suffix;
            return NewReplacement(scalar.Start, end, written.IsBlock && end == text.Length ? replacement + Newline : replacement, keyColumn);
        }

        var lineEnd = _layout.LineContentEnd(scalar.End);
        var lead = scalar.Start == scalar.End && scalar.Start > 0 && text[scalar.Start - 1] == ':' ? " " : string.Empty;
        var next = _layout.NextLineStart(scalar.End);
        var inline = new ScalarSlot(keyColumn, keyColumn + Step, current, referenceType, !_layout.IsBlankLine(next),
            text.Substring(scalar.End, lineEnd - scalar.End));
        var result = ScalarWriter.Write(value, inline, Newline);
        if (!result.IsBlock)
        {
            // A comment after the value keeps its column when the new value fits before it.
            var gap = CommentGap(scalar, lead + result.Text, lineEnd);
            return NewReplacement(scalar.Start, gap?.End ?? scalar.End, lead + result.Text + (gap?.Spaces ?? string.Empty), keyColumn);
        }

        // A block cannot have text after it on the last line: what followed the old value on its line
        // (a comment) moves to the block's header line.
        return NewReplacement(scalar.Start, lineEnd, lead + result.Text + (lineEnd == text.Length ? Newline : string.Empty), keyColumn);
    }

    /// <summary>
    /// When a comment follows <paramref name="scalar"/> on its line and <paramref name="written"/> (one line) fits before
    /// the comment's column with a space to spare, the end of the spaces before the comment and the spaces that keep it at
    /// its column; else null, and the spaces stay as they are (the comment moves by the difference in length).
    /// </summary>
    private (int End, string Spaces)? CommentGap(SourceScalar scalar, string written, int lineEnd)
    {
        var text = _layout.Text;
        var comment = scalar.End;
        while (comment < lineEnd && text[comment] is ' ' or '\t')
        {
            comment++;
        }

        if (comment == scalar.End || comment >= lineEnd || text[comment] != '#' || written.Any(TextLayout.IsBreak) || text.IndexOf('\t', scalar.End, comment - scalar.End) >= 0)
        {
            return null;
        }

        var spaces = _layout.Column(comment) - _layout.Column(scalar.Start) - written.Length;
        return spaces >= 1 ? (comment, new string(' ', spaces)) : null;
    }

    /// <summary><paramref name="end"/> (the start of a line) moved back over the line break before it, but not before <paramref name="floor"/>.</summary>
    private int WithoutLastBreak(int end, int floor)
    {
        var text = _layout.Text;
        if (end > floor && end > 0 && text[end - 1] == '\n')
        {
            end--;
            if (end > floor && text[end - 1] == '\r')
            {
                end--;
            }
        }
        else if (end > floor && end > 0 && text[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>The column a scalar's own key stands at (a list item's: its dash), which its block lines are indented from.</summary>
    private int ValueColumn(SourceNode node)
    {
        if (node.Parent is SourceMapping mapping)
        {
            var key = mapping.Entries.First(e => ReferenceEquals(e.Value, node)).Key;
            return _layout.Column(key.Start);
        }

        var dash = _layout.DashOf(node);
        return _layout.Column(dash >= 0 ? dash : node.Start);
    }

    /// <summary>The key scalar whose value is <paramref name="node"/>, or null for the root or a list item.</summary>
    private static SourceScalar? KeyOf(SourceNode node) =>
        node.Parent is SourceMapping mapping ? mapping.Entries.First(e => ReferenceEquals(e.Value, node)).Key : null;

    private Replacement NewReplacement(int start, int end, string text, int depth) => new(start, end, text, depth, _sequence++);

    /// <summary>
    /// Applies <paramref name="replacements"/> that lie in [<paramref name="start"/>, <paramref name="end"/>]
    /// to that part of <paramref name="text"/>; null after reporting two that overlap.
    /// </summary>
    private string? Splice(string text, int start, int end, List<Replacement> replacements, string where)
    {
        var ordered = replacements.OrderBy(r => r.Start).ThenByDescending(r => r.Depth).ThenBy(r => r.Sequence).ToList();
        var builder = new StringBuilder(text.Length + ordered.Sum(r => r.Text.Length));
        var position = start;
        foreach (var replacement in ordered)
        {
            if (replacement.Start < position)
            {
                Conflict(where, "två ändringar gäller samma ställe i filen");
                return null;
            }

            builder.Append(text, position, replacement.Start - position).Append(replacement.Text);
            position = replacement.End;
        }

        return builder.Append(text, position, end - position).ToString();
    }

    /// <summary>Reads the edited text back: every node must be as before except exactly what the edits promised.</summary>
    private bool Verify(string edited)
    {
        var problems = new List<Diagnostic>();
        var tree = SourceTree.Parse(edited, _filePath, problems);
        if (tree is null)
        {
            var first = problems.FirstOrDefault();
            _diagnostics.Add(DiagnosticDescriptors.EditVerificationFailed.Create(_filePath, SourceSpan.Start, "filen",
                first is null ? "den går inte att läsa" : $"den går inte att läsa: {first.Code} {first.Message}"));
            return false;
        }

        if (EditVerifier.FirstDifference(_expected, EditVerifier.Flatten(tree)) is { } difference)
        {
            _diagnostics.Add(DiagnosticDescriptors.EditVerificationFailed.Create(_filePath, SourceSpan.Start, difference.Path.Length == 0 ? "filen" : difference.Path, difference.Detail));
            return false;
        }

        return true;
    }

    private void Report(DiagnosticDescriptor descriptor, SourceNode at, params object?[] args) =>
        _diagnostics.Add(descriptor.Create(_filePath, at.Span, args));

    private void Conflict(string path, string detail) =>
        _diagnostics.Add(DiagnosticDescriptors.EditConflict.Create(_filePath, SourceSpan.Start, path, detail));

    private static string KindOf(SourceNode node) => node switch
    {
        SourceMapping => "en mappning",
        SourceSequence => "en lista",
        SourceAlias => "ett alias",
        SourceScalar { IsNull: true } => "tomt",
        _ => "en text",
    };

    /// <summary>A piece of new text for [Start, End) of the original; at one place the deeper (larger <see cref="Depth"/>) goes first.</summary>
    private sealed record Replacement(int Start, int End, string Text, int Depth, int Sequence);
}
