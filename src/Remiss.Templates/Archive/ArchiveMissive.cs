using Remiss.Core;

namespace Remiss.Templates.Archive;

/// <summary>
/// The missive a remiss file names (<c>remiss.missive</c>), read for the package from beside the remiss file. Only a
/// file on the officer's own disk: the API never turns a request's text into a path on the server.
/// </summary>
public static class ArchiveMissive
{
    /// <summary>
    /// The missive of <paramref name="file"/> (loaded from <paramref name="remissPath"/>) as the package keeps it; null
    /// when the file names none. A named file that is missing or not a PDF is a <see cref="DiagnosticDescriptors.ArchiveMissiveMissing"/>
    /// at <c>remiss.missive</c> in <paramref name="problem"/>.
    /// </summary>
    public static ArchiveFile? Read(RemissFile file, string remissPath, SourceMap? sources, out Diagnostic? problem)
    {
        ArgumentNullException.ThrowIfNull(file);
        problem = null;
        if (file.Remiss.Missive is not { } named)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(remissPath))!;
        var path = Path.GetFullPath(Path.Combine(folder, named));
        var info = new FileInfo(path);
        var missing = !info.Exists || info.LinkTarget is not null ? "finns inte" : null;
        var bytes = missing is null ? File.ReadAllBytes(path) : [];
        var reason = missing ?? (PdfFormat.Version(bytes) is null ? "är ingen PDF-fil" : null);
        if (reason is not null)
        {
            problem = DiagnosticDescriptors.ArchiveMissiveMissing.Create(remissPath, sources?["remiss.missive"] ?? SourceSpan.Start, named, reason);
            return null;
        }

        return SipPackage.Missive(file, Path.GetFileName(path), bytes);
    }
}
