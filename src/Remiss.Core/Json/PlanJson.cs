#if NET
#pragma warning disable CS1591 // the records' members are the JSON fields; docs/server.md describes them
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remiss.Core.Json;

// The plan as JSON: what /api/v1/plan answers and what `remiss plan --json` prints per remiss, one shape for both, here
// where the CLI and the server both reference it. net10.0 only: the JSON shapes use DateOnly and System.Text.Json.

/// <summary>One remiss's plan (ORGANISATION.md §3): the backward plan, the forward plan when it is needed, and the justering notices' dates (§8).</summary>
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
    string? RemissStatus = null,
    string? RemissStatusText = null,
    ResumedPlanJson? Resumed = null,
    IReadOnlyList<NoticeJson>? Notices = null)
{
    /// <summary>The row of <paramref name="file"/>'s outlook (<see cref="RemissOutlook.For"/>); null when it has no backward plan.</summary>
    public static PlanRow? From(string path, RemissFile file, RemissOutlook outlook) =>
        outlook.Plan is { } plan ? From(path, file, plan, outlook.Forward, outlook.Status, outlook.Resumed) : null;

    /// <summary>
    /// The row of <paramref name="file"/>'s plan; <paramref name="status"/> (Core's one status rule, <see cref="Core.RemissStatus"/>)
    /// adds <c>remissStatus</c> and <c>remissStatusText</c>, <paramref name="resumed"/> the plan of a matter referred back or tabled.
    /// </summary>
    public static PlanRow From(string path, RemissFile file, MeetingPlan plan, ForwardPlan? forward, Core.RemissStatus? status = null, ResumedPlan? resumed = null) => new(
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
        status is null ? null : StatusJson.Name(status.State),
        status?.Text,
        ResumedPlanJson.From(resumed),
        NoticeJson.From(file));
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
    /// <summary>The JSON of planned meetings.</summary>
    public static IReadOnlyList<PlanMeetingJson> From(IEnumerable<PlannedMeeting> meetings) =>
        meetings.Select(m => new PlanMeetingJson(m.BodyId, m.Body, m.Date.ToDateOnly())).ToList();
}

/// <summary>Where a plan stops.</summary>
public sealed record PlanBlockerJson(string BodyId, string Body, DateOnly Needed, DateOnly CalendarFrom, DateOnly CalendarTo)
{
    /// <summary>The JSON of where a plan stops, or null.</summary>
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
#endif
