namespace Remiss.Core;

/// <summary>
/// The chain of meetings to follow on a given day (ORGANISATION.md §3): the backward plan, or the forward plan
/// when there is none before the deadline or its papers are already late. What overviews show as "papers due"
/// and "deciding meeting", and what calendars are written from; one rule for the CLI and the server.
/// </summary>
/// <param name="PapersDue">When the first body's papers are due.</param>
/// <param name="FirstBody">The first body's name.</param>
/// <param name="Meetings">The meetings in path order; the last is the deciding meeting.</param>
public sealed record PlanChain(CalendarDate PapersDue, string FirstBody, EquatableArray<PlannedMeeting> Meetings)
{
    /// <summary>The deciding body's meeting.</summary>
    public PlannedMeeting DecidingMeeting => Meetings[Meetings.Count - 1];

    /// <summary>The plan to follow on <paramref name="today"/>; null when neither plan has every meeting.</summary>
    public static PlanChain? Choose(MeetingPlan? plan, ForwardPlan? forward, CalendarDate today)
    {
        if (plan is { IsPlanned: true } && !plan.NeedsForwardPlan(today))
        {
            return new PlanChain(plan.PapersDue!.Value, plan.Meetings[0].Body, plan.Meetings);
        }

        return forward is { IsPlanned: true } ? new PlanChain(forward.PapersDue!.Value, forward.Meetings[0].Body, forward.Meetings) : null;
    }

    /// <summary>The chain of a matter referred back or tabled; null when its calendars do not reach.</summary>
    public static PlanChain? Of(ResumedPlan resumed) =>
        resumed.IsPlanned ? new PlanChain(resumed.PapersDue!.Value, resumed.Meetings[0].Body, resumed.Meetings) : null;

    /// <summary>
    /// The plan to follow on <paramref name="today"/> for a loaded remiss file with its organisation file; null when
    /// planning does not apply (see <see cref="MeetingPlan.For"/>) or no plan has every meeting. A matter left open
    /// by a referral back or tabling follows its <see cref="ResumedPlan"/>.
    /// </summary>
    public static PlanChain? For(RemissFile file, OrganisationFile organisation, CalendarDate today)
    {
        // A matter referred back or tabled (ORGANISATION.md §7) is open: it follows the body's next meetings.
        if (ResumedPlan.For(file, organisation) is { } resumed)
        {
            return Of(resumed);
        }

        var plan = MeetingPlan.For(file, organisation);
        var forward = plan is null ? null : ForwardPlan.IfNeeded(plan, file, organisation, today);
        return Choose(plan, forward, today);
    }
}
