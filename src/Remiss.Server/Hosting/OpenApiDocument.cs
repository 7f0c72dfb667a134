using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Remiss.Server.Hosting;

/// <summary>
/// What the OpenAPI document says beside the endpoints' own metadata: its title, licence and tags, and the API key as
/// a bearer security scheme on every operation (optional, since a loopback server without <c>--api-key</c> needs none).
/// The server URL is the default address, without a trailing slash.
/// </summary>
internal static class OpenApiDocument
{
    public const string KeyScheme = "apiKey";

    public static Task Describe(Microsoft.OpenApi.OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellation)
    {
        document.Info.Title = "Remiss API";
        document.Info.Description = "Check and render remiss files (format remiss/1), word decisions, and edit the served folder's remiss files in place (the desk). Errors are application/problem+json with an RMS code (docs/diagnostics.md).";
        document.Info.License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" };
        // The default address, without a trailing slash (the paths begin with one); another --port or --listen changes it.
        document.Servers = [new OpenApiServer { Url = "http://127.0.0.1:" + ServerOptions.DefaultPort.ToString(System.Globalization.CultureInfo.InvariantCulture), Description = "remiss serve's default address (another --port or --listen changes it)" }];
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "remiss", Description = "Stateless: each request carries the remiss file's text; nothing is read from or written to the server's disk." },
            new() { Name = "desk", Description = "The case officer's desk: the served folder's remiss files as forms, saved in place with If-Match. Every write needs the anti-forgery token (GET /api/v1/antiforgery) and comes from the server's own origin." },
        };

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[KeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The key remiss serve was started with (--api-key, --api-key-file or REMISS_API_KEY), as 'Authorization: Bearer KEY'. A server on this machine's loopback without a key needs none.",
        };

        foreach (var path in document.Paths.Values)
        {
            foreach (var operation in path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Security =
                [
                    new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KeyScheme, document)] = [] },
                    new OpenApiSecurityRequirement(), // or none, on loopback without --api-key
                ];
            }
        }

        return Task.CompletedTask;
    }
}
