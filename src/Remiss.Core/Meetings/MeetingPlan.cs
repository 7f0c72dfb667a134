namespace Remiss.Core;

/// <summary>
/// The plan backwards from the deadline (ORGANISATION.md §3): the deciding body's last meeting on or before
/// the deadline, each earlier body's last meeting strictly before the next body's, when the papers are due and
/// by when the deciding meeting's minutes are adjusted. A plain value, computable without any YAML:
/// <c>MeetingPlan.Backward(bodies, deadline)</c>.
/// </summary>
/// <param name="Deadline">The effective deadline the plan was made for (D).</param>
/// <param name="Status">Whether there is a plan; when not, <see cref="Blocker"/> says where it stops.</param>
/// <param name="Meetings">The chosen meetings in path order (empty without a plan); the last is the deciding meeting.</param>
/// <param name="PapersDue">The first body's meeting minus its <c>papers_due_days</c>.</param>
/// <param name="AdjustedBy">The deciding meeting plus the deciding body's <c>adjustment_days</c>.</param>
/// <param name="NeedsImmediateAdjustment">True when <see cref="AdjustedBy"/> is after the deadline: the decision must be declared immediately adjusted.</param>
/// <param name="Blocker">The body where a plan stopped, or null when planned.</param>
public sealed record MeetingPlan(
    CalendarDate Deadline,
    MeetingPlanStatus Status,
    EquatableArray<PlannedMeeting> Meetings,
    CalendarDate? PapersDue,
    CalendarDate? AdjustedBy,
    bool NeedsImmediateAdjustment,
    PlanBlocker? Blocker)
{
    /// <summary>True when every body has its meeting before the deadline.</summary>
    public bool IsPlanned => Status == MeetingPlanStatus.Planned;

    /// <summary>The deciding body's meeting, or null without a plan.</summary>
    public PlannedMeeting? DecidingMeeting => Meetings.IsEmpty ? null : Meetings[Meetings.Count - 1];

    /// <summary>
    /// True when the forward plan is what to follow on <paramref name="today"/>: there is no plan before the
    /// deadline, or its papers were due before today.
    /// </summary>
    public bool NeedsForwardPlan(CalendarDate today) => !IsPlanned || today > PapersDue;

    /// <summary>
    /// Plans <paramref name="path"/> (proposing body first, deciding body last) backwards from
    /// <paramref name="deadline"/>. <paramref name="calendarsStart"/> is the earliest meeting listed in the
    /// organisation file, any body (default: the earliest among <paramref name="path"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty, or a body in it has no meetings.</exception>
    public static MeetingPlan Backward(IReadOnlyList<OrganisationBody> path, CalendarDate deadline, CalendarDate? calendarsStart = null)
    {
        var start = MeetingCalendars.Start(path, calendarsStart);
        var chosen = new PlannedMeeting[path.Count];
        var bound = deadline; // the latest date the current body's meeting may have
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var body = path[i];
            var last = body.Meetings.Max();
            if (bound < start || bound > last)
            {
                // Before the calendars start, or past this body's last listed meeting: a later meeting may exist that the file does not list.
                return Stopped(deadline, MeetingPlanStatus.CalendarDoesNotReach, new PlanBlocker(body.Id, body.Name, bound, start, last));
            }

            var meeting = MeetingCalendars.LastOnOrBefore(body.Meetings, bound);
            if (meeting is not { } date)
            {
                return Stopped(deadline, MeetingPlanStatus.NoPlanBeforeDeadline, new PlanBlocker(body.Id, body.Name, bound, start, last));
            }

            chosen[i] = new PlannedMeeting(body.Id, body.Name, date);
            bound = date.AddDays(-1);
        }

        var first = path[0];
        var deciding = path[path.Count - 1];
        var adjustedBy = chosen[chosen.Length - 1].Date.AddDays(deciding.AdjustmentDays);
        return new MeetingPlan(
            deadline,
            MeetingPlanStatus.Planned,
            EquatableArray<PlannedMeeting>.Own(chosen),
            chosen[0].Date.AddDays(-first.PapersDueDays),
            adjustedBy,
            adjustedBy > deadline,
            null);
    }

    /// <summary>
    /// Plans <paramref name="path"/> forwards from <paramref name="from"/> (T): for when there is no plan before the
    /// deadline, or its papers are due before T. <paramref name="calendarsStart"/> as in <see cref="Backward"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty, or a body in it has no meetings.</exception>
    public static ForwardPlan Forward(IReadOnlyList<OrganisationBody> path, CalendarDate from, CalendarDate? calendarsStart = null) =>
        ForwardPlan.Compute(path, from, calendarsStart);

    /// <summary>
    /// The plan of a loaded remiss file with its organisation file: the effective deadline (FORMAT §2) and the
    /// path's bodies as the organisation file has them. Null when the plan does not apply: some path body is not
    /// in the organisation file, or has no <c>meetings</c>.
    /// </summary>
    public static MeetingPlan? For(RemissFile file, OrganisationFile organisation)
    {
        var bodies = MeetingCalendars.PathBodies(file, organisation);
        return bodies is null ? null : Backward(bodies, file.Remiss.EffectiveDeadline, MeetingCalendars.Start(organisation));
    }

    /// <summary>
    /// Why <see cref="For"/> gives no plan for <paramref name="file"/>, in Swedish, for the tools to print after their own
    /// lead: <c>alla organ i beslutsvägen (A och B) behöver 'meetings' i organisationsfilen</c>.
    /// </summary>
    public static string NotApplicableReason(RemissFile file) =>
        $"alla organ i beslutsvägen ({SwedishText.JoinList(file.Decision.Path)}) behöver 'meetings' i organisationsfilen";

    private static MeetingPlan Stopped(CalendarDate deadline, MeetingPlanStatus status, PlanBlocker blocker) =>
        new(deadline, status, default, null, null, false, blocker);
}
