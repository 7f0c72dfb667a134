using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Pages;

/// <summary>
/// Reads the input of <c>remiss new --from</c>: a file or standard input (<c>-</c>), as PDF (by its bytes),
/// HTML (by name or by its first tag) or text and Markdown. Fails with a located diagnostic, never an exception.
/// </summary>
internal static class PageInput
{
    /// <summary>The name diagnostics give standard input.</summary>
    public const string StandardInputName = "stdin";

    /// <summary>How diagnostics name the input: its path, or <c>stdin</c> for <c>-</c>.</summary>
    public static string DisplayName(string path) => path == "-" ? StandardInputName : path;

    /// <summary>The input as lines (<see cref="NewRemiss.ReadPage"/>), or null and why not.</summary>
    public static PageSource? Read(string path, Func<Stream> standardInput, out Diagnostic? failure) =>
        ReadBytes(path, standardInput, out failure) is { } bytes ? NewRemiss.ReadPage(bytes, DisplayName(path), out failure) : null;

    /// <summary>The input's bytes (a regular file, at most the page's cap), or null and why not.</summary>
    public static byte[]? ReadBytes(string path, Func<Stream> standardInput, out Diagnostic? failure)
    {
        var display = DisplayName(path);
        failure = null;
        try
        {
            // A file through Core's one reader: a regular file only, nothing over the page's cap read at all.
            return path == "-" ? ReadAll(standardInput())
                : RegularFile.Read(path, ReferralPage.MaxBytes, out failure, tooLarge: size => DiagnosticDescriptors.PageNotText.Create(display, SourceSpan.Start, $"{size} byte, mer än gränsen {ReferralPage.MaxBytes} byte"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = DiagnosticDescriptors.FileUnreadable.Create(display, SourceSpan.Start, e.Message);
            return null;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > ReferralPage.MaxBytes)
            {
                break; // enough to say it is too large, without reading an endless pipe
            }
        }

        return buffer.ToArray();
    }
}
