using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Remiss.Core;
using Remiss.Core.Json;

namespace Remiss.Server.Api;

/// <summary>
/// <c>/api/v1/wording</c>: the clauses resolved against the registry and punctuated by Core, or the first
/// problem. The same Core calls as <c>remiss wording</c>; only the input shape is JSON instead of flags.
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

        var path = (request.Path ?? []).Select(b => b?.Trim() ?? string.Empty).Where(b => b.Length > 0).ToList();
        if (path.Count == 0)
        {
            return Fail(RequestBody.Invalid("Fältet 'path' saknas eller är tomt. Ange organen i ordning, det som föreslår först och det som beslutar sist: \"path\": [\"Hälso- och sjukvårdsutskottet\", \"Hälso- och sjukvårdsnämnden\"].", null));
        }

        var clauses = request.Clauses ?? [];
        if (clauses.Count == 0 && request.Meeting is null)
        {
            return Fail(RequestBody.Invalid("Fältet 'clauses' saknas eller är tomt. Ange minst en att-sats: \"clauses\": [{ \"id\": \"submit-response\" }, { \"text\": \"egen text\" }].", null));
        }

        if ((request.Style is null ? HouseStyle.Att : OrganisationSchema.ParseHouseStyle(request.Style)) is not { } style)
        {
            return Fail(ServerProblems.InvalidParameterProblem($"'style' kan inte vara '{request.Style}'. Tillåtna värden: {string.Join(", ", OrganisationSchema.HouseStyleValues)} (som house_style i organisationsfilen)."));
        }

        if (request.Remiss?.Kind is { } kind && RemissSchema.ParseKind(kind) is null)
        {
            return Fail(ServerProblems.InvalidParameterProblem($"'remiss.kind' kan inte vara '{kind}'. Tillåtna värden: {string.Join(", ", RemissSchema.KindValues)}."));
        }

        var context = Context(request.Remiss);
        var texts = new List<string>(clauses.Count);
        var references = new List<ClauseReference>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var where = $"clauses[{i}]";
            if (clause is null || (clause.Id is null) == (clause.Text is null))
            {
                return Fail(RequestBody.Invalid($"'{where}' ska ha antingen 'id' (en standardsats) eller 'text' (egen text), inte båda och inte ingen.", null));
            }

            if (clause.Text is not null)
            {
                var own = DecisionClauses.Normalize(clause.Text, style);
                texts.Add(own);
                references.Add(style == HouseStyle.Numbered ? ClauseReference.ForStatement(own) : ClauseReference.ForText(own));
                continue;
            }

            var id = clause.Id!.Trim();
            var reference = clause.Arguments is { Count: > 0 } named
                ? ClauseReference.ForId(id, named)
                : clause.Argument is { } argument ? ClauseReference.ForId(id, argument) : ClauseReference.ForId(id);
            if (registry.Check(reference, style) is { } wrong)
            {
                // Core's check, in the words a remiss file gets; only where it points is the request's.
                return Fail(Unprocessable(wrong.Code, $"'{where}': {wrong.Message}"));
            }

            var missing = registry.TryGet(id, out var definition)
                ? definition.PlaceholdersIn(style).Where(p => ClauseDefinition.ContextPlaceholders.Contains(p) && !Has(request.Remiss, p)).Select(FieldFor).Distinct().ToList()
                : [];
            if (missing.Count > 0)
            {
                return Fail(Unprocessable(DiagnosticDescriptors.ClauseArguments.Code,
                    $"'{where}': att-satsen \"{id}\" nämner remissen och behöver {string.Join(" och ", missing)}."));
            }

            texts.Add(registry.Resolve(reference, context, style));
            references.Add(reference);
        }

        if (request.Meeting is { } meeting)
        {
            return ForMeeting(meeting, path, references, new MeetingRecordWording(registry, context, style), registry, style);
        }

        var decision = DecisionText.For(path, texts, style);
        return new WordingAnswer(new WordingResponse(decision.Intro, decision.Clauses.ToList(), decision.ToText()), null);
    }

    /// <summary>The meeting's <c>Beslut:</c> and sections (ORGANISATION.md §7): the object read and checked by Core as YAML (JSON is YAML), worded by Core.</summary>
    private static WordingAnswer ForMeeting(JsonElement meeting, List<string> path, List<ClauseReference> proposal, MeetingRecordWording wording, ClauseRegistry registry, HouseStyle style)
    {
        if (meeting.ValueKind != JsonValueKind.Object)
        {
            return Fail(RequestBody.Invalid("Fältet 'meeting' ska vara ett objekt med nycklarna i en post under decision.meetings, t.ex. { \"proposals\": [{ \"by\": \"Pia Lundin (SJVP)\", \"motion\": \"approve\" }] }.", null));
        }

        var result = MeetingRecordLoader.Load(meeting.GetRawText(), "meeting", path, registry, style);
        if (result.Meeting is not { } record)
        {
            var first = result.Diagnostics.First(d => d.IsError);
            return Fail(Unprocessable(first.Code, $"Fältet 'meeting' har {result.Diagnostics.Count(d => d.IsError)} fel. Det första: rad {first.Line}, kolumn {first.Column}: {first.Message}") with
            {
                Line = first.Line,
                Column = first.Column,
                Diagnostics = result.Diagnostics.Select(DiagnosticJson.From).ToList(),
            });
        }

        if (proposal.Count == 0 && DecisionRoute.DecidesMatter(record.Proceedings))
        {
            return Fail(RequestBody.Invalid("Fältet 'clauses' saknas eller är tomt. Sammanträdet avgjorde ärendet, och Beslut: skrivs med förslagets att-satser: \"clauses\": [{ \"id\": \"submit-response\" }].", null));
        }

        var index = DecisionRoute.PathIndex(path, record);
        var decision = wording.Decision(path, index, record.Proceedings, proposal);
        var sections = wording.Sections(path, index, record.Proceedings);
        return new WordingAnswer(new WordingResponse(decision.Intro, decision.Clauses.ToList(), MeetingRecordWording.ToText(decision, sections), WordingSection.From(sections)), null);
    }

    private static WordingAnswer Fail(ApiProblem problem) => new(null, problem);

    private static ApiProblem Unprocessable(string code, string detail) =>
        ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, code, "The clauses cannot be worded", detail);

    private static bool Has(WordingContext? remiss, string placeholder) => placeholder switch
    {
        "response_title" or "document_name" => !string.IsNullOrWhiteSpace(remiss?.Title),
        "department" => !string.IsNullOrWhiteSpace(remiss?.Department),
        "organisation" => !string.IsNullOrWhiteSpace(remiss?.Organisation),
        _ => true,
    };

    private static string FieldFor(string placeholder) => placeholder switch
    {
        "response_title" or "document_name" => "remissens titel: \"remiss\": { \"title\": …, \"kind\": …, \"number\": … }",
        "department" => "departementet: \"remiss\": { \"department\": … }",
        _ => "organisationen: \"remiss\": { \"organisation\": … }",
    };

    private static ClauseContext Context(WordingContext? remiss) =>
        ClauseContext.For(remiss?.Title, RemissSchema.ParseKind(remiss?.Kind ?? "other") ?? ReferralKind.Other, remiss?.Number, remiss?.Department, remiss?.Organisation);
}
