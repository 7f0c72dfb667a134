namespace Remiss.Core;

/// <summary>
/// The folder's link rule, one place for the walk (<see cref="RemissFileSearch"/>) and for every read
/// (<see cref="RegularFile"/>): a link to a directory is never followed; a link to a file is followed when its final target
/// is a file inside the folder, reached from the folder without passing another link.
/// </summary>
internal static class FolderLinks
{
    /// <summary>The folder as a full path without a trailing separator (the root itself may be a link: the user named it).</summary>
    public static string Root(string folder)
    {
        var root = Path.GetFullPath(folder);
        while (root.Length > 1 && (root.EndsWith("/", StringComparison.Ordinal) || root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal))
            && Path.GetPathRoot(root) != root)
        {
            root = root.Substring(0, root.Length - 1);
        }

        return root;
    }

    /// <summary>
    /// The parts of <paramref name="fullPath"/> below <paramref name="root"/> (<c>a/b.remiss.yaml</c> → [a, b.remiss.yaml]), or
    /// null when it is not strictly inside.
    /// </summary>
    public static string[]? Below(string root, string fullPath)
    {
#if NET6_0_OR_GREATER
        var relative = Path.GetRelativePath(root, fullPath);
#else
        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        var relative = fullPath.StartsWith(prefix, StringComparison.Ordinal) ? fullPath.Substring(prefix.Length) : "..";
#endif
        if (relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Any(p => p.Length == 0 || p == "." || p == "..") ? null : parts;
    }

    /// <summary>A symbolic link or junction (a reparse point on Windows; .NET marks links so on Unix too).</summary>
    public static bool IsLink(FileSystemInfo entry)
    {
#if NET6_0_OR_GREATER
        return entry.LinkTarget is not null || entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
#else
        return entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
#endif
    }

    /// <summary>
    /// The full path of the file the link at <paramref name="link"/> finally leads to, when that is a file inside
    /// <paramref name="root"/> and no folder on the way there from the root is itself a link (which could lead anywhere);
    /// otherwise null (a link out, a dangling link, a loop).
    /// </summary>
    public static string? TargetInside(string root, string link)
    {
#if !NET6_0_OR_GREATER
        // netstandard2.0 (where the source generator runs) cannot resolve a link; it follows none.
        _ = root;
        _ = link;
        return null;
#else
        try
        {
            if (File.ResolveLinkTarget(link, returnFinalTarget: true) is not { Exists: true } target
                || target.Attributes.HasFlag(FileAttributes.Directory))
            {
                return null;
            }

            var full = Path.GetFullPath(target.FullName);
            return Below(root, full) is { } parts && !DirectoryLinkOnTheWay(root, parts) ? full : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // A dangling link, a link loop (ELOOP) or one we may not read: nothing to follow.
            return null;
        }
#endif
    }

    /// <summary>True when a folder between <paramref name="root"/> and the last of <paramref name="parts"/> is a link.</summary>
    public static bool DirectoryLinkOnTheWay(string root, string[] parts)
    {
        var folder = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            folder = Path.Combine(folder, parts[i]);
            if (IsLink(new DirectoryInfo(folder)))
            {
                return true;
            }
        }

        return false;
    }
}
