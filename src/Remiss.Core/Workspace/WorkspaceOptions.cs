namespace Remiss.Core;

/// <summary>How a <see cref="RemissWorkspace"/> finds and loads files.</summary>
public sealed record WorkspaceOptions
{
    /// <summary>Where files are read; the file system by default.</summary>
    public IRemissSource Source { get; init; } = FileSystemSource.Instance;

    /// <summary>
    /// One organisation file for every remiss file (<c>--organisation FILE</c>, or an HTTP request's organisation text);
    /// null: each remiss file uses the nearest <c>organisation.yaml</c> above it.
    /// </summary>
    public string? Organisation { get; init; }

    /// <summary>
    /// The clause registry that replaces the organisation files' <c>registries</c> (<c>--registry FILE</c>); null: the
    /// organisation file's registries on top of the built-in clauses, or the built-in clauses without one.
    /// </summary>
    public ClauseRegistry? Registry { get; init; }

    /// <summary>Larger remiss files are refused before parsing.</summary>
    public int MaxFileBytes { get; init; } = LoadOptions.Default.MaxFileBytes;
}
