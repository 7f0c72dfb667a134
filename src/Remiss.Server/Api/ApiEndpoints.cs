using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remiss.Core;
using Remiss.Core.Json;
using Remiss.Server.Hosting;
using Remiss.Server.Rendering;
using Remiss.Templates;

namespace Remiss.Server.Api;

/// <summary>
/// <c>/api/v1/…</c>: stateless endpoints for other region systems. Each request carries the files' text;
/// nothing is read from or written to the server's disk on a request's behalf, so any number of
/// instances can stand behind a load balancer.
/// </summary>
internal static partial class ApiEndpoints
{
    /// <summary>Where requests' diagnostics point: the JSON field the text came in.</summary>
    public const string RemissSource = "remiss";

    /// <summary>The content type of every error answer.</summary>
    public const string ProblemJson = "application/problem+json";

    /// <summary>Where the organisation text's diagnostics point.</summary>
    public const string OrganisationSource = "organisation";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("remiss");
        api.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status401Unauthorized, typeof(ApiProblem), [ProblemJson])); // with --api-key

        api.MapPost("/check", CheckAsync)
            .Documented<RemissRequest>("check", "Check a remiss file",
                "The diagnostics remiss check prints: code, severity, Swedish message, line and column. 200 also when the file has errors: the diagnostics are the answer.")
            .Produces<CheckResponse>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        api.MapPost("/render", RenderAsync)
            .Documented<RemissRequest>("render", "Render a document of a remiss file",
                "The document as a file, named the way the department asks (Content-Disposition). document: yttrande | tjansteutlatande | protokollsutdrag | anslag (with meeting=N, the Nth of decision.meetings; optional when one is recorded; anslag is the justering notice of a meeting with 'adjusted'); format: docx | pdf | md | html | eml (the yttrande only: the unsent e-mail to remiss.reply_to with the .docx and .pdf attached); pdf_profile: pdf-ua | pdfa-2a (PDF/A-2a and PDF/UA-1 in one file; default the organisation text's pdf_profile, else pdf-ua). A file with errors is 422 with its diagnostics; a full PDF queue is 503 with Retry-After.")
            .Produces(StatusCodes.Status200OK, contentType: OutputFormats.ContentType(OutputFormat.Docx), additionalContentTypes: [OutputFormats.ContentType(OutputFormat.Pdf), "text/markdown", "text/html", OutputFormats.ContentType(OutputFormat.Eml)])
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/plan", PlanAsync)
            .Documented<RemissRequest>("plan", "Plan a remiss backwards from its deadline through its committees' meetings",
                "ORGANISATION.md §3, as remiss plan --json prints it: the meetings, papers due, adjusted by, whether immediate adjustment is needed, and, when there is no plan or its papers are late on 'today' (yyyy-mm-dd, default the server's date), the forward plan and the extension to ask for. Needs the organisation text with the path bodies' meetings.")
            .Produces<PlanRow>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);

        api.MapPost("/pull", PullAsync)
            .Documented<PullRequest>("pull", "Take a Word document's edits back into its remiss file",
                "ROUNDTRIP.md §2, as remiss pull: the remiss file's text and the .docx rendered from it (base64, edited in Word) in; the remiss file's new text, edited in place (comments, key order and quoting elsewhere kept), and the changes field by field out. 422 with located diagnostics when nothing may be taken in: tracked changes (unless acceptChanges), changed standard wording, text outside the fields, a field changed in both, lost marks; a document with more paragraphs or text than a remiss file holds (RMS0187, RMS0188, refused before it is converted). The body may be up to " + (ApiLimits.PullBytes / 1024 / 1024) + " MiB; " + PullLimit.Permits + " pulls run at once and " + PullLimit.Queue + " wait, and any more are 503 with Retry-After (RMS0124).")
            .Produces<PullResponse>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        MapArchive(api);

        api.MapPost("/wording", WordingAsync)
            .Documented<WordingRequest>("wording", "The decision text for any ärende, without a remiss file",
                "Intro line from the path and the punctuated att-clauses, exactly as in the documents.")
            .Produces<WordingResponse>()
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The OpenAPI description every endpoint has: its name, summary and description, and its JSON body.</summary>
    private static RouteHandlerBuilder Documented<TRequest>(this RouteHandlerBuilder endpoint, string name, string summary, string description)
        where TRequest : notnull =>
        endpoint.WithName(name).WithSummary(summary).WithDescription(description + " " + ApiLimits.Described)
            .Accepts<TRequest>("application/json")
            .Problems(StatusCodes.Status503ServiceUnavailable); // the time limit (RMS0172)

    /// <summary>The error answers an endpoint may give, each <c>application/problem+json</c>.</summary>
    internal static RouteHandlerBuilder Problems(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            endpoint.Produces<ApiProblem>(status, ProblemJson);
        }

        return endpoint;
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, ServerOptions options)
    {
        var (loaded, problem) = await LoadAsync(request);
        if (loaded is null)
        {
            return problem!;
        }

        var diagnostics = loaded.Diagnostics.Select(DiagnosticJson.From).ToList();
        var errors = diagnostics.Count(d => d.Severity == "error");
        var status = loaded.File is { } file ? RemissStatus.For(file, loaded.Organisation, options.Today()) : null;
        return TypedResults.Json(new CheckResponse(errors == 0, errors, diagnostics.Count - errors, diagnostics, status is null ? null : StatusJson.Name(status.State), status?.Text),
            ServerJson.Api.CheckResponse);
    }

    private static async Task<IResult> RenderAsync(HttpRequest request, string? document, string? format, string? meeting,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "pdf_profile")] string? pdfProfile, ApiRenderer renderer, DocumentResults results)
    {
        // The query is checked before the body is read, so a bad URL costs nothing.
        if (DocumentKinds.Parse(document) is not { } kind)
        {
            return ServerProblems.InvalidParameterProblem(
                $"Parametern document {(document is null ? "saknas" : $"kan inte vara '{document}'")}. Välj bland {DocumentNames.DocumentChoices}, t.ex. /api/v1/render?document=yttrande&format=docx.").ToResult();
        }

        if (OutputFormats.Parse(format) is not { } outputFormat)
        {
            return ServerProblems.InvalidParameterProblem(
                $"Parametern format {(format is null ? "saknas" : $"kan inte vara '{format}'")}. Välj bland {DocumentNames.FormatChoices}, t.ex. /api/v1/render?document=yttrande&format=docx.").ToResult();
        }

        var profile = OrganisationSchema.ParsePdfProfile(pdfProfile);
        if (pdfProfile is not null && profile is null)
        {
            return ServerProblems.InvalidParameterProblem(
                $"Parametern pdf_profile kan inte vara '{pdfProfile}'. Välj bland {string.Join(", ", OrganisationSchema.PdfProfileValues)}, t.ex. /api/v1/render?document=protokollsutdrag&format=pdf&pdf_profile=pdfa-2a.").ToResult();
        }

        var (loaded, problem) = await LoadAsync(request);
        if (loaded?.File is not { } file)
        {
            return problem ?? ServerProblems.FileHasErrors(loaded!.Diagnostics).ToResult();
        }

        if (Document(file, kind, meeting, out var failure) is not { } wanted)
        {
            return failure!.ToResult();
        }

        var archival = (profile ?? loaded.Organisation?.PdfProfile) == PdfProfile.PdfA2a;
        return await results.RenderAsync(archival ? renderer.Archival : renderer.Renderer, file, wanted, outputFormat, attachment: true, request.HttpContext.RequestAborted);
    }

    /// <summary>The document <c>render</c> asked for; an extract is one recorded meeting's: meeting=N counts decision.meetings from 1 (optional when there is one).</summary>
    private static RemissDocument? Document(RemissFile file, DocumentKind kind, string? meeting, out ApiProblem? problem)
    {
        problem = null;
        if (!DocumentKinds.IsPerMeeting(kind))
        {
            return new RemissDocument(kind);
        }

        var meetings = file.Decision.Meetings;
        if (meetings.Count == 0)
        {
            problem = ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, ServerProblems.InvalidParameter, "No meeting recorded",
                "Remissfilen har inga registrerade sammanträden (decision.meetings), så det finns inget protokollsutdrag. Lägg till organets beslut: - { body: …, date: …, paragraph: … }.");
            return null;
        }

        var index = meeting is null && meetings.Count == 1 ? 1 : int.TryParse(meeting, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        if (index < 1 || index > meetings.Count)
        {
            problem = ServerProblems.InvalidParameterProblem(
                $"Parametern meeting {(meeting is null ? "saknas" : $"kan inte vara '{meeting}'")}. Ange vilket av de {meetings.Count} registrerade sammanträdena (1–{meetings.Count}, i ordningen i decision.meetings): " +
                string.Join(", ", meetings.Select((m, i) => $"{i + 1} = {m.Body} § {m.Paragraph}")) + ".");
            return null;
        }

        var chosen = meetings[index - 1];
        if (kind == DocumentKind.Anslag && chosen.Justering is null)
        {
            problem = ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, ServerProblems.InvalidParameter, "Minutes not justerade",
                $"Protokollet från {chosen.Body}s sammanträde den {chosen.Date} är inte justerat, så det finns inget anslag. Skriv dagen då protokollet justerades under 'adjusted' i posten i decision.meetings.");
            return null;
        }

        return new RemissDocument(kind, chosen);
    }

    private static async Task<IResult> PlanAsync(HttpRequest request, string? today, ServerOptions options)
    {
        var from = options.Today();
        if (today is not null)
        {
            if (DateRange.Parse(today, out var outOfRange) is not { } date)
            {
                return (outOfRange
                    ? ApiLimits.DateOutOfRange("today", today)
                    : ServerProblems.InvalidParameterProblem($"Parametern today kan inte vara '{today}'. Skriv ett datum som åååå-mm-dd, t.ex. /api/v1/plan?today=2025-03-01, eller utelämna den (serverns datum).")).ToResult();
            }

            from = date;
        }

        var (loaded, problem) = await LoadAsync(request, needsOrganisation: true);
        if (loaded?.File is not { } file || loaded.Organisation is not { } organisation)
        {
            return problem ?? ServerProblems.FileHasErrors(loaded!.Diagnostics).ToResult();
        }

        // One outlook, as remiss plan: a decided or sent remiss needs no plan from today; one referred back is planned again.
        if (PlanRow.From(RemissSource, file, RemissOutlook.For(file, organisation, from)) is not { } row)
        {
            return ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, ServerProblems.InvalidParameter, "No plan applies",
                $"Remissen kan inte planeras: {MeetingPlan.NotApplicableReason(file)}.").ToResult();
        }

        return TypedResults.Json(row, ServerJson.Api.PlanRow);
    }

    private static async Task<IResult> PullAsync(HttpRequest request, PullLimit limit)
    {
        // Admitted before the body is read: the body is where a pull's memory goes.
        using var place = await limit.EnterAsync(request.HttpContext.RequestAborted);
        if (place is null)
        {
            return PullLimit.Busy();
        }

        place.Large = request.ContentLength is null or > 1024 * 1024;

        var (body, docx, problem) = await PullBody.ReadAsync(request, ServerJson.Api.PullRequest, "docx",
            "Fältet 'docx' är inte base64. Skicka Word-dokumentets bytes base64-kodade.");
        if (body is null)
        {
            return problem!.ToResult();
        }

        if (body.Remiss is null || docx is null)
        {
            return RequestBody.Invalid("Fälten 'remiss' och 'docx' behövs: { \"remiss\": \"format: remiss/1\\n…\", \"docx\": \"UEsDB…\" } (remissfilens text och Word-dokumentet i base64).", null).ToResult();
        }

        var loaded = Workspace(body.Remiss, body.Organisation).Load(RemissSource, body.Remiss);
        var name = Path.GetFileName(body.DocxName) is { Length: > 0 } given ? given : "dokument.docx";
        var result = RemissPull.Pull(docx.Value, name, loaded, System.Text.Encoding.UTF8.GetBytes(body.Remiss), new PullOptions { AcceptChanges = body.AcceptChanges ?? false });
        var diagnostics = result.Diagnostics.Select(DiagnosticJson.From).ToList();
        if (result.HasErrors)
        {
            var first = result.Diagnostics.FirstOrDefault(d => d.IsError);
            return (ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, first?.Code ?? ServerProblems.InvalidRequest, "The document cannot be taken back",
                $"Ändringarna i {name} fördes inte in; remissfilen är oförändrad. Det första: {(first is null ? "okänt fel" : $"rad {first.Line}, kolumn {first.Column}: {first.Message}")}") with
            {
                Line = first?.Line,
                Column = first?.Column,
                Diagnostics = diagnostics,
            }).ToResult();
        }

        var changes = result.Changes.Select(c => new PullChangeJson(c.Path, c.Span.Line, c.Span.Column, c.Description)).ToList();
        return TypedResults.Json(new PullResponse(result.IsChanged, result.Text!, changes, diagnostics), ServerJson.Api.PullResponse);
    }

    private static async Task<IResult> WordingAsync(HttpRequest request)
    {
        var (body, problem) = await RequestBody.ReadAsync(request, ServerJson.Api.WordingRequest);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var answer = WordingAnswer.For(body!, ClauseRegistry.BuiltIn);
        return answer.Problem is { } wrong ? wrong.ToResult() : TypedResults.Json(answer.Response!, ServerJson.Api.WordingResponse);
    }

    /// <summary>
    /// The request's remiss text loaded with its organisation text, when given, or the problem to answer with: a body
    /// that is not JSON or too large, no remiss text, or (<paramref name="needsOrganisation"/>) no organisation text.
    /// The organisation's name, bodies and signatories apply; the files it names (templates, reference_docx,
    /// registries) are not read, since nothing in a request may become a path on the server.
    /// </summary>
    private static async Task<(ApiLoad? Loaded, IResult? Problem)> LoadAsync(HttpRequest request, bool needsOrganisation = false)
    {
        var (read, problem) = await RequestBody.ReadAsync(request, ServerJson.Api.RemissRequest);
        if (read is not { } body)
        {
            return (null, problem!.ToResult());
        }

        if (needsOrganisation && body.Organisation is null)
        {
            return (null, RequestBody.Invalid("Fältet 'organisation' behövs för en plan: planen görs från organens sammanträden (meetings) i organisationsfilen. Skicka { \"remiss\": \"…\", \"organisation\": \"…\" }.", null).ToResult());
        }

        if (body.Remiss is null)
        {
            return (null, RequestBody.Invalid("Fältet 'remiss' saknas. Skicka remissfilens text: { \"remiss\": \"format: remiss/1\\n…\" }.", null).ToResult());
        }

        var loaded = Workspace(body.Remiss, body.Organisation).Load(RemissSource, body.Remiss);
        return (new ApiLoad(loaded.HasErrors ? null : loaded.File, loaded.Organisation?.File, loaded.AllDiagnostics) { Sources = loaded.Result.Sources }, null);
    }

    /// <summary>
    /// A workspace whose only files are the request's texts: its registries are not read (nothing in a request may become
    /// a path on the server), so the built-in clauses apply.
    /// </summary>
    private static RemissWorkspace Workspace(string remiss, string? organisation)
    {
        var texts = new Dictionary<string, string> { [RemissSource] = remiss };
        if (organisation is not null)
        {
            texts[OrganisationSource] = organisation;
        }

        return new RemissWorkspace(new WorkspaceOptions
        {
            Source = new KnownFilesSource(texts),
            Organisation = organisation is null ? null : OrganisationSource,
            Registry = ClauseRegistry.BuiltIn,
        });
    }

    /// <summary>A request's files loaded: the model (null on any error) and the diagnostics of both texts.</summary>
    private sealed record ApiLoad(RemissFile? File, OrganisationFile? Organisation, IReadOnlyList<Diagnostic> Diagnostics)
    {
        /// <summary>Where each key of the remiss text is, for errors found after loading (an archive refused at response.sent).</summary>
        public SourceMap? Sources { get; init; }
    }
}

/// <summary>The renderer of the API: built-in templates (a request never names a template folder).</summary>
internal sealed class ApiRenderer
{
    public RemissRenderer Renderer { get; } = new();

    /// <summary>The same, making PDF/A-2a and PDF/UA-1 (<c>pdf_profile=pdfa-2a</c>).</summary>
    public RemissRenderer Archival { get; } = new(new RenderOptions { PdfProfile = PdfProfile.PdfA2a });
}
