using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Remiss.Core;
using Remiss.Server.Api;

namespace Remiss.Server.Hosting;

/// <summary>
/// Kestrel answers a request it cannot read (a malformed request line or header, a URL or headers over its limits)
/// itself, before any middleware runs, with an empty body, and offers no hook to change that. This connection
/// middleware gives those answers the body every other error has: it watches the bytes Kestrel writes and replaces
/// exactly the shape of such an answer — an error status, <c>Content-Length: 0</c>, no content type,
/// <c>Connection: close</c>, nothing after the headers — with the same headers plus a problem+json body (RMS0173).
/// The application never answers an error without a body, so nothing of its own matches.
/// </summary>
internal static class KestrelRejections
{
    private static readonly byte[] StatusLineStart = "HTTP/1."u8.ToArray();

    /// <summary>Puts the watcher between Kestrel's HTTP/1.1 code and the connection.</summary>
    public static void Use(ListenOptions listen) =>
        listen.Use(next => connection =>
        {
            connection.Transport = new WatchedPipe(connection.Transport);
            return next(connection);
        });

    /// <summary>The problem Kestrel's own answer with this status stands for.</summary>
    internal static ApiProblem Problem(int status) => ServerProblems.Create(status, DiagnosticDescriptors.MalformedRequestCode, "Request not readable", status switch
    {
        StatusCodes.Status414RequestUriTooLong => $"Adressen är för lång (högst {RemissServer.MaxRequestLineBytes} byte för begärandraden). API:ts anrop har korta adresser; texterna skickas i JSON-kroppen.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => $"Begärans huvuden är för stora (högst {RemissServer.MaxRequestHeadersBytes} byte). Skicka bara de huvuden som behövs (Content-Type, Authorization).",
        StatusCodes.Status408RequestTimeout => "Begäran kom inte fram i tid. Skicka hela begäran utan uppehåll.",
        _ => "Begäran är inte giltig HTTP (begärandraden eller ett huvud kunde inte läsas). Kontrollera klienten; API:t tar emot HTTP/1.1-anrop som POST med JSON (se /openapi/v1.json).",
    });

    /// <summary>The bytes to send instead of <paramref name="written"/>, or null when it is not one of Kestrel's rejections.</summary>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> written)
    {
        if (!written.StartsWith(StatusLineStart) || written.Length < 16 || written.Length > 1024
            || !written.EndsWith("\r\n\r\n"u8) || written[..^4].IndexOf("\r\n\r\n"u8) >= 0)
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(written[..^4]);
        var lines = head.Split("\r\n");
        var statusLine = lines[0].Split(' ', 3);
        if (statusLine.Length < 2 || !int.TryParse(statusLine[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var status)
            || status < 400)
        {
            return null;
        }

        var headers = lines.Skip(1).ToList();
        var lengthAt = headers.FindIndex(h => h.Equals("Content-Length: 0", StringComparison.OrdinalIgnoreCase));
        if (lengthAt < 0 || !headers.Any(h => h.Equals("Connection: close", StringComparison.OrdinalIgnoreCase))
            || headers.Any(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(Problem(status), ServerJson.Api.ApiProblem);
        headers[lengthAt] = "Content-Type: " + ApiEndpoints.ProblemJson;
        headers.Insert(lengthAt + 1, "Content-Length: " + body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        headers.AddRange(["X-Content-Type-Options: nosniff", "Referrer-Policy: no-referrer"]);
        var text = lines[0] + "\r\n" + string.Join("\r\n", headers) + "\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(text), .. body];
    }

    private sealed class WatchedPipe(IDuplexPipe inner) : IDuplexPipe
    {
        public PipeReader Input => inner.Input;

        public PipeWriter Output { get; } = new WatchedWriter(inner.Output);
    }

    /// <summary>
    /// Passes every write straight through (no copy), looking only at a write that starts like a status line: Kestrel
    /// writes a rejection's headers in one piece.
    /// </summary>
    private sealed class WatchedWriter(PipeWriter inner) : PipeWriter
    {
        private Memory<byte> _last;

        public override void Advance(int bytes)
        {
            if (bytes >= 16 && _last.Length >= bytes && _last.Span[0] == (byte)'H' && Rewrite(_last.Span[..bytes]) is { } answer)
            {
                _last = default;
                inner.Advance(0);
                inner.Write(answer);
                return;
            }

            _last = default;
            inner.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => _last = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;
    }
}
