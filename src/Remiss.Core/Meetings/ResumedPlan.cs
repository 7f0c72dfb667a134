namespace Remiss.Core;

/// <summary>
/// The plan of a matter left open by a carried referral back or tabling (ORGANISATION.md §7): that body takes it up
/// again at its next meeting (for a tabling: the meeting it was tabled to), the bodies after it follow at their next
/// meetings, and when the deciding meeting falls after the deadline, the extension to ask for. A plan of the files only,
/// never of today's date.
/// </summary>
/// <param name="Record">The recorded meeting that referred the matter back or tabled it (the last one recorded).</param>
/// <param name="Motion"><see cref="Motion.ReferBack"/> or <see cref="Motion.Table"/>.</param>
/// <param name="Deadline">The effective deadline (FORMAT §2).</param>
/// <param name="Status"><see cref="MeetingPlanStatus.Planned"/>, or <see cref="MeetingPlanStatus.CalendarDoesNotReach"/> when a body lists no later meeting.</param>
/// <param name="Meetings">The meetings from that body to the end of the path (empty when the calendars do not reach).</param>
/// <param name="PapersDue">The first of them minus that body's <c>papers_due_days</c>.</param>
/// <param name="AdjustedBy">The deciding meeting plus the deciding body's <c>adjustment_days</c>.</param>
/// <param name="ExtensionUntil">The new deadline to ask for (<see cref="AdjustedBy"/>) when the deciding meeting is after the deadline; else null.</param>
/// <param name="NeedsImmediateAdjustment">True when the deciding meeting is in time but its minutes are adjusted after the deadline.</param>
/// <param name="Blocker">Whose calendar ends too early, or null.</param>
public sealed record ResumedPlan(
    RecordedMeeting Record,
    Motion Motion,
    CalendarDate Deadline,
    MeetingPlanStatus Status,
    EquatableArray<PlannedMeeting> Meetings,
    CalendarDate? PapersDue,
    CalendarDate? AdjustedBy,
    CalendarDate? ExtensionUntil,
    bool NeedsImmediateAdjustment,
    PlanBlocker? Blocker)
{
    /// <summary>True when every body from the referring one has its meeting.</summary>
    public bool IsPlanned => Status == MeetingPlanStatus.Planned;

    /// <summary>The deciding body's meeting, or null.</summary>
    public PlannedMeeting? DecidingMeeting => Meetings.IsEmpty ? null : Meetings[Meetings.Count - 1];

    /// <summary>
    /// The plan of a loaded remiss file whose last recorded meeting carried a referral back or tabling
    /// (<see cref="DecisionRoute.OpenRecord"/>); null when none did, or planning does not apply (see <see cref="MeetingPlan.For"/>).
    /// </summary>
    public static ResumedPlan? For(RemissFile file, OrganisationFile organisation)
    {
        if (DecisionRoute.OpenRecord(file) is not { } record || MeetingCalendars.PathBodies(file, organisation) is not { } bodies)
        {
            return null;
        }

        var index = DecisionRoute.PathIndex(file.Decision.Path, record);
        if (index < 0)
        {
            return null;
        }

        var procedural = DecisionRoute.CarriedProcedural(record.Proceedings)!;
        var deadline = file.Remiss.EffectiveDeadline;
        var start = MeetingCalendars.Start(organisation) ?? record.Date;
        var chosen = new List<PlannedMeeting>(bodies.Count - index);
        var bound = record.Date.AddDays(1);
        for (var i = index; i < bodies.Count; i++)
        {
            var body = bodies[i];
            // A tabled matter returns at the meeting it was tabled to; otherwise at the body's next listed meeting.
            var meeting = i == index && procedural.Motion == Motion.Table && procedural.Date is { } tabled && tabled >= bound
                ? tabled
                : MeetingCalendars.FirstOnOrAfter(body.Meetings, bound);
            if (meeting is not { } date)
            {
                return new ResumedPlan(record, procedural.Motion, deadline, MeetingPlanStatus.CalendarDoesNotReach, default, null, null, null, false,
                    new PlanBlocker(body.Id, body.Name, bound, start, body.Meetings.Max()));
            }

            chosen.Add(new PlannedMeeting(body.Id, body.Name, date));
            bound = date.AddDays(1);
        }

        var deciding = chosen[chosen.Count - 1].Date;
        var adjustedBy = deciding.AddDays(bodies[bodies.Count - 1].AdjustmentDays);
        return new ResumedPlan(
            record,
            procedural.Motion,
            deadline,
            MeetingPlanStatus.Planned,
            chosen.ToEquatableArray(),
            chosen[0].Date.AddDays(-bodies[index].PapersDueDays),
            adjustedBy,
            deciding > deadline ? adjustedBy : null,
            deciding <= deadline && adjustedBy > deadline,
            null);
    }
}
