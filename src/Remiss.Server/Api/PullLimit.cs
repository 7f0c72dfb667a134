using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Remiss.Server.Api;

/// <summary>
/// How many pulls run at once. A pull's body may be 24 MiB (<see cref="ApiLimits.PullBytes"/>), and reading, decoding and
/// unpacking it holds several times that, so a pull is admitted before its body is read: <see cref="Permits"/> at a time,
/// <see cref="Queue"/> waiting, and any beyond answered 503 with <c>Retry-After</c> at once. Forty 23 MiB bodies at once
/// left 4.9 GB resident before; now at most a few are in memory together.
/// </summary>
internal sealed class PullLimit(int permits = PullLimit.Permits, int queue = PullLimit.Queue) : IDisposable
{
    /// <summary>Pulls at work together: a real pull takes well under a second.</summary>
    public const int Permits = 2;

    /// <summary>Pulls waiting for a place.</summary>
    public const int Queue = 4;

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private int _working;
    private int _large;

    /// <summary>A place for one pull, or null when every place and the queue are taken (then answer <see cref="Busy"/>).</summary>
    public async Task<Place?> EnterAsync(CancellationToken cancellation)
    {
        var lease = await _limiter.AcquireAsync(1, cancellation);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            return null;
        }

        Interlocked.Increment(ref _working);
        return new Place(this, lease);
    }

    /// <summary>
    /// The last pull of a burst out: when one of them had a large body, the memory they held is given back to the system
    /// now (a compacting, decommitting collection) rather than at the next collection, which an idle server may not have
    /// for hours. A pull of a real document (tens of kilobytes) never causes one.
    /// </summary>
    private void Leave(bool large)
    {
        if (large)
        {
            Interlocked.Exchange(ref _large, 1);
        }

        if (Interlocked.Decrement(ref _working) == 0 && Interlocked.Exchange(ref _large, 0) == 1)
        {
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>One pull's place; <see cref="Large"/> when its body was larger than a remiss file may be.</summary>
    public sealed class Place(PullLimit limit, RateLimitLease lease) : IDisposable
    {
        public bool Large { get; set; }

        public void Dispose()
        {
            lease.Dispose();
            limit.Leave(Large);
        }
    }

    /// <summary>The answer when no place is free: 503 with <c>Retry-After</c>, the PDF queue's code (RMS0124).</summary>
    public static IResult Busy() => new BusyResult();

    public void Dispose() => _limiter.Dispose();

    private sealed class BusyResult : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            // The body is read and dropped (no memory: a small buffer at a time, up to the cap) so that the client, still
            // sending, gets this answer rather than a connection reset.
            try
            {
                await CopyAtMostAsync(httpContext.Request.Body, ApiLimits.PullBytes, httpContext.RequestAborted);
            }
            catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
            {
                // What the client does not send is not waited for beyond the request's time limit.
            }

            httpContext.Response.Headers.RetryAfter = "2";
            await ServerProblems.Create(StatusCodes.Status503ServiceUnavailable, ServerProblems.PdfBusy, "Too many pulls at once",
                "Servern tar redan emot så många Word-dokument den kan åt gången. Försök igen om 2 sekunder.").ToResult().ExecuteAsync(httpContext);
        }

        private static async Task CopyAtMostAsync(Stream body, long max, CancellationToken cancellation)
        {
            var buffer = new byte[16 * 1024];
            long total = 0;
            int read;
            while (total <= max && (read = await body.ReadAsync(buffer, cancellation)) > 0)
            {
                total += read;
            }
        }
    }
}
