using Remiss.Core;
using static Remiss.Tests.Shared.ExampleOrganisation;

namespace Remiss.Core.Tests;

/// <summary>ORGANISATION.md §3 on the shared example and the organisation file of examples/organisation.yaml.</summary>
public class MeetingPlanTests
{
    private static readonly OrganisationBody[] Path = [Utskott, Namnd];

    [Fact]
    public void The_example_plans_the_March_meetings_with_immediate_adjustment()
    {
        var plan = MeetingPlan.For(TestFiles.LoadExample(), Example)!;

        Assert.Equal(MeetingPlanStatus.Planned, plan.Status);
        Assert.Equal(D("2025-03-21"), plan.Deadline);
        Assert.Equal(
            [new PlannedMeeting("hsu", "Hälso- och sjukvårdsutskottet", D("2025-03-13")), new PlannedMeeting("hsn", "Hälso- och sjukvårdsnämnden", D("2025-03-19"))],
            plan.Meetings);
        Assert.Equal(D("2025-02-27"), plan.PapersDue);
        Assert.Equal(D("2025-03-19"), plan.DecidingMeeting!.Date);
        Assert.Equal(D("2025-03-26"), plan.AdjustedBy);
        Assert.True(plan.NeedsImmediateAdjustment);
        Assert.Null(plan.Blocker);
    }

