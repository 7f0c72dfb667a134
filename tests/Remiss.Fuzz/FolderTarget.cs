using System.Diagnostics;
using System.Text;
using Remiss.Core;

namespace Remiss.Fuzz;

/// <summary>
/// The served folder (issue 26): the input is a script of folder operations — files, links in and out, links to
/// <c>/dev/zero</c>, FIFOs, sparse and growing files, renames during a scan, a subfolder made unreadable or replaced by a
/// link — applied to a fresh temporary folder, which is scanned and every listed file loaded as <c>remiss serve</c> and
/// <c>remiss check DIR</c> do (<see cref="RemissFileSearch.Scan"/>, <see cref="FileSystemSource.Within"/>, a workspace).
/// Properties: no exception, no hang, nothing outside the folder read, every listed entry inside, memory bounded.
/// </summary>
public static class FolderTarget
{
    /// <summary>A scan and its loads may take this long before the run is a hang (a FIFO read blocks forever).</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    /// <summary>What one scan and its loads may allocate: far above what the few small files need, far below a sparse file.</summary>
    public const long MaxAllocatedBytes = 96L * 1024 * 1024;

    /// <summary>The mark of the file outside the folder: it must never appear in what the folder's loads give.</summary>
    public const string Secret = "HEMLIG-UTANFOR-MAPPEN";

    // The names the script works on: files at the top, in a subfolder, deeper, hidden, and organisation files.
    private static readonly string[] Names =
    [
        "a.remiss.yaml", "b.remiss.yaml", "sub/c.remiss.yaml", "sub/deep/d.remiss.yaml",
        "organisation.yaml", "sub/organisation.yaml", ".dold/e.remiss.yaml", "sub/f.remiss.yaml",
    ];

