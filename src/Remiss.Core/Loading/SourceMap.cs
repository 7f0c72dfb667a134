namespace Remiss.Core;

/// <summary>
/// Where each value of a loaded file stands, keyed by its path (<c>remiss.deadline</c>,
/// <c>remiss.extensions[0].until</c>, <c>decision.clauses[1]</c>), so checks that run on the model can
/// still point at the right line and column.
/// </summary>
public sealed class SourceMap
{
    private readonly Dictionary<string, SourceSpan> _spans = new(StringComparer.Ordinal);

    /// <summary>Creates a map for a file.</summary>
    public SourceMap(string filePath) => FilePath = filePath;

    /// <summary>The file the spans are in.</summary>
    public string FilePath { get; }

    /// <summary>Records where the value at <paramref name="path"/> stands.</summary>
    public void Set(string path, SourceSpan span) => _spans[path] = span;

    /// <summary>True when the file had a value at exactly <paramref name="path"/>.</summary>
    public bool Contains(string path) => _spans.ContainsKey(path);

    /// <summary>The span of the value at <paramref name="path"/>, else of the nearest enclosing value, else the file start.</summary>
    public SourceSpan this[string path]
    {
        get
        {
            var current = path;
            while (true)
            {
                if (_spans.TryGetValue(current, out var span))
                {
                    return span;
                }

                var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
                if (cut <= 0)
                {
                    return SourceSpan.Start;
                }

                current = current.Substring(0, cut);
            }
        }
    }
}
