namespace Remiss.Core;

/// <summary>
/// The plan forwards from a date T, for when there is no plan before the deadline or its papers are late
/// (ORGANISATION.md §3): the first body's first meeting on or after T plus its <c>papers_due_days</c>, each next
/// body's first meeting strictly after the previous one, and the extension to ask for — the deciding meeting
/// plus its <c>adjustment_days</c>.
/// </summary>
/// <param name="From">T: the day planned from (the CLI's <c>--today</c>).</param>
/// <param name="Status"><see cref="MeetingPlanStatus.Planned"/>, or <see cref="MeetingPlanStatus.CalendarDoesNotReach"/>.</param>
/// <param name="Meetings">The meetings in path order (empty when the calendars do not reach).</param>
/// <param name="PapersDue">The first meeting minus the first body's <c>papers_due_days</c> (on or after T).</param>
/// <param name="ExtensionUntil">The new deadline to ask for: the deciding meeting plus the deciding body's <c>adjustment_days</c>.</param>
/// <param name="Blocker">Whose calendar ends too early, or null.</param>
public sealed record ForwardPlan(
    CalendarDate From,
    MeetingPlanStatus Status,
    EquatableArray<PlannedMeeting> Meetings,
    CalendarDate? PapersDue,
    CalendarDate? ExtensionUntil,
    PlanBlocker? Blocker)
{
    /// <summary>True when every body has its meeting.</summary>
    public bool IsPlanned => Status == MeetingPlanStatus.Planned;

    /// <summary>The deciding body's meeting, or null.</summary>
    public PlannedMeeting? DecidingMeeting => Meetings.IsEmpty ? null : Meetings[Meetings.Count - 1];

    /// <summary>Plans <paramref name="path"/> forwards from <paramref name="from"/> (<see cref="MeetingPlan.Forward"/>).</summary>
    internal static ForwardPlan Compute(IReadOnlyList<OrganisationBody> path, CalendarDate from, CalendarDate? calendarsStart = null)
    {
        var start = MeetingCalendars.Start(path, calendarsStart);
        var chosen = new PlannedMeeting[path.Count];
        var bound = from.AddDays(path[0].PapersDueDays); // the earliest date the current body's meeting may have
        for (var i = 0; i < path.Count; i++)
        {
            var body = path[i];
            var last = body.Meetings.Max();
            var meeting = MeetingCalendars.FirstOnOrAfter(body.Meetings, bound);
            if (meeting is not { } date)
            {
                // After this body's last listed meeting. (A day before the calendars start is no problem forwards:
                // the first listed meeting is the one to plan for, whatever was held before the file's list begins.)
                return new ForwardPlan(from, MeetingPlanStatus.CalendarDoesNotReach, default, null, null, new PlanBlocker(body.Id, body.Name, bound, start, last));
            }

            chosen[i] = new PlannedMeeting(body.Id, body.Name, date);
            bound = date.AddDays(1);
        }

        return new ForwardPlan(
            from,
            MeetingPlanStatus.Planned,
            EquatableArray<PlannedMeeting>.Own(chosen),
            chosen[0].Date.AddDays(-path[0].PapersDueDays),
            chosen[chosen.Length - 1].Date.AddDays(path[path.Count - 1].AdjustmentDays),
            null);
    }

    /// <summary>
    /// The forward plan from <paramref name="today"/> when <paramref name="plan"/> (the backward plan of
    /// <paramref name="file"/>) calls for one (<see cref="MeetingPlan.NeedsForwardPlan"/>), else null.
    /// </summary>
    public static ForwardPlan? IfNeeded(MeetingPlan plan, RemissFile file, OrganisationFile organisation, CalendarDate today) =>
        plan.NeedsForwardPlan(today) ? For(file, organisation, today) : null;

    /// <summary>The forward plan of a loaded remiss file from <paramref name="from"/>; null when planning does not apply (see <see cref="MeetingPlan.For"/>).</summary>
    public static ForwardPlan? For(RemissFile file, OrganisationFile organisation, CalendarDate from)
    {
        var bodies = MeetingCalendars.PathBodies(file, organisation);
        return bodies is null ? null : Compute(bodies, from, MeetingCalendars.Start(organisation));
    }
}
