namespace Remiss.Core;

/// <summary>
/// The one way the toolkit reads a file of the user's from disk (remiss, organisation and registry files, templates,
/// reference and pulled .docx files), in every host. Never throws: a file that is not read is a located diagnostic.
/// </summary>
/// <remarks>
/// <para>Only regular files are read: a FIFO, a device, a socket or a folder is refused without blocking (a FIFO is
/// opened without waiting for a writer), so no file can make a reader wait or read without end.</para>
/// <para>The size is taken from the opened handle before anything is read, and at most <c>maxBytes</c> bytes are read
/// whatever the file claims or becomes (a sparse file, <c>/dev/zero</c>, a file growing during the read).</para>
/// <para>Inside a <c>folder</c> (the served folder, a folder given to <c>remiss check</c>), the folder's link rule
/// (<see cref="FolderLinks"/>) holds for the read itself, not only for the listing: on Linux the file is opened from the
/// folder one name at a time without following any link (<c>openat</c> with <c>O_NOFOLLOW</c>), so a name replaced by a
/// link after the listing opens nothing outside. A path outside any folder is what the user named (a file on the command
/// line, an organisation file above the folder) and is followed as named.</para>
/// </remarks>
public static class RegularFile
{
    /// <summary>
    /// The bytes of the regular file at <paramref name="path"/>, at most <paramref name="maxBytes"/>; or null and the diagnostic
    /// that says why not (<c>RMS0180</c> not a regular file, <c>RMS0181</c> a link out of the folder, <c>RMS0003</c> (or
    /// <paramref name="tooLarge"/>'s) too large, <c>RMS0007</c> unreadable).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">Larger files are refused before reading.</param>
    /// <param name="failure">Why the file was not read, at its start.</param>
    /// <param name="folder">The folder whose file it is, or null for a path the user named.</param>
    /// <param name="tooLarge">The diagnostic for a file over the cap, given its size; null: <c>RMS0003</c>.</param>
    public static byte[]? Read(string path, int maxBytes, out Diagnostic? failure, string? folder = null, Func<long, Diagnostic>? tooLarge = null)
    {
        failure = null;
        try
        {
#if !NET6_0_OR_GREATER
            return Legacy(path, maxBytes, folder, out failure, tooLarge);
#else
            var opened = Open(path, folder, out failure);
            if (opened is null)
            {
                return null;
            }

            using var handle = opened;
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                failure = TooLarge(path, length, maxBytes, tooLarge);
                return null;
            }

            var bytes = ReadAtMost(handle, (int)length, maxBytes);
            if (bytes is null)
            {
                // It grew past the cap while it was read.
                failure = TooLarge(path, (long)maxBytes + 1, maxBytes, tooLarge);
            }

            return bytes;
#endif
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            failure = DiagnosticDescriptors.FileUnreadable.Create(path, SourceSpan.Start, ex.Message);
            return null;
        }
    }

#if !NET6_0_OR_GREATER
    /// <summary>
    /// netstandard2.0 (the source generator, which is handed its files by the compiler and reads none itself): the size and
    /// kind checked before reading, at most the cap read; links inside a folder are not followed.
    /// </summary>
    private static byte[]? Legacy(string path, int maxBytes, string? folder, out Diagnostic? failure, Func<long, Diagnostic>? tooLarge)
    {
        failure = null;
        var full = Path.GetFullPath(path);
        if (folder is not null && FolderLinks.Below(FolderLinks.Root(folder), full) is { } parts
            && (FolderLinks.IsLink(new FileInfo(full)) || FolderLinks.DirectoryLinkOnTheWay(FolderLinks.Root(folder), parts)))
        {
            failure = DiagnosticDescriptors.LinkOutOfFolder.Create(path, SourceSpan.Start, FolderLinks.Root(folder));
            return null;
        }

        var info = new FileInfo(full);
        if (info.Length > maxBytes)
        {
            failure = TooLarge(path, info.Length, maxBytes, tooLarge);
            return null;
        }

        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[maxBytes + 1];
        var count = 0;
        int read;
        while (count < buffer.Length && (read = stream.Read(buffer, count, buffer.Length - count)) > 0)
        {
            count += read;
        }

        if (count > maxBytes)
        {
            failure = TooLarge(path, count, maxBytes, tooLarge);
            return null;
        }

        Array.Resize(ref buffer, count);
        return buffer;
    }
