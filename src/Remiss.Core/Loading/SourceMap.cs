namespace Remiss.Core;

/// <summary>
/// Where each value of a loaded file stands, keyed by its path (<c>remiss.deadline</c>,
/// <c>remiss.extensions[0].until</c>, <c>decision.clauses[1]</c>), so checks that run on the model can
/// still point at the right line and column.
/// </summary>
public sealed class SourceMap : IEquatable<SourceMap>
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

    /// <summary>The span of the value at exactly <paramref name="path"/>, or null when the file had none there.</summary>
    public SourceSpan? Find(string path) => _spans.TryGetValue(path, out var span) ? span : null;

    /// <summary>
    /// The path of the value that starts where <paramref name="span"/> starts (the longest, the innermost, when several
    /// do), or null: where a diagnostic stands, as a form names its field (<c>response.comments[1].text</c>).
    /// </summary>
    public string? PathAt(SourceSpan span)
    {
        string? found = null;
        foreach (var entry in _spans)
        {
            if (entry.Value.Line == span.Line && entry.Value.Column == span.Column && (found is null || entry.Key.Length > found.Length))
            {
                found = entry.Key;
            }
        }

        return found;
    }

    /// <summary>Reports into <paramref name="diagnostics"/> at the value of a path: how every check on the model points into the file.</summary>
    internal SourceReporter ReportInto(ICollection<Diagnostic> diagnostics) =>
        (descriptor, path, args) => diagnostics.Add(descriptor.Create(FilePath, this[path], args));

    /// <inheritdoc />
    public bool Equals(SourceMap? other) =>
        other is not null && FilePath == other.FilePath && _spans.Count == other._spans.Count
        && _spans.All(entry => other._spans.TryGetValue(entry.Key, out var span) && span == entry.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceMap);

    /// <inheritdoc />
    public override int GetHashCode() => (FilePath.GetHashCode() * 31) + _spans.Count;

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

/// <summary>Reports a diagnostic at a value of the file, by its path in the <see cref="SourceMap"/> (<c>decision.path[1]</c>).</summary>
internal delegate void SourceReporter(DiagnosticDescriptor descriptor, string path, params object?[] args);
