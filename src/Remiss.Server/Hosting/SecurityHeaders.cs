using Microsoft.AspNetCore.Http;

namespace Remiss.Server.Hosting;

/// <summary>
/// Headers on every answer: no MIME sniffing, no referrer, and a content security policy that allows the
/// page's own script and style files only (no inline script, nothing from elsewhere). The document
/// previews set their own, stricter policy.
/// </summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = PagePolicy;
                headers.XFrameOptions = "DENY";
            }
            else
            {
                headers.XFrameOptions = "SAMEORIGIN";
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