    private static readonly Lazy<(string Folder, string File)> Outside = new(MakeOutside);
    private static readonly Lazy<byte[]> Example = new(() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml")));
    private static int _runs;

    /// <summary>One script: pairs of bytes (operation, argument); see <see cref="Apply"/>.</summary>
    public static void Run(byte[] input)
    {
        var root = Path.Combine(Path.GetTempPath(), $"remiss-fuzz-folder-{Environment.ProcessId}", Interlocked.Increment(ref _runs).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        try
        {
            // The index of the last scan, as the server keeps it: later operations change the folder under it, and the
            // loads of its entries (a page's requests) must be safe whatever the names have become.
            var index = new Index();
            var during = new List<Action<CancellationToken>>();
            for (var i = 0; i + 1 < input.Length && i < 64; i += 2)
            {
                Apply(root, input[i], input[i + 1], during, index);
            }

            ScanAndLoad(root, during, index, rescan: false);
            ScanAndLoad(root, during, index, rescan: true);
        }
        finally
        {
            Remove(root);
        }
    }

    /// <summary>
    /// One operation on <paramref name="root"/>; the argument's low three bits name the entry, the rest a second entry or a
    /// size. Operations 7 and 8 run during the next scan.
    /// </summary>
    private static void Apply(string root, byte operation, byte argument, List<Action<CancellationToken>> during, Index index)
    {
        var path = Path.Combine(root, Names[argument & 7]);
        var other = Path.Combine(root, Names[(argument >> 3) & 7]);
        try
        {
            if (ThroughLink(root, path))
            {
                // "sub" is a link (operation 10): writing through it would change the folder outside, which is not the test.
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            switch (operation % 12)
            {
                case 0:
                    Replace(path, p => File.WriteAllBytes(p, path.EndsWith("organisation.yaml", StringComparison.Ordinal) ? "format: organisation/1\nname: Region Fuzz\n"u8.ToArray() : Example.Value));
                    break;
                case 1:
                    Replace(path, p => File.WriteAllBytes(p, Encoding.UTF8.GetBytes($"format: remiss/1\nremiss:\n  title: {argument}\n")));
                    break;
                case 2:
                    Replace(path, p => File.CreateSymbolicLink(p, Path.GetRelativePath(Path.GetDirectoryName(path)!, other)));
                    break;
                case 3:
                    Replace(path, p => File.CreateSymbolicLink(p, Outside.Value.File));
                    break;
                case 4 when !OperatingSystem.IsWindows():
                    Replace(path, p => File.CreateSymbolicLink(p, "/dev/zero"));
                    break;
                case 5 when !OperatingSystem.IsWindows():
                    Replace(path, Fifo);
                    break;
                case 6:
                    Replace(path, p =>
                    {
                        using var sparse = new FileStream(p, FileMode.CreateNew, FileAccess.Write);
                        sparse.SetLength(((argument >> 3) * 64L * 1024 * 1024) + (1024 * 1024) + 1);
                    });
                    break;
                case 7:
                    during.Add(stop => Grow(path, stop));
                    break;
                case 8:
                    during.Add(stop => Swap(path, other, stop));
                    break;
                case 9 when !OperatingSystem.IsWindows():
                    var sub = Path.Combine(root, "sub");
                    Directory.CreateDirectory(sub);
                    File.SetUnixFileMode(sub, (argument & 8) == 0 ? UnixFileMode.None : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                    break;
                case 10:
                    Remove(Path.Combine(root, "sub"));
                    Directory.CreateSymbolicLink(Path.Combine(root, "sub"), (argument & 8) == 0 ? Outside.Value.Folder : ".");
                    break;
                case 11:
                    ScanAndLoad(root, during, index, rescan: true);
                    break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An operation the folder's state does not allow (a name under a FIFO, a folder made unreadable): the script goes on.
        }
    }

    /// <summary>Scans and loads, with the queued operations running meanwhile, on a thread of its own so that a wait is a finding.</summary>
    private static void ScanAndLoad(string root, List<Action<CancellationToken>> during, Index index, bool rescan)
    {
        using var stop = new CancellationTokenSource();
        var helpers = during.Select(action => new Thread(() => Quietly(() => action(stop.Token))) { IsBackground = true }).ToList();
        during.Clear();
        helpers.ForEach(t => t.Start());
        Exception? escaped = null;
        var scan = new Thread(() =>
        {
            try
            {
                Check(root, index, rescan);
            }
            catch (Exception e)
            {
                escaped = e;
            }
        }) { IsBackground = true };
        scan.Start();
        var finished = scan.Join(HangLimit);
        stop.Cancel();
        if (!finished)
        {
            throw new FuzzFinding(FindingKind.Hang, $"the scan and loads of the folder did not end within {HangLimit.TotalSeconds} s");
        }

        // The script's own operations must end when told to: one that waits (as opening a FIFO for writing waits for a
        // reader, which the scan rightly never is) made every run last the limit and left a thread behind per run.
        if (!helpers.All(t => t.Join(HangLimit)))
        {
            throw new FuzzFinding(FindingKind.Hang, $"an operation of the script (a growing file, a rename) did not end within {HangLimit.TotalSeconds} s of the scan");
        }

        if (escaped is not null)
        {
            throw escaped is FuzzFinding ? escaped : new InvalidOperationException($"{escaped.GetType().Name}: {escaped.Message}", escaped);
        }
    }

    /// <summary>The properties, for a scan of <paramref name="root"/> (or the last one's index) and a load of everything listed.</summary>
    private static void Check(string root, Index index, bool rescan)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        if (rescan)
        {
            index.Files = RemissFileSearch.Scan(root).Files;
        }

        var source = FileSystemSource.Within([root]);
        var workspace = new RemissWorkspace(new WorkspaceOptions { Source = new Watched(source) });
        foreach (var file in index.Files)
        {
            var relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                throw new FuzzFinding(FindingKind.OutsideRead, $"{file} is listed but not inside {root}");
            }

            if (source.Read(file, out var failure) is { } bytes && Encoding.UTF8.GetString(bytes).Contains(Secret, StringComparison.Ordinal))
            {
                throw new FuzzFinding(FindingKind.OutsideRead, $"{relative}: the file outside the folder was read");
            }

            if (failure is { Code: "RMS0005" } || failure?.FilePath != file && failure is not null)
            {
                throw new FuzzFinding(FindingKind.Unlocated, $"{relative}: {failure}");
            }

            var loaded = workspace.Load(file);
            foreach (var diagnostic in loaded.AllDiagnostics)
            {
                if (diagnostic.Code == "RMS0005")
                {
                    throw new FuzzFinding(FindingKind.InternalError, $"{relative}: {diagnostic}");
                }

                if (diagnostic.Message.Contains(Secret, StringComparison.Ordinal))
                {
                    throw new FuzzFinding(FindingKind.OutsideRead, $"{relative}: a diagnostic shows the file outside the folder: {diagnostic}");
                }
            }

            if (loaded.File?.Remiss.Title.Contains(Secret, StringComparison.Ordinal) == true)
            {
                throw new FuzzFinding(FindingKind.OutsideRead, $"{relative}: the remiss outside the folder was loaded");
            }
        }

        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (used > MaxAllocatedBytes)
        {
            throw new FuzzFinding(FindingKind.Unbounded, $"one scan of the folder allocated {used / (1024 * 1024)} MiB");
        }
    }

    /// <summary>The last scan's files.</summary>
    private sealed class Index
    {
        public IReadOnlyList<string> Files { get; set; } = [];
    }

    /// <summary>The folder's source, watched: every file the workspace reads (remiss, organisation, registry) is checked for the mark.</summary>
    private sealed class Watched(FileSystemSource inner) : IRemissSource
    {
        public Func<string, ReferencedPathKind, bool>? PathExists => inner.PathExists;

        public string? FindOrganisation(string remissPath) => inner.FindOrganisation(remissPath);

        public byte[]? Read(string path, out Diagnostic? failure)
        {
            var bytes = inner.Read(path, out failure);
            if (bytes is not null && Encoding.UTF8.GetString(bytes).Contains(Secret, StringComparison.Ordinal))
            {
                throw new FuzzFinding(FindingKind.OutsideRead, $"{path}: the workspace read the file outside the folder");
            }

            return bytes;
        }

        public string? Stamp(string path) => inner.Stamp(path);

        public string Canonical(string path) => inner.Canonical(path);
    }

    /// <summary>True when a folder between <paramref name="root"/> and <paramref name="path"/> is a link.</summary>
    private static bool ThroughLink(string root, string path)
    {
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces <paramref name="path"/> by what <paramref name="make"/> makes, in one rename (as an editor or an attacker would).</summary>
    private static void Replace(string path, Action<string> make)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, ".ny-" + Guid.NewGuid().ToString("N"));
        make(temp);
        if (Directory.Exists(path) && !File.Exists(path))
        {
            Remove(path);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Appends to the file until the scan ends, up to 4 MiB: a file growing past the cap while it is read. The name may be a
    /// FIFO by then (operation 5, or a swap); opening it for writing would wait for a reader, and the scan never reads one,
    /// so it is opened without waiting: a FIFO without a reader fails at once (ENXIO) and is not grown.
    /// </summary>
    private static void Grow(string path, CancellationToken stop)
    {
        using var stream = OpenToAppend(path);
        var chunk = new byte[64 * 1024];
        var size = stream.CanSeek ? stream.Length : 0; // a device or a FIFO has no length; its writes are counted
        while (!stop.IsCancellationRequested && size < 4 * 1024 * 1024)
        {
            stream.Write(chunk);
            stream.Flush();
            size += chunk.Length;
        }
    }

    /// <summary>Renames two names back and forth until the scan ends: entries that vanish and reappear under it.</summary>
    private static void Swap(string path, string other, CancellationToken stop)
    {
        var temp = path + ".tmp";
        while (!stop.IsCancellationRequested)
        {
            Quietly(() => File.Move(path, temp, overwrite: true));
            Quietly(() => File.Move(other, path, overwrite: true));
            Quietly(() => File.Move(temp, other, overwrite: true));
        }
    }

    /// <summary>The file opened for appending, created if missing; on Linux with O_NONBLOCK, so that a FIFO never makes it wait.</summary>
    private static FileStream OpenToAppend(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }

        // O_WRONLY | O_CREAT | O_APPEND | O_NONBLOCK | O_CLOEXEC: the same numbers on every Linux architecture.
        var fd = open(Encoding.UTF8.GetBytes(path + "\0"), 0x1 | 0x40 | 0x400 | 0x800 | 0x80000, Convert.ToInt32("644", 8));
        if (fd < 0)
        {
            throw new IOException($"open {path}: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
        }

        return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(fd, ownsHandle: true), FileAccess.Write);
    }

#pragma warning disable SA1300, IDE1006, CA5392, SYSLIB1054 // libc's own name; plain blittable arguments, nothing to generate
    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags, int mode);
#pragma warning restore SA1300, IDE1006, CA5392, SYSLIB1054

    private static void Fifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
    }

    private static void Quietly(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The other side of a race: what the scan must cope with, not the script.
        }
    }

