using System.Diagnostics;
using System.Threading.RateLimiting;
using Remiss.Core;
using Remiss.Server.Hosting;
using Remiss.Templates;

namespace Remiss.Server.Rendering;

/// <summary>
/// How many PDFs are made at once. The native engine writes one in milliseconds on a thread of its own, so it gets an
/// ordinary concurrency limit (<see cref="ServerOptions.PdfConcurrency"/>, by default twice the processors) with a
/// generous queue; the LibreOffice engine starts a LibreOffice process per conversion, so it stays one at a time with
/// a short queue. A request beyond a queue is told when to come back instead of piling up work on the machine.
/// </summary>
internal sealed class PdfLimit : IDisposable
{
    private readonly Lane _native;
    private readonly Lane _libreOffice;
    private readonly Func<Func<byte[]>, byte[]> _make;

    public PdfLimit(ServerOptions options)
    {
        _make = options.MakePdf;
        _native = new Lane(Math.Max(1, options.PdfConcurrency), Math.Max(0, options.PdfQueueLimit), averageMilliseconds: 20);
        _libreOffice = new Lane(1, Math.Max(0, options.LibreOfficeQueueLimit), averageMilliseconds: 2_000);
    }

    /// <summary>The PDF <paramref name="render"/> makes, or null when the engine's queue is full (then RetryAfter says when to try again).</summary>
    /// <exception cref="RenderException">The PDF could not be made.</exception>
    public Task<(byte[]? Pdf, TimeSpan RetryAfter)> RenderAsync(PdfEngine engine, Func<byte[]> render, CancellationToken cancellation) =>
        (engine == PdfEngine.LibreOffice ? _libreOffice : _native).RunAsync(() => _make(render), cancellation);

    public void Dispose()
    {
        _native.Dispose();
        _libreOffice.Dispose();
    }

    private sealed class Lane(int permits, int queue, long averageMilliseconds) : IDisposable
    {
        private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
        {
            PermitLimit = permits,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });

        private long _averageMilliseconds = averageMilliseconds;

        public async Task<(byte[]? Pdf, TimeSpan RetryAfter)> RunAsync(Func<byte[]> work, CancellationToken cancellation)
        {
            using var lease = await _limiter.AcquireAsync(1, cancellation);
            if (!lease.IsAcquired)
            {
                // Roughly when the requests ahead will be done.
                var seconds = Math.Ceiling(Interlocked.Read(ref _averageMilliseconds) / 1000.0 * (queue + permits) / permits);
                return (null, TimeSpan.FromSeconds(Math.Max(1, seconds)));
            }

            var started = Stopwatch.StartNew();
            var pdf = await Task.Run(work, cancellation);
            var elapsed = started.ElapsedMilliseconds;
            Interlocked.Exchange(ref _averageMilliseconds, (Interlocked.Read(ref _averageMilliseconds) * 3 + elapsed) / 4);
            return (pdf, TimeSpan.Zero);
        }

        public void Dispose() => _limiter.Dispose();
    }
}
