#if NET6_0_OR_GREATER
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Remiss.Core;

/// <summary>
/// <see cref="RegularFile"/>'s opening on Linux, through libc: names are opened one at a time from the folder with
/// <c>openat(O_NOFOLLOW)</c>, never blocking (<c>O_NONBLOCK</c>: a FIFO opens at once instead of waiting for a writer), and
/// the opened handle's kind is asked of the handle itself (<c>statx(AT_EMPTY_PATH)</c>), so what is read is what was
/// checked, whatever is renamed or replaced meanwhile.
/// </summary>
internal static class LinuxFiles
{
    // Open flags: the same on every Linux architecture but for O_DIRECTORY and O_NOFOLLOW, which ARM and PowerPC number
    // differently from the generic ones (asm-generic/fcntl.h against arch/arm*/include/uapi/asm/fcntl.h).
    private const int OpenReadOnly = 0;
    private const int OpenNonBlocking = 0x800;
    private const int OpenCloseOnExec = 0x80000;
    private const int NoSuchFile = 2; // ENOENT
    private const int NotADirectory = 20; // ENOTDIR
    private const int TooManyLinks = 40; // ELOOP: the name is a link and O_NOFOLLOW was given
    private const int NoSuchDevice = 6; // ENXIO: a socket (or a FIFO opened for writing)
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ModeOffset = 28; // struct statx: stx_mode (u16), the same on every architecture
    private const int StatxBytes = 256;

    private static readonly (int Directory, int NoFollow)? Flags = RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 or Architecture.S390x or Architecture.RiscV64 or Architecture.LoongArch64 => (0x10000, 0x20000),
        Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 or Architecture.Ppc64le => (0x4000, 0x8000),
        _ => null,
    };

    private static bool? _statx;

    /// <summary>True on Linux on an architecture whose flags are known (else <see cref="RegularFile"/> checks before it opens).</summary>
    public static bool IsSupported => OperatingSystem.IsLinux() && Flags is not null && _statx != false;

    /// <summary>A path the user named, followed as named but opened without blocking and checked on the handle.</summary>
    public static SafeFileHandle? Open(string path, out Diagnostic? failure)
    {
        failure = null;
        var fd = open(Name(path), OpenReadOnly | OpenNonBlocking | OpenCloseOnExec);
        if (fd < 0)
        {
            failure = Refusal(path, Marshal.GetLastPInvokeError(), null);
            return null;
        }

        return Regular(new SafeFileHandle(fd, ownsHandle: true), path, out failure);
    }

    /// <summary>
    /// A file of the folder: <paramref name="parts"/> opened one name at a time from <paramref name="root"/>, following no
    /// link; a final name that is a link is followed only when the folder's rule allows (<see cref="FolderLinks"/>), and its
    /// target is then opened the same way.
    /// </summary>
    public static SafeFileHandle? OpenInside(string path, string root, string[] parts, out Diagnostic? failure)
    {
        var handle = OpenBelow(root, parts, out var errno);
        if (handle is null && errno == TooManyLinks && FolderLinks.TargetInside(root, Path.Combine(root, Path.Combine(parts))) is { } target
            && FolderLinks.Below(root, target) is { } targetParts)
        {
            handle = OpenBelow(root, targetParts, out errno);
        }

        if (handle is null)
        {
            failure = Refusal(path, errno, root);
            return null;
        }

        return Regular(handle, path, out failure);
    }

    /// <summary>Opens the folder (followed: the user named it), then each name below it without following a link.</summary>
    private static SafeFileHandle? OpenBelow(string root, string[] parts, out int errno)
    {
        var (directoryFlag, noFollow) = Flags!.Value;
        var current = open(Name(root), OpenReadOnly | directoryFlag | OpenCloseOnExec);
        if (current < 0)
        {
            errno = Marshal.GetLastPInvokeError();
            return null;
        }

        var folder = new SafeFileHandle(current, ownsHandle: true);
        try
        {
            for (var i = 0; i < parts.Length; i++)
            {
                var last = i == parts.Length - 1;
                var flags = OpenReadOnly | noFollow | OpenCloseOnExec | (last ? OpenNonBlocking : directoryFlag);
                var next = openat(current, Name(parts[i]), flags);
                if (next < 0)
                {
                    // ENOTDIR for a folder on the way: it is a link to a folder (O_DIRECTORY|O_NOFOLLOW) or a file.
                    errno = Marshal.GetLastPInvokeError();
                    if (!last && errno == TooManyLinks)
                    {
                        errno = NotADirectory;
                    }

                    return null;
                }

                folder.Dispose();
                folder = new SafeFileHandle(next, ownsHandle: true);
                current = next;
            }

            errno = 0;
            var file = folder;
            folder = null!;
            return file;
        }
        finally
        {
            folder?.Dispose();
        }
    }

    /// <summary>The handle when it is a regular file; else it is closed and null with RMS0180.</summary>
    private static SafeFileHandle? Regular(SafeFileHandle handle, string path, out Diagnostic? failure)
    {
        failure = null;
        var kind = KindOf(handle);
        if (kind == FileKind.Regular)
        {
            return handle;
        }

        handle.Dispose();
        failure = DiagnosticDescriptors.NotRegularFile.Create(path, SourceSpan.Start, RegularFile.KindName(kind));
        return null;
    }

    /// <summary>The kind of the opened file, from the handle itself.</summary>
    private static FileKind KindOf(SafeFileHandle handle)
    {
        var buffer = new byte[StatxBytes];
        int result;
        try
        {
            result = statx((int)handle.DangerousGetHandle(), [0], AtEmptyPath, StatxType | StatxSize, buffer);
            _statx = true;
        }
        catch (EntryPointNotFoundException)
        {
            // A libc older than 2.28: RegularFile checks before opening from now on.
            _statx = false;
            throw new IOException("statx saknas i systemets libc");
        }

        if (result != 0)
        {
            throw new IOException($"statx misslyckades (errno {Marshal.GetLastPInvokeError()})");
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.Link,
            _ => FileKind.Other,
        };
    }

    private static Diagnostic Refusal(string path, int errno, string? root) => errno switch
    {
        TooManyLinks or NotADirectory when root is not null => DiagnosticDescriptors.LinkOutOfFolder.Create(path, SourceSpan.Start, root),
        NoSuchDevice => DiagnosticDescriptors.NotRegularFile.Create(path, SourceSpan.Start, RegularFile.KindName(FileKind.Socket)),
        NoSuchFile => DiagnosticDescriptors.FileUnreadable.Create(path, SourceSpan.Start, "filen finns inte"),
        _ => DiagnosticDescriptors.FileUnreadable.Create(path, SourceSpan.Start, Describe(errno)),
    };

    private static string Describe(int errno) => errno switch
    {
        13 => "behörighet saknas",
        21 => "det är en mapp",
        _ => $"fel {errno} från systemet",
    };

    /// <summary>A path as libc takes it: UTF-8, ending in a zero byte.</summary>
    private static byte[] Name(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
        return bytes;
    }

#pragma warning disable SA1300, IDE1006, CA5392, SYSLIB1054 // libc's own names; plain blittable arguments, nothing to generate
    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int openat(int directory, byte[] path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
#pragma warning restore SA1300, IDE1006, CA5392, SYSLIB1054
}
#endif
