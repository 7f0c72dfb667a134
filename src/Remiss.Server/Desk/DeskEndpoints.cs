using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remiss.Core;
using Remiss.Server.Api;
using Remiss.Server.Folder;
using Remiss.Server.Hosting;

namespace Remiss.Server.Desk;

/// <summary>
/// The case officer's desk (issue 25): the served folder's remiss files as forms, and the writes the page makes —
/// a field changed with If-Match, a remiss created, a meeting recorded, the answer marked sent, a .docx pulled. Files
/// are addressed by the folder index's ids only; every write passes <see cref="WriteGuard"/> and goes through
/// Core's <see cref="RemissSave"/>, so these endpoints only read requests and format results.
/// </summary>
internal static partial class DeskEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var desk = app.MapGroup("/api/v1").WithTags("desk");
        desk.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ApiProblem), [ApiEndpoints.ProblemJson]));

        desk.MapGet("/antiforgery", Antiforgery)
            .WithName("antiforgery").WithSummary("The anti-forgery token every write needs")
            .WithDescription($"Sets the anti-forgery cookie and answers the token to send in the {WriteGuard.HeaderName} header of every PATCH and POST under /api/v1/files.")
            .Produces<AntiforgeryToken>();

        desk.MapGet("/files", Listing)
            .WithName("listFiles").WithSummary("The served folder's remiss files")
            .WithDescription("Every *.remiss.yaml of the folder, by the index's id; writable is false under remiss serve --read-only.")
            .Produces<DeskListing>();

        desk.MapGet("/files/{id}", Form)
            .WithName("getFile").WithSummary("A remiss file as a form")
            .WithDescription("The file's hash (also the ETag: send it back in If-Match), text, every value by its loader path, its lists, the choices (the organisation's bodies and calendars, the clause registry, the format's choices) and its diagnostics at their fields. A file with errors is served as far as its YAML can be read.")
            .Produces<DeskForm>()
            .Problems(StatusCodes.Status404NotFound);

        var writes = desk.MapGroup("/files").AddEndpointFilter(WriteGuard.FilterAsync);
        writes.MapPatch("/{id}", PatchAsync)
            .WithName("editFile").WithSummary("Change fields of a remiss file in place")
            .WithDescription("Edits by loader path, written by the in-place editor of remiss pull: only the changed values are rewritten; comments, key order, quoting and blank lines elsewhere stay byte for byte; the file is replaced atomically. Needs If-Match with the form's hash (428 without; 409 with what changed when the file changed since) and the anti-forgery token. A save that would add an error is 422 with the errors at their fields, and nothing is written.")
            .Accepts<DeskEditRequest>("application/json")
            .Produces<DeskSaved>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired);

        MapMore(writes);
    }

    /// <summary>The further writes (create, meeting, sent, pull), in their own file.</summary>
    static partial void MapMore(RouteGroupBuilder writes);

    private static AntiforgeryToken Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new AntiforgeryToken(WriteGuard.HeaderName, tokens.RequestToken!);
    }

    private static IResult Listing(RemissFolder folder, ServerOptions options)
    {
        var rows = folder.Entries.Select(entry =>
        {
            var loaded = folder.Load(entry);
            var remiss = loaded.Loaded.Result.File?.Remiss;
            return new DeskFileRow(entry.Id, entry.RelativePath, remiss?.Title, remiss?.Number?.Text, loaded.Errors);
        }).ToList();
        return TypedResults.Json(new DeskListing(Path.GetFileName(folder.Root.TrimEnd(Path.DirectorySeparatorChar)), !options.ReadOnly, rows), ServerJson.Api.DeskListing);
    }

    private static IResult Form(string id, HttpContext context, RemissFolder folder, FolderSettings settings, FormCache forms, ServerOptions options)
    {
        if (folder.Find(id) is not { } entry)
        {
            return Missing(id);
        }

        // The folder's one rule for reading a file: a regular file inside the folder (no link out, no FIFO), under the size cap.
        if (settings.Read(entry.FullPath, out var failure) is not { } bytes)
        {
            var refused = failure! with { FilePath = entry.RelativePath };
            return ServerProblems.Create(StatusCodes.Status404NotFound, refused.Code, "File cannot be read", refused.Message).ToResult();
        }

        var hash = forms.Remember(bytes);
        var loaded = settings.Load(entry.FullPath, bytes);
        var text = Encoding.UTF8.GetString(bytes);
        var tree = RemissFileValues.Read(text, entry.RelativePath, out _);
        var values = tree is null ? new Dictionary<string, string?>() : RemissFileValues.Scalars(tree);
        var lists = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (tree is not null)
        {
            CollectLists(tree, string.Empty, lists);
        }

        var sources = loaded.Result.Sources;
        var diagnostics = loaded.AllDiagnostics.Select(d => DeskDiagnostic.From(d with { FilePath = Shown(folder, d.FilePath) }, d.FilePath == entry.FullPath ? sources : null)).ToList();
        context.Response.Headers.ETag = Quoted(hash);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(new DeskForm(entry.Id, entry.RelativePath, hash, text, !options.ReadOnly, values, lists, Choices(loaded), diagnostics), ServerJson.Api.DeskForm);
    }

    private static async Task<IResult> PatchAsync(string id, HttpRequest request, RemissFolder folder, FolderSettings settings, FormCache forms)
    {
        var (target, body, refused) = await WriteAsync(id, request, folder, ServerJson.Api.DeskEditRequest);
        if (body is null)
        {
            return refused!;
        }

        var (edits, at, why) = DeskEdits.From(body.Edits);
        if (edits is null)
        {
            return InvalidEdit(at!, why!);
        }

        var result = RemissSave.Save(settings.Workspace, target.Entry.FullPath, target.IfMatch, edits, SaveOptionsFor(target.IfMatch, folder, forms));
        return Answer(result, target.Entry, request.HttpContext, folder, forms);
    }

    /// <summary>
    /// What every write to a file starts with: the file and its If-Match hash (<see cref="Target"/>), and the JSON body as
    /// <typeparamref name="T"/>; or, with a null body, the answer instead (404, 428, or the body's 400, 413 or 415).
    /// </summary>
    internal static async Task<((FolderEntry Entry, string IfMatch) Target, T? Body, IResult? Refused)> WriteAsync<T>(
        string id, HttpRequest request, RemissFolder folder, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (Target(id, request, folder) is not { } target)
        {
            return (default, null, TargetProblem(id, request, folder));
        }

        var (body, problem) = await RequestBody.ReadAsync(request, type);
        return body is null ? (target, null, problem!.ToResult()) : (target, body, null);
    }

    /// <summary>The entry and the If-Match hash of a write, or null (the answer is then <see cref="TargetProblem"/>).</summary>
    internal static (FolderEntry Entry, string IfMatch)? Target(string id, HttpRequest request, RemissFolder folder) =>
        folder.Find(id) is { } entry && IfMatch(request) is { } hash ? (entry, hash) : null;

    internal static IResult TargetProblem(string id, HttpRequest request, RemissFolder folder) =>
        folder.Find(id) is null
            ? Missing(id)
            : ServerProblems.Create(StatusCodes.Status428PreconditionRequired, DiagnosticDescriptors.SaveNeedsVersion.Code, "If-Match required",
                DiagnosticDescriptors.SaveNeedsVersion.MessageFormat).ToResult();

    internal static SaveOptions SaveOptionsFor(string hash, RemissFolder folder, FormCache forms, bool apply = true) =>
        new() { FormBytes = forms.Find(hash), Root = folder.Root, Apply = apply };

    /// <summary>A save's result as HTTP: 200 with the new ETag, 409 with what changed, 422 (403 for a file that may not be written) with the diagnostics at their fields.</summary>
    internal static IResult Answer(SaveResult result, FolderEntry entry, HttpContext context, RemissFolder folder, FormCache forms)
    {
        var diagnostics = result.Diagnostics.Select(d => DeskDiagnostic.From(d with { FilePath = entry.RelativePath }, result.Sources)).ToList();
        switch (result.Status)
        {
            case SaveStatus.Saved or SaveStatus.Unchanged or SaveStatus.Preview:
                if (result.Status == SaveStatus.Saved)
                {
                    forms.Remember(result.Bytes!);
                    folder.Saved();
                }

                context.Response.Headers.ETag = Quoted(result.Hash);
                return TypedResults.Json(new DeskSaved(result.Hash, result.Status == SaveStatus.Saved, result.Changes.Select(c => c.Path).ToList(), diagnostics), ServerJson.Api.DeskSaved);
            case SaveStatus.Conflict:
                var changed = result.Changes.Count == 0 ? string.Empty
                    : " Ändrat: " + string.Join("; ", result.Changes.Take(5).Select(c => $"{c.Path}: {c.Before ?? "(saknades)"} → {c.Now ?? "(borttaget)"}")) + (result.Changes.Count > 5 ? " …" : ".");
                return Problem(new DeskProblem(ServerProblems.DocsUrl + "rms0250", "File changed since the form", StatusCodes.Status409Conflict,
                    DiagnosticDescriptors.SaveConflict.MessageFormat + changed, DiagnosticDescriptors.SaveConflict.Code)
                {
                    CurrentHash = result.Hash.Length > 0 ? result.Hash : null,
                    Changes = result.Changes.Select(c => new DeskChange(c.Path, c.Before, c.Now)).ToList(),
                });
            default:
                var first = result.Diagnostics.FirstOrDefault(d => d.IsError) ?? result.Diagnostics.FirstOrDefault();
                var status = first?.Code == DiagnosticDescriptors.WriteTargetRefused.Code ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity;
                return Problem(new DeskProblem(ServerProblems.DocsUrl + (first?.Code ?? "rms0005").ToLowerInvariant(), "Not saved", status,
                    first is null ? "Inget sparades." : $"Rad {first.Line}, kolumn {first.Column}: {first.Message}", first?.Code ?? DiagnosticDescriptors.InternalError.Code)
                {
                    Line = first?.Line,
                    Column = first?.Column,
                    Diagnostics = diagnostics,
                });
        }
    }

    internal static IResult Problem(DeskProblem problem) =>
        TypedResults.Json(problem, ServerJson.Api.DeskProblem, ApiEndpoints.ProblemJson, problem.Status);

    internal static IResult InvalidEdit(string path, string why) =>
        ServerProblems.Create(StatusCodes.Status400BadRequest, DiagnosticDescriptors.DeskEditInvalid.Code, "Invalid edit",
            DiagnosticDescriptors.DeskEditInvalid.Create(string.Empty, SourceSpan.Start, path, why).Message).ToResult();

    internal static IResult Missing(string id) =>
        ServerProblems.NotFoundProblem($"Ingen remiss med id '{id}' finns i mappen (filen kan ha flyttats eller bytt namn). Hämta listan igen (GET /api/v1/files).").ToResult();

    /// <summary>The hash of <c>If-Match: "…"</c> (one strong tag), or null.</summary>
    private static string? IfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString().Trim();
        if (value.Length < 3 || value == "*" || value.StartsWith("W/", StringComparison.Ordinal) || value.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        return value.Trim('"');
    }

    private static string Quoted(string hash) => "\"" + hash + "\"";

    private static string Shown(RemissFolder folder, string path)
    {
        var relative = Path.GetRelativePath(folder.Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static DeskChoices Choices(LoadedRemiss loaded)
    {
        var bodies = loaded.Organisation?.File?.Bodies
            .Select(b => new BodyChoice(b.Id, b.Name, b.Meetings.Select(m => m.ToDateOnly()).ToList())).ToList() ?? [];
        var clauses = loaded.Registry.Definitions
            .Select(c => new ClauseChoice(c.Id, c.Text, c.Parameters.ToList(), c.Description)).ToList();
        return new DeskChoices(bodies, clauses, [.. RemissSchema.KindValues], [.. RemissSchema.PositionValues], [.. RemissSchema.ResponsePositionValues],
            [.. RemissSchema.Root.Child("decision")!.Child("meetings")!.Items!.Child("proposals")!.Items!.Child("motion")!.Choices]);
    }

    private static void CollectLists(EditValue value, string path, Dictionary<string, JsonNode?> lists)
    {
        switch (value)
        {
            case EditValue.Map map:
                foreach (var entry in map.Entries)
                {
                    CollectLists(entry.Value, path.Length == 0 ? entry.Key : path + "." + entry.Key, lists);
                }

                break;
            case EditValue.List list:
                lists[path] = Json(list);
                for (var i = 0; i < list.Items.Count; i++)
                {
                    CollectLists(list.Items[i], path + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", lists);
                }

                break;
        }
    }

    private static JsonNode? Json(EditValue value) => value switch
    {
        EditValue.Text text => text.Value is null ? null : JsonValue.Create(text.Value),
        EditValue.Map map => new JsonObject(map.Entries.Select(e => new KeyValuePair<string, JsonNode?>(e.Key, Json(e.Value)))),
        EditValue.List list => new JsonArray(list.Items.Select(Json).ToArray()),
        _ => null,
    };
}