#else
    /// <summary>The file opened for reading, or null and why not.</summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle? Open(string path, string? folder, out Diagnostic? failure)
    {
        failure = null;
        var full = Path.GetFullPath(path);
        string? root = null;
        string[]? parts = null;
        if (folder is not null)
        {
            root = FolderLinks.Root(folder);
            parts = FolderLinks.Below(root, full);
        }

#if NET6_0_OR_GREATER
        if (LinuxFiles.IsSupported)
        {
            return parts is null ? LinuxFiles.Open(path, out failure) : LinuxFiles.OpenInside(path, root!, parts, out failure);
        }
#endif

        return PortableOpen(path, full, root, parts, out failure);
    }

    /// <summary>
    /// Elsewhere (Windows, macOS): the entry's kind and links are checked before it is opened. Windows has no FIFOs or
    /// devices among a folder's files; on macOS a FIFO swapped in between the check and the open can still make the open
    /// wait, which is why Linux, where servers run, opens without following and checks the handle.
    /// </summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle? PortableOpen(string path, string full, string? root, string[]? parts, out Diagnostic? failure)
    {
        failure = null;
        var target = full;
        if (parts is not null)
        {
            if (FolderLinks.DirectoryLinkOnTheWay(root!, parts))
            {
                failure = DiagnosticDescriptors.LinkOutOfFolder.Create(path, SourceSpan.Start, root);
                return null;
            }

            if (FolderLinks.IsLink(new FileInfo(full)))
            {
                if (FolderLinks.TargetInside(root!, full) is not { } inside)
                {
                    failure = DiagnosticDescriptors.LinkOutOfFolder.Create(path, SourceSpan.Start, root);
                    return null;
                }

                target = inside;
            }
        }

        var info = new FileInfo(target);
        if (Directory.Exists(target))
        {
            failure = DiagnosticDescriptors.NotRegularFile.Create(path, SourceSpan.Start, KindName(FileKind.Directory));
            return null;
        }

        if (!info.Exists)
        {
            failure = DiagnosticDescriptors.FileUnreadable.Create(path, SourceSpan.Start, "filen finns inte");
            return null;
        }

        return File.OpenHandle(target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }

    /// <summary>Reads up to <paramref name="maxBytes"/> bytes (expecting <paramref name="expected"/>); null when there are more.</summary>
    private static byte[]? ReadAtMost(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int expected, int maxBytes)
    {
        // One byte more than expected tells a file that grew since its size was taken from one that did not.
        var buffer = new byte[Math.Min(expected, maxBytes) + 1];
        var count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min((long)maxBytes + 1, Math.Max(4096L, buffer.Length * 2L)));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(count), count);
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        if (count == buffer.Length)
        {
            return buffer;
        }

        Array.Resize(ref buffer, count);
        return buffer;
    }

#endif

    private static Diagnostic TooLarge(string path, long size, int maxBytes, Func<long, Diagnostic>? tooLarge) =>
        tooLarge?.Invoke(size) ?? DiagnosticDescriptors.FileTooLarge.Create(path, SourceSpan.Start, size, maxBytes);

    /// <summary>How RMS0180 names what the entry is instead of a regular file.</summary>
    internal static string KindName(FileKind kind) => kind switch
    {
        FileKind.Directory => "en mapp",
        FileKind.Fifo => "en namngiven pipe (FIFO)",
        FileKind.CharacterDevice or FileKind.BlockDevice => "en enhetsfil",
        FileKind.Socket => "en socket",
        _ => "något annat än en fil",
    };
}

/// <summary>What an entry of a folder is.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Link,
    Other,
}
