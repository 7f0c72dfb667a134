namespace Remiss.Core;

/// <summary>
/// The chain of meetings to follow on a given day (ORGANISATION.md §3): the backward plan, or the forward plan
/// when there is none before the deadline or its papers are already late. What overviews show as "papers due"
/// and "deciding meeting", and what calendars are written from; chosen for every host by <see cref="RemissOutlook.For"/>.
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
}
