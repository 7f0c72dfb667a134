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

    /// <summary>A place for one pull, or null when every place and the queue are taken (then answer <see cref="Busy"/>).</summary>
    public async Task<RateLimitLease?> EnterAsync(CancellationToken cancellation)
    {
        var lease = await _limiter.AcquireAsync(1, cancellation);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return null;
    }

    /// <summary>The answer when no place is free: 503 with <c>Retry-After</c>, the PDF queue's code (RMS0124).</summary>
    public static IResult Busy() => new BusyResult();

    public void Dispose() => _limiter.Dispose();

    private sealed class BusyResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = "2";
            return ServerProblems.Create(StatusCodes.Status503ServiceUnavailable, ServerProblems.PdfBusy, "Too many pulls at once",
                "Servern tar redan emot så många Word-dokument den kan åt gången. Försök igen om 2 sekunder.").ToResult().ExecuteAsync(httpContext);
        }
    }
}
