namespace Remiss.Core;

/// <summary>Where a remiss stands against its deadline.</summary>
public enum DeadlineState
{
    /// <summary>The effective deadline has passed.</summary>
    Overdue,

    /// <summary>Due within <see cref="DeadlineStatus.DueSoonDays"/> days (today included).</summary>
    DueSoon,

    /// <summary>Due later.</summary>
    Later,
}

/// <summary>A remiss's effective deadline relative to a given day.</summary>
/// <param name="EffectiveDeadline">The last extension's date, else the original deadline.</param>
/// <param name="DaysLeft">Days from today to the deadline; negative when overdue, 0 on the day.</param>
/// <param name="IsExtended">True when an extension was granted.</param>
/// <param name="NonWorkingReason">Why the deadline is not a working day (<c>en lördag</c>, <c>juldagen</c>), or null.</param>
public sealed record DeadlineStatus(CalendarDate EffectiveDeadline, int DaysLeft, bool IsExtended, string? NonWorkingReason)
{
    /// <summary>"Due soon" means within this many days.</summary>
    public const int DueSoonDays = 14;

    /// <summary>Overdue, due soon or later.</summary>
    public DeadlineState State => DaysLeft < 0 ? DeadlineState.Overdue : DaysLeft <= DueSoonDays ? DeadlineState.DueSoon : DeadlineState.Later;

    /// <summary>True when the deadline falls on a Saturday, Sunday, public holiday or one of the eves.</summary>
    public bool FallsOnNonWorkingDay => NonWorkingReason is not null;

    /// <summary>The state in Swedish, as the overviews print it: <c>försenad</c>, <c>inom 14 dagar</c>, <c>senare</c>.</summary>
    public static string Describe(DeadlineState state) => state switch
    {
        DeadlineState.Overdue => "försenad",
        DeadlineState.DueSoon => "inom " + DueSoonDays + " dagar",
        _ => "senare",
    };

    /// <summary>
    /// The overview's summary line, as <c>remiss deadlines</c> and the page print it:
    /// <c>3 remisser per 2025-03-01: 1 försenade, 2 inom 14 dagar.</c>
    /// </summary>
    public static string Summary(int remisser, int overdue, int dueSoon, CalendarDate today) =>
        $"{remisser} {(remisser == 1 ? "remiss" : "remisser")} per {today}: {overdue} försenade, {dueSoon} inom {DueSoonDays} dagar.";

    /// <summary>The status of a referral on <paramref name="today"/>.</summary>
    public static DeadlineStatus For(Referral remiss, CalendarDate today)
    {
        var deadline = remiss.EffectiveDeadline;
        return new DeadlineStatus(deadline, deadline.DaysSince(today), remiss.IsExtended, SwedishCalendar.NonWorkingReason(deadline));
    }
}
