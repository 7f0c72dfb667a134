using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Remiss.Core;
using Remiss.Server.Api;
using Remiss.Server.Folder;
using Remiss.Server.Rendering;

namespace Remiss.Server.Hosting;

/// <summary>
/// <c>remiss serve</c>: the live preview page of a folder and the HTTP API, in one ASP.NET Core app built
/// with the slim builder, the request-delegate generator and source-generated JSON (native-AOT ready).
/// </summary>
public static class RemissServer
{
    /// <summary>The longest request line (method, URL, version) read: Kestrel's default; the API's URLs are short.</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    /// <summary>All request headers together: half of Kestrel's default, still far above what a browser sends.</summary>
    public const int MaxRequestHeadersBytes = 16 * 1024;

    /// <summary>How long a client may take to send its request headers (Kestrel's default is 30 s): slow-header clients hold no connection long.</summary>
    public static TimeSpan HeadersTimeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The app, configured but not started. <paramref name="configure"/> lets tests swap the server
    /// (TestServer) before it is built.
    /// </summary>
    /// <exception cref="ArgumentException">The options are refused (see <see cref="ServerOptions.Refusal"/>).</exception>
    public static WebApplication Build(ServerOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        if (options.Refusal() is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(options));
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(RemissServer).Assembly.GetName().Name,
            // Not the current folder: an appsettings.json among the user's remiss files must not configure the server.
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Only what the options say: no appsettings.json, no ASPNETCORE_URLS from the environment.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new TerminalLog(options.Log, options.SaveErrorDetails));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // A failed start (a taken port) is thrown to the caller, who says it with its code (RMS0129).
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = RequestBody.MaxBytes + 1L;
            kestrel.Limits.MaxConcurrentConnections = options.ConnectionLimit;
            kestrel.Limits.MaxConcurrentUpgradedConnections = options.ConnectionLimit;
            kestrel.Limits.RequestHeadersTimeout = HeadersTimeout;
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
            kestrel.Listen(options.Listen, options.Port, KestrelRejections.Use);
        });

        // One limit for every request; the page's live-update stream opts out (it stays open while the page is).
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeLimit,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            // Not with the request's token: the time limit has just cancelled it.
            WriteTimeoutResponse = context => context.Response.WriteAsJsonAsync(ServerProblems.Create(StatusCodes.Status503ServiceUnavailable,
                DiagnosticDescriptors.RequestTimeoutCode, "Request took too long",
                $"Begäran tog längre tid än gränsen {Duration(options.RequestTimeLimit)} och avbröts. Försök igen om en stund; upprepas det, skicka en mindre fil eller be om .docx i stället för .pdf."),
                ServerJson.Api.ApiProblem, ApiEndpoints.ProblemJson, CancellationToken.None),
        });

        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJson.Api));
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Remiss API";
            document.Info.Description = "Check and render remiss files (format remiss/1) and word decisions. Errors are application/problem+json with an RMS code (docs/diagnostics.md).";
            return Task.CompletedTask;
        }).AddSchemaTransformer((schema, context, _) =>
        {
            // The caps of the wording body's lists (RMS0171), as maxItems for client generators and validators.
            if (context.JsonTypeInfo.Type == typeof(WordingRequest) && schema.Properties is { } properties)
            {
                foreach (var (name, max) in new[] { ("path", ListLimits.PathBodies), ("clauses", ListLimits.Clauses) })
                {
                    if (properties.TryGetValue(name, out var list) && list is Microsoft.OpenApi.OpenApiSchema editable)
                    {
                        editable.MaxItems = max;
                    }
                }
            }

            return Task.CompletedTask;
        }));

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<ChangeFeed>();
        builder.Services.AddSingleton<FolderSettings>();
        builder.Services.AddSingleton<RemissFolder>();
        builder.Services.AddSingleton<PdfLimit>();
        builder.Services.AddSingleton<DocumentResults>();
        builder.Services.AddSingleton<ApiRenderer>();
        builder.Services.AddSingleton<Desk.FormCache>();

        // The desk's anti-forgery tokens: keys in memory only (nothing written under the user's home; a restarted
        // server hands the page a new token), and a strict same-site cookie.
        builder.Services.AddSingleton<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = Desk.WriteGuard.HeaderName;
            antiforgery.Cookie.Name = Desk.WriteGuard.CookieName;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.HttpOnly = true;
            antiforgery.SuppressXFrameOptionsHeader = true; // SecurityHeaders' CSP says frame-ancestors
        });

        configure?.Invoke(builder);
        var app = builder.Build();

        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // No stack trace reaches a user: one Swedish line with the code; the details go to the log.
            ExceptionHandler = context => ServerProblems.WriteAsync(context, ServerProblems.Create(StatusCodes.Status500InternalServerError,
                DiagnosticDescriptors.InternalError.Code, "Internal error",
                "Ett oväntat fel inträffade i servern. Försök igen; om det upprepas, rapportera det till Remiss-förvaltningen med tidpunkten (detaljerna står i serverns logg).")),
        });
        app.Use(SecurityHeaders.Apply);
        if (IPAddress.IsLoopback(options.Listen))
        {
            // A page on the officer's own machine: refuse other host names, so a web site cannot reach it by DNS rebinding.
            app.Use(LoopbackHosts.Apply);
        }

        if (options.ApiKey is { } key)
        {
            app.Use(new ApiKeyCheck(key).Apply);
        }

        app.UseRequestTimeouts();
        app.UseStatusCodePages(context => context.HttpContext.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ServerProblems.WriteAsync(context.HttpContext, ServerProblems.NotFoundProblem("Adressen finns inte. Sidan är /, API:t under /api/v1/ (se /openapi/v1.json).")),
            StatusCodes.Status405MethodNotAllowed => ServerProblems.WriteAsync(context.HttpContext, ServerProblems.Create(StatusCodes.Status405MethodNotAllowed,
                ServerProblems.InvalidRequest, "Method not allowed", $"Metoden {context.HttpContext.Request.Method} stöds inte här. API:ts anrop är POST med JSON (se /openapi/v1.json).")),
            // Routing refuses a body that is not JSON before the endpoint runs (the endpoints declare what they accept).
            StatusCodes.Status415UnsupportedMediaType => ServerProblems.WriteAsync(context.HttpContext, RequestBody.UnsupportedMediaType(context.HttpContext.Request.ContentType)),
            _ => Task.CompletedTask,
        });

        app.MapOpenApi("/openapi/{documentName}.json");
        PageAssets.Map(app);
        ApiEndpoints.Map(app);
        Desk.DeskEndpoints.Map(app);
        PageEndpoints.Map(app);

        // The folder is indexed (and watched) from the start, not on the first request.
        _ = app.Services.GetRequiredService<RemissFolder>();
        return app;
    }

    /// <summary>A time limit as the Swedish answer says it, without a culture's decimal mark: <c>60 sekunder</c>, <c>300 millisekunder</c>.</summary>
    private static string Duration(TimeSpan limit) => limit.Ticks % TimeSpan.TicksPerSecond == 0
        ? ((long)limit.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + " sekunder"
        : ((long)limit.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture) + " millisekunder";

    /// <summary>Why the folder is not watched for changes (e.g. the system's inotify limit), or null when it is.</summary>
    public static string? WatchProblem(WebApplication app) => app.Services.GetRequiredService<RemissFolder>().WatchProblem;

    /// <summary>The addresses the started server listens on (with the real port when 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
}
