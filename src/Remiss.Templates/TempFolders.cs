using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Remiss.Templates;

/// <summary>
/// The toolkit's private folders in the system's temporary folder (a LibreOffice profile, a PDF conversion's work):
/// named <c>{prefix}{process id}-{32 hex digits}</c>, so that a later process can tell, by the name alone, that a
/// folder is ours and that the process which made it is gone. A process killed mid-conversion (<c>kill -9</c>)
/// cannot clean up after itself; <see cref="RemoveOrphans"/> at the next start does.
/// </summary>
public static partial class TempFolders
{
    /// <summary>The prefixes of our folders: the LibreOffice profile (PdfExport), <c>remiss serve</c>'s and <c>render</c>'s PDF work, and the missive PDF that <c>remiss new --from</c> hands to pdftotext.</summary>
    public static IReadOnlyList<string> Prefixes { get; } = ["remiss-lo-", "remiss-serve-pdf-", "remiss-pdf-", "remiss-missiv-"];

    private static readonly Lazy<int> Swept = new(() => RemoveOrphans());

    /// <summary>
    /// A new folder's path (not yet made) for <paramref name="prefix"/>, one of <see cref="Prefixes"/>. The first one a
    /// process asks for in the system's temporary folder removes the orphans there first (<see cref="RemoveOrphansOnce"/>),
    /// so every host that makes our folders also clears what a killed process left.
    /// </summary>
    public static string NewPath(string prefix, string? tempRoot = null)
    {
        if (tempRoot is null)
        {
            RemoveOrphansOnce();
        }

        return Path.Combine(tempRoot ?? Path.GetTempPath(), prefix + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary><see cref="RemoveOrphans"/> in the system's temporary folder, once per process however often it is called.</summary>
    public static void RemoveOrphansOnce() => _ = Swept.Value;

    /// <summary>
    /// Removes our folders whose process no longer runs and returns how many. Only a real folder (not a link) whose
    /// whole name has our form is touched; one whose process id is in use again is kept (it may be ours, still
    /// working). Nothing that fails to go is an error: the next start tries again.
    /// </summary>
    public static int RemoveOrphans(string? tempRoot = null)
    {
        var removed = 0;
        IEnumerable<DirectoryInfo> candidates;
        try
        {
            candidates = new DirectoryInfo(tempRoot ?? Path.GetTempPath()).EnumerateDirectories("remiss-*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return 0;
        }

        foreach (var folder in candidates)
        {
            if (OwnerOf(folder.Name) is not { } pid || pid == Environment.ProcessId || folder.LinkTarget is not null || IsRunning(pid))
            {
                continue;
            }

            try
            {
                folder.Delete(recursive: true);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                // Another user's, or in use: left alone.
            }
        }

        return removed;
    }

    /// <summary>The process id in one of our folder names, or null when the name is not exactly ours.</summary>
    internal static int? OwnerOf(string name)
    {
        var match = OurName().Match(name);
        return match.Success && int.TryParse(match.Groups["pid"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) && pid > 0
            ? pid
            : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\A(?:remiss-lo-|remiss-serve-pdf-|remiss-pdf-|remiss-missiv-)(?<pid>[0-9]{1,10})-[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex OurName();
}
