using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Remiss.Core;
using Remiss.Server.Api;

namespace Remiss.Server.Hosting;

/// <summary>
/// On loopback, a request must name the machine itself (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>, any port),
/// so a web site cannot reach the server through DNS rebinding. ASP.NET Core's host filtering does the same but
/// answers in HTML; this answers like every other error, problem+json (RMS0174).
/// </summary>
internal static class LoopbackHosts
{
    private static readonly IList<StringSegment> Allowed = ["localhost", "127.0.0.1", "[::1]"];

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        var host = context.Request.Host;

        // HTTP/1.0 may leave the host out (Kestrel refuses that in HTTP/1.1); such a client is no browser.
        if (!host.HasValue || HostString.MatchesAny(host.Host, Allowed))
        {
            return next();
        }

        return ServerProblems.WriteAsync(context, ServerProblems.Create(StatusCodes.Status400BadRequest, DiagnosticDescriptors.HostRefusedCode, "Host not allowed",
            $"Servern lyssnar bara på den här datorn och svarar inte på adressen '{host.Host}'. Använd http://localhost:{context.Connection.LocalPort}/ eller http://127.0.0.1:{context.Connection.LocalPort}/; " +
            "ska andra datorer nå den, starta med --listen och --api-key."));
    }
}
