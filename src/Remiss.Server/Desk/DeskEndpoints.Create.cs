using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using Remiss.Core;
using Remiss.Server.Api;
using Remiss.Server.Folder;
using Remiss.Templates;

namespace Remiss.Server.Desk;

// "Ny remiss": remiss new's one use case (Templates' NewRemiss), written into the served folder and answered by the index's id.
internal static partial class DeskEndpoints
{
    /// <summary>The schema reference new files carry, as <c>remiss new</c> writes it (the schema file beside them).</summary>
    private const string SchemaReference = "remiss.schema.json";

    private static void MapCreate(RouteGroupBuilder writes) =>
        writes.MapPost(string.Empty, CreateAsync)
            .WithName("createFile").WithSummary("Create a remiss file (Ny remiss)")
            .WithDescription("From an uploaded department remiss page or missive (HTML, text, Markdown or PDF, base64; read as remiss new --from reads it) or, with no source, an empty commented file. Named as remiss new names it (sou-2024-72.remiss.yaml from the number, else the title); never overwrites: 409 when the name is taken. Written inside the served folder only, never through a link; the answer's id opens it at once. The anti-forgery token as for PATCH; no If-Match.")
            .Accepts<DeskCreateRequest>("application/json")
            .Produces<DeskCreated>(StatusCodes.Status201Created)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
                StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> CreateAsync(HttpRequest request, RemissFolder folder, FolderSettings settings, FormCache forms)
    {
        var (body, problem) = await RequestBody.ReadAsync(request, ServerJson.Api.DeskCreateRequest, ApiLimits.PullBytes);
        if (body is null)
        {
            return problem!.ToResult();
        }

        var directory = folder.Root;
        if (body.Folder is { } beside)
        {
            if (folder.Find(beside) is not { } entry)
            {
                return Missing(beside);
            }

            directory = Path.GetDirectoryName(entry.FullPath)!;
        }

        byte[]? page = null;
        var pageName = Path.GetFileName(body.Source?.Name ?? string.Empty) is { Length: > 0 } named ? named : "sida.html";
        if (body.Source is { } source)
        {
            try
            {
                page = Convert.FromBase64String(source.ContentBase64 ?? throw new FormatException());
            }
            catch (FormatException)
            {
                return RequestBody.Invalid("Fältet 'source.contentBase64' saknas eller är inte base64. Skicka sidans eller missivets bytes base64-kodade.", null).ToResult();
            }
        }

        var made = NewRemiss.Create(page, pageName, new NewFileValues(null, null, null, null, null), null, SchemaReference, name =>
        {
            var organisation = settings.OrganisationFor(Path.Combine(directory, name));
            return (organisation is not null, organisation?.File?.Name);
        });
        if (made.Failed)
        {
            var first = made.Diagnostics.FirstOrDefault(d => d.IsError) ?? made.Diagnostics.First();
            var unreadable = DiagnosticDescriptors.CreateSourceUnreadable.Create(pageName, SourceSpan.Start, pageName, $"{first.Code}: {first.Message.TrimEnd('.')}");
            return Problem(new DeskProblem(ServerProblems.DocsUrl + "rms0259", "Page cannot be read", StatusCodes.Status422UnprocessableEntity, unreadable.Message, unreadable.Code)
            {
                Diagnostics = made.Diagnostics.Select(d => DeskDiagnostic.From(d with { FilePath = pageName }, null)).ToList(),
            });
        }

        var full = Path.Combine(directory, made.FileName!);
        if (RemissSave.WriteRefusal(full, folder.Root) is { } why)
        {
            var refused = DiagnosticDescriptors.WriteTargetRefused.Create(made.FileName!, SourceSpan.Start, why);
            return ServerProblems.Create(StatusCodes.Status403Forbidden, refused.Code, "File may not be written", refused.Message).ToResult();
        }

        var bytes = Encoding.UTF8.GetBytes(made.Text!);
        var relative = Path.GetRelativePath(folder.Root, full).Replace(Path.DirectorySeparatorChar, '/');
        if (!WriteNew(full, bytes))
        {
            var taken = DiagnosticDescriptors.CreateNameTaken.Create(relative, SourceSpan.Start, relative);
            return ServerProblems.Create(StatusCodes.Status409Conflict, taken.Code, "File exists", taken.Message).ToResult();
        }

        // The index learns of the file now, not after the watcher's quiet time, so the page can open it by its id at once.
        folder.Saved();
        var hash = forms.Remember(bytes);
        var id = folder.Entries.FirstOrDefault(e => e.FullPath == full)?.Id ?? string.Empty;
        request.HttpContext.Response.Headers.ETag = Quoted(hash);
        var warnings = made.Diagnostics.Select(d => DeskDiagnostic.From(d with { FilePath = pageName }, null)).ToList();
        return TypedResults.Json(new DeskCreated(id, relative, hash, warnings), ServerJson.Api.DeskCreated, statusCode: StatusCodes.Status201Created)
            is var answer && id.Length > 0 ? new Located(answer, "/api/v1/files/" + Uri.EscapeDataString(id)) : answer;
    }

    /// <summary>
    /// Writes a whole new file, never over one: a temporary file beside it, then a rename that fails when the name is
    /// taken (also by a file made between the check and the rename). False when the name is taken.
    /// </summary>
    private static bool WriteNew(string full, byte[] bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        try
        {
            File.Move(temp, full, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            File.Delete(temp);
            return false;
        }
    }

    /// <summary>An answer with a Location header.</summary>
    private sealed class Located(IResult inner, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Location = location;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
