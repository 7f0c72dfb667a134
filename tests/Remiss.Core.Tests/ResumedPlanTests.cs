using Remiss.Core;
using Remiss.Tests.Shared;
using static Remiss.Core.Tests.MeetingRecordWordingTests;
using static Remiss.Tests.Shared.ExampleOrganisation;

namespace Remiss.Core.Tests;

/// <summary>A carried referral back or tabling keeps the matter open in the plan (ORGANISATION.md §7): the body's next meeting, papers due, the extension.</summary>
public class ResumedPlanTests
{
    private static readonly string ReferredAtNamnd = Hsn + "      proposals:\n" + Approve + ReferBack + "      outcome: [2]\n";
    private static readonly string ReferredAtUtskott = Hsu + "      proposals:\n" + Approve + ReferBack + "      outcome: [2]\n";

    private static RemissFile LoadOpen(params string[] records)
    {
        var result = RemissLoader.Load(MeetingRecords.Example(TestFiles.ExampleText, records), "x.remiss.yaml", Options);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.File!;
    }

    [Fact]
    public void A_decided_remiss_has_no_forward_plan_and_the_recorded_deciding_meeting()
    {
        // Decided at the nämnd on 2025-03-19; the day after, its backward plan's papers (2025-02-27) are long past.
        var outlook = RemissOutlook.For(Load(MeetingRecords.UtskottSeed, Hsn), Example, D("2025-03-20"));

        Assert.Equal(RemissState.Decided, outlook.Status.State);
        Assert.NotNull(outlook.Plan);
        Assert.Null(outlook.Forward);
        Assert.Null(outlook.Chain);
        Assert.Null(outlook.PapersDue);
        Assert.Equal(D("2025-03-19"), outlook.DecidingMeeting);
    }

    [Fact]
    public void A_referral_back_at_the_namnd_moves_the_plan_to_its_next_meeting_and_asks_for_an_extension()
    {
        var file = LoadOpen(MeetingRecords.UtskottSeed, ReferredAtNamnd);
        var before = RemissOutlook.For(Load(MeetingRecords.UtskottSeed, Hsn), Example, D("2025-02-20")).Chain!;

        var plan = ResumedPlan.For(file, Example)!;

        Assert.Equal(D("2025-03-19"), before.DecidingMeeting.Date);
        Assert.Equal(Motion.ReferBack, plan.Motion);
        Assert.Same(file.Decision.Meetings[1], plan.Record);
        Assert.Equal([new PlannedMeeting("hsn", "Hälso- och sjukvårdsnämnden", D("2025-04-23"))], plan.Meetings);
        Assert.Equal(D("2025-04-23"), plan.PapersDue);
        Assert.Equal(D("2025-04-30"), plan.AdjustedBy);
        Assert.Equal(D("2025-04-30"), plan.ExtensionUntil);
        Assert.False(plan.NeedsImmediateAdjustment);

        // deadlines, the overview and the calendar follow the open matter on any day
        var chain = RemissOutlook.For(file, Example, D("2025-02-20")).Chain!;
        Assert.Equal(D("2025-04-23"), chain.DecidingMeeting.Date);
        Assert.Equal(D("2025-04-23"), chain.PapersDue);
        Assert.Equal("Hälso- och sjukvårdsnämnden", chain.FirstBody);
    }

    [Fact]
    public void A_referral_back_at_the_utskott_replans_both_bodies_from_the_utskotts_next_meeting()
    {
        var plan = ResumedPlan.For(LoadOpen(ReferredAtUtskott), Example)!;

        Assert.Equal([D("2025-04-10"), D("2025-04-23")], plan.Meetings.Select(m => m.Date));
        Assert.Equal(D("2025-03-27"), plan.PapersDue); // the utskott's papers are due 14 days before
        Assert.Equal(D("2025-04-30"), plan.ExtensionUntil);
    }

    [Fact]
    public void A_tabled_matter_returns_at_the_meeting_it_was_tabled_to()
    {
        var file = LoadOpen(MeetingRecords.UtskottSeed, Hsn + "      proposals:\n" + Approve
            + "        - by: Anna Berg (V)\n          motion: table\n          date: 2025-04-23\n      outcome: [2]\n");

        var plan = ResumedPlan.For(file, Example)!;

        Assert.Equal(Motion.Table, plan.Motion);
        Assert.Equal(D("2025-04-23"), plan.DecidingMeeting!.Date);
    }

    [Fact]
    public void Referred_back_then_decided_at_the_next_meeting_the_matter_is_closed()
    {
        var decided = LoadOpen(MeetingRecords.UtskottSeed, ReferredAtNamnd, "    - body: hsn\n      date: 2025-04-23\n      paragraph: 52\n");

        Assert.Null(ResumedPlan.For(decided, Example));
        Assert.Equal(D("2025-04-23"), ResponseWording.DecidingMeeting(decided)!.Date);
    }

    [Fact]
    public void In_time_after_the_referral_no_extension_is_asked_for()
    {
        var file = LoadOpen(Hsu.Replace("2025-03-13", "2025-02-06", StringComparison.Ordinal) + "      proposals:\n" + Approve + ReferBack + "      outcome: [2]\n");

        var plan = ResumedPlan.For(file, Example)!;

        Assert.Equal([D("2025-03-13"), D("2025-03-19")], plan.Meetings.Select(m => m.Date));
        Assert.Null(plan.ExtensionUntil);
        Assert.True(plan.NeedsImmediateAdjustment); // 2025-03-26 is after the deadline 2025-03-21
    }

    [Fact]
    public void A_calendar_without_a_later_meeting_does_not_reach()
    {
        var file = LoadOpen(MeetingRecords.UtskottSeed, Hsn.Replace("2025-03-19", "2025-04-23", StringComparison.Ordinal) + "      proposals:\n" + Approve + ReferBack + "      outcome: [2]\n");

        var plan = ResumedPlan.For(file, Example)!;

        Assert.Equal(MeetingPlanStatus.CalendarDoesNotReach, plan.Status);
        Assert.Equal("hsn", plan.Blocker!.BodyId);
        Assert.Null(RemissOutlook.For(file, Example, D("2025-03-01")).Chain);
    }
}
