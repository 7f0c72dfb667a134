using System.Globalization;
using System.Text;

namespace Remiss.Cli;

/// <summary>
/// Writes the details of an unexpected failure to a file, so the user sees one line and support sees everything.
/// Bounded (issue 21): one file per process, <c>remiss-{start}-{pid}.log</c> in the log folder
/// (<see cref="CliEnvironment.LogDirectory"/>: <c>$TMPDIR/remiss/</c>), appended to and capped at
/// <see cref="MaxFileBytes"/>; at a process's first failure the folder is trimmed to the newest
/// <see cref="MaxFiles"/> logs. A server answering a thousand failing requests writes one file of at most 1 MiB.
/// </summary>
internal static class ErrorLog
{
    /// <summary>The most one process writes; after that its file says it stopped.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>The most logs kept in the folder, the newest.</summary>
    public const int MaxFiles = 20;

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, string> FileByDirectory = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Full = new(StringComparer.Ordinal);
    private static readonly string Started = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Writes the log and returns its path, or null when even that failed.</summary>
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

                var text = new StringBuilder()
                    .AppendLine(CultureInfo.InvariantCulture, $"remiss {typeof(ErrorLog).Assembly.GetName().Version} at {DateTime.UtcNow:O}")
                    .AppendLine(CultureInfo.InvariantCulture, $"arguments: {string.Join(' ', args)}")
                    .AppendLine(CultureInfo.InvariantCulture, $"directory: {Environment.CurrentDirectory}")
                    .AppendLine(CultureInfo.InvariantCulture, $"runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}")
                    .AppendLine()
                    .AppendLine(exception.ToString())
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
