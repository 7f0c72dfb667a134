using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Remiss.Server.Hosting;

/// <summary>
/// The page's own files, embedded in the assembly and served under fixed routes: no file-system path is
/// ever built from a request, and nothing comes from a CDN.
/// </summary>
internal static class PageAssets
{
    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/desk.js", "desk.js", "text/javascript; charset=utf-8"),
        ("/markdown.js", "markdown.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
    ];

    /// <summary>True for the route of one of the page's own files.</summary>
    public static bool IsPageFile(PathString path) => Files.Any(f => path.Equals(f.Route, StringComparison.Ordinal));

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Files)
        {
            var bytes = Read(resource);
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16] + "\"";
            app.MapGet(route, (HttpContext context) =>
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.CacheControl = "no-cache";
                return context.Request.Headers.IfNoneMatch == etag
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Bytes(bytes, contentType);
            }).ExcludeFromDescription();
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("Remiss.Server.Page." + name)
            ?? throw new InvalidOperationException($"The page resource '{name}' is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
