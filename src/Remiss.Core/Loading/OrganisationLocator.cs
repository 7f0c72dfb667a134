namespace Remiss.Core;

/// <summary>
/// Which organisation file applies to a remiss file (ORGANISATION.md §1): the nearest
/// <c>organisation.yaml</c> found by walking up from the remiss file's own folder. One rule for the CLI,
/// the source generator and the server: <see cref="Find"/> searches the disk, <see cref="FindAmong"/>
/// chooses among known paths without touching a file system (what a compiler has).
/// </summary>
public static class OrganisationLocator
{
    private static readonly char[] Separators = { '/', '\\' };

    /// <summary>True when <paramref name="path"/> names an organisation file (its file name is <c>organisation.yaml</c>, any letter case).</summary>
    public static bool IsOrganisationFile(string path)
    {
        var name = path.Substring(path.LastIndexOfAny(Separators) + 1);
        return string.Equals(name, OrganisationFile.FileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The full path of the nearest <c>organisation.yaml</c> in the folder of <paramref name="remissFilePath"/> or
    /// a folder above it; null when there is none (or the path cannot be searched). Never throws.
    /// </summary>
    public static string? Find(string remissFilePath)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(remissFilePath));
            while (!string.IsNullOrEmpty(folder))
            {
                var candidate = Path.Combine(folder, OrganisationFile.FileName);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                folder = Path.GetDirectoryName(folder);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            // An unsearchable path has no organisation file; the remiss loads as it would without one.
        }

        return null;
    }

    /// <summary>
    /// Among <paramref name="organisationFilePaths"/>, the one nearest above <paramref name="remissFilePath"/>: in its
    /// folder or the closest folder above; null when none is. Paths are compared by their folders (either slash,
    /// <c>.</c> and <c>..</c> resolved; letter case ignored on Windows), so this gives the same answer as
    /// <see cref="Find"/> for files the caller knows of. Pure: reads nothing.
    /// </summary>
    public static string? FindAmong(string remissFilePath, IEnumerable<string> organisationFilePaths)
    {
        var remissFolder = Folders(remissFilePath);
        string? best = null;
        var bestDepth = -1;
        foreach (var candidate in organisationFilePaths.OrderBy(p => p, StringComparer.Ordinal))
        {
            if (!IsOrganisationFile(candidate))
            {
                continue;
            }

            var folder = Folders(candidate);
            if (folder.Count > bestDepth && folder.Count <= remissFolder.Count && IsPrefix(folder, remissFolder))
            {
                best = candidate;
                bestDepth = folder.Count;
            }
        }

        return best;
    }

    /// <summary>The folder segments of a file path, normalised.</summary>
    private static List<string> Folders(string filePath)
    {
        var parts = filePath.Split(Separators);
        var folders = new List<string>();
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var part = parts[i];
            if (part == "." || (part.Length == 0 && i > 0))
            {
                continue; // "a/./b", "a//b"; a leading empty part is the root of an absolute path and stays
            }

            if (part == ".." && folders.Count > 0 && folders[folders.Count - 1] != ".." && folders[folders.Count - 1].Length > 0)
            {
                folders.RemoveAt(folders.Count - 1);
                continue;
            }

            folders.Add(part);
        }

        return folders;
    }

    private static bool IsPrefix(List<string> prefix, List<string> path)
    {
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var i = 0; i < prefix.Count; i++)
        {
            if (!string.Equals(prefix[i], path[i], comparison))
            {
                return false;
            }
        }

        return true;
    }
}
