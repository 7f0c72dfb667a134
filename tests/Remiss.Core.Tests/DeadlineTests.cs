using Remiss.Core;

namespace Remiss.Core.Tests;

public class DeadlineTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2019, 4, 21)]
    public void Easter_sunday(int year, int month, int day) =>
        Assert.Equal(new CalendarDate(year, month, day), SwedishCalendar.EasterSunday(year));

    [Theory]
    [InlineData(2025, 4, 18, "långfredagen")]
    [InlineData(2025, 4, 21, "annandag påsk")]
    [InlineData(2025, 5, 29, "Kristi himmelsfärdsdag")]
    [InlineData(2025, 6, 6, "Sveriges nationaldag")]
    [InlineData(2025, 6, 20, "midsommarafton")]
    [InlineData(2025, 6, 21, "midsommardagen")]
    [InlineData(2025, 11, 1, "alla helgons dag")]
    [InlineData(2025, 12, 24, "julafton")]
    [InlineData(2025, 12, 31, "nyårsafton")]
    [InlineData(2026, 1, 6, "trettondedag jul")]
    public void Swedish_holidays_and_eves(int year, int month, int day, string name)
    {
        var date = new CalendarDate(year, month, day);
        Assert.Equal(name, SwedishCalendar.HolidayName(date));
        Assert.True(SwedishCalendar.IsNonWorkingDay(date));
    }

    [Theory]
    [InlineData(2025, 3, 21)]
    [InlineData(2025, 6, 19)]
    [InlineData(2025, 11, 3)]
    public void Ordinary_weekdays_are_working_days(int year, int month, int day) =>
        Assert.Null(SwedishCalendar.NonWorkingReason(new CalendarDate(year, month, day)));

    [Fact]
    public void Next_working_day_skips_the_easter_weekend() =>
        Assert.Equal(new CalendarDate(2025, 4, 22), SwedishCalendar.NextWorkingDay(new CalendarDate(2025, 4, 18)));

    [Fact]
    public void Status_of_the_example_relative_to_a_given_day()
    {
        var remiss = TestFiles.LoadExample().Remiss;
        var status = DeadlineStatus.For(remiss, new CalendarDate(2025, 3, 13));
        Assert.Equal(new CalendarDate(2025, 3, 21), status.EffectiveDeadline);
        Assert.Equal(8, status.DaysLeft);
        Assert.True(status.IsExtended);
        Assert.Equal(DeadlineState.DueSoon, status.State);
        Assert.False(status.FallsOnNonWorkingDay);

        Assert.Equal(DeadlineState.Overdue, DeadlineStatus.For(remiss, new CalendarDate(2025, 3, 22)).State);
        Assert.Equal(DeadlineState.Later, DeadlineStatus.For(remiss, new CalendarDate(2025, 3, 6)).State);
        Assert.Equal(0, DeadlineStatus.For(remiss, new CalendarDate(2025, 3, 21)).DaysLeft);
    }
}
