using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Remiss.Core;

/// <summary>
/// Wraps YamlDotNet's parser and stops early on input built to exhaust the reader: nesting deeper than
/// <see cref="MaxDepth"/> (the representation model loads recursively) and aliases that expand to more
/// than <see cref="MaxExpandedNodes"/> nodes (a "billion laughs" bomb). It also stops on an event stream
/// the representation model cannot load: YamlDotNet's parser drops the value of an indented empty key
/// (<c>- : a l</c>), leaving a mapping with a key and no value, which the model would reject with an
/// unlocated <see cref="ArgumentException"/>. And it refuses what makes the model recurse until the stack
/// overflows: an alias inside the node it names, and a key that is not a scalar (a list, mapping or alias).
/// </summary>
internal sealed class GuardedParser : IParser
{
    public const int MaxDepth = 64;
    public const int MaxExpandedNodes = 100_000;

    private readonly IParser _inner;
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _open = new();
    private long _total;

    public GuardedParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Where the last event read ended: the best position for an error the parser did not locate.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        var previousEnd = LastEnd;
        if (!_inner.MoveNext())
        {
            return false;
        }

        LastEnd = _inner.Current!.End;
        // Every node is a child of the collection around it: scalars, collections and aliases alike.
        if (_inner.Current is NodeEvent or AnchorAlias)
        {
            Child(_inner.Current, previousEnd);
        }

        switch (_inner.Current)
        {
            case AnchorAlias alias:
                // A node that contains an alias of itself is infinite: the representation model would
                // recurse until the stack overflows (hashing such a node as a key), which no catch stops.
                if (_open.Any(f => f.Anchor == alias.Value.Value))
                {
                    throw new GuardException(DiagnosticDescriptors.YamlSyntax, alias.Start,
                        $"aliaset *{alias.Value.Value} står inuti noden &{alias.Value.Value} som det pekar på, så värdet blir oändligt; skriv ut värdet i stället för aliaset");
                }

                Add(_anchorSizes.TryGetValue(alias.Value.Value, out var size) ? size : 1, alias.Start);
                break;
            case Scalar scalar:
                Add(1, scalar.Start);
                if (RefusedCharacters.Find(scalar.Value) is { } refused)
                {
                    throw new GuardException(DiagnosticDescriptors.RefusedCharacter, scalar.Start,
                        $"Värdet ”{Excerpt(scalar.Value, refused.Index)}” innehåller {refused.Description} (tecken {refused.Index + 1} i värdet)");
                }

                if (!scalar.Anchor.IsEmpty)
                {
                    _anchorSizes[scalar.Anchor.Value] = 1;
                }

                break;
            case NodeEvent start when start is SequenceStart or MappingStart:
                if (_open.Count >= MaxDepth)
                {
                    throw new GuardException(DiagnosticDescriptors.YamlSyntax, start.Start, $"nästlingen är djupare än {MaxDepth} nivåer");
                }

                Count(1, start.Start);
                _open.Push(new Frame(start.Anchor.IsEmpty ? null : start.Anchor.Value, start is MappingStart, start.Start));
                break;
            case SequenceEnd or MappingEnd:
                var frame = _open.Pop();
                if (frame.IsMapping && frame.Children % 2 == 1)
                {
                    throw new GuardException(DiagnosticDescriptors.YamlSyntax, frame.LastKey,
                        "en nyckel saknar värde (oftast ett kolon utan nyckel framför, som ': text'); skriv 'nyckel: värde', eller sätt texten inom citattecken om den börjar med kolon");
                }

                if (frame.Anchor is not null)
                {
                    _anchorSizes[frame.Anchor] = frame.Size;
                }

                AddToParent(frame.Size);
                break;
        }

        return true;
    }

    // Counts a node in its mapping, remembering where each key stands. YamlDotNet places an empty key
    // after the colon or on an earlier line, so such a key is moved to the mapping's start (first key) or
    // to where the previous value ended.
    private void Child(ParsingEvent node, Mark previousEnd)
    {
        if (_open.Count == 0 || !_open.Peek().IsMapping)
        {
            return;
        }

        var frame = _open.Peek();
        frame.Children++;
        if (frame.Children % 2 == 1 && node is not Scalar)
        {
            // Our formats' keys are names. A list, mapping or alias as a key is legal YAML, but YamlDotNet's
            // model compares and hashes such keys recursively and can overflow the stack (no catch stops that).
            throw new GuardException(DiagnosticDescriptors.YamlSyntax, node.Start,
                "en nyckel är en lista, en mappning eller ett alias (*namn); en nyckel ska vara ett namn, som 'title'. Skriv om raden som 'nyckel: värde'");
        }

        if (frame.Children % 2 == 1)
        {
            var emptyKey = node is Scalar { Value.Length: 0, Style: ScalarStyle.Plain };
            frame.LastKey = !emptyKey ? node.Start
                : frame.Children == 1 ? frame.Start
                : node.Start.Index < previousEnd.Index ? previousEnd : node.Start;
        }
    }

    // A node of this expanded size appears here: it counts towards the total and towards its parent.
    private void Add(long size, Mark at)
    {
        AddToParent(size);
        Count(size, at);
    }

    private void AddToParent(long size)
    {
        if (_open.Count > 0)
        {
            _open.Peek().Size += size;
        }
    }

    private void Count(long size, Mark at)
    {
        _total += size;
        if (_total > MaxExpandedNodes || size > MaxExpandedNodes)
        {
            throw new GuardException(DiagnosticDescriptors.AliasExpansion, at, MaxExpandedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private sealed class Frame(string? anchor, bool isMapping, Mark start)
    {
        public string? Anchor { get; } = anchor;

        public bool IsMapping { get; } = isMapping;

        public Mark Start { get; } = start;

        /// <summary>The expanded size so far: this node and everything under it, aliases expanded.</summary>
        public long Size { get; set; } = 1;

        public int Children { get; set; }

        public Mark LastKey { get; set; } = start;
    }

    /// <summary>The value around <paramref name="index"/>, the refused character shown as its code, for the message.</summary>
    private static string Excerpt(string value, int index)
    {
        var start = Math.Max(0, index - 30);
        var end = Math.Min(value.Length, index + 30);
        var text = string.Concat(value.Substring(start, end - start).Select(c => RefusedCharacters.Find(c.ToString()) is null ? c.ToString() : $"<U+{(int)c:X4}>"));
        return (start > 0 ? "…" : string.Empty) + text.Replace('\n', ' ') + (end < value.Length ? "…" : string.Empty);
    }

    public sealed class GuardException : Exception
    {
        public GuardException(DiagnosticDescriptor descriptor, Mark at, string argument)
            : base(argument)
        {
            Descriptor = descriptor;
            At = at;
            Argument = argument;
        }

        public DiagnosticDescriptor Descriptor { get; }

        public Mark At { get; }

        public string Argument { get; }
    }
}
