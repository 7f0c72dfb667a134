using System.Text;

namespace Remiss.Cli.Output;

/// <summary>
/// Writes files so that a reader (or Word) sees either the old file or the complete new one, never half:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The prefix of temporary files, so a crash's leftovers are recognisable.</summary>
    public const string TempPrefix = ".remiss-tmp-";

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
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, TempPrefix + Guid.NewGuid().ToString("N"));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            // Same folder, same volume: the rename is atomic. Without overwrite it fails if the target exists.
            File.Move(temp, full, overwrite);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
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
