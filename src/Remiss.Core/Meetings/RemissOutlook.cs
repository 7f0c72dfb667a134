namespace Remiss.Core;

/// <summary>
/// Everything an overview says of one remiss on a given day, decided once for every host (<c>remiss plan</c>,
/// <c>remiss deadlines</c>, their <c>.ics</c>, <c>/api/v1/plan</c> and the page): its one status, its backward plan,
/// the forward plan from today, the plan of a matter referred back or tabled, and the chain of meetings to follow.
/// A decided or sent remiss has no forward plan and no chain: its plan is what was followed, and its deciding meeting
/// is the one recorded (ORGANISATION.md §3, §7).
/// </summary>
/// <param name="Status">The one status (<see cref="RemissStatus.Of"/>).</param>
/// <param name="Plan">The backward plan, or null without an organisation file or when planning does not apply (<see cref="MeetingPlan.For"/>).</param>
/// <param name="Forward">The plan from today, when the remiss is open and its backward plan calls for one; else null.</param>
/// <param name="Resumed">The plan of a matter left open by a referral back or tabling; else null.</param>
/// <param name="Chain">The meetings to follow (papers due, the bodies' meetings); null once decided or sent, or when no plan has every meeting.</param>
public sealed record RemissOutlook(RemissStatus Status, MeetingPlan? Plan, ForwardPlan? Forward, ResumedPlan? Resumed, PlanChain? Chain)
{
    /// <summary>When the first body's papers are due: the chain's, or null once nothing more is due.</summary>
    public CalendarDate? PapersDue => Chain?.PapersDue;

    /// <summary>The deciding meeting: the one recorded once held, else the chain's planned one, else null.</summary>
    public CalendarDate? DecidingMeeting => Status.DecidingMeeting?.Date ?? Chain?.DecidingMeeting.Date;

    /// <summary>The outlook of <paramref name="file"/> on <paramref name="today"/>, with its organisation file (its meeting calendars) or without one.</summary>
    public static RemissOutlook For(RemissFile file, OrganisationFile? organisation, CalendarDate today)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        var plan = organisation is null ? null : MeetingPlan.For(file, organisation);
        var status = RemissStatus.Of(file, plan, today);
        if (plan is null || organisation is null)
        {
            return new RemissOutlook(status, null, null, null, null);
        }

        // A matter referred back or tabled (§7) is open and follows that body's next meetings; a decided or sent one needs nothing from today.
        var resumed = ResumedPlan.For(file, organisation);
        var forward = status.IsOpen ? ForwardPlan.IfNeeded(plan, file, organisation, today) : null;
        var chain = !status.IsOpen ? null : resumed is null ? PlanChain.Choose(plan, forward, today) : PlanChain.Of(resumed);
        return new RemissOutlook(status, plan, forward, resumed, chain);
    }
}
