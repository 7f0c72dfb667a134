namespace Remiss.Cli.Output;

/// <summary>The record file's content: <c>{ "version": 2, "files": { name: entry } }</c>.</summary>
/// <param name="Version">The format, <see cref="RenderManifest.CurrentVersion"/>.</param>
/// <param name="Files">The entries by file name.</param>
internal sealed record RenderRecordData(int Version, SortedDictionary<string, RenderRecordEntry>? Files);

/// <summary>One written file.</summary>
/// <param name="Sha256">The hash of the bytes render last finished writing; null only while a first write is pending.</param>
/// <param name="Source">The remiss file it was rendered from, relative to the output folder (version 1: absolute).</param>
/// <param name="Written">When.</param>
internal sealed record RenderRecordEntry(string? Sha256, string Source, DateTimeOffset Written)
{
    /// <summary>The hash of bytes being renamed into place; set only between the two saves of a commit.</summary>
    public string? Pending { get; init; }

    /// <summary>
    /// For a .docx that <c>remiss pull</c> took in: what it said then and where that went (the base of its next pull, so an
    /// officer can edit on in the same document and pull again). A new render of the file drops it.
    /// </summary>
    public Remiss.Templates.PullBaseline? Pulled { get; init; }
}
