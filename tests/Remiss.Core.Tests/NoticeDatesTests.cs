using Remiss.Core;
using static Remiss.Tests.Shared.ExampleOrganisation;

namespace Remiss.Core.Tests;

/// <summary>
/// The justering notice's dates by the law (ORGANISATION.md §8): up no later than the second day after justering
/// (kommunallagen 8 kap. 12 §), three weeks to appeal from the day it went up (13 kap. 5 §), and a last day on a
/// Saturday, Sunday, public holiday or one of the eves moved to the next working day (lagen 1930:173 1–2 §§).
/// </summary>
public class NoticeDatesTests
{
    [Fact]
    public void On_ordinary_weekdays_the_notice_goes_up_on_the_day_of_justering_and_comes_down_the_day_after_three_weeks()
    {
        // Monday 2025-03-03: second day after is Wednesday; three weeks later is Monday 2025-03-24.
        var dates = NoticeDates.For(D("2025-03-03"));

        Assert.Equal((D("2025-03-03"), D("2025-03-05"), D("2025-03-03"), D("2025-03-24"), D("2025-03-25")),
            (dates.Adjusted, dates.LatestPosting, dates.Posted, dates.LastDayToAppeal, dates.TakenDown));
        Assert.False(dates.PostedLate);
    }

    [Fact]
    public void The_last_day_to_post_that_falls_on_a_weekend_moves_to_monday()
    {
        // Thursday 2025-03-20: the second day after is Saturday 03-22, so the notice may go up until Monday 03-24.
        Assert.Equal(D("2025-03-24"), NoticeDates.For(D("2025-03-20")).LatestPosting);
    }

    [Fact]
    public void Justering_on_the_thursday_before_good_friday_may_be_posted_until_the_tuesday_after_easter()
    {
        // 2025-04-17 is skärtorsdagen; 04-19 is påskafton (a Saturday), then påskdagen and annandag påsk.
        var dates = NoticeDates.For(D("2025-04-17"));

        Assert.Equal(D("2025-04-22"), dates.LatestPosting);
        Assert.Equal(D("2025-05-08"), dates.LastDayToAppeal);
        Assert.Equal(D("2025-05-09"), dates.TakenDown);
    }

    [Fact]
    public void Justering_on_the_thursday_before_midsummer_eve_may_be_posted_until_monday()
    {
        // 2025-06-19: midsommarafton 06-20 is not a working day (1930:173 2 §), 06-21 is midsommardagen.
        Assert.Equal(D("2025-06-23"), NoticeDates.For(D("2025-06-19")).LatestPosting);
    }

    [Fact]
    public void Justering_on_the_thursday_before_christmas_eve_may_be_posted_until_the_twenty_ninth()
    {
        // 2025-12-23 is a Tuesday; the second day after is juldagen, then annandag jul and a weekend.
        Assert.Equal(D("2025-12-29"), NoticeDates.For(D("2025-12-23")).LatestPosting);
    }

    [Theory]
    [InlineData("2025-12-04", "2025-12-29", "juldagen, annandag jul and a weekend")]
    [InlineData("2025-05-30", "2025-06-23", "midsommarafton and midsommardagen")]
    [InlineData("2025-03-29", "2025-04-22", "three weeks from a Saturday end on påskafton, then Easter")]
    [InlineData("2025-04-19", "2025-05-12", "three weeks from påskafton end on a Saturday")]
    [InlineData("2025-12-10", "2026-01-02", "nyårsafton and nyårsdagen")]
    public void An_appeal_time_ending_on_a_holiday_or_weekend_runs_to_the_next_working_day(string posted, string lastDay, string why)
    {
        var dates = NoticeDates.For(D(posted), D(posted));

        Assert.True(dates.LastDayToAppeal == D(lastDay), why);
        Assert.Equal(D(lastDay).AddDays(1), dates.TakenDown);
    }

    [Fact]
    public void The_day_the_record_says_the_notice_went_up_starts_the_appeal_time()
    {
        var dates = NoticeDates.For(D("2025-03-19"), D("2025-03-24"));

        Assert.Equal(D("2025-03-24"), dates.Posted);
        Assert.Equal(D("2025-04-14"), dates.LastDayToAppeal);
        Assert.True(dates.PostedLate); // the latest was Friday 2025-03-21
    }
}
