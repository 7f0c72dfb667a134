namespace Remiss.Cli.Output;

/// <summary>
/// The exclusive lock of an output folder (<c>.remiss-render.lock</c>): every <c>remiss render</c>
/// holds it while it reads, changes and writes the folder's record and renames its outputs into place,
/// so parallel renders into one folder (a shared network folder, a CI matrix) each see the others'
/// entries. It is an operating-system lock on an open file (on Unix an <c>flock</c>, on Windows a share
/// lock), so a killed process never leaves it held. The file itself stays: deleting a lock file races
/// whoever opens it next.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    /// <summary>The lock file's name inside the output folder.</summary>
    public const string FileName = ".remiss-render.lock";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    private readonly FileStream _stream;

    private OutputFolderLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Takes the lock of <paramref name="directory"/> (created when missing), waiting while another run
    /// holds it; <paramref name="waiting"/> is called once if it has to wait.
    /// </summary>
    /// <exception cref="IOException">The lock was not free within <paramref name="timeout"/>, or the folder cannot be written.</exception>
    public static OutputFolderLock Acquire(string directory, TimeSpan timeout, Action? waiting = null)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var deadline = DateTime.UtcNow + timeout;
        var told = false;
        while (true)
        {
            try
            {
                return new OutputFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (IsHeldElsewhere(e) && DateTime.UtcNow < deadline)
            {
                // Held by another run; renders hold it for milliseconds (the PDF conversion runs outside it).
                if (!told)
                {
                    waiting?.Invoke();
                    told = true;
                }

                Thread.Sleep(Poll);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                throw new IOException($"{path} är låst av en annan 'remiss render' sedan mer än {timeout.TotalSeconds:0} sekunder ({e.Message})", e);
            }
        }
    }

    // Held by another process: on Windows a sharing or lock violation, on Unix flock's EWOULDBLOCK (11 on
    // Linux, 35 on macOS). Any other failure (a folder that cannot be written) is reported at once.
    private static bool IsHeldElsewhere(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 32 or 33 : e.HResult is 11 or 35;

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _stream.Dispose();
}
