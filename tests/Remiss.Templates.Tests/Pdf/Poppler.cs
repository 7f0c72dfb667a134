using System.Diagnostics;
using System.Text;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>The poppler tools (pdftotext, pdfinfo, pdffonts, pdftoppm) run on a PDF file: what a reader's tools see in it (<see cref="Run"/> runs any tool: qpdf, node).</summary>
internal static class Poppler
{
    /// <summary>The text of a PDF as pdftotext extracts it (pages separated by form feeds).</summary>
    public static string Text(string pdf) => Run("pdftotext", "-enc", "UTF-8", pdf, "-");

    /// <summary>The text of a PDF's pages, one string each.</summary>
    public static IReadOnlyList<string> Pages(string pdf) => Text(pdf).Split('\f').Where(p => p.Trim().Length > 0).ToList();

    public static string Info(string pdf) => Run("pdfinfo", "-enc", "UTF-8", pdf);

    public static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{tool} is needed for the PDF tests: apt-get install poppler-utils qpdf nodejs (test.sh installs them).", ex);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{tool} failed: {error.Result}");
            return output;
        }
    }
}
