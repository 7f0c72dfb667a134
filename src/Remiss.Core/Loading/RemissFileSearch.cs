namespace Remiss.Core;

/// <summary>
/// The remiss files of a folder tree, as the CLI's commands and <c>remiss serve</c> list them: every
/// <c>*.remiss.yaml</c> below the folder, in a stable order, leaving out the folders MSBuild leaves out of a
/// project's items (build output <c>bin</c> and <c>obj</c>, and hidden folders such as <c>.git</c>), so a
/// project's copies of its remiss files are not listed twice.
/// </summary>
/// <remarks>
/// Links (symbolic links, junctions) below the folder: a link to a <em>directory</em> is never followed, wherever it
/// points, since one out of the folder would publish files the user did not put there and one back into it lists
/// its files again (<c>ln -s . a</c>) or without end (<c>ln -s . a; ln -s . b</c>). A link to a <em>file</em> is
/// listed when its final target is inside the folder, reached without passing another link (a file kept under two
/// names); one pointing out of the folder is not. The folder itself may be a link: it is what the user named.
/// The walk is iterative and stops at <see cref="MaxDepth"/> levels, so no folder tree can exhaust the stack.
/// </remarks>
public static class RemissFileSearch
{
    /// <summary>How many folder levels below the folder are searched: far beyond any real filing plan.</summary>
    public const int MaxDepth = 32;

    /// <summary>The full paths of the remiss files below <paramref name="folder"/>, ordinal order; folders that cannot be read are skipped.</summary>
    public static IReadOnlyList<string> Find(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (root.Length > 1 && (root.EndsWith("/", StringComparison.Ordinal) || root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)))
        {
            root = root.Substring(0, root.Length - 1);
        }

        var found = new List<string>();
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            foreach (var entry in Entries(current))
            {
                if (entry is DirectoryInfo directory)
                {
                    if (depth < MaxDepth && !IsLink(directory) && !IsSkipped(directory.Name))
                    {
                        pending.Push((directory.FullName, depth + 1));
                    }
                }
                else if (entry.Name.EndsWith(RemissFile.FileExtension, StringComparison.Ordinal)
                    && (!IsLink(entry) || LinksInside(root, entry)))
                {
                    found.Add(entry.FullName);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>True for a folder whose files are never the user's remisser (build output, hidden folders).</summary>
    public static bool IsSkipped(string folderName) =>
        folderName.StartsWith(".", StringComparison.Ordinal)
        || string.Equals(folderName, "bin", StringComparison.OrdinalIgnoreCase)
        || string.Equals(folderName, "obj", StringComparison.OrdinalIgnoreCase);

    private static List<FileSystemInfo> Entries(string folder)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // An unreadable folder holds nothing we can render; the others are still listed.
            return [];
        }
    }

    /// <summary>A symbolic link or junction (a reparse point on Windows; .NET marks links so on Unix too).</summary>
    private static bool IsLink(FileSystemInfo entry)
    {
#if NET6_0_OR_GREATER
        return entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
#else
        return entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
#endif
    }

    /// <summary>
    /// True when the file link's final target is a file inside <paramref name="root"/> and no folder on the way
    /// there from the root is itself a link (which could lead anywhere).
    /// </summary>
    private static bool LinksInside(string root, FileSystemInfo link)
    {
#if !NET6_0_OR_GREATER
        // netstandard2.0 (where the source generator runs) cannot resolve a link; it lists none.
        _ = root;
        _ = link;
        return false;
#else
        try
        {
            if (File.ResolveLinkTarget(link.FullName, returnFinalTarget: true) is not { Exists: true } target
                || target.Attributes.HasFlag(FileAttributes.Directory))
            {
                return false;
            }

            var relative = Path.GetRelativePath(root, Path.GetFullPath(target.FullName));
            if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                return false;
            }

            var folder = root;
            var parts = relative.Split(Path.DirectorySeparatorChar);
            for (var i = 0; i < parts.Length - 1; i++)
            {
                folder = Path.Combine(folder, parts[i]);
                if (IsLink(new DirectoryInfo(folder)))
                {
                    return false;
                }
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // A dangling link, a link loop (ELOOP) or one we may not read: nothing to list.
            return false;
        }
#endif
    }
}
