using System.Globalization;
using System.Text;

namespace Remiss.Cli;

/// <summary>Writes the details of an unexpected failure to a file, so the user sees one line and support sees everything.</summary>
internal static class ErrorLog
{
    /// <summary>Writes the log and returns its path, or null when even that failed.</summary>
    public static string? Write(string directory, Exception exception, IReadOnlyList<string> args)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var stamp = DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            var path = Path.Combine(directory, $"remiss-{stamp}-{Environment.ProcessId}-{Guid.NewGuid():N}.log");
            var text = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"remiss {typeof(ErrorLog).Assembly.GetName().Version} at {DateTime.UtcNow:O}")
                .AppendLine(CultureInfo.InvariantCulture, $"arguments: {string.Join(' ', args)}")
                .AppendLine(CultureInfo.InvariantCulture, $"directory: {Environment.CurrentDirectory}")
                .AppendLine(CultureInfo.InvariantCulture, $"runtime: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}")
                .AppendLine()
                .AppendLine(exception.ToString())
                .ToString();
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
