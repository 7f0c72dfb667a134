namespace Remiss.Core;

/// <summary>
/// The file system as a <see cref="IRemissSource"/>: what <c>remiss check</c>, <c>render</c> and <c>serve</c> read, every file
/// through <see cref="RegularFile"/> (regular files only, at most 1 MiB, never blocking).
/// </summary>
public sealed class FileSystemSource : IRemissSource
{
    private readonly string[] _folders;

    private FileSystemSource(string[] folders) => _folders = folders;

    /// <summary>The file system, with every path read as named (links followed).</summary>
    public static FileSystemSource Instance { get; } = new([]);

    /// <summary>
    /// The file system, where a file inside one of <paramref name="folders"/> (the served folder, the folders given to a
    /// command) is read by the folder's link rule (<see cref="RegularFile"/>) and any other path as named.
    /// </summary>
    public static FileSystemSource Within(IEnumerable<string> folders)
    {
        var roots = folders.Select(FolderLinks.Root).Distinct(StringComparer.Ordinal).ToArray();
        return roots.Length == 0 ? Instance : new FileSystemSource(roots);
    }

    /// <summary>The folder of <paramref name="path"/> among this source's folders (the innermost), or null.</summary>
    public string? FolderOf(string path)
    {
        string? found = null;
        if (_folders.Length > 0)
        {
            var full = Path.GetFullPath(path);
            foreach (var folder in _folders)
            {
                if (FolderLinks.Below(folder, full) is not null && (found is null || folder.Length > found.Length))
                {
                    found = folder;
                }
            }
        }

        return found;
    }

    /// <inheritdoc />
    public Func<string, ReferencedPathKind, bool>? PathExists => OrganisationLoadOptions.Default.PathExists;

    /// <inheritdoc />
    public string? FindOrganisation(string remissPath) => OrganisationLocator.Find(remissPath);

    /// <inheritdoc />
    public byte[]? Read(string path, out Diagnostic? failure) => Read(path, LoadOptions.Default.MaxFileBytes, out failure);

    /// <summary>The bytes of <paramref name="path"/>, at most <paramref name="maxBytes"/>, read by its folder's rule.</summary>
    public byte[]? Read(string path, int maxBytes, out Diagnostic? failure, Func<long, Diagnostic>? tooLarge = null)
    {
        try
        {
            return RegularFile.Read(path, maxBytes, out failure, FolderOf(path), tooLarge);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            failure = DiagnosticDescriptors.FileUnreadable.Create(path, SourceSpan.Start, e.Message);
            return null;
        }
    }

    /// <inheritdoc />
    public string? Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "-";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return "?";
        }
    }

    /// <inheritdoc />
    public string Canonical(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or System.Security.SecurityException)
        {
            return path;
        }
    }
}
