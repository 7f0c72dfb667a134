namespace Remiss.Core;

/// <summary>Where a remiss stands, from the first draft to the answer sent (<see cref="RemissStatus.Of(RemissFile, MeetingPlan?, CalendarDate)"/>).</summary>
public enum RemissState
{
    /// <summary>Open, on time, and no meeting plan (no organisation calendars for its path): <c>utkast</c>.</summary>
    Draft,

    /// <summary>Open, on time, and planned through its bodies' meetings before the deadline: <c>planerad</c>.</summary>
    Planned,

    /// <summary>Open, and past the deadline, past the plan's papers due, or with no plan before the deadline: <c>försenad</c>.</summary>
    Late,

    /// <summary>The deciding body's meeting is recorded (<c>decision.meetings</c>): <c>beslutad</c>.</summary>
    Decided,

    /// <summary>The answer was sent (<c>response.sent</c>): <c>skickad</c>.</summary>
    Sent,
}

/// <summary>
/// The one status of a remiss on a given day, which every overview shows (<c>remiss deadlines</c>, <c>remiss plan</c>,
/// the page's list and remiss view, the API, the calendar file): <c>utkast</c>, <c>planerad</c>, <c>försenad</c>,
/// <c>beslutad</c>, <c>skickad</c>. Sent wins over decided, decided over late; a date after <c>today</c> has not happened
/// yet, so <c>--today</c> gives the status as it was or will be on that day.
/// </summary>
/// <param name="State">The status.</param>
/// <param name="Deadline">The effective deadline relative to today (days left, extended, …).</param>
/// <param name="DecidingMeeting">The deciding body's recorded meeting when it was held on or before today, else null.</param>
/// <param name="Sent">The day the answer was sent, when on or before today, else null.</param>
public sealed record RemissStatus(RemissState State, DeadlineStatus Deadline, RecordedMeeting? DecidingMeeting, CalendarDate? Sent)
{
    /// <summary>The status as the tools print it: <c>utkast</c>, <c>planerad</c>, <c>försenad</c>, <c>beslutad</c>, <c>skickad</c>.</summary>
    public string Text => Describe(State);

    /// <summary>True while the answer is still to be decided (draft, planned or late): what deadline overviews count.</summary>
    public bool IsOpen => State is RemissState.Draft or RemissState.Planned or RemissState.Late;

    /// <summary>True while the remiss belongs in a calendar of things to do: not yet sent.</summary>
    public bool IsInCalendar => State != RemissState.Sent;

    /// <summary>The state in Swedish.</summary>
    public static string Describe(RemissState state) => state switch
    {
        RemissState.Draft => "utkast",
        RemissState.Planned => "planerad",
        RemissState.Late => "försenad",
        RemissState.Decided => "beslutad",
        _ => "skickad",
    };

    /// <summary>
    /// The status of <paramref name="file"/> on <paramref name="today"/>. <paramref name="plan"/> is its backward plan
    /// (<see cref="MeetingPlan.For"/>), or null when no organisation calendars apply. An open remiss is late when today
    /// is after the effective deadline, when no meeting plan reaches a decision before the deadline, or when the plan's
    /// papers were due before today and no meeting of the path has been recorded yet (once the first body has met, only
    /// the deadline counts).
    /// </summary>
    public static RemissStatus Of(RemissFile file, MeetingPlan? plan, CalendarDate today)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        var deadline = DeadlineStatus.For(file.Remiss, today);
        if (file.Response.Sent is { } sent && sent <= today)
        {
            return new RemissStatus(RemissState.Sent, deadline, Held(ResponseWording.DecidingMeeting(file), today), sent);
        }

        if (Held(ResponseWording.DecidingMeeting(file), today) is { } deciding)
        {
            return new RemissStatus(RemissState.Decided, deadline, deciding, null);
        }

        var started = file.Decision.Meetings.Any(m => m.Date <= today);
        var late = today > file.Remiss.EffectiveDeadline
            || plan is { Status: MeetingPlanStatus.NoPlanBeforeDeadline }
            || (plan is { IsPlanned: true, PapersDue: { } due } && today > due && !started);
        var state = late ? RemissState.Late : plan is { IsPlanned: true } ? RemissState.Planned : RemissState.Draft;
        return new RemissStatus(state, deadline, null, null);
    }

    /// <summary>The status of <paramref name="file"/> with its organisation file (its meeting calendars), or without one.</summary>
    public static RemissStatus For(RemissFile file, OrganisationFile? organisation, CalendarDate today) =>
        Of(file, organisation is null || file is null ? null : MeetingPlan.For(file, organisation), today);

    private static RecordedMeeting? Held(RecordedMeeting? meeting, CalendarDate today) => meeting is { } m && m.Date <= today ? m : null;
}
