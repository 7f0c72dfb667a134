using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Remiss.Core;
using Remiss.Server.Api;

namespace Remiss.Server.Hosting;

/// <summary>
/// The connection limits of <c>remiss serve</c>: at most <see cref="ServerOptions.ConnectionLimit"/> connections in all
/// and <see cref="ServerOptions.ConnectionLimitPerAddress"/> from one client address. Kestrel's own
/// <c>MaxConcurrentConnections</c> closed every connection past its limit without a word, so 100 sockets that sent half
/// a request locked everyone else out (issue 26). Here a new connection past a limit is let in by closing the
/// connection that has been <em>idle</em> longest — one with no request in progress: still sending its headers (a
/// slowloris), or kept alive between requests (which a client reopens without a fault) — of the same address when the
/// address is at its limit. Idle connections cost the server nothing to drop and are the only thing such an attack
/// holds, so they are the pool that is shed. Next, when every connection has a request in progress, the one receiving
/// its body slowest is shed (a slow-body attack holds those); a request that is working is never cut. Only when neither is left is the new one answered 503 problem+json (RMS0192) with <c>Retry-After</c>, never an
/// empty reply.
/// A per-address limit alone would not help on loopback, where the officer's browser and an attacking page or script
/// all come from 127.0.0.1; shedding the idle does.
/// </summary>
internal sealed class ConnectionGate(int total, int perAddress)
{
    /// <summary>How long a refused client has to send its request before the 503 is written and the connection closed.</summary>
    private static readonly TimeSpan RefusalRead = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _open = new(StringComparer.Ordinal);
    private long _refusing;

    /// <summary>Puts the gate in front of everything else on the listener (the first connection middleware).</summary>
    public void Use(ListenOptions listen) => listen.Use(next => connection => Connection(connection, next));

    /// <summary>The HTTP middleware that marks a connection busy while one of its requests runs.</summary>
    public async Task Request(HttpContext context, Func<Task> next)
    {
        Entry? entry = null;
        string? id = context.Connection.Id; // null on the tests' in-memory server, which has no connections
        lock (_gate)
        {
            if (id is not null && _open.TryGetValue(id, out entry) && entry.Requests++ == 0)
            {
                (entry.RequestSince, entry.BodyBytes) = (Environment.TickCount64, 0);
            }
        }

        if (entry is not null)
        {
            context.Request.Body = new WaitedBody(context.Request.Body, this, entry);
        }

        try
        {
            await next();
        }
        finally
        {
            if (entry is not null)
            {
                lock (_gate)
                {
                    if (--entry.Requests == 0)
                    {
                        entry.IdleSince = Environment.TickCount64;
                    }
                }
            }
        }
    }

