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
        foreach (var candidate in organisationFilePaths)
        {
            if (!IsOrganisationFile(candidate))
            {
                continue;
            }

            var folder = Folders(candidate);
            var nearer = folder.Count > bestDepth || (folder.Count == bestDepth && string.CompareOrdinal(candidate, best) < 0);
            if (nearer && folder.Count <= remissFolder.Count && IsPrefix(folder, remissFolder))
            {
                best = candidate;
                bestDepth = folder.Count;
            }
        }

        return best;
    }

    /// <summary>
    /// How messages about a remiss file name its organisation file: relative to the remiss file's folder with
    /// <c>/</c> (<c>organisation.yaml</c>, <c>../organisation.yaml</c>), so the CLI and the build print the same
    /// text wherever they run. <paramref name="organisationFilePath"/> as it is when the two paths cannot be related
    /// (one absolute, one relative; different roots). Pure: reads nothing.
    /// </summary>
    public static string Describe(string remissFilePath, string organisationFilePath)
    {
        var from = Folders(remissFilePath);
        var to = Folders(organisationFilePath);
        var rooted = from.Count > 0 && IsRoot(from[0]);
        if (rooted != (to.Count > 0 && IsRoot(to[0])) || (rooted && !SameSegment(from[0], to[0])))
        {
            return organisationFilePath;
        }

        var common = 0;
        while (common < from.Count && common < to.Count && SameSegment(from[common], to[common]))
        {
            common++;
        }

        if (from.Skip(common).Any(f => f == ".."))
        {
            return organisationFilePath; // "../x" below the common part cannot be walked back by name
        }

        var parts = Enumerable.Repeat("..", from.Count - common).Concat(to.Skip(common)).ToList();
        parts.Add(organisationFilePath.Substring(organisationFilePath.LastIndexOfAny(Separators) + 1));
        return string.Join("/", parts);
    }

    /// <summary>True when two paths name the same file (either slash, <c>.</c> and <c>..</c> resolved; letter case ignored on Windows). Pure.</summary>
    public static bool SameFile(string a, string b)
    {
        var (folderA, folderB) = (Folders(a), Folders(b));
        return folderA.Count == folderB.Count && IsPrefix(folderA, folderB)
            && SameSegment(a.Substring(a.LastIndexOfAny(Separators) + 1), b.Substring(b.LastIndexOfAny(Separators) + 1));
    }

    // "" (the root of /a/b) or a drive ("C:").
    private static bool IsRoot(string segment) => segment.Length == 0 || (segment.Length == 2 && segment[1] == ':');

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
        for (var i = 0; i < prefix.Count; i++)
        {
            if (!SameSegment(prefix[i], path[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Windows file names ignore letter case; elsewhere they do not.
    private static bool SameSegment(string a, string b) =>
        string.Equals(a, b, Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
