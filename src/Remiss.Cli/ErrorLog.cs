using System.Globalization;
using System.Text;

namespace Remiss.Cli;

/// <summary>
/// Writes the details of an unexpected failure to a file, so the user sees one line and support sees everything.
/// Bounded (issue 21): one file per process, <c>remiss-{start}-{pid}.log</c> in the log folder
/// (<see cref="CliEnvironment.LogDirectory"/>: <c>$TMPDIR/remiss/</c>), appended to and capped at
/// <see cref="MaxFileBytes"/>; at a process's first failure the folder is trimmed to the newest
/// <see cref="MaxFiles"/> logs. A server answering a thousand failing requests writes one file of at most 1 MiB.
/// Room for real failures (issue 26: 200 slow clients, then logged as crashes, filled the file with 449 entries and
/// later failures were not written): the same failure — the exception's type and the place it was thrown — is written
/// at most once per <see cref="RepeatInterval"/>, the next entry saying how many were left out; an entry is at most
/// <see cref="MaxEntryBytes"/>; and repeats stop <see cref="ReserveBytes"/> short of the cap, a reserve only a failure
/// not yet in the file may use.
/// </summary>
internal static class ErrorLog
{
    /// <summary>The most one process writes; after that its file says it stopped.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The most logs kept in the folder, the newest.</summary>
    public const int MaxFiles = 20;

    /// <summary>The same failure is written at most once in this long.</summary>
    public static readonly TimeSpan RepeatInterval = TimeSpan.FromMinutes(1);

    /// <summary>The end of the file kept for failures not yet written in it.</summary>
    public const long ReserveBytes = 256 * 1024;

    /// <summary>The most one entry takes: an exception with a huge message is cut, so the reserve holds several.</summary>
    public const int MaxEntryBytes = 32 * 1024;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (DateTime Written, int LeftOut)> Seen = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> FileByDirectory = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Full = new(StringComparer.Ordinal);
    private static readonly string Started = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

    /// <summary>The clock for <see cref="RepeatInterval"/>; the tests move it instead of waiting.</summary>
    internal static Func<DateTime> Now { get; set; } = () => DateTime.UtcNow;

    /// <summary>Writes the log (or counts a repeat) and returns its path, or null when even that failed.</summary>
    public static string? Write(string directory, Exception exception, IReadOnlyList<string> args)
    {
        try
        {
            lock (Gate)
            {
                if (!FileByDirectory.TryGetValue(directory, out var path))
                {
                    Directory.CreateDirectory(directory);
                    Trim(directory);
                    path = Path.Combine(directory, $"remiss-{Started}-{Environment.ProcessId}.log");
                    FileByDirectory[directory] = path;
                }

                Directory.CreateDirectory(directory); // again: it may have been removed since this process's first failure
                var length = File.Exists(path) ? new FileInfo(path).Length : 0;
                if (Full.Contains(path))
                {
                    return path;
                }

                var now = Now();
                var place = path + "\n" + Place(exception);
                var repeat = Seen.TryGetValue(place, out var seen);
                if (repeat && now - seen.Written < RepeatInterval)
                {
                    Seen[place] = seen with { LeftOut = seen.LeftOut + 1 };
                    return path;
                }

                if (repeat && length > MaxFileBytes - ReserveBytes)
                {
                    // The reserve is for failures the file does not hold yet.
                    Seen[place] = seen with { LeftOut = seen.LeftOut + 1 };
                    return path;
                }

                Seen[place] = (now, 0);
                var details = exception.ToString();
                if (details.Length > MaxEntryBytes / 4)
                {
                    // A character is at most three bytes in UTF-8: with the header the entry stays under the bound.
                    details = string.Concat(details.AsSpan(0, MaxEntryBytes / 4), "\n(cut: the details are longer)");
                }

                var text = new StringBuilder()
                    .AppendLine(CultureInfo.InvariantCulture, $"remiss {typeof(ErrorLog).Assembly.GetName().Version} at {now:O}")
                    .AppendLine(CultureInfo.InvariantCulture, $"arguments: {string.Join(' ', args)}")
                    .AppendLine(CultureInfo.InvariantCulture, $"directory: {Environment.CurrentDirectory}")
                    .AppendLine(CultureInfo.InvariantCulture, $"runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}")
                    .Append(repeat && seen.LeftOut > 0 ? $"(the same failure {seen.LeftOut} more times since {seen.Written:O}, not written)\n" : string.Empty)
                    .AppendLine()
                    .AppendLine(details)
                    .AppendLine()
                    .ToString();
                var bytes = new UTF8Encoding(false).GetBytes(text);
                if (length + bytes.Length > MaxFileBytes)
                {
                    Full.Add(path);
                    bytes = new UTF8Encoding(false).GetBytes($"(log full at {MaxFileBytes} bytes: later failures of this process are not written)\n");
                }

                using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read))
                {
                    stream.Write(bytes);
                }

                return path;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>What makes two failures the same: the exception's type and the first frame of its stack (where it was thrown).</summary>
    private static string Place(Exception exception)
    {
        var trace = exception.StackTrace ?? string.Empty;
        var end = trace.IndexOf('\n', StringComparison.Ordinal);
        return exception.GetType().FullName + " " + (end < 0 ? trace : trace[..end]).Trim();
    }

    /// <summary>Keeps the newest <see cref="MaxFiles"/> - 1 logs, making room for this process's.</summary>
    private static void Trim(string directory)
    {
        var logs = new DirectoryInfo(directory).GetFiles("remiss-*.log").OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        foreach (var old in logs.Skip(MaxFiles - 1))
        {
            try
            {
                old.Delete();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's or in use: the next process tries again.
            }
        }
    }
}
