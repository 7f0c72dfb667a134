using System.Diagnostics;
using System.Threading.RateLimiting;
using Remiss.Server.Hosting;
using Remiss.Templates;

namespace Remiss.Server.Rendering;

/// <summary>
/// Turns .docx into PDF with bounded concurrency: at most <see cref="ServerOptions.PdfConcurrency"/>
/// LibreOffice processes at once and <see cref="ServerOptions.PdfQueueLimit"/> requests waiting; anything
/// beyond is told to come back later instead of piling up soffice processes on the machine.
/// </summary>
internal sealed class PdfQueue : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;
    private readonly Action<IReadOnlyList<string>, string> _convert;
    private readonly int _concurrency;
    private readonly int _queueLimit;
    private long _averageMilliseconds = 2_000;

    public PdfQueue(ServerOptions options)
    {
        _concurrency = Math.Max(1, options.PdfConcurrency);
        _queueLimit = Math.Max(0, options.PdfQueueLimit);
        _convert = options.ConvertToPdf;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _concurrency,
            QueueLimit = _queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The PDF, or null when the queue is full (then RetryAfter says when to try again).</summary>
    /// <exception cref="RenderException">LibreOffice is missing or failed.</exception>
    public async Task<(byte[]? Pdf, TimeSpan RetryAfter)> ConvertAsync(byte[] docx, CancellationToken cancellation)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellation);
        if (!lease.IsAcquired)
        {
            // Roughly when the requests ahead will be done.
            var seconds = Math.Ceiling(Interlocked.Read(ref _averageMilliseconds) / 1000.0 * (_queueLimit + _concurrency) / _concurrency);
            return (null, TimeSpan.FromSeconds(Math.Max(1, seconds)));
        }

        var started = Stopwatch.StartNew();
        var pdf = await Task.Run(() => Convert(docx), cancellation);
        var elapsed = started.ElapsedMilliseconds;
        Interlocked.Exchange(ref _averageMilliseconds, (Interlocked.Read(ref _averageMilliseconds) * 3 + elapsed) / 4);
        return (pdf, TimeSpan.Zero);
    }

    private byte[] Convert(byte[] docx)
    {
        // A private folder per conversion: the names inside are ours, never a request's.
        var work = Path.Combine(Path.GetTempPath(), "remiss-serve-pdf-" + Guid.NewGuid().ToString("N"));
        try
        {
            var input = Path.Combine(Directory.CreateDirectory(work).FullName, "document.docx");
            File.WriteAllBytes(input, docx);
            var output = Path.Combine(work, "out");
            _convert([input], output);
            var pdf = Path.Combine(output, "document.pdf");
            return File.Exists(pdf)
                ? File.ReadAllBytes(pdf)
                : throw new RenderException("LibreOffice skapade ingen PDF. Försök igen, eller hämta .docx och spara som PDF i Word.");
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover in the temp folder is harmless.
            }
        }
    }

    public void Dispose() => _limiter.Dispose();
}
