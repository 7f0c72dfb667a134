using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Remiss.Core;
using Remiss.Core.Json;

namespace Remiss.Server.Api;

/// <summary>
/// <c>/api/v1/wording</c>: Core's <see cref="DecisionWording.Compose"/>, as <c>remiss wording</c> calls it; only the input
/// shape is JSON instead of flags, and a problem is problem+json naming the request's field.
/// </summary>
internal sealed record WordingAnswer(WordingResponse? Response, ApiProblem? Problem)
{
    public static WordingAnswer For(WordingRequest request, ClauseRegistry registry)
    {
        // The caps first, before any work on the lists (a 1 MiB body holds 80,000 path entries).
        if ((ApiLimits.TooMany("path", request.Path?.Count, ListLimits.For("decision.path"))
            ?? ApiLimits.TooMany("clauses", request.Clauses?.Count, ListLimits.For("decision.clauses"))
            ?? request.Clauses?.Select((c, i) => ApiLimits.TooMany($"clauses[{i}].arguments", c?.Arguments?.Count, (ListLimits.ClauseArguments, "en att-sats har några få argument"))).FirstOrDefault(p => p is not null)) is { } tooMany)
        {
            return Fail(tooMany);
        }

        if (request.Meeting is { ValueKind: not JsonValueKind.Object })
        {
            return Fail(RequestBody.Invalid("Fältet 'meeting' ska vara ett objekt med nycklarna i en post under decision.meetings, t.ex. { \"proposals\": [{ \"by\": \"Pia Lundin (SJVP)\", \"motion\": \"approve\" }] }.", null));
        }

        var remiss = request.Remiss;
        var result = DecisionWording.Compose(
            request.Path ?? [],
            [.. (request.Clauses ?? []).Select(c => c is null ? null : new WrittenClause(c.Id, c.Argument, c.Arguments, c.Text))],
            new WordingFacts(remiss?.Title, remiss?.Kind, remiss?.Number, remiss?.Department, remiss?.Organisation),
            request.Style,
            registry,
            request.Meeting is { } meeting ? new WordingMeeting("meeting", meeting.GetRawText()) : null,
            FieldFor);
        if (result.Problem is { } problem)
        {
            var where = problem.Field == WordingField.Clause ? $"clauses[{problem.Index}]" : FieldFor(problem.Field);
            var detail = $"'{where}': {problem.Message}";
            return Fail(problem switch
            {
                { Field: WordingField.Meeting, Code: { } code } => Unprocessable(code, detail) with
                {
                    Line = result.Line,
                    Column = result.Column,
                    Diagnostics = result.MeetingDiagnostics.Select(DiagnosticJson.From).ToList(),
                },
                { Code: { } code } => Unprocessable(code, detail),
                { Field: WordingField.Style or WordingField.Kind } => ServerProblems.InvalidParameterProblem(detail),
                _ => RequestBody.Invalid(detail, null),
            });
        }

        var decision = result.Decision!;
        return new WordingAnswer(new WordingResponse(decision.Intro, decision.Clauses.ToList(), result.ToText(), result.Sections is { } sections ? WordingSection.From(sections) : null), null);
    }

    private static WordingAnswer Fail(ApiProblem problem) => new(null, problem);

    private static ApiProblem Unprocessable(string code, string detail) =>
        ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, code, "The clauses cannot be worded", detail);

    /// <summary>The request's field that gives what <paramref name="field"/> names.</summary>
    private static string FieldFor(WordingField field) => field switch
    {
        WordingField.Path => "path",
        WordingField.Clauses or WordingField.Clause => "clauses",
        WordingField.Style => "style",
        WordingField.Kind => "remiss.kind",
        WordingField.Title => "\"remiss\": { \"title\": …, \"kind\": …, \"number\": … }",
        WordingField.Department => "\"remiss\": { \"department\": … }",
        WordingField.Organisation => "\"remiss\": { \"organisation\": … }",
        _ => "meeting",
    };
}
