using System.Text;

namespace Remiss.Cli.Output;

/// <summary>
/// Writes files so that a reader (or Word) sees either the old file or the complete new one, never half:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The prefix of temporary files, so a crash's leftovers are recognisable.</summary>
    public const string TempPrefix = Remiss.Core.RemissFileWriter.TempPrefix;

    /// <summary>The encoding of the text files we write: UTF-8 without a byte order mark, as FORMAT.md allows and editors expect.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte order mark, replacing the file.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8.GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, replacing it.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes), overwrite: true);

    /// <summary>Writes through <paramref name="write"/>; on any failure the target is untouched and the temporary file removed.</summary>
    public static void Write(string path, Action<Stream> write, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        var temp = WriteTemp(Path.GetDirectoryName(full)!, write);
        try
        {
            // Same folder, same volume: the rename is atomic. Without overwrite it fails if the target exists.
            File.Move(temp, full, overwrite);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Writes a new temporary file in <paramref name="directory"/> (created when missing), flushed to
    /// disk, and returns its path; the caller renames it into place with <see cref="Replace"/>. While it
    /// is written it is open exclusively, which is how <see cref="RemoveStale"/> tells it from a leftover.
    /// </summary>
    public static string WriteTemp(string directory, Action<Stream> write)
    {
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, TempPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return temp;
    }

    /// <summary>Renames a file from <see cref="WriteTemp"/> over <paramref name="target"/> in one step.</summary>
    public static void Replace(string temp, string target) => File.Move(temp, target, overwrite: true);

    /// <summary>
    /// Removes the temporary files a killed run left in <paramref name="directory"/>; returns how many.
    /// One still being written is open exclusively and is skipped. Render writes its temporary files only
    /// while it holds the folder's <see cref="OutputFolderLock"/>, so a caller holding that lock removes
    /// none of a live render's.
    /// </summary>
    public static int RemoveStale(string directory)
    {
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(directory, TempPrefix + "*"))
        {
            try
            {
                // Opening exclusively fails while a writer has it open; holding it, the delete cannot race one.
                using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    File.Delete(path);
                }

                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use, or not ours to remove: leave it.
            }
        }

        return removed;
    }

    /// <summary>Deletes a file if it can; a leftover is harmless and removed by the next <see cref="RemoveStale"/>.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort; the original failure is what the user needs to see.
        }
    }
}
