using CsCheck;
using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>
/// ORGANISATION.md §3 for random calendars and deadlines, against a brute force over every choice of meetings:
/// the chosen meetings are in path order, the deciding meeting is on or before the deadline, and no later choice
/// of meetings also satisfies the rules.
/// </summary>
public class MeetingPlanPropertyTests
{
    private static readonly CalendarDate Origin = new(2025, 1, 1);

    private static readonly Gen<OrganisationBody> Body =
        Gen.Select(
            Gen.Int[0, 120].HashSet[1, 7],
            Gen.Int[0, 21],
            Gen.Int[0, 21],
            (days, papersDue, adjustment) => new OrganisationBody(
                "b", "B", papersDue, adjustment, days.Order().Select(d => Origin.AddDays(d)).ToEquatableArray(), default));

    /// <summary>A path of 1–4 bodies (ids made unique), a day (deadline or T) and the calendars' start, sometimes earlier than the path's own.</summary>
    private static readonly Gen<(OrganisationBody[] Path, CalendarDate Day, CalendarDate Start)> Case =
        Gen.Select(Body.Array[1, 4], Gen.Int[-20, 150], Gen.Int[0, 15], (bodies, day, earlier) =>
        {
            var path = bodies.Select((b, i) => b with { Id = "b" + i, Name = "Organ " + i }).ToArray();
            var start = path.Min(b => b.Meetings.Min()).AddDays(-earlier);
            return (path, Origin.AddDays(day), start);
        });

    [Fact]
    public void A_backward_plan_is_in_path_order_before_the_deadline_and_no_later_choice_exists() =>
        Case.Sample(c =>
        {
            var (path, deadline, start) = c;
            var plan = MeetingPlan.Backward(path, deadline, start);
            var valid = Chains(path).Where(chain => chain[^1] <= deadline && chain[0] >= start).ToList();
            switch (plan.Status)
            {
                case MeetingPlanStatus.Planned:
                    var dates = plan.Meetings.Select(m => m.Date).ToArray();
                    Assert.Equal(path.Select(b => b.Id), plan.Meetings.Select(m => m.BodyId));
                    Assert.All(plan.Meetings, (m, i) => Assert.Contains(m.Date, path[i].Meetings));
                    Assert.True(dates.Zip(dates.Skip(1)).All(p => p.First < p.Second), "meetings in path order");
                    Assert.True(dates[^1] <= deadline, "deciding meeting on or before the deadline");
                    Assert.Contains(valid, chain => chain.SequenceEqual(dates));

                    // No later choice: every valid choice is, body by body, on or before the plan's.
                    Assert.All(valid, chain => Assert.True(chain.Zip(dates).All(p => p.First <= p.Second), Show(chain, dates)));
                    Assert.Equal(dates[0].AddDays(-path[0].PapersDueDays), plan.PapersDue);
                    Assert.Equal(dates[^1].AddDays(path[^1].AdjustmentDays), plan.AdjustedBy);
                    Assert.Equal(plan.AdjustedBy > deadline, plan.NeedsImmediateAdjustment);
                    break;
                case MeetingPlanStatus.NoPlanBeforeDeadline:
                    Assert.Empty(valid);
                    Assert.True(plan.Blocker!.Needed >= start && plan.Blocker.Needed <= plan.Blocker.CalendarTo);
                    break;
                default:
                    // Only when the plan needs a date outside what the calendars cover.
                    var blocker = plan.Blocker!;
                    Assert.True(blocker.Needed < start || blocker.Needed > blocker.CalendarTo, $"{blocker} is inside the calendars");
                    break;
            }
        });

    [Fact]
    public void A_forward_plan_takes_the_earliest_meetings_after_the_papers_and_asks_for_its_deciding_meeting_plus_adjustment() =>
        Case.Sample(c =>
        {
            var (path, from, start) = c;
            var plan = MeetingPlan.Forward(path, from, start);
            var earliest = from.AddDays(path[0].PapersDueDays);
            var valid = Chains(path).Where(chain => chain[0] >= earliest).ToList();
            if (plan.IsPlanned)
            {
                var dates = plan.Meetings.Select(m => m.Date).ToArray();
                Assert.True(dates.Zip(dates.Skip(1)).All(p => p.First < p.Second), "meetings in path order");
                Assert.True(plan.PapersDue >= from);
                Assert.Contains(valid, chain => chain.SequenceEqual(dates));
                Assert.All(valid, chain => Assert.True(chain.Zip(dates).All(p => p.First >= p.Second), Show(chain, dates)));
                Assert.Equal(dates[^1].AddDays(path[^1].AdjustmentDays), plan.ExtensionUntil);
            }
            else
            {
                Assert.True(valid.Count == 0, "a forward plan stops only where the calendars end");
            }
        });

    [Fact]
    public void A_forward_plan_from_after_the_papers_due_day_decides_after_the_deadline() =>
        Case.Sample(c =>
        {
            var (path, deadline, start) = c;
            var plan = MeetingPlan.Backward(path, deadline, start);
            if (plan.PapersDue is not { } papersDue)
            {
                return;
            }

            var forward = MeetingPlan.Forward(path, papersDue.AddDays(1), start);
            Assert.True(!forward.IsPlanned || forward.DecidingMeeting!.Date > deadline);
        });

    /// <summary>Every choice of one listed meeting per body, strictly increasing along the path.</summary>
    private static IEnumerable<CalendarDate[]> Chains(OrganisationBody[] path)
    {
        IEnumerable<CalendarDate[]> chains = [[]];
        foreach (var body in path)
        {
            chains = chains.SelectMany(chain => body.Meetings.Where(m => chain.Length == 0 || m > chain[^1]).Select(m => chain.Append(m).ToArray()));
        }

        return chains;
    }

    private static string Show(CalendarDate[] chain, CalendarDate[] plan) => $"choice {string.Join(", ", chain)} vs plan {string.Join(", ", plan)}";
}