    private async Task Connection(ConnectionContext connection, ConnectionDelegate next)
    {
        var address = Address(connection.RemoteEndPoint);
        var entry = new Entry(connection, address);
        if (!Admit(entry, out var shed))
        {
            await RefuseAsync(connection);
            return;
        }

        // Outside the lock: aborting runs Kestrel's own callbacks.
        shed?.Connection.Abort(new ConnectionAbortedException("Closed to make room for a new connection: it had no request in progress."));
        try
        {
            await next(connection);
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(connection.ConnectionId);
            }
        }
    }

    /// <summary>Takes the entry in, choosing the idle connection to close for it when a limit is reached; false when none is idle.</summary>
    private bool Admit(Entry entry, out Entry? shed)
    {
        shed = null;
        lock (_gate)
        {
            var fromAddress = 0;
            foreach (var open in _open.Values)
            {
                fromAddress += open.Address == entry.Address ? 1 : 0;
            }

            var addressFull = fromAddress >= perAddress;
            if (addressFull || _open.Count >= total)
            {
                var now = Environment.TickCount64;
                var best = (Class: int.MaxValue, Since: long.MaxValue);
                foreach (var open in _open.Values)
                {
                    if ((!addressFull || open.Address == entry.Address) && Sheddable(open, now) is { } rank && rank.CompareTo(best) < 0)
                    {
                        (shed, best) = (open, rank);
                    }
                }

                if (shed is null)
                {
                    return false;
                }

                _open.Remove(shed.Connection.ConnectionId);
            }

            _open[entry.Connection.ConnectionId] = entry;
            return true;
        }
    }

    /// <summary>
    /// Whether a connection may be closed for a new one, and in what order: idle ones first, idle longest first; then one
    /// whose request has been receiving its body for <see cref="BodyWaitBeforeShed"/> or more and waits for more now,
    /// slowest body first (100 bodies at a byte a second otherwise held every slot until their 408: issue 26's slow
    /// bodies; a real body arrives at megabytes a second). A request that is working (rendering, converting) is never closed.
    /// </summary>
    private static (int Class, long Order)? Sheddable(Entry open, long now) =>
        open.Requests == 0 ? (0, open.IdleSince)
        : open.BodyReads > 0 && now - open.RequestSince >= (long)BodyWaitBeforeShed.TotalMilliseconds ? (1, open.BodyBytes * 1000 / (now - open.RequestSince))
        : null;

    /// <summary>How long a request receives its body before it may be closed for a new connection when every slot is taken.</summary>
    private static readonly TimeSpan BodyWaitBeforeShed = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The 503 for a connection that found every slot busy with a request: its request is read first (a moment at most),
    /// so that closing with unread bytes does not reset the connection before the client reads the answer.
    /// </summary>
    private async Task RefuseAsync(ConnectionContext connection)
    {
        // A flood of refused connections is not answered one second each: past the limit they are closed at once.
        if (Interlocked.Increment(ref _refusing) > total)
        {
            Interlocked.Decrement(ref _refusing);
            connection.Abort();
            return;
        }

        try
        {
            using var wait = new CancellationTokenSource(RefusalRead);
            try
            {
                var read = await connection.Transport.Input.ReadAsync(wait.Token);
                connection.Transport.Input.AdvanceTo(read.Buffer.End);
            }
            catch (OperationCanceledException)
            {
                // It sent nothing within the moment: it is answered all the same.
            }

            await connection.Transport.Output.WriteAsync(Refusal);
            await connection.Transport.Output.CompleteAsync();
        }
        catch (Exception e) when (e is IOException or ConnectionResetException or ObjectDisposedException or InvalidOperationException)
        {
            // The client is gone already.
        }
        finally
        {
            Interlocked.Decrement(ref _refusing);
        }
    }

    /// <summary>The whole 503 answer, written by the gate itself since Kestrel's HTTP code never sees the connection.</summary>
    internal static byte[] Refusal { get; } = RefusalBytes();

    private static byte[] RefusalBytes()
    {
        var problem = ServerProblems.Create(StatusCodes.Status503ServiceUnavailable, DiagnosticDescriptors.ConnectionsFullCode, "Too many connections",
            "Servern har redan så många anslutningar som den tar emot, och alla väntar på svar. Försök igen om en stund.");
        var body = JsonSerializer.SerializeToUtf8Bytes(problem, ServerJson.Api.ApiProblem);
        var head = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: " + ApiEndpoints.ProblemJson + "\r\nContent-Length: "
            + body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "\r\nRetry-After: 1\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    /// <summary>The client address a limit counts by: IPv4-mapped IPv6 as IPv4, so one client is one address.</summary>
    private static string Address(EndPoint? endPoint) => endPoint switch
    {
        IPEndPoint ip => (ip.Address.IsIPv4MappedToIPv6 ? ip.Address.MapToIPv4() : ip.Address).ToString(),
        _ => endPoint?.ToString() ?? string.Empty,
    };

    private sealed class Entry(ConnectionContext connection, string address)
    {
        public ConnectionContext Connection { get; } = connection;

        public string Address { get; } = address;

        /// <summary>Requests in progress on the connection (HTTP/1.1: zero or one).</summary>
        public int Requests { get; set; }

        /// <summary>When its last request ended, or it opened (<see cref="Environment.TickCount64"/>).</summary>
        public long IdleSince { get; set; } = Environment.TickCount64;

        /// <summary>When its request in progress began.</summary>
        public long RequestSince { get; set; }

        /// <summary>Reads of the request's body waiting for the client's bytes now.</summary>
        public int BodyReads { get; set; }

        /// <summary>The bytes of the request's body read so far.</summary>
        public long BodyBytes { get; set; }
    }

    /// <summary>The request body, read through, counting on its entry the reads that wait for the client.</summary>
    private sealed class WaitedBody(Stream inner, ConnectionGate gate, Entry entry) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = inner.ReadAsync(buffer, cancellationToken);
            if (read.IsCompleted)
            {
                return Count(await read); // the bytes were there: no wait
            }

            lock (gate._gate)
            {
                entry.BodyReads++;
            }

            try
            {
                return Count(await read);
            }
            finally
            {
                lock (gate._gate)
                {
                    entry.BodyReads--;
                }
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            lock (gate._gate)
            {
                entry.BodyBytes += read;
            }

            return read;
        }
    }
}
