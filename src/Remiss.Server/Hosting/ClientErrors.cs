using Microsoft.AspNetCore.Http;
using Remiss.Core;
using Remiss.Server.Api;

namespace Remiss.Server.Hosting;

/// <summary>
/// What a client does wrong on the wire is the client's error, not a crash: a body Kestrel cannot read (a malformed
/// chunk, a chunk size that overflows, fewer bytes than its length, more than the cap) is 400 or 413, a body slower than
/// <see cref="RemissServer.MinBodyBytesPerSecond"/> is 408, each problem+json; a client that went away is answered
/// nothing. None of them reaches the exception handler, so none is logged or written to the crash log, which keeps its
/// room for real failures (issue 26: 200 slow clients filled it). Whether a failure is the body's is known by where it
/// was thrown — the request body is wrapped, and a read that fails marks it — not by its type: Kestrel throws
/// <see cref="BadHttpRequestException"/> for most, but an <see cref="IOException"/> for a chunk size that overflows and
/// <c>ConnectionResetException</c> for a reset, which from anywhere else would be real failures. Sits right inside the
/// exception handler.
/// </summary>
internal static class ClientErrors
{
    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        var body = new WatchedBody(context.Request.Body);
        context.Request.Body = body;
        try
        {
            await next();
        }
        catch (Exception e) when (body.Failed || e is BadHttpRequestException
            || (context.RequestAborted.IsCancellationRequested && e is OperationCanceledException or IOException))
        {
            if (context.RequestAborted.IsCancellationRequested || context.Response.HasStarted)
            {
                return; // the client is gone, or the answer has begun: there is no one to tell, or no way to
            }

            try
            {
                // Kestrel's reason as its status says it (408, 413); any other failure of the body is 400.
                await ServerProblems.WriteAsync(context, Problem(e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest));
            }
            catch (Exception again) when (again is OperationCanceledException or IOException)
            {
                // It went away while being answered.
            }
        }
    }

    /// <summary>The problem a body Kestrel refused with <paramref name="status"/> is answered with.</summary>
    internal static ApiProblem Problem(int status) => status switch
    {
        StatusCodes.Status408RequestTimeout => ServerProblems.Create(status, DiagnosticDescriptors.SlowBodyCode, "Request body too slow",
            $"Begärans kropp kom för långsamt (servern tar emot minst {RemissServer.MinBodyBytesPerSecond} byte per sekund efter de första {RemissServer.BodyGracePeriod.TotalSeconds:0} sekunderna). Skicka hela kroppen på en gång; försök igen om nätet är långsamt."),
        StatusCodes.Status413PayloadTooLarge => ServerProblems.Create(status, ServerProblems.RequestTooLarge, "Request body too large",
            $"Begärans kropp är större än gränsen {RequestBody.MaxBytes} byte. En remissfil ska bara beskriva en remiss; skicka en fil i taget och inga bilagor."),
        _ => ServerProblems.Create(StatusCodes.Status400BadRequest, DiagnosticDescriptors.UnreadableBodyCode, "Request body not readable",
            "Begärans kropp kunde inte läsas som HTTP (en felaktig chunk i Transfer-Encoding: chunked, eller färre byte än Content-Length säger). Kontrollera klienten och skicka begäran igen."),
    };

    /// <summary>The request body, read through; <see cref="Failed"/> once a read has thrown.</summary>
    private sealed class WatchedBody(Stream inner) : Stream
    {
        public bool Failed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        // Not watched: Kestrel refuses synchronous reads, and that refusal is a bug of ours, not the client's error.
        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await inner.ReadAsync(buffer, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw; // the reader's own cancellation (the time limit: 503 RMS0172), not the body's failure
            }
            catch
            {
                Failed = true;
                throw;
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
