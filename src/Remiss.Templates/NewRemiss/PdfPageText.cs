using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// A missive PDF's text through poppler's <c>pdftotext</c> (the tool the project already uses to read PDFs),
/// in reading order. Not a library: no PDF text extractor is in the packages we may use, and pdftotext is
/// what Debian, Homebrew and Windows builds of poppler all ship.
/// </summary>
internal static class PdfPageText
{
    /// <summary>The program run; found on PATH.</summary>
    public const string Program = "pdftotext";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>True for the bytes of a PDF file (<c>%PDF-</c> at the start, as every reader checks).</summary>
    public static bool Looks(byte[] bytes) =>
        bytes.Length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';

    /// <summary>The PDF's text, or null and the error that says why not (pdftotext missing, a broken or scanned PDF).</summary>
    public static string? Text(byte[] pdf, string displayPath, out Diagnostic? failure)
    {
        failure = null;
        // A folder of ours, named so that the next run removes it if this one is killed (TempFolders).
        var folder = TempFolders.NewPath("remiss-missiv-");
        var temp = Path.Combine(folder, "missiv.pdf");
        try
        {
            // Bytes, not the user's path: standard input works the same, and no path is ever parsed as an option.
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temp, pdf);
            var start = new ProcessStartInfo(Program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var argument in new[] { "-enc", "UTF-8", "-q", temp, "-" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                failure = Fail(displayPath, $"{Program} blev inte klar på {Limit.TotalSeconds:0} sekunder. Öppna PDF-filen, kopiera texten och kör 'remiss new --from -' med texten på standard in.");
                return null;
            }

            if (process.ExitCode != 0)
            {
                var why = FirstLine(error.Result);
                failure = Fail(displayPath, $"{Program} avslutades med kod {process.ExitCode}{(why.Length > 0 ? $" ({why})" : string.Empty)}. Filen är kanske skadad eller lösenordsskyddad; spara missivet på nytt från regeringen.se.");
                return null;
            }

            var text = output.Result;
            if (text.Trim().Length == 0)
            {
                failure = Fail(displayPath, "PDF-filen innehåller ingen text (den är troligen inskannad). Spara remissens sida på regeringen.se som text eller HTML i stället, eller skriv in värdena själv.");
                return null;
            }

            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = Fail(displayPath, $"PDF-filen kunde inte läggas i den tillfälliga mappen {Path.GetTempPath()} ({e.Message}). Kontrollera att mappen går att skriva i, eller spara remissens sida som text eller HTML.");
            return null;
        }
        catch (Win32Exception)
        {
            failure = Fail(displayPath, $"programmet {Program} finns inte. Installera poppler-utils (Debian/Ubuntu: 'sudo apt-get install poppler-utils', macOS: 'brew install poppler', Windows: poppler för Windows i PATH), eller spara remissens sida som text eller HTML.");
            return null;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder left behind is harmless (the next run removes it); the result is what matters.
            }
        }
    }

    private static Diagnostic Fail(string path, string why) => DiagnosticDescriptors.PagePdfUnreadable.Create(path, SourceSpan.Start, why);

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? string.Empty;
}
