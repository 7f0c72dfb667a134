using System.Text.Json;
using System.Text.Json.Serialization;
using Remiss.Core;

namespace Remiss.Server.Api;

// The plan as JSON: what /api/v1/plan answers and what `remiss plan --json` prints per remiss, one shape for both.

/// <summary>One remiss's plan (ORGANISATION.md §3): the backward plan, and the forward plan when it is needed.</summary>
public sealed record PlanRow(
    string File,
    string? Number,
    string Title,
    string Dnr,
    DateOnly Deadline,
    [property: JsonConverter(typeof(PlanStatusConverter))] MeetingPlanStatus Status,
    IReadOnlyList<PlanMeetingJson> Meetings,
    DateOnly? PapersDue,
    DateOnly? DecidingMeeting,
    DateOnly? AdjustedBy,
    bool ImmediateAdjustment,
    bool ImmediateAdjustmentInClauses,
    PlanBlockerJson? Blocker,
    ForwardPlanJson? Forward,
    ResumedPlanJson? Resumed = null)
{
    public static PlanRow From(string path, RemissFile file, MeetingPlan plan, ForwardPlan? forward, ResumedPlan? resumed = null) => new(
        path,
        file.Remiss.Number?.Text,
        file.Remiss.Title,
        file.Case.Dnr,
        plan.Deadline.ToDateOnly(),
        plan.Status,
        PlanMeetingJson.From(plan.Meetings),
        plan.PapersDue?.ToDateOnly(),
        plan.DecidingMeeting?.Date.ToDateOnly(),
        plan.AdjustedBy?.ToDateOnly(),
        plan.NeedsImmediateAdjustment,
        DecisionClauses.DeclaresImmediateAdjustment(file.Decision.Clauses),
        PlanBlockerJson.From(plan.Blocker),
        forward is null ? null : new ForwardPlanJson(
            forward.From.ToDateOnly(),
            forward.Status,
            PlanMeetingJson.From(forward.Meetings),
            forward.PapersDue?.ToDateOnly(),
            forward.DecidingMeeting?.Date.ToDateOnly(),
            forward.ExtensionUntil?.ToDateOnly(),
            PlanBlockerJson.From(forward.Blocker)),
        ResumedPlanJson.From(resumed));
}

/// <summary>
/// A matter left open by a carried referral back or tabling (ORGANISATION.md §7): who sent it back, when, and its new
/// plan from that body's next meeting, with the extension to ask for when the deciding meeting is after the deadline.
/// </summary>
public sealed record ResumedPlanJson(
    string Motion,
    string Body,
    DateOnly Date,
    int Paragraph,
    [property: JsonConverter(typeof(PlanStatusConverter))] MeetingPlanStatus Status,
    IReadOnlyList<PlanMeetingJson> Meetings,
    DateOnly? PapersDue,
    DateOnly? DecidingMeeting,
    DateOnly? ExtensionUntil,
    bool ImmediateAdjustment,
    PlanBlockerJson? Blocker)
{
    public static ResumedPlanJson? From(ResumedPlan? resumed) => resumed is null ? null : new(
        RemissSchema.MotionName(resumed.Motion),
        resumed.Record.Body,
        resumed.Record.Date.ToDateOnly(),
        resumed.Record.Paragraph,
        resumed.Status,
        PlanMeetingJson.From(resumed.Meetings),
        resumed.PapersDue?.ToDateOnly(),
        resumed.DecidingMeeting?.Date.ToDateOnly(),
        resumed.ExtensionUntil?.ToDateOnly(),
        resumed.NeedsImmediateAdjustment,
        PlanBlockerJson.From(resumed.Blocker));
}

/// <summary>A planned meeting.</summary>
public sealed record PlanMeetingJson(string BodyId, string Body, DateOnly Date)
{
    public static IReadOnlyList<PlanMeetingJson> From(IEnumerable<PlannedMeeting> meetings) =>
        meetings.Select(m => new PlanMeetingJson(m.BodyId, m.Body, m.Date.ToDateOnly())).ToList();
}

/// <summary>Where a plan stops.</summary>
public sealed record PlanBlockerJson(string BodyId, string Body, DateOnly Needed, DateOnly CalendarFrom, DateOnly CalendarTo)
{
    public static PlanBlockerJson? From(PlanBlocker? blocker) => blocker is null
        ? null
        : new(blocker.BodyId, blocker.Body, blocker.Needed.ToDateOnly(), blocker.CalendarFrom.ToDateOnly(), blocker.CalendarTo.ToDateOnly());
}

/// <summary>The forward plan and the extension to ask for.</summary>
public sealed record ForwardPlanJson(
    DateOnly From,
    [property: JsonConverter(typeof(PlanStatusConverter))] MeetingPlanStatus Status,
    IReadOnlyList<PlanMeetingJson> Meetings,
    DateOnly? PapersDue,
    DateOnly? DecidingMeeting,
    DateOnly? ExtensionUntil,
    PlanBlockerJson? Blocker);

/// <summary>The plan's status as a camelCase string (<c>planned</c>, <c>noPlanBeforeDeadline</c>, <c>calendarDoesNotReach</c>), without reflection.</summary>
public sealed class PlanStatusConverter() : JsonStringEnumConverter<MeetingPlanStatus>(JsonNamingPolicy.CamelCase);
