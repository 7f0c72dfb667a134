using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Remiss.Core;
using Remiss.Server.Hosting;
using Remiss.Tests.Shared;

namespace Remiss.Fuzz;

/// <summary>
/// Request framing (issue 26): the input's bytes go raw over a real loopback socket to one <c>remiss serve</c> app built
/// once per process (Kestrel on a free port, the same <see cref="RemissServer.Build"/>, the example in its folder). A
/// real socket, not an in-memory transport: Kestrel has no public one, and a loopback connection costs well under a
/// millisecond. Properties: what comes back is a sequence of whole HTTP/1.1 answers (headers, and all of the body by
/// length or chunks; to the HTTP/2 preface, Kestrel's GOAWAY frame saying HTTP/1.1 is required); no answer is a 500; every error answer is problem+json with an RMS code; nothing is logged as an
/// error (so nothing reaches the crash log); and the server answers a normal request afterwards.
/// </summary>
public static class FramingTarget
{
    /// <summary>How long the target waits for more bytes once what came is whole answers (or nothing).</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    /// <summary>How long it waits before the first byte: a request the server is still reading gets no answer in it.</summary>
    private static readonly TimeSpan FirstByte = TimeSpan.FromMilliseconds(100);

    private static readonly Lazy<Served> Server = new(Start);

    /// <summary>An HTTP/2 GOAWAY frame with the error HTTP_1_1_REQUIRED: Kestrel's answer to the HTTP/2 preface.</summary>
    private static readonly byte[] Http11Required = [0, 0, 8, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0d];

    private static readonly byte[] NormalRequest = "GET /ui/remisser HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"u8.ToArray();

    /// <summary>Feeds one input.</summary>
    public static void Run(byte[] input)
    {
        var server = Server.Value;
        var received = Exchange(server.Port, WithoutHead(input));
        if (input.AsSpan().StartsWith("PRI * HTTP/2.0"u8) && received.AsSpan().SequenceEqual(Http11Required))
        {
            // Kestrel's answer to an HTTP/2 client on an HTTP/1.1 connection, in the client's protocol.
            received = [];
        }

        var answers = RawHttp.Parse(received, out var problem)
            ?? throw new FuzzFinding(FindingKind.BrokenAnswer, $"{problem}: {Shown(received)}");
        foreach (var answer in answers)
        {
            // 503 is the connection gate's answer, 505 Kestrel's to a request line naming an HTTP version it does not speak
            // (a client error by its nature; KestrelRejections gives it its problem+json like the 400s): neither is a crash.
            if (answer.Status >= 500 && answer.Status is not (503 or 505))
            {
                throw new FuzzFinding(FindingKind.InternalError, $"{answer.Status}: {Shown(answer.Body)}");
            }

            if (answer.Status >= 400 && !IsProblem(answer))
            {
                throw new FuzzFinding(FindingKind.Unlocated, $"{answer.Status} answered as {answer.Header("Content-Type") ?? "nothing"}: {Shown(answer.Body)}");
            }
        }

        var after = Exchange(server.Port, NormalRequest, untilClosed: true);
        if (RawHttp.Parse(after, out _) is not [{ Status: 200 }])
        {
            throw new FuzzFinding(FindingKind.BrokenAnswer, "the server did not answer a normal request after the input: " + Shown(after));
        }

        if (!server.Errors.IsEmpty)
        {
            var errors = string.Join(" | ", server.Errors);
            server.Errors.Clear();
            throw new FuzzFinding(FindingKind.Exception, "logged as an error: " + errors);
        }
    }

    /// <summary>
    /// The answer to a HEAD request has a length but no body, which the reader of the answers cannot tell from a cut one
    /// without parsing the requests; HEAD is sent as POST (a method of the same length) instead.
    /// </summary>
    private static byte[] WithoutHead(byte[] input)
    {
        var copy = (byte[])input.Clone();
        for (var at = copy.AsSpan().IndexOf("HEAD"u8); at >= 0;)
        {
            "POST"u8.CopyTo(copy.AsSpan(at));
            var next = copy.AsSpan(at + 4).IndexOf("HEAD"u8);
            at = next < 0 ? -1 : at + 4 + next;
        }

        return copy;
    }

    /// <summary>
    /// Sends the bytes and reads until the server closes, or (unless <paramref name="untilClosed"/>) until nothing more
    /// comes for <see cref="Quiet"/> after whole answers (<see cref="FirstByte"/> before any): a request without its end
    /// is left waiting, and the socket is closed.
    /// </summary>
    private static byte[] Exchange(int port, byte[] request, bool untilClosed = false)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, SendTimeout = 2000 };
        socket.Connect(IPAddress.Loopback, port);
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        var clock = Stopwatch.StartNew();
        try
        {
            socket.Send(request);
            while (clock.Elapsed < TimeSpan.FromSeconds(5))
            {
                var wait = untilClosed ? TimeSpan.FromSeconds(5) : received.Length == 0 ? FirstByte : RawHttp.Parse(received.ToArray(), out _) is not null ? Quiet : FirstByte;
                if (!socket.Poll(wait, SelectMode.SelectRead))
                {
                    break;
                }

                var read = socket.Receive(buffer);
                if (read == 0)
                {
                    break;
                }

                received.Write(buffer, 0, read);
            }
        }
        catch (SocketException)
        {
            // Reset by the server after its answer, or while the input was still being sent: what came is the answer.
        }

        // Closed without lingering, like a client that gives up.
        socket.LingerState = new LingerOption(true, 0);
        return received.ToArray();
    }

    private static bool IsProblem(RawResponse answer)
    {
        if (answer.Header("Content-Type")?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
        {
            return false;
        }

        try
        {
            using var problem = JsonDocument.Parse(answer.Body);
            return problem.RootElement.TryGetProperty("code", out var code) && code.GetString()?.StartsWith("RMS", StringComparison.Ordinal) == true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shown(byte[] bytes) => Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 300)).ReplaceLineEndings("⏎");

    private static Served Start()
    {
        var folder = Directory.CreateTempSubdirectory("remiss-fuzz-framing-").FullName;
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml"), Path.Combine(folder, "sou-2024-72.remiss.yaml"));
        var errors = new ConcurrentQueue<string>();
        var app = RemissServer.Build(new ServerOptions
        {
            Folder = folder,
            Port = 0,
            Today = () => new CalendarDate(2025, 3, 1),
            Log = new ErrorLines(errors),
            SaveErrorDetails = e =>
            {
                errors.Enqueue(e.ToString());
                return null;
            },
        });
        app.StartAsync().GetAwaiter().GetResult();
        var port = new Uri(RemissServer.Addresses(app)[0]).Port;

        // Warm: the first answers take JIT time, longer than the target waits for a first byte.
        var check = Encoding.ASCII.GetBytes("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        foreach (var request in new[] { NormalRequest, check, NormalRequest, check })
        {
            Exchange(port, request, untilClosed: true);
        }

        return new Served(port, errors);
    }

    private sealed record Served(int Port, ConcurrentQueue<string> Errors);

    /// <summary>The server's log lines that are errors (<c>remiss: fel: …</c>); warnings are not findings.</summary>
    private sealed class ErrorLines(ConcurrentQueue<string> errors) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void WriteLine(string? value)
        {
            if (value?.StartsWith("remiss: fel", StringComparison.Ordinal) == true)
            {
                errors.Enqueue(value);
            }
        }
    }
}
