using System.Globalization;

namespace Remiss.Core;

/// <summary>
/// A calendar date without time or zone (the role <c>DateOnly</c> plays on modern .NET; this type
/// also runs on netstandard2.0, where the source generator executes).
/// </summary>
public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
{
    private readonly int _dayNumber; // days since 0001-01-01

    // 9999-12-31, the last day DateTime and DateOnly hold.
    private const int LastDayNumber = 3652058;

    private CalendarDate(int dayNumber) => _dayNumber = dayNumber;

    /// <summary>The first day the toolkit accepts in a file, a query or an option (RMS0170): 1900-01-01.</summary>
    public static CalendarDate FirstSupported { get; } = new(1900, 1, 1);

    /// <summary>
    /// The last day the toolkit accepts in a file, a query or an option (RMS0170): 2199-12-31. Far beyond any
    /// deadline or meeting calendar, and far enough from 9999-12-31 that no plan's arithmetic comes near the end of
    /// the calendar.
    /// </summary>
    public static CalendarDate LastSupported { get; } = new(2199, 12, 31);

    /// <summary>True when the date is within <see cref="FirstSupported"/>–<see cref="LastSupported"/>.</summary>
    public bool IsSupported => this >= FirstSupported && this <= LastSupported;

    /// <summary>True on 0001-01-01 or 9999-12-31, where <see cref="AddDays"/> stops.</summary>
    public bool IsCalendarEnd => _dayNumber is 0 or LastDayNumber;

    /// <summary>Creates a date; throws <see cref="ArgumentOutOfRangeException"/> for an impossible date.</summary>
    public CalendarDate(int year, int month, int day)
        : this((int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay))
    {
    }

    /// <summary>The date as a <see cref="DateTime"/> at midnight (unspecified kind).</summary>
    public DateTime ToDateTime() => new(_dayNumber * TimeSpan.TicksPerDay);

    /// <summary>The year.</summary>
    public int Year => ToDateTime().Year;

    /// <summary>The month, 1–12.</summary>
    public int Month => ToDateTime().Month;

    /// <summary>The day of the month.</summary>
    public int Day => ToDateTime().Day;

    /// <summary>The day of the week.</summary>
    public DayOfWeek DayOfWeek => (DayOfWeek)((_dayNumber + 1) % 7);

    /// <summary>
    /// This date moved by <paramref name="days"/> days, stopping at 0001-01-01 and 9999-12-31: whatever date the
    /// parser accepted, arithmetic on it never gives a day that cannot be converted or printed.
    /// </summary>
    public CalendarDate AddDays(int days) => new((int)Math.Min(Math.Max((long)_dayNumber + days, 0L), LastDayNumber));

    /// <summary>Whole days from <paramref name="other"/> to this date (positive when this date is later).</summary>
    public int DaysSince(CalendarDate other) => _dayNumber - other._dayNumber;

    /// <summary>The date part of a <see cref="DateTime"/>.</summary>
    public static CalendarDate FromDateTime(DateTime value) => new((int)(value.Date.Ticks / TimeSpan.TicksPerDay));

    /// <summary>Parses exactly <c>yyyy-mm-dd</c>; false for any other shape or an impossible date.</summary>
    public static bool TryParseIso(string? text, out CalendarDate date)
    {
        date = default;
        if (text is null || text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        // Digits by hand rather than DateTime.TryParseExact: its literal matching builds an ICU collator, which
        // cost a whole `remiss check` process more than everything else together.
        if (Digits(text, 0, 4) is not (>= 1 and var year) || Digits(text, 5, 2) is not (>= 1 and <= 12 and var month)
            || Digits(text, 8, 2) is not (>= 1 and var day) || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new CalendarDate(year, month, day);
        return true;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Parses <c>yyyy-mm-dd</c>; throws <see cref="FormatException"/> otherwise.</summary>
    public static CalendarDate ParseIso(string text) =>
        TryParseIso(text, out var date) ? date : throw new FormatException($"'{text}' is not a date in the form yyyy-mm-dd.");

#if NET6_0_OR_GREATER
    /// <summary>Converts to <see cref="DateOnly"/>.</summary>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(_dayNumber);

    /// <summary>Converts from <see cref="DateOnly"/>.</summary>
    public static CalendarDate FromDateOnly(DateOnly value) => new(value.DayNumber);

    /// <summary>Converts to <see cref="DateOnly"/>.</summary>
    public static implicit operator DateOnly(CalendarDate value) => value.ToDateOnly();

    /// <summary>Converts from <see cref="DateOnly"/>.</summary>
    public static implicit operator CalendarDate(DateOnly value) => FromDateOnly(value);
#endif

    /// <summary>The ISO form, <c>yyyy-mm-dd</c>.</summary>
    public override string ToString() => ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(CalendarDate other) => _dayNumber == other._dayNumber;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _dayNumber;

    /// <inheritdoc />
    public int CompareTo(CalendarDate other) => _dayNumber.CompareTo(other._dayNumber);

#pragma warning disable CS1591 // operators are self-explanatory
    public static bool operator ==(CalendarDate left, CalendarDate right) => left.Equals(right);
    public static bool operator !=(CalendarDate left, CalendarDate right) => !left.Equals(right);
    public static bool operator <(CalendarDate left, CalendarDate right) => left._dayNumber < right._dayNumber;
    public static bool operator >(CalendarDate left, CalendarDate right) => left._dayNumber > right._dayNumber;
    public static bool operator <=(CalendarDate left, CalendarDate right) => left._dayNumber <= right._dayNumber;
    public static bool operator >=(CalendarDate left, CalendarDate right) => left._dayNumber >= right._dayNumber;
#pragma warning restore CS1591
}
