using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Remiss.Core;
using Remiss.Server.Api;

namespace Remiss.Server.Hosting;

/// <summary>
/// On loopback, a request must name the machine itself, so a web site cannot reach the server through DNS rebinding: the
/// rebinding page's requests carry its own host name. Taken: <c>localhost</c>, any loopback address written as an
/// address (<c>127.0.0.1</c>, the <c>--listen</c> address such as <c>127.0.0.2</c>, <c>[::1]</c>; no name resolves to
/// them, so none can be rebound), any port. Refused: every other name, and a request that names no host at all (an
/// empty <c>Host:</c> passed before; no browser sends one). ASP.NET Core's host filtering does the same but answers in
/// HTML; this answers like every other error, problem+json (RMS0174).
/// </summary>
internal sealed class LoopbackHosts(IPAddress listen)
{
    private static readonly IList<StringSegment> Names = ["localhost"];

    public Task Apply(HttpContext context, Func<Task> next)
    {
        var host = context.Request.Host;
        if (host.HasValue && (HostString.MatchesAny(host.Host, Names) || IsLoopbackAddress(host.Host)))
        {
            return next();
        }

        var address = listen.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{listen}]" : listen.ToString();
        var said = host.HasValue ? $"svarar inte på adressen '{host.Host}'" : "fick en begäran utan värdnamn (Host)";
        return ServerProblems.WriteAsync(context, ServerProblems.Create(StatusCodes.Status400BadRequest, DiagnosticDescriptors.HostRefusedCode, "Host not allowed",
            $"Servern lyssnar bara på den här datorn och {said}. Använd http://localhost:{context.Connection.LocalPort}/ eller http://{address}:{context.Connection.LocalPort}/; " +
            "ska andra datorer nå den, starta med --listen och --api-key."));
    }

    /// <summary>A loopback address in its usual written form (<c>127.0.0.2</c>, <c>[::1]</c>; not <c>127.1</c>).</summary>
    private static bool IsLoopbackAddress(string host)
    {
        var bare = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        return IPAddress.TryParse(bare, out var address) && IPAddress.IsLoopback(address) && !address.IsIPv4MappedToIPv6
            && string.Equals(address.ToString(), bare, StringComparison.OrdinalIgnoreCase)
            && (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork) != (bare.Length != host.Length);
    }
}
