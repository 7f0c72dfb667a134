using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Remiss.Tests.Shared;

/// <summary>One HTTP/1.1 answer as read off the wire.</summary>
internal sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string Text => Encoding.UTF8.GetString(Body);
}

/// <summary>
/// HTTP/1.1 over a real socket, byte for byte: what no client library sends (broken chunks, half a request, requests
/// one after another), and the answers read as a server wrote them, so that an empty or cut answer shows as one.
/// </summary>
internal static class RawHttp
{
    /// <summary>
    /// Sends <paramref name="request"/> and reads until the server closes the connection (after <c>Connection: close</c>
    /// or an error) or <paramref name="timeout"/> passes. The sending side stays open: Kestrel takes a client that shuts
    /// it (a TCP half-close) for one that went away, and answers nothing.
    /// </summary>
    public static async Task<byte[]> ExchangeAsync(int port, byte[] request, TimeSpan timeout, IPAddress? address = null, IPAddress? from = null)
    {
        using var socket = await ConnectAsync(port, address, from);
        using var cancel = new CancellationTokenSource(timeout);
        var received = new MemoryStream();
        try
        {
            await socket.SendAsync(request, SocketFlags.None, cancel.Token);
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancel.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            // Reset after its answer, or still open at the time limit: what arrived is the answer.
        }

        return received.ToArray();
    }

    /// <summary>Sends text and reads every answer; Latin-1 keeps a byte a character.</summary>
    public static Task<byte[]> ExchangeAsync(int port, string request, TimeSpan timeout, IPAddress? address = null, IPAddress? from = null) =>
        ExchangeAsync(port, Encoding.Latin1.GetBytes(request), timeout, address, from);

    /// <summary>A connected socket, from <paramref name="from"/> when given (on Linux any 127.x is this machine: a second client address).</summary>
    public static async Task<Socket> ConnectAsync(int port, IPAddress? address = null, IPAddress? from = null)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        if (from is not null)
        {
            socket.Bind(new IPEndPoint(from, 0));
        }

        await socket.ConnectAsync(address ?? IPAddress.Loopback, port);
        return socket;
    }

    /// <summary>
    /// The answers in <paramref name="bytes"/>, each whole (its headers and all of its body by Content-Length or chunks);
    /// null, with the reason, when the bytes are not a sequence of whole answers.
    /// </summary>
    public static IReadOnlyList<RawResponse>? Parse(byte[] bytes, out string? problem)
    {
        var answers = new List<RawResponse>();
        var at = 0;
        while (at < bytes.Length)
        {
            var end = bytes.AsSpan(at).IndexOf("\r\n\r\n"u8);
            if (end < 0)
            {
                problem = $"answer {answers.Count + 1}: headers not ended ({bytes.Length - at} bytes)";
                return null;
            }

            var lines = Encoding.Latin1.GetString(bytes, at, end).Split("\r\n");
            var status = lines[0].Split(' ', 3);
            if (!lines[0].StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || status.Length < 2 || !int.TryParse(status[1], System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                problem = $"answer {answers.Count + 1}: not a status line: {lines[0]}";
                return null;
            }

            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }

            at += end + 4;
            byte[] body;
            if (code is < 200 or 204 or 304)
            {
                body = [];
            }
            else if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Equals("chunked", StringComparison.OrdinalIgnoreCase))
            {
                if (Unchunk(bytes, ref at) is not { } whole)
                {
                    problem = $"answer {answers.Count + 1} ({code}): chunked body cut off";
                    return null;
                }

                body = whole;
            }
            else if (headers.TryGetValue("Content-Length", out var length) && long.TryParse(length, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                if (bytes.Length - at < n)
                {
                    problem = $"answer {answers.Count + 1} ({code}): {bytes.Length - at} of {n} body bytes";
                    return null;
                }

                body = bytes[at..(at + (int)n)];
                at += (int)n;
            }
            else
            {
                // Delimited by the end of the connection.
                body = bytes[at..];
                at = bytes.Length;
            }

            answers.Add(new RawResponse(code, headers, body));
        }

        problem = null;
        return answers;
    }

    private static byte[]? Unchunk(byte[] bytes, ref int at)
    {
        var body = new MemoryStream();
        while (true)
        {
            var end = bytes.AsSpan(at).IndexOf("\r\n"u8);
            if (end < 0 || !int.TryParse(Encoding.Latin1.GetString(bytes, at, end).Split(';')[0], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var size)
                || size < 0)
            {
                return null;
            }

            at += end + 2;
            if (size == 0)
            {
                // No trailers from our server: the empty line ends the body.
                if (bytes.Length - at < 2)
                {
                    return null;
                }

                at += 2;
                return body.ToArray();
            }

            if (bytes.Length - at < size + 2)
            {
                return null;
            }

            body.Write(bytes, at, size);
            at += size + 2;
        }
    }
}
