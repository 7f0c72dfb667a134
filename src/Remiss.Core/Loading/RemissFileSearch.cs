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
    public static IReadOnlyList<string> Find(string folder) => Scan(folder).Files;

    /// <summary>The remiss files below <paramref name="folder"/> (as <see cref="Find"/>) and the folders that could not be read.</summary>
    public static RemissFolderScan Scan(string folder)
    {
        var root = FolderLinks.Root(folder);
        var found = new List<string>();
        var unreadable = new List<string>();
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (current, depth) = pending.Pop();
            foreach (var entry in Entries(current, unreadable))
            {
                if (entry is DirectoryInfo directory)
                {
                    if (depth < MaxDepth && !FolderLinks.IsLink(directory) && !IsSkipped(directory.Name))
                    {
                        pending.Push((directory.FullName, depth + 1));
                    }
                }
                else if (entry.Name.EndsWith(RemissFile.FileExtension, StringComparison.Ordinal)
                    && (!FolderLinks.IsLink(entry) || FolderLinks.TargetInside(root, entry.FullName) is not null))
                {
                    found.Add(entry.FullName);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        unreadable.Sort(StringComparer.Ordinal);
        return new RemissFolderScan(found, unreadable);
    }

    /// <summary>True for a folder whose files are never the user's remisser (build output, hidden folders).</summary>
    public static bool IsSkipped(string folderName) =>
        folderName.StartsWith(".", StringComparison.Ordinal)
        || string.Equals(folderName, "bin", StringComparison.OrdinalIgnoreCase)
        || string.Equals(folderName, "obj", StringComparison.OrdinalIgnoreCase);

    private static List<FileSystemInfo> Entries(string folder, List<string> unreadable)
    {
        try
        {
            return new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // An unreadable folder holds nothing we can render; the others are still listed, and the caller is told
            // (remiss serve looks again until it can be read).
            if (e is not DirectoryNotFoundException)
            {
                unreadable.Add(folder);
            }

            return [];
        }
    }
}

/// <summary>What a walk of a folder found: the remiss files, and the folders that could not be read (full paths, ordinal order).</summary>
public sealed record RemissFolderScan(IReadOnlyList<string> Files, IReadOnlyList<string> Unreadable);