    [Fact]
    public void The_organisation_value_the_tests_build_is_examples_organisation_yaml()
    {
        var loaded = OrganisationLoader.LoadFile(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml"));

        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        // The example also says where its minutes are kept and who certifies the justering notices (ORGANISATION.md §8).
        Assert.Equal(Example with { Minutes = new OrganisationMinutes(KeptAt: "Regionkansliet, Härnösand", CertifiedBy: new Signatory("Anna Sekreterare", "Nämndsekreterare")) }, loaded.File);
    }

    [Fact]
    public void The_example_loaded_with_examples_organisation_yaml_plans_the_same()
    {
        var organisation = OrganisationLoader.LoadFile(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml")).File!;
        var result = RemissLoader.LoadFile(TestFiles.ExamplePath, new LoadOptions { Organisation = organisation });

        var plan = MeetingPlan.For(result.File!, result.Organisation!)!;
        Assert.Equal([D("2025-03-13"), D("2025-03-19")], plan.Meetings.Select(m => m.Date));
        Assert.Equal(D("2025-02-27"), plan.PapersDue);
        Assert.Equal(D("2025-03-26"), plan.AdjustedBy);
        Assert.True(plan.NeedsImmediateAdjustment);
    }

    [Fact]
    public void Without_the_extension_the_plan_moves_to_the_February_meetings()
    {
        var plan = MeetingPlan.Backward(Path, D("2025-03-10"));

        Assert.Equal([D("2025-02-06"), D("2025-02-19")], plan.Meetings.Select(m => m.Date));
        Assert.Equal(D("2025-01-23"), plan.PapersDue);
        Assert.Equal(D("2025-02-26"), plan.AdjustedBy);
        Assert.False(plan.NeedsImmediateAdjustment);
    }

    [Fact]
    public void A_deadline_on_the_deciding_meeting_day_uses_that_meeting()
    {
        var plan = MeetingPlan.Backward(Path, D("2025-03-19"));

        Assert.Equal([D("2025-03-13"), D("2025-03-19")], plan.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void Earlier_bodies_meet_strictly_before_the_next_body()
    {
        // The nämnd meets the same day as the utskott: the utskott's meeting that day is too late.
        var utskott = Utskott with { Meetings = Dates("2025-02-06", "2025-03-19") };
        var plan = MeetingPlan.Backward([utskott, Namnd], D("2025-03-21"));

        Assert.Equal([D("2025-02-06"), D("2025-03-19")], plan.Meetings.Select(m => m.Date));
    }

    [Fact]
    public void No_plan_before_the_deadline_names_the_body_without_a_meeting()
    {
        // The nämnd's first meeting (2025-02-19) has no utskott meeting before it inside the calendars (from 2025-02-06)…
        var utskott = Utskott with { Meetings = Dates("2025-02-20", "2025-03-13") };
        var plan = MeetingPlan.Backward([utskott, Namnd], D("2025-03-10"), D("2025-01-01"));

        Assert.Equal(MeetingPlanStatus.NoPlanBeforeDeadline, plan.Status);
        Assert.Equal(new PlanBlocker("hsu", "Hälso- och sjukvårdsutskottet", D("2025-02-18"), D("2025-01-01"), D("2025-03-13")), plan.Blocker);
        Assert.Empty(plan.Meetings);
        Assert.Null(plan.PapersDue);
        Assert.False(plan.NeedsImmediateAdjustment);
    }

    [Fact]
    public void A_deadline_before_the_calendars_start_is_a_calendar_that_does_not_reach()
    {
        var plan = MeetingPlan.Backward(Path, D("2025-01-31"));

        Assert.Equal(MeetingPlanStatus.CalendarDoesNotReach, plan.Status);
        Assert.Equal(new PlanBlocker("hsn", "Hälso- och sjukvårdsnämnden", D("2025-01-31"), D("2025-02-06"), D("2025-04-23")), plan.Blocker);
    }

    [Fact]
    public void A_deadline_after_the_deciding_bodys_last_meeting_is_a_calendar_that_does_not_reach()
    {
        var plan = MeetingPlan.Backward(Path, D("2025-06-30"));

        Assert.Equal(MeetingPlanStatus.CalendarDoesNotReach, plan.Status);
        Assert.Equal(new PlanBlocker("hsn", "Hälso- och sjukvårdsnämnden", D("2025-06-30"), D("2025-02-06"), D("2025-04-23")), plan.Blocker);
    }

    [Fact]
    public void The_forward_plan_waits_for_the_papers_and_asks_for_the_extension()
    {
        // From 2025-03-01 the utskott's papers need 14 days: its first meeting on or after 2025-03-15 is 2025-04-10.
        var plan = MeetingPlan.Forward(Path, D("2025-03-01"));

        Assert.Equal(MeetingPlanStatus.Planned, plan.Status);
        Assert.Equal([D("2025-04-10"), D("2025-04-23")], plan.Meetings.Select(m => m.Date));
        Assert.Equal(D("2025-03-27"), plan.PapersDue);
        Assert.Equal(D("2025-04-30"), plan.ExtensionUntil);
    }

    [Fact]
    public void The_forward_plan_on_a_papers_due_day_takes_that_meeting()
    {
        var plan = MeetingPlan.Forward(Path, D("2025-02-27"));

        Assert.Equal([D("2025-03-13"), D("2025-03-19")], plan.Meetings.Select(m => m.Date));
        Assert.Equal(D("2025-02-27"), plan.PapersDue);
        Assert.Equal(D("2025-03-26"), plan.ExtensionUntil);
    }

    [Fact]
    public void A_forward_plan_past_the_last_listed_meetings_does_not_reach()
    {
        var plan = MeetingPlan.Forward(Path, D("2025-04-01"));

        Assert.Equal(MeetingPlanStatus.CalendarDoesNotReach, plan.Status);
        Assert.Equal(new PlanBlocker("hsu", "Hälso- och sjukvårdsutskottet", D("2025-04-15"), D("2025-02-06"), D("2025-04-10")), plan.Blocker);
        Assert.Null(plan.ExtensionUntil);
    }

    [Fact]
    public void Planning_applies_only_when_every_path_body_has_a_calendar()
    {
        var file = TestFiles.LoadExample();
        var withoutCalendar = Example with { Bodies = EquatableArray.Create(Utskott, Namnd with { Meetings = default }) };

        Assert.Null(MeetingPlan.For(file, withoutCalendar));
        Assert.Null(MeetingPlan.For(file with { Decision = file.Decision with { Path = EquatableArray.Create("Regionstyrelsen") } }, Example));
        Assert.Throws<ArgumentException>(() => MeetingPlan.Backward([], D("2025-03-10")));
    }

    [Fact]
    public void The_calendars_start_at_the_earliest_meeting_of_any_body()
    {
        var other = new OrganisationBody("rs", "Regionstyrelsen", 0, 14, Dates("2025-01-15"), default);
        var organisation = Example with { Bodies = EquatableArray.Create(Utskott, Namnd, other) };

        Assert.Equal(D("2025-01-15"), MeetingCalendars.Start(organisation));
        Assert.Equal(D("2025-01-15"), MeetingPlan.Backward(Path, D("2025-02-01"), MeetingCalendars.Start(organisation)).Blocker!.CalendarFrom);
    }
}
