using Microsoft.AspNetCore.Http;
using Remiss.Core;
using Remiss.Server.Api;

namespace Remiss.Server.Hosting;

/// <summary>
/// What a client does wrong on the wire is the client's error, not a crash: a body Kestrel cannot read (a malformed
/// chunk, fewer bytes than its length, more than the cap) is 400 or 413, a body slower than
/// <see cref="RemissServer.MinBodyBytesPerSecond"/> is 408, each problem+json; a client that went away is answered
/// nothing. None of them reaches the exception handler, so none is logged or written to the crash log, which keeps
/// its room for real failures (issue 26: 200 slow clients filled it). Sits right inside the exception handler.
/// </summary>
internal static class ClientErrors
{
    public static async Task Apply(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // Kestrel's reason for refusing the body, as its status says it (408, 413, else 400).
            await ServerProblems.WriteAsync(context, Problem(e.StatusCode));
        }
        catch (Exception e) when (context.RequestAborted.IsCancellationRequested && e is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // The client closed the connection: there is no one to answer, and nothing went wrong here.
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
}
