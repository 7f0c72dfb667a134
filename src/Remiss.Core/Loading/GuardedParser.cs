using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Remiss.Core;

/// <summary>
/// Wraps YamlDotNet's parser and stops early on input built to exhaust the reader: nesting deeper than
/// <see cref="MaxDepth"/> (the representation model loads recursively) and aliases that expand to more
/// than <see cref="MaxExpandedNodes"/> nodes (a "billion laughs" bomb).
/// </summary>
internal sealed class GuardedParser : IParser
{
    public const int MaxDepth = 64;
    public const int MaxExpandedNodes = 100_000;

    private readonly IParser _inner;
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long Size)> _open = new();
    private long _total;

    public GuardedParser(IParser inner) => _inner = inner;

    public ParsingEvent? Current => _inner.Current;

    /// <summary>Where the last event read ended: the best position for an error the parser did not locate.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!_inner.MoveNext())
        {
            return false;
        }

        LastEnd = _inner.Current!.End;
        switch (_inner.Current)
        {
            case AnchorAlias alias:
                Add(_anchorSizes.TryGetValue(alias.Value.Value, out var size) ? size : 1, alias.Start);
                break;
            case Scalar scalar:
                Add(1, scalar.Start);
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
                _open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, 1));
                break;
            case SequenceEnd or MappingEnd:
                var (anchor, nodeSize) = _open.Pop();
                if (anchor is not null)
                {
                    _anchorSizes[anchor] = nodeSize;
                }

                AddToParent(nodeSize);
                break;
        }

        return true;
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
            var (anchor, current) = _open.Pop();
            _open.Push((anchor, current + size));
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
