using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Remiss.Server.Api;

namespace Remiss.Server.Hosting;

/// <summary>
/// With <c>--api-key</c>, every request needs <c>Authorization: Bearer {key}</c>, except the page's own static
/// files (<see cref="PageAssets"/>: the same for every server, no data of the folder), so a browser can load the
/// page, which then asks for the key once and sends it with each request. The key is compared in constant time
/// over its SHA-256, so neither its content nor its length leaks through timing.
/// </summary>
internal sealed class ApiKeyCheck(string key)
{
    private readonly byte[] _expected = SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim()));

    public Task Apply(HttpContext context, Func<Task> next)
    {
        if (HttpMethods.IsGet(context.Request.Method) && PageAssets.IsPageFile(context.Request.Path))
        {
            return next();
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim())), _expected))
        {
            return next();
        }

        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"remiss\"";
        return ServerProblems.WriteAsync(context, ServerProblems.Create(StatusCodes.Status401Unauthorized, ServerProblems.Unauthorized, "Unauthorized",
            header.Length == 0
                ? "Servern kräver en API-nyckel. Skicka den i varje anrop: 'Authorization: Bearer NYCKEL'."
                : "API-nyckeln stämmer inte. Kontrollera nyckeln (skickas som 'Authorization: Bearer NYCKEL')."));
    }
}