    /// <summary>Removes a folder of the script: unreadable folders made readable first, links removed, not followed.</summary>
    private static void Remove(string path)
    {
        try
        {
            var info = new DirectoryInfo(path);
            if (info.LinkTarget is not null)
            {
                info.Delete();
                return;
            }

            if (!info.Exists)
            {
                return;
            }

            if (!OperatingSystem.IsWindows())
            {
                foreach (var folder in Directory.EnumerateDirectories(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Prepend(path))
                {
                    File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }

                var sub = Path.Combine(path, "sub");
                if (Directory.Exists(sub) && new DirectoryInfo(sub).LinkTarget is null)
                {
                    File.SetUnixFileMode(sub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            info.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the temporary folder's cleaning; the next run has a folder of its own.
        }
    }

    /// <summary>The folder outside, once per process: a remiss file and an organisation file marked <see cref="Secret"/>.</summary>
    private static (string Folder, string File) MakeOutside()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"remiss-fuzz-outside-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        var text = Encoding.UTF8.GetString(Example.Value);
        var title = text.IndexOf("title: ", StringComparison.Ordinal);
        var secret = title < 0 ? "format: remiss/1\nremiss:\n  title: " + Secret + "\n" : text[..(title + 7)] + Secret + " " + text[(title + 7)..];
        var file = Path.Combine(folder, "hemlig.remiss.yaml");
        File.WriteAllText(file, secret);
        File.WriteAllText(Path.Combine(folder, "organisation.yaml"), "format: organisation/1\nname: " + Secret + "\n");
        return (folder, file);
    }
}
