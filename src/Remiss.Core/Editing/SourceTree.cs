using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Remiss.Core;

/// <summary>
/// A YAML document as the editor needs it: every node with its exact place in the text (character
/// indexes from YamlDotNet's marks), its style, anchor and tag. Built from the parser's events, so
/// nothing is re-serialized and comments are never lost (the editor splices text at these places).
/// </summary>
internal abstract class SourceNode
{
    protected SourceNode(ParsingEvent e)
    {
        StartMark = e.Start;
        Start = (int)e.Start.Index;
        End = (int)e.End.Index;
        if (e is NodeEvent node)
        {
            Anchor = node.Anchor.IsEmpty ? null : node.Anchor.Value;
            Tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        }
    }

    public Mark StartMark { get; }

    /// <summary>The index of the node's first character.</summary>
    public int Start { get; }

    /// <summary>
    /// The index just past the node: exact for scalars (a block scalar's end includes its trailing blank
    /// lines) and aliases; for collections it is set from their children or closing bracket.
    /// </summary>
    public int End { get; set; }

    public string? Anchor { get; }

    public string? Tag { get; }

    public SourceNode? Parent { get; set; }

    public SourceSpan Span => new((int)StartMark.Line, (int)StartMark.Column, (int)StartMark.Line, (int)StartMark.Column);
}

internal sealed class SourceScalar : SourceNode
{
    public SourceScalar(Scalar e)
        : base(e)
    {
        Value = e.Value;
        Style = e.Style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    public bool IsBlock => Style is ScalarStyle.Literal or ScalarStyle.Folded;

    /// <summary>A plain empty value, <c>~</c> or <c>null</c>: what the loader reads as "nothing here".</summary>
    public bool IsNull => Style is ScalarStyle.Plain or ScalarStyle.Any && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed class SourceMapping : SourceNode
{
    public SourceMapping(MappingStart e)
        : base(e) => IsFlow = e.Style == MappingStyle.Flow;

    public bool IsFlow { get; }

    public List<KeyValuePair<SourceScalar, SourceNode>> Entries { get; } = new();

    public SourceNode? Get(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public SourceScalar? KeyOf(string key) => Entries.FirstOrDefault(e => e.Key.Value == key).Key;
}

internal sealed class SourceSequence : SourceNode
{
    public SourceSequence(SequenceStart e)
        : base(e) => IsFlow = e.Style == SequenceStyle.Flow;

    public bool IsFlow { get; }

    public List<SourceNode> Items { get; } = new();
}

internal sealed class SourceAlias : SourceNode
{
    public SourceAlias(AnchorAlias e)
        : base(e) => Name = e.Value.Value;

    public string Name { get; }
}

/// <summary>Builds the <see cref="SourceNode"/> tree of a single-document stream.</summary>
internal static class SourceTree
{
    /// <summary>
    /// The root of the text's only document, or null after reporting why not (the loader's diagnostics:
    /// syntax, guards, duplicate keys, not exactly one document).
    /// </summary>
    public static SourceNode? Parse(string text, string filePath, List<Diagnostic> diagnostics)
    {
        var roots = new List<SourceNode>();
        if (!YamlDocumentParser.TryParse(text, filePath, diagnostics, parser => Read(parser, roots)))
        {
            return null;
        }

        if (roots.Count != 1 || roots[0] is SourceScalar { IsNull: true })
        {
            diagnostics.Add(DiagnosticDescriptors.DocumentCount.Create(filePath, SourceSpan.Start,
                roots.Count <= 1 ? "inget YAML-dokument (den är tom)" : $"{roots.Count} YAML-dokument"));
            return null;
        }

        return roots[0];
    }

    private static void Read(IParser parser, List<SourceNode> roots)
    {
        var open = new Stack<SourceNode>();
        SourceScalar? pendingKey = null; // a mapping's key waiting for its value; values are added with it
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            SourceNode? node = e switch
            {
                Scalar s => new SourceScalar(s),
                AnchorAlias a => new SourceAlias(a),
                MappingStart m => new SourceMapping(m),
                SequenceStart q => new SourceSequence(q),
                _ => null,
            };

            if (e is MappingEnd or SequenceEnd)
            {
                var closed = open.Pop();
                if (closed is SourceMapping { IsFlow: true } or SourceSequence { IsFlow: true })
                {
                    closed.End = (int)e.Start.Index + 1; // past the closing bracket
                }
                else
                {
                    closed.End = LastChild(closed)?.End ?? closed.Start;
                }

                continue;
            }

            if (node is null)
            {
                continue;
            }

            if (open.Count == 0)
            {
                roots.Add(node);
            }
            else
            {
                node.Parent = open.Peek();
                switch (open.Peek())
                {
                    case SourceSequence sequence:
                        sequence.Items.Add(node);
                        break;
                    case SourceMapping mapping when pendingKey is null:
                        // GuardedParser refuses keys that are not scalars.
                        pendingKey = (SourceScalar)node;
                        if (mapping.Entries.Any(entry => entry.Key.Value == pendingKey.Value))
                        {
                            throw new YamlException(e.Start, e.End, "Duplicate key " + pendingKey.Value);
                        }

                        break;
                    case SourceMapping mapping:
                        mapping.Entries.Add(new KeyValuePair<SourceScalar, SourceNode>(pendingKey, node));
                        pendingKey = null;
                        break;
                }
            }

            if (node is SourceMapping or SourceSequence)
            {
                open.Push(node);
            }
        }
    }

    private static SourceNode? LastChild(SourceNode node) => node switch
    {
        SourceMapping { Entries.Count: > 0 } m => m.Entries[m.Entries.Count - 1].Value,
        SourceSequence { Items.Count: > 0 } s => s.Items[s.Items.Count - 1],
        _ => null,
    };
}
