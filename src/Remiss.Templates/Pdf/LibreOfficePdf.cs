namespace Remiss.Templates.Pdf;

/// <summary>
/// The LibreOffice engine (<see cref="Core.PdfEngine.LibreOffice"/>): the .docx files written to a private temporary
/// folder, converted in one LibreOffice call (<see cref="PdfExport"/>), read back, and the folder removed.
/// </summary>
internal static class LibreOfficePdf
{
    /// <summary>The PDF of each .docx, in order.</summary>
    /// <exception cref="RenderException">LibreOffice is missing, failed, or made no PDF of one of them.</exception>
    public static IReadOnlyList<byte[]> Convert(IReadOnlyList<byte[]> docx)
    {
        if (docx.Count == 0)
        {
            return [];
        }

        // Our own names in a folder of our own: nothing from a request or a remiss file becomes a path.
        var work = TempFolders.NewPath("remiss-pdf-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(work, "in")).FullName;
            var output = Path.Combine(work, "out");
            var paths = new List<string>(docx.Count);
            for (var i = 0; i < docx.Count; i++)
            {
                var path = Path.Combine(input, "document-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".docx");
                File.WriteAllBytes(path, docx[i]);
                paths.Add(path);
            }

            PdfExport.ConvertDocxToPdf(paths, output);
            return paths.Select(p => File.ReadAllBytes(Path.Combine(output, Path.GetFileNameWithoutExtension(p) + ".pdf"))).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RenderException($"PDF:en kunde inte skapas med LibreOffice: {e.Message}. Kontrollera att den tillfälliga mappen {Path.GetTempPath()} går att skriva i.", e);
        }
        finally
        {
            try
            {
                if (Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover in the temporary folder is harmless.
            }
        }
    }
}
