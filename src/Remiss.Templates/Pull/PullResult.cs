using Remiss.Core;

namespace Remiss.Templates;

/// <summary>How <see cref="RemissPull"/> takes a document back.</summary>
public sealed record PullOptions
{
    /// <summary>The default: tracked changes are errors.</summary>
    public static PullOptions Default { get; } = new();

    /// <summary>Take tracked changes as accepted (<c>--accept-changes</c>); each is still listed.</summary>
    public bool AcceptChanges { get; init; }

    /// <summary>What the same document said at its last pull (<see cref="PullResult.Baseline"/>), or null: then its base is the render it records.</summary>
    public PullBaseline? Baseline { get; init; }
}

/// <summary>One thing a pull takes into the remiss file, for the report (<c>remiss pull</c> prints one line each).</summary>
/// <param name="Path">The YAML path (<c>response.summary</c>, <c>response.comments[2]</c>).</param>
/// <param name="Span">Where it stands in the new remiss file.</param>
/// <param name="Description">What happened, in Swedish: <c>ändrad i Word</c>, <c>ny synpunkt ”…”</c>.</param>
public sealed record PulledChange(string Path, SourceSpan Span, string Description);

/// <summary>
/// What pulling a document gave: the remiss file's new text (null when nothing may be written: see
/// <see cref="HasErrors"/>), the changes taken in, and every diagnostic at the remiss file.
/// </summary>
/// <param name="Text">The new text; the old text itself when nothing changed; null on any error.</param>
/// <param name="Changes">What was taken in, in file order.</param>
/// <param name="Diagnostics">The document's problems and the pull's, located at the remiss file.</param>
/// <param name="Read">What the document said, for hosts that show more.</param>
public sealed record PullResult(string? Text, IReadOnlyList<PulledChange> Changes, EquatableArray<Diagnostic> Diagnostics, WordReadResult? Read)
{
    /// <summary>True when an error means nothing may be written.</summary>
    public bool HasErrors => Text is null || Diagnostics.Any(d => d.IsError);

    /// <summary>True when the remiss file would change.</summary>
    public bool IsChanged => !HasErrors && Changes.Count > 0;

    /// <summary>The base of the document's next pull once <see cref="Text"/> is the remiss file (<see cref="PullOptions.Baseline"/>); null when refused.</summary>
    public PullBaseline? Baseline { get; init; }
}
