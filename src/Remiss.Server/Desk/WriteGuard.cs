using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Remiss.Core;
using Remiss.Server.Api;
using Remiss.Server.Hosting;

namespace Remiss.Server.Desk;

/// <summary>
/// What every request that writes a file must pass, before its body is read: the server is not read-only, the
/// request comes from the server's own origin (a browser's <c>Sec-Fetch-Site</c> and <c>Origin</c>; a client that
/// sends neither is no browser, so no other site's page), and it carries the anti-forgery token whose cookie this
/// server set (<see cref="IAntiforgery"/>). A page of another origin in the same browser can do none of that.
/// </summary>
internal static class WriteGuard
{
    /// <summary>The header the page sends the token in.</summary>
    public const string HeaderName = "X-Remiss-Antiforgery";

    /// <summary>The anti-forgery cookie's name.</summary>
    public const string CookieName = "remiss-antiforgery";

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var options = context.RequestServices.GetService(typeof(ServerOptions)) as ServerOptions;
        if (options?.ReadOnly == true)
        {
            return Refuse(StatusCodes.Status403Forbidden, DiagnosticDescriptors.ServerReadOnly.Code, "Read-only server", DiagnosticDescriptors.ServerReadOnly.MessageFormat);
        }

        if (CrossSite(context.Request) is { } from)
        {
            return Refuse(StatusCodes.Status403Forbidden, DiagnosticDescriptors.CrossSiteWrite.Code, "Cross-site write refused",
                DiagnosticDescriptors.CrossSiteWrite.Create(string.Empty, SourceSpan.Start, from).Message);
        }

        var antiforgery = (IAntiforgery)context.RequestServices.GetService(typeof(IAntiforgery))!;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            var why = context.Request.Headers.ContainsKey(HeaderName) ? "den stämmer inte eller har gått ut" : $"huvudet {HeaderName} saknas";
            return Refuse(StatusCodes.Status403Forbidden, DiagnosticDescriptors.AntiforgeryFailed.Code, "Anti-forgery token missing or invalid",
                DiagnosticDescriptors.AntiforgeryFailed.Create(string.Empty, SourceSpan.Start, why, HeaderName).Message);
        }

        return await next(invocation);
    }

    /// <summary>Where a request came from when that is not this server's own origin, or null when it is (or no browser sent it).</summary>
    internal static string? CrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && !string.Equals(site, "same-origin", StringComparison.OrdinalIgnoreCase))
        {
            return request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : "Sec-Fetch-Site: " + site;
        }

        var from = request.Headers.Origin.ToString();
        if (from.Length == 0)
        {
            return null;
        }

        var own = request.Scheme + "://" + request.Host.Value;
        return string.Equals(from, own, StringComparison.OrdinalIgnoreCase) ? null : from;
    }

    private static IResult Refuse(int status, string code, string title, string detail) =>
        ServerProblems.Create(status, code, title, detail).ToResult();
}
