using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remiss.Core;
using Remiss.Server.Api;
using Remiss.Server.Folder;
using Remiss.Server.Hosting;
using Remiss.Templates;

namespace Remiss.Server.Desk;

// The writes beside PATCH: a meeting recorded, the answer marked sent, a .docx pulled. Each is one RemissSave with
// If-Match, answered like PATCH.
internal static partial class DeskEndpoints
{
    static partial void MapMore(RouteGroupBuilder writes)
    {
        MapCreate(writes);
        int[] saveProblems = [StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict,
            StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired];

        writes.MapPost("/{id}/meetings", MeetingAsync)
            .WithName("recordMeeting").WithSummary("Record a meeting of the decision path")
            .WithDescription("The body is one decision.meetings entry (ORGANISATION.md §4 and §7: body, date, paragraph, note, proposals, vote, outcome, reservations, entries, disqualified, not_taking_part), added as the last recorded meeting, written like the others. If-Match and the anti-forgery token as for PATCH; the same answers.")
            .Accepts<JsonObject>("application/json")
            .Produces<DeskSaved>()
            .Problems(saveProblems);

        writes.MapPost("/{id}/sent", SentAsync)
            .WithName("markSent").WithSummary("Mark the answer as sent (Markera som skickad)")
            .WithDescription("Sets response.sent to date (yyyy-mm-dd; default the server's today). If-Match and the anti-forgery token as for PATCH; the same answers.")
            .Accepts<DeskSentRequest>("application/json")
            .Produces<DeskSaved>()
            .Problems(saveProblems);

        writes.MapPost("/{id}/pull", PullAsync)
            .WithName("pullDocx").WithSummary("Take an edited .docx back into the remiss file")
            .WithDescription("As remiss pull, with its rules and Swedish messages: apply false (the default) answers the changes field by field and writes nothing; apply true writes them in place. If-Match and the anti-forgery token as for PATCH. The body may be up to " + (ApiLimits.PullBytes / 1024 / 1024) + " MiB.")
            .Accepts<DeskPullRequest>("application/json")
            .Produces<DeskPulled>()
            .Problems(saveProblems);
    }

    private static async Task<IResult> MeetingAsync(string id, HttpRequest request, RemissFolder folder, FolderSettings settings, FormCache forms)
    {
        var (target, body, refused) = await WriteAsync(id, request, folder, ServerJson.Api.JsonObject);
        if (body is null)
        {
            return refused!;
        }

        var element = JsonSerializer.SerializeToElement(body, ServerJson.Api.JsonObject);
        if (DeskEdits.Tree(element, "decision.meetings[0]") is not EditValue.Map { Entries.Count: > 0 } meeting)
        {
            return InvalidEdit("decision.meetings", "mötet ska vara ett objekt med minst body, date och paragraph");
        }

        var result = RemissSave.Save(settings.Workspace, target.Entry.FullPath, target.IfMatch, (_, _, text) =>
        {
            var recorded = RemissFileValues.Read(text, target.Entry.FullPath, out _)?.Get("decision") is EditValue.Map decision && decision.Get("meetings") is EditValue.List list ? list.Items.Count : 0;
            return RemissFileEditor.Apply(text, target.Entry.FullPath, [DeskEdits.NewListItem("decision.meetings", recorded, meeting)]);
        }, SaveOptionsFor(target.IfMatch, folder, forms));
        return Answer(result, target.Entry, request.HttpContext, folder, forms);
    }

    private static async Task<IResult> SentAsync(string id, HttpRequest request, RemissFolder folder, FolderSettings settings, FormCache forms, ServerOptions options)
    {
        var (target, body, refused) = await WriteAsync(id, request, folder, ServerJson.Api.DeskSentRequest);
        if (body is null)
        {
            return refused!;
        }

        var date = options.Today();
        if (body.Date is { } given && !CalendarDate.TryParseIso(given, out date))
        {
            return InvalidEdit("response.sent", $"'{given}' är inget datum; skriv åååå-mm-dd, t.ex. 2025-03-20");
        }

        var result = RemissSave.Save(settings.Workspace, target.Entry.FullPath, target.IfMatch,
            [new ScalarEdit("response.sent", date.ToString()) { Typed = true }], SaveOptionsFor(target.IfMatch, folder, forms));
        return Answer(result, target.Entry, request.HttpContext, folder, forms);
    }

    private static async Task<IResult> PullAsync(string id, HttpRequest request, RemissFolder folder, FolderSettings settings, FormCache forms, PullLimit limit)
    {
        if (Target(id, request, folder) is not { } target)
        {
            return TargetProblem(id, request, folder);
        }

        // The same admission as the API's pull, before the body is read: the body is where a pull's memory goes.
        using var place = await limit.EnterAsync(request.HttpContext.RequestAborted);
        if (place is null)
        {
            return PullLimit.Busy();
        }

        place.Large = request.ContentLength is null or > 1024 * 1024;
        const string NotBase64 = "Fältet 'docxBase64' saknas eller är inte base64. Skicka Word-dokumentets bytes base64-kodade.";
        var (body, read, problem) = await PullBody.ReadAsync(request, ServerJson.Api.DeskPullRequest, "docxBase64", NotBase64);
        if (body is null)
        {
            return problem!.ToResult();
        }

        if (read is not { } docx)
        {
            return RequestBody.Invalid(NotBase64, null).ToResult();
        }

        var name = Path.GetFileName(body.DocxName) is { Length: > 0 } given ? given : "dokument.docx";
        IReadOnlyList<DeskPullChange> changes = [];
        var result = RemissSave.Save(settings.Workspace, target.Entry.FullPath, target.IfMatch, (current, bytes, _) =>
        {
            var pulled = RemissPull.Pull(docx, name, current, bytes, new PullOptions { AcceptChanges = body.AcceptChanges });
            changes = pulled.Changes.Select(c => new DeskPullChange(c.Path, c.Span.Line, c.Span.Column, c.Description)).ToList();
            return new EditResult(pulled.Text, pulled.Diagnostics);
        }, SaveOptionsFor(target.IfMatch, folder, forms, apply: body.Apply));

        if (result.Status is not (SaveStatus.Saved or SaveStatus.Unchanged or SaveStatus.Preview))
        {
            return Answer(result, target.Entry, request.HttpContext, folder, forms);
        }

        if (result.Status == SaveStatus.Saved)
        {
            forms.Remember(result.Bytes!);
            folder.Saved();
        }

        request.HttpContext.Response.Headers.ETag = "\"" + result.Hash + "\"";
        var diagnostics = result.Diagnostics.Select(d => DeskDiagnostic.From(d with { FilePath = target.Entry.RelativePath }, result.Sources)).ToList();
        return TypedResults.Json(new DeskPulled(result.Status == SaveStatus.Saved, result.Hash, changes,
            result.Changes.Select(c => new DeskChange(c.Path, c.Before, c.Now)).ToList(), diagnostics), ServerJson.Api.DeskPulled);
    }
}
