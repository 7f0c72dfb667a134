namespace Remiss.Core;

/// <summary>
/// The lines of a YAML text and the layout habits the editor copies: the line break, the indent step,
/// how far a list's dashes stand in from their key, and how far an item's keys stand in from its dash.
/// Works on the original text (CR LF stays CR LF); indexes are character indexes into it.
/// </summary>
internal sealed class TextLayout
{
    private readonly List<int> _lineStarts = new() { 0 };

    public TextLayout(string text, SourceNode root)
    {
        Text = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }

        var firstBreak = text.IndexOfAny(new[] { '\r', '\n' });
        Newline = firstBreak < 0 ? "\n" : text[firstBreak] == '\n' ? "\n" : firstBreak + 1 < text.Length && text[firstBreak + 1] == '\n' ? "\r\n" : "\r";
        var steps = new Dictionary<int, int>();
        var dashes = new Dictionary<int, int>();
        var itemKeys = new Dictionary<int, int>();
        Measure(root, steps, dashes, itemKeys);
        IndentStep = MostCommon(steps, 2);
        SequenceIndent = MostCommon(dashes, IndentStep);
        ItemKeyOffset = MostCommon(itemKeys, 2);
    }

    public string Text { get; }

    /// <summary>The file's line break: the first one in the file (LF when it has none).</summary>
    public string Newline { get; }

    /// <summary>How far a nested mapping's keys or a block's lines stand in from their key (2 unless the file says otherwise).</summary>
    public int IndentStep { get; }

    /// <summary>How far a block list's dashes stand in from their key (<c>comments:\n  - …</c> is 2; 0 is also YAML).</summary>
    public int SequenceIndent { get; }

    /// <summary>How far an item's keys stand in from its dash (<c>- section:</c> is 2).</summary>
    public int ItemKeyOffset { get; }

    public int LineStart(int index) => _lineStarts[LineOf(index)];

    /// <summary>The index of the line break (or the text's end) of the line holding <paramref name="index"/>.</summary>
    public int LineContentEnd(int index)
    {
        var i = LineStart(index);
        while (i < Text.Length && !IsBreak(Text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The start of the line after the one holding <paramref name="index"/>, or the text's end.</summary>
    public int NextLineStart(int index)
    {
        var line = LineOf(index);
        return line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : Text.Length;
    }

    /// <summary>The start of the line before the one starting at <paramref name="lineStart"/>, or -1 at the first line.</summary>
    public int PreviousLineStart(int lineStart)
    {
        var line = LineOf(lineStart);
        return line == 0 ? -1 : _lineStarts[line - 1];
    }

    public int Column(int index) => index - LineStart(index);

    public (int Line, int Column) Position(int index) => (LineOf(index) + 1, Column(index) + 1);

    /// <summary>True when the line starting at <paramref name="lineStart"/> is empty or white space (a line past the end counts as not blank).</summary>
    public bool IsBlankLine(int lineStart)
    {
        if (lineStart >= Text.Length)
        {
            return false;
        }

        for (var i = lineStart; i < Text.Length && !IsBreak(Text[i]); i++)
        {
            if (Text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the line starting at <paramref name="lineStart"/> holds only a comment; <paramref name="indent"/> is the column of its <c>#</c>.</summary>
    public bool IsCommentLine(int lineStart, out int indent)
    {
        indent = 0;
        var i = lineStart;
        while (i < Text.Length && Text[i] is ' ' or '\t')
        {
            i++;
        }

        indent = i - lineStart;
        return i < Text.Length && Text[i] == '#';
    }

    /// <summary>True when the text ends with a line break (or is empty).</summary>
    public bool EndsWithBreak => Text.Length == 0 || IsBreak(Text[Text.Length - 1]);

    public static bool IsBreak(char c) => c is '\n' or '\r';

    /// <summary>The index of the dash that starts a block sequence item, or -1 when the item is not written <c>- …</c>.</summary>
    public int DashOf(SourceNode item)
    {
        var i = item.Start - 1;
        while (i >= 0 && Text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i--;
        }

        if (i < 0 || Text[i] != '-' || (i + 1 < Text.Length && Text[i + 1] is not (' ' or '\t' or '\r' or '\n')))
        {
            return -1;
        }

        for (var j = LineStart(i); j < i; j++)
        {
            if (Text[j] != ' ')
            {
                return -1;
            }
        }

        return i;
    }

    /// <summary>
    /// Where the node's text ends: the start of the line after its last line of content (a block scalar's
    /// trailing blank lines are not content unless it keeps them with <c>|+</c>), or the text's end.
    /// </summary>
    public int ContentEnd(SourceNode node)
    {
        switch (node)
        {
            case SourceScalar { IsBlock: true } block:
                if (BlockHeader.Read(Text, block.Start).Keep)
                {
                    return block.End;
                }

                var last = block.End - 1;
                while (last > block.Start && char.IsWhiteSpace(Text[last]))
                {
                    last--;
                }

                return NextLineStart(last);
            case SourceMapping { IsFlow: false, Entries.Count: > 0 } mapping:
                return ContentEnd(mapping.Entries[mapping.Entries.Count - 1].Value);
            case SourceSequence { IsFlow: false, Items.Count: > 0 } sequence:
                return ContentEnd(sequence.Items[sequence.Items.Count - 1]);
            default:
                return NextLineStart(Math.Max(node.Start, node.End - 1));
        }
    }

    /// <summary>
    /// <see cref="ContentEnd"/> and then the comment lines right below it indented at least to
    /// <paramref name="column"/>: such comments are written inside the node, so they stay with it.
    /// </summary>
    public int TrailEnd(SourceNode node, int column)
    {
        var end = ContentEnd(node);
        while (end < Text.Length && end == LineStart(end) && IsCommentLine(end, out var indent) && indent >= column)
        {
            end = NextLineStart(end);
        }

        return end;
    }

    /// <summary>The column of a mapping's keys (its first key).</summary>
    public int KeyColumn(SourceMapping mapping) => Column(mapping.Entries.Count > 0 ? mapping.Entries[0].Key.Start : mapping.Start);

    private int LineOf(int index)
    {
        var lo = 0;
        var hi = _lineStarts.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_lineStarts[mid] <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private void Measure(SourceNode node, Dictionary<int, int> steps, Dictionary<int, int> dashes, Dictionary<int, int> itemKeys)
    {
        switch (node)
        {
            case SourceMapping { IsFlow: false } mapping:
                foreach (var entry in mapping.Entries)
                {
                    var keyColumn = Column(entry.Key.Start);
                    switch (entry.Value)
                    {
                        case SourceMapping { IsFlow: false, Entries.Count: > 0 } child:
                            Count(steps, KeyColumn(child) - keyColumn);
                            break;
                        case SourceSequence { IsFlow: false, Items.Count: > 0 } list when DashOf(list.Items[0]) is var dash && dash >= 0:
                            Count(dashes, Column(dash) - keyColumn, allowZero: true);
                            break;
                        case SourceScalar { IsBlock: true } block when FirstContentColumn(block) is int content:
                            Count(steps, content - keyColumn);
                            break;
                    }

                    Measure(entry.Value, steps, dashes, itemKeys);
                }

                break;
            case SourceSequence { IsFlow: false } sequence:
                foreach (var item in sequence.Items)
                {
                    if (item is SourceMapping { IsFlow: false, Entries.Count: > 0 } itemMapping && DashOf(item) is var dash && dash >= 0)
                    {
                        Count(itemKeys, KeyColumn(itemMapping) - Column(dash));
                    }

                    Measure(item, steps, dashes, itemKeys);
                }

                break;
        }
    }

    /// <summary>The column of a block scalar's first line of content, or null when it has none.</summary>
    public int? FirstContentColumn(SourceScalar block)
    {
        for (var line = NextLineStart(block.Start); line < block.End; line = NextLineStart(line))
        {
            if (!IsBlankLine(line))
            {
                var i = line;
                while (Text[i] == ' ')
                {
                    i++;
                }

                return i - line;
            }
        }

        return null;
    }

    private static void Count(Dictionary<int, int> counts, int value, bool allowZero = false)
    {
        if (value > 0 || (allowZero && value == 0))
        {
            counts[value] = counts.TryGetValue(value, out var n) ? n + 1 : 1;
        }
    }

    private static int MostCommon(Dictionary<int, int> counts, int fallback) =>
        counts.Count == 0 ? fallback : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First().Key;
}

/// <summary>The header of a block scalar: <c>|</c> or <c>&gt;</c>, then an indentation digit and a chomping sign in either order.</summary>
internal readonly record struct BlockHeader(int Length, bool Keep)
{
    /// <summary>Reads the header at <paramref name="start"/> (the <c>|</c> or <c>&gt;</c>).</summary>
    public static BlockHeader Read(string text, int start)
    {
        var i = start + 1;
        var keep = false;
        while (i < text.Length && (text[i] is '+' or '-' || char.IsDigit(text[i])))
        {
            keep |= text[i] == '+';
            i++;
        }

        return new BlockHeader(i - start, keep);
    }
}
