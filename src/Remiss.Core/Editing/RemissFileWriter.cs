using System.Text;

namespace Remiss.Core;

/// <summary>What <see cref="RemissFileWriter.Replace"/> did: whether the file was replaced, and why not.</summary>
public sealed record WriteResult(bool Written, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error; then the file on disk is as it was.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Replaces a remiss file on disk in one step, so an editor, Word or a sync client sees either the old
/// file or the whole new one: the bytes go to a temporary file in the same folder, flushed to disk, which
/// is then renamed over the file. Refuses when the file is no longer the one that was read.
/// </summary>
public static class RemissFileWriter
{
    /// <summary>The prefix of temporary files, so a crash's leftovers are recognisable (the CLI removes them).</summary>
    public const string TempPrefix = ".remiss-tmp-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="newText"/> to <paramref name="path"/> when the file still holds exactly
    /// <paramref name="expectedOldBytes"/>. The new file gets the old one's line breaks (a CR LF file stays
    /// CR LF even when <paramref name="newText"/> has LF), its byte order mark or none, and, where the
    /// platform allows, its permissions. Never throws.
    /// </summary>
    public static WriteResult Replace(string path, string newText, byte[] expectedOldBytes)
    {
        try
        {
            // A file larger than the one it was read as has changed since.
            var expectedLength = expectedOldBytes?.Length ?? 0;
            var current = RegularFile.Read(path, expectedLength, out var unreadable,
                tooLarge: _ => DiagnosticDescriptors.FileChangedOnDisk.Create(path, SourceSpan.Start));
            if (current is null)
            {
                return Fail(unreadable!);
            }

            if (!current.SequenceEqual(expectedOldBytes ?? Array.Empty<byte>()))
            {
                return Fail(DiagnosticDescriptors.FileChangedOnDisk.Create(path, SourceSpan.Start));
            }

            var bytes = Encode(newText ?? string.Empty, expectedOldBytes!);
            var full = Path.GetFullPath(path);
            var temp = Path.Combine(Path.GetDirectoryName(full)!, TempPrefix + Guid.NewGuid().ToString("N"));
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    stream.Write(bytes, 0, bytes.Length);
                    stream.Flush(flushToDisk: true);
                }

                KeepPermissions(full, temp);
                // Same folder, same volume: the rename is atomic. On Windows, File.Replace also keeps the
                // file's attributes and access rules; elsewhere it is rename(2).
                File.Replace(temp, full, destinationBackupFileName: null);
            }
            catch
            {
                TryDelete(temp);
                throw;
            }

            return new WriteResult(true, EquatableArray<Diagnostic>.Empty);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Fail(DiagnosticDescriptors.FileWriteFailed.Create(path, SourceSpan.Start, ex.Message));
        }
        catch (Exception ex)
        {
            return Fail(DiagnosticDescriptors.InternalError.Create(path, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>
    /// The bytes of <paramref name="text"/> as the old file was written: UTF-8, a byte order mark when it had
    /// one, and its line break when it used one kind throughout (a file that mixes them gets the text as it is).
    /// </summary>
    internal static byte[] Encode(string text, byte[] oldBytes)
    {
        var hadBom = oldBytes.Length >= 3 && oldBytes[0] == 0xEF && oldBytes[1] == 0xBB && oldBytes[2] == 0xBF;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var old = Utf8.GetString(oldBytes);
        var crlf = CountOf(old, "\r\n");
        var lf = CountOf(old, "\n") - crlf;
        if (crlf > 0 && lf == 0)
        {
            text = text.Replace("\r\n", "\n").Replace("\n", "\r\n");
        }
        else if (lf > 0 && crlf == 0)
        {
            text = text.Replace("\r\n", "\n");
        }

        var body = Utf8.GetBytes(text);
        if (!hadBom)
        {
            return body;
        }

        var bytes = new byte[body.Length + 3];
        bytes[0] = 0xEF;
        bytes[1] = 0xBB;
        bytes[2] = 0xBF;
        Buffer.BlockCopy(body, 0, bytes, 3, body.Length);
        return bytes;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static void KeepPermissions(string original, string temp)
    {
#if NET
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, File.GetUnixFileMode(original));
        }
#endif
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort; the CLI removes leftovers with this prefix, and the original failure is what matters.
        }
    }

    private static WriteResult Fail(Diagnostic diagnostic) => new(false, EquatableArray.Create(diagnostic));
}
