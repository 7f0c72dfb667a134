using System.Diagnostics;

namespace Remiss.Templates;

/// <summary>Turns .docx files into tagged PDF/UA with LibreOffice headless.</summary>
public static class PdfExport
{
    /// <summary>The Debian/Ubuntu package that provides <c>soffice</c> without a GUI.</summary>
    public const string LibreOfficePackage = "libreoffice-writer-nogui";

    /// <summary>
    /// LibreOffice's writer_pdf_Export with tagged PDF and PDF/UA (JSON filter options, LibreOffice 7.4 and later);
    /// PDF/UA also makes it write the document title and language from the .docx.
    /// </summary>
    internal const string Filter = "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"},\"PDFUACompliance\":{\"type\":\"boolean\",\"value\":\"true\"}}";

    /// <summary>How long one LibreOffice call may take for a batch (its first start alone takes several seconds).</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Converts every file in one LibreOffice call, writing <c>name.pdf</c> beside each name into
    /// <paramref name="outputDirectory"/>.
    /// </summary>
    /// <exception cref="RenderException">LibreOffice is not installed (the message names the package) or the conversion failed.</exception>
    public static void ConvertDocxToPdf(IReadOnlyList<string> docxPaths, string outputDirectory) =>
        Convert(docxPaths, outputDirectory, FindSoffice());

    /// <summary>The conversion with an explicit LibreOffice executable (null: not installed).</summary>
    internal static void Convert(IReadOnlyList<string> docxPaths, string outputDirectory, string? soffice)
    {
        ArgumentNullException.ThrowIfNull(docxPaths);
        if (docxPaths.Count == 0)
        {
            return;
        }

        if (soffice is null)
        {
            throw new RenderException(
            $"PDF kräver LibreOffice, som inte är installerat: installera det (Debian/Ubuntu: apt-get install {LibreOfficePackage}) eller lägg 'soffice' i PATH, eller skapa .docx och spara som PDF själv.");
        }

        foreach (var path in docxPaths)
        {
            if (!File.Exists(path))
            {
                throw new RenderException($"{path}: error: .docx-filen som ska bli PDF finns inte.");
            }
        }

        Directory.CreateDirectory(outputDirectory);

        // A private profile: a user's running LibreOffice (or a parallel conversion) would otherwise take the call over.
        var profile = TempFolders.NewPath("remiss-lo-");
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("-env:UserInstallation=" + new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri);
            start.ArgumentList.Add("--headless");
            start.ArgumentList.Add("--norestore");
            start.ArgumentList.Add("--convert-to");
            start.ArgumentList.Add(Filter);
            start.ArgumentList.Add("--outdir");
            start.ArgumentList.Add(Path.GetFullPath(outputDirectory));
            foreach (var path in docxPaths)
            {
                start.ArgumentList.Add(Path.GetFullPath(path));
            }

            using var process = Start(start, soffice);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new RenderException($"LibreOffice blev inte klart med {docxPaths.Count} fil(er) inom {Timeout.TotalSeconds:0} s och stoppades. Försök igen med färre filer åt gången.");
            }

            process.WaitForExit();
            var missing = docxPaths
                .Select(p => Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(p) + ".pdf"))
                .Where(p => !File.Exists(p))
                .ToList();
            if (process.ExitCode != 0 || missing.Count > 0)
            {
                throw new RenderException(
                    $"LibreOffice kunde inte skapa PDF (slutkod {process.ExitCode}); saknas: {string.Join(", ", missing)}. LibreOffice skrev: {(stderr.Result + stdout.Result).Trim()}");
            }
        }
        finally
        {
            TryDelete(profile);
        }
    }

    private static Process Start(ProcessStartInfo start, string soffice)
    {
        try
        {
            return Process.Start(start) ?? throw new RenderException($"LibreOffice ({soffice}) kunde inte startas; kontrollera installationen (apt-get install {LibreOfficePackage}).");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new RenderException($"LibreOffice ({soffice}) kunde inte startas ({ex.Message}); kontrollera att det är fullständigt installerat (apt-get install {LibreOfficePackage}).", ex);
        }
    }

    /// <summary>True when LibreOffice can be found.</summary>
    public static bool IsAvailable => FindSoffice() is not null;

    private static string? FindSoffice()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        string[] names = OperatingSystem.IsWindows() ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        string[] known = OperatingSystem.IsWindows()
            ? [@"C:\Program Files\LibreOffice\program\soffice.exe"]
            : ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"];
        return known.FirstOrDefault(File.Exists);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary profile is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
