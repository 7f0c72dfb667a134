namespace Remiss.Core;

/// <summary>One body's meeting in a plan: the body as the organisation file names it, and the date.</summary>
/// <param name="BodyId">The body's id in the organisation file.</param>
/// <param name="Body">The body's name, as the documents print it.</param>
/// <param name="Date">The meeting date.</param>
public sealed record PlannedMeeting(string BodyId, string Body, CalendarDate Date);

/// <summary>Whether a plan could be made from the meeting calendars (ORGANISATION.md §3).</summary>
public enum MeetingPlanStatus
{
    /// <summary>Every body of the path has its meeting.</summary>
    Planned,

    /// <summary>Some body has no meeting early enough: the remiss cannot pass its path before the deadline.</summary>
    NoPlanBeforeDeadline,

    /// <summary>
    /// The plan needs a date the calendars do not cover (before the earliest meeting listed, or after a body's
    /// last one): the organisation file should list more meetings; nothing is wrong with the remiss.
    /// </summary>
    CalendarDoesNotReach,
}

/// <summary>
/// Why a plan stops at a body: it has no meeting in time (<see cref="MeetingPlanStatus.NoPlanBeforeDeadline"/>),
/// or its calendar does not cover the date the plan needs (<see cref="MeetingPlanStatus.CalendarDoesNotReach"/>).
/// </summary>
/// <param name="BodyId">The body's id in the organisation file.</param>
/// <param name="Body">The body's name.</param>
/// <param name="Needed">
/// Backwards: the latest date the body's meeting may have (the deadline for the deciding body, the day before
/// the next body's meeting for the others). Forwards: the earliest.
/// </param>
/// <param name="CalendarFrom">The earliest meeting listed in the organisation file (any body): the calendars are complete from here.</param>
/// <param name="CalendarTo">The body's last listed meeting: its calendar is complete up to here.</param>
public sealed record PlanBlocker(string BodyId, string Body, CalendarDate Needed, CalendarDate CalendarFrom, CalendarDate CalendarTo)
{
    /// <summary>
    /// Why the plan stops, in Swedish: <c>Hälso- och sjukvårdsnämnden har inget sammanträde senast 2025-02-10</c>, or
    /// <c>sammanträdena för … i organisationsfilen gäller 2025-02-06–2025-04-23, men planen behöver 2025-06-30</c>.
    /// </summary>
    public string Describe(MeetingPlanStatus status) => status == MeetingPlanStatus.NoPlanBeforeDeadline
        ? $"{Body} har inget sammanträde senast {Needed}"
        : $"sammanträdena för {Body} i organisationsfilen gäller {CalendarFrom}–{CalendarTo}, men planen behöver {Needed}";
}
