namespace Remiss.Core;

/// <summary>
/// Swedish non-working days for deadlines. Lag (1930:173) om beräkning av lagstadgad tid moves a
/// deadline that falls on a Saturday, Sunday, public holiday, midsommarafton, julafton or nyårsafton to
/// the next working day; the same days are what a case officer must not plan to answer on.
/// </summary>
public static class SwedishCalendar
{
    /// <summary>The name of the holiday or eve on <paramref name="date"/>, or null on other days (weekends aside).</summary>
    public static string? HolidayName(CalendarDate date)
    {
        var (month, day) = (date.Month, date.Day);
        switch (month, day)
        {
            case (1, 1): return "nyårsdagen";
            case (1, 6): return "trettondedag jul";
            case (5, 1): return "första maj";
            case (6, 6): return "Sveriges nationaldag";
            case (12, 24): return "julafton";
            case (12, 25): return "juldagen";
            case (12, 26): return "annandag jul";
            case (12, 31): return "nyårsafton";
        }

        var easter = EasterSunday(date.Year);
        var fromEaster = date.DaysSince(easter);
        switch (fromEaster)
        {
            case -2: return "långfredagen";
            case 0: return "påskdagen";
            case 1: return "annandag påsk";
            case 39: return "Kristi himmelsfärdsdag";
            case 49: return "pingstdagen";
        }

        // Midsommardagen is the Saturday in 20–26 June; alla helgons dag the Saturday in 31 October–6 November.
        if (month == 6 && date.DayOfWeek == DayOfWeek.Saturday && day is >= 20 and <= 26)
        {
            return "midsommardagen";
        }

        if (month == 6 && date.DayOfWeek == DayOfWeek.Friday && day is >= 19 and <= 25)
        {
            return "midsommarafton";
        }

        if (date.DayOfWeek == DayOfWeek.Saturday && ((month == 10 && day == 31) || (month == 11 && day <= 6)))
        {
            return "alla helgons dag";
        }

        return null;
    }

    /// <summary>True for Saturdays, Sundays, public holidays and the three eves the law counts.</summary>
    public static bool IsNonWorkingDay(CalendarDate date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || HolidayName(date) is not null;

    /// <summary>
    /// Why the day is not a working day, in Swedish (<c>en lördag</c>, <c>en söndag</c>, <c>juldagen</c>), or
    /// null on a working day. A holiday's name wins over the weekday.
    /// </summary>
    public static string? NonWorkingReason(CalendarDate date) =>
        HolidayName(date) ?? date.DayOfWeek switch
        {
            DayOfWeek.Saturday => "en lördag",
            DayOfWeek.Sunday => "en söndag",
            _ => null,
        };

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public static CalendarDate NextWorkingDay(CalendarDate date)
    {
        // The end of the calendar (9999-12-31 is nyårsafton) is as far as a date can move.
        while (IsNonWorkingDay(date) && !date.IsCalendarEnd)
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm).</summary>
    public static CalendarDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new CalendarDate(year, month, day);
    }
}
