namespace Remiss.Core;

/// <summary>
/// The dates of a justering notice by the law (ORGANISATION.md §8):
/// <list type="bullet">
/// <item>kommunallagen (2017:725) 8 kap. 12 §: the justering is announced on the noticeboard no later than the second
/// day after it, and the notice is not taken down before the time to appeal has run out;</item>
/// <item>13 kap. 5 §: an appeal must have come in within three weeks from the day the notice was posted;</item>
/// <item>lagen (1930:173) om beräkning av lagstadgad tid: a time counted in weeks ends on the day with the same name in
/// the week (1 §), and a last day that falls on a Saturday, Sunday, public holiday, midsommarafton, julafton or
/// nyårsafton moves to the next working day (2 §; <see cref="SwedishCalendar.NextWorkingDay"/>).</item>
/// </list>
/// </summary>
/// <param name="Adjusted">The day the minutes were justerade.</param>
/// <param name="LatestPosting">The last day the notice may go up: the second day after justering, moved to the next working day.</param>
/// <param name="Posted">The day the notice goes up: as the record says, else the day of justering (the earliest allowed).</param>
/// <param name="LastDayToAppeal">Three weeks from <paramref name="Posted"/> (the same weekday), moved to the next working day.</param>
/// <param name="TakenDown">The day after <paramref name="LastDayToAppeal"/>: the first day the notice may come down.</param>
public sealed record NoticeDates(CalendarDate Adjusted, CalendarDate LatestPosting, CalendarDate Posted, CalendarDate LastDayToAppeal, CalendarDate TakenDown)
{
    /// <summary>Days after justering by which the notice must be up (8 kap. 12 §: "senast andra dagen efter justeringen").</summary>
    public const int PostingDays = 2;

    /// <summary>The time to appeal in days (13 kap. 5 §: "inom tre veckor"; three weeks counted by 1930:173 1 § are 21 days).</summary>
    public const int AppealDays = 21;

    /// <summary>True when the notice went up after the last day the law allows.</summary>
    public bool PostedLate => Posted > LatestPosting;

    /// <summary>The dates for minutes justerade on <paramref name="adjusted"/>, the notice posted on <paramref name="posted"/> (null: the day of justering).</summary>
    public static NoticeDates For(CalendarDate adjusted, CalendarDate? posted = null)
    {
        var latest = SwedishCalendar.NextWorkingDay(adjusted.AddDays(PostingDays));
        var up = posted ?? adjusted;
        var lastDay = SwedishCalendar.NextWorkingDay(up.AddDays(AppealDays));
        return new NoticeDates(adjusted, latest, up, lastDay, lastDay.AddDays(1));
    }
}
