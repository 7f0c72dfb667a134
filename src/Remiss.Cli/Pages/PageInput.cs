using Remiss.Core;

namespace Remiss.Cli.Pages;

/// <summary>What a page was read from and as.</summary>
/// <param name="DisplayPath">The path as the user gave it, or <c>stdin</c>; diagnostics name it.</param>
/// <param name="Format">How it was read: text, Markdown, HTML or PDF.</param>
/// <param name="Lines">The page's lines with their place in the input.</param>
internal sealed record PageSource(string DisplayPath, string Format, IReadOnlyList<PageLine> Lines);

/// <summary>
/// Reads the input of <c>remiss new --from</c>: a file or standard input (<c>-</c>), as PDF (by its bytes),
/// HTML (by name or by its first tag) or text and Markdown. Fails with a located diagnostic, never an exception.
/// </summary>
internal static class PageInput
{
    /// <summary>The name diagnostics give standard input.</summary>
    public const string StandardInputName = "stdin";

    public static PageSource? Read(string path, Func<Stream> standardInput, out Diagnostic? failure)
    {
        var display = path == "-" ? StandardInputName : path;
        failure = null;
        byte[] bytes;
        try
        {
            // A file through Core's one reader: a regular file only, nothing over the page's cap read at all.
            var read = path == "-" ? ReadAll(standardInput())
                : RegularFile.Read(path, ReferralPage.MaxBytes, out failure, tooLarge: size => DiagnosticDescriptors.PageNotText.Create(display, SourceSpan.Start, $"{size} byte, mer än gränsen {ReferralPage.MaxBytes} byte"));
            if (read is null)
            {
                return null;
            }

            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failure = DiagnosticDescriptors.FileUnreadable.Create(display, SourceSpan.Start, e.Message);
            return null;
        }

        if (bytes.Length > ReferralPage.MaxBytes)
        {
            failure = DiagnosticDescriptors.PageNotText.Create(display, SourceSpan.Start, $"{bytes.Length} byte, mer än gränsen {ReferralPage.MaxBytes} byte");
            return null;
        }

        if (PdfPageText.Looks(bytes))
        {
            var pdfText = PdfPageText.Text(bytes, display, out failure);
            return pdfText is null ? null : new PageSource(display, "PDF", PageLine.Split(pdfText));
        }

        var text = ReferralPage.DecodeText(bytes, display, out failure);
        if (text is null)
        {
            return null;
        }

        if (HtmlPageText.Looks(path, text))
        {
            return new PageSource(display, "HTML", HtmlPageText.Lines(text));
        }

        var extension = Path.GetExtension(path);
        var markdown = extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase);
        return new PageSource(display, markdown ? "Markdown" : "text", PageLine.Split(text));
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
