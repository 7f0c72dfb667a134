using System.IO.Compression;

namespace Remiss.Templates.Archive;

/// <summary>
/// Writes a <see cref="SipPackage"/> as a folder (the folder is the package's root) or as a .zip (whose one root folder
/// is the package's OBJID, CSIPSTR1). Both are written beside the target under a temporary name and moved into place
/// last, so a failed write never leaves half a package where the archive would pick it up.
/// </summary>
public static class SipOutput
{
    /// <summary>True when <paramref name="target"/> names a .zip rather than a folder.</summary>
    public static bool IsZip(string target) => target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="target"/> holds something a write would replace (a file, or a folder that is not empty).</summary>
    public static bool Exists(string target) =>
        File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any());

    /// <summary>The package as a .zip, its entries under the OBJID folder.</summary>
    public static void WriteZip(SipPackage package, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(package);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in package.Entries)
        {
            // PDFs are compressed already; deflating them again costs time and saves nothing.
            var level = entry.Path.EndsWith(".pdf", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            using var target = zip.CreateEntry(package.ObjectId + "/" + entry.Path, level).Open();
            target.Write(entry.Bytes);
        }
    }

    /// <summary>
    /// Writes the package to <paramref name="target"/>: a .zip when it ends in .zip, else a folder. An existing target is
    /// replaced (the caller has refused it unless told to replace it).
    /// </summary>
    public static void Write(SipPackage package, string target)
    {
        ArgumentNullException.ThrowIfNull(package);
        var full = Path.GetFullPath(target);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (IsZip(full))
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                {
                    WriteZip(package, stream);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, full, overwrite: true);
                return;
            }

            foreach (var entry in package.Entries)
            {
                var path = Path.Combine(temporary, entry.Path.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, entry.Bytes);
            }

            if (Directory.Exists(full))
            {
                Directory.Delete(full, recursive: true);
            }

            Directory.Move(temporary, full);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
            else if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }
}
