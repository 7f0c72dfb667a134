using System.Diagnostics;
using System.Net.Sockets;

namespace Remiss.Tests.Shared;

/// <summary>
/// The entries an attacker with write access to a folder can make (Linux and macOS): FIFOs, sockets, sparse files, and a
/// name atomically replaced by a link, as <c>ln -sfn X .l &amp;&amp; mv -T .l NAME</c> does.
/// </summary>
internal static class SpecialFiles
{
    /// <summary>A FIFO at <paramref name="path"/> (<c>mkfifo</c>): opening it for reading waits for a writer.</summary>
    public static string Fifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo {path}: exit {mkfifo.ExitCode}");
        }

        return path;
    }

    /// <summary>A sparse file of <paramref name="length"/> bytes (<c>truncate -s</c>): no disk used, all zeros when read.</summary>
    public static string Sparse(string path, long length)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(length);
        return path;
    }

    /// <summary>A Unix domain socket bound at <paramref name="path"/>; dispose to close it.</summary>
    public static Socket UnixSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    /// <summary>Replaces <paramref name="path"/> by a link to <paramref name="target"/> in one rename, as an editor's save would.</summary>
    public static void ReplaceWithLink(string path, string target)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, ".l-" + Guid.NewGuid().ToString("N"));
        File.CreateSymbolicLink(temp, target);
        File.Move(temp, path, overwrite: true);
    }
}
