using System.Globalization;
using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Remiss.Core;
using Remiss.Core.Json;
using Remiss.Server.Api;
using Remiss.Server.Hosting;
using Remiss.Server.Rendering;
using Remiss.Templates;

namespace Remiss.Server.Folder;

/// <summary>
/// What the page asks for: the folder's overview, one remiss with its diagnostics, the documents' HTML
/// previews, the downloads and the change events. Remisser are addressed by the index's ids only.
/// </summary>
internal static class PageEndpoints
{
    /// <summary>The preview is our own HTML with its own inline styles, and never any script.</summary>
    public const string PreviewPolicy = DocumentLinks.ContentSecurityPolicy + "; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    public static void Map(IEndpointRouteBuilder app)
    {
        var ui = app.MapGroup("/ui").ExcludeFromDescription();
        ui.MapGet("/remisser", Listing);
        ui.MapGet("/remisser/{id}", View);
        ui.MapGet("/remisser/{id}/preview/{document}", PreviewAsync);
        ui.MapGet("/remisser/{id}/download/{document}/{format}", DownloadAsync);
        ui.MapGet("/events", Events).DisableRequestTimeout(); // open as long as the page is
    }

    private static IResult Listing(RemissFolder folder, ServerOptions options) =>
        TypedResults.Json(FolderViews.Listing(folder, options.Today()), ServerJson.Api.FolderListing);

    private static IResult View(string id, RemissFolder folder, ServerOptions options) =>
        folder.Find(id) is { } entry
            ? TypedResults.Json(FolderViews.View(entry, folder.Load(entry), options.Today(), folder.Version), ServerJson.Api.RemissView)
            : Missing(id);

    private static async Task<IResult> PreviewAsync(string id, string document, RemissFolder folder, DocumentResults results, HttpContext context)
    {
        if (folder.Find(id) is not { } entry)
        {
            return Missing(id);
        }

        var loaded = folder.Load(entry);
        if (loaded.File is not { } file)
        {
            return ServerProblems.FileHasErrors(loaded.Diagnostics).ToResult();
        }

        if (DocumentNames.Find(file, document) is not { } wanted)
        {
            return NoSuchDocument(file, document);
        }

        var preview = await results.RenderAsync(loaded.Renderer, file, wanted, OutputFormat.Html, attachment: false, context.RequestAborted);
        if (preview is FileContentHttpResult)
        {
            context.Response.Headers.ContentSecurityPolicy = PreviewPolicy;
            context.Response.Headers.CacheControl = "no-store";
        }

        return preview;
    }

    private static async Task<IResult> DownloadAsync(string id, string document, string format, RemissFolder folder, DocumentResults results, HttpContext context)
    {
        if (folder.Find(id) is not { } entry)
        {
            return Missing(id);
        }

        if (OutputFormats.Parse(format) is not { } outputFormat)
        {
            return ServerProblems.NotFoundProblem($"Formatet '{format}' finns inte. Välj bland {DocumentNames.FormatChoices}.").ToResult();
        }

        var loaded = folder.Load(entry);
        if (loaded.File is not { } file)
        {
            return ServerProblems.FileHasErrors(loaded.Diagnostics).ToResult();
        }

        return DocumentNames.Find(file, document) is { } wanted
            ? await results.RenderAsync(loaded.Renderer, file, wanted, outputFormat, attachment: true, context.RequestAborted)
            : NoSuchDocument(file, document);
    }

    /// <summary>
    /// Server-sent events: <c>change</c> with the folder's version whenever it changes, and a comment-like
    /// <c>ping</c> now and then so proxies keep the connection open.
    /// </summary>
    private static ServerSentEventsResult<string> Events(RemissFolder folder, ChangeFeed feed, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.ServerSentEvents(Stream(folder, feed, context.RequestAborted));
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(RemissFolder folder, ChangeFeed feed, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        using var subscription = feed.Subscribe();

        // The version now, so a page that reconnects after a gap can tell it missed something.
        yield return new SseItem<string>(Version(folder.Version), "hello");
        while (!cancellation.IsCancellationRequested)
        {
            long? changed = null;
            using (var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                quiet.CancelAfter(PingInterval);
                try
                {
                    if (await subscription.Reader.WaitToReadAsync(quiet.Token) && subscription.Reader.TryRead(out var version))
                    {
                        changed = version;
                    }
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    // Quiet for a while: a ping below.
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }

            yield return changed is { } v
                ? new SseItem<string>(Version(v), "change")
                : new SseItem<string>(Version(folder.Version), "ping");
        }
    }

    /// <summary>How often an idle event stream says it is alive (proxies close silent connections).</summary>
    public static TimeSpan PingInterval { get; } = TimeSpan.FromSeconds(20);

    private static string Version(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static IResult NoSuchDocument(RemissFile file, string document) =>
        ServerProblems.NotFoundProblem($"Dokumentet '{document}' finns inte för den här remissen. Välj bland {string.Join(", ", DocumentNames.Of(file).Select(d => d.Name))}.").ToResult();

    private static IResult Missing(string id) =>
        ServerProblems.NotFoundProblem($"Ingen remiss med id '{id}' finns i mappen (filen kan ha flyttats eller bytt namn). Gå tillbaka till listan och välj igen.").ToResult();
}
