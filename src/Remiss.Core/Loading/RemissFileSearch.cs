namespace Remiss.Core;

/// <summary>
/// The remiss files of a folder tree, as the CLI's commands and <c>remiss serve</c> list them: every
/// <c>*.remiss.yaml</c> below the folder, in a stable order, leaving out the folders MSBuild leaves out of a
/// project's items (build output <c>bin</c> and <c>obj</c>, and hidden folders such as <c>.git</c>), so a
/// project's copies of its remiss files are not listed twice.
/// </summary>
public static class RemissFileSearch
{
    /// <summary>The full paths of the remiss files below <paramref name="folder"/>, ordinal order; folders that cannot be read are skipped.</summary>
    public static IReadOnlyList<string> Find(string folder)
    {
        var found = new List<string>();
        Walk(Path.GetFullPath(folder), found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>True for a folder whose files are never the user's remisser (build output, hidden folders).</summary>
    public static bool IsSkipped(string folderName) =>
        folderName.StartsWith(".", StringComparison.Ordinal)
        || string.Equals(folderName, "bin", StringComparison.OrdinalIgnoreCase)
        || string.Equals(folderName, "obj", StringComparison.OrdinalIgnoreCase);

    private static void Walk(string folder, List<string> found)
    {
        try
        {
            found.AddRange(Directory.EnumerateFiles(folder, "*" + RemissFile.FileExtension));
            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                if (!IsSkipped(Path.GetFileName(child)))
                {
                    Walk(child, found);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // An unreadable folder holds nothing we can render; the others are still listed.
        }
    }
}
