namespace Remiss.Core;

/// <summary>
/// Where a <see cref="RemissWorkspace"/> reads its files: the file system (<see cref="FileSystemSource"/>), or the files a
/// host already holds in memory (<see cref="KnownFilesSource"/>: a compiler's additional files, an HTTP request's texts).
/// Implementations never throw; a file that cannot be read is a diagnostic.
/// </summary>
public interface IRemissSource
{
    /// <summary>The organisation file that applies to the remiss file at <paramref name="remissPath"/> (ORGANISATION.md §1), or null.</summary>
    string? FindOrganisation(string remissPath);

    /// <summary>The bytes of <paramref name="path"/>, or null and the diagnostic that says why not.</summary>
    byte[]? Read(string path, out Diagnostic? failure);

    /// <summary>
    /// Whether a path an organisation file names exists, for its validation; null when this source cannot tell
    /// (the path is then not checked).
    /// </summary>
    Func<string, ReferencedPathKind, bool>? PathExists { get; }

    /// <summary>Something that changes whenever the file's content may have changed (e.g. size and time); null when it never changes.</summary>
    string? Stamp(string path);

    /// <summary>
    /// The path as one file's messages name another by (<see cref="OrganisationLocator.Describe"/> works on these): the
    /// full path on disk, the path itself in memory.
    /// </summary>
    string Canonical(string path);
}
