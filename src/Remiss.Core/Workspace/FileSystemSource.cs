namespace Remiss.Core;

/// <summary>The file system as a <see cref="IRemissSource"/>: what <c>remiss check</c>, <c>render</c> and <c>serve</c> read.</summary>
public sealed class FileSystemSource : IRemissSource
{
    /// <summary>The one instance (it holds no state).</summary>
    public static FileSystemSource Instance { get; } = new();

    private FileSystemSource()
    {
    }

    /// <inheritdoc />
    public Func<string, ReferencedPathKind, bool>? PathExists => OrganisationLoadOptions.Default.PathExists;

    /// <inheritdoc />
    public string? FindOrganisation(string remissPath) => OrganisationLocator.Find(remissPath);

    /// <inheritdoc />
    public byte[]? Read(string path, out Diagnostic? failure) => SourceText.ReadAllBytes(path, out failure);

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
