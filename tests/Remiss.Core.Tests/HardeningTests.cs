using Remiss.Core.Json;
using static Remiss.Tests.Shared.ExampleOrganisation;

namespace Remiss.Core.Tests;

/// <summary>Issue 21 in Core: no date the parser accepts makes planning throw; dates outside the range and lists beyond their caps are located errors; the wording is linear.</summary>
public sealed class HardeningTests
{
    private static readonly OrganisationBody[] Path = [Utskott, Namnd];

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-30")]
    [InlineData("0001-01-01")]
    public void Planning_from_any_parsed_date_never_throws_and_its_json_can_be_written(string today)
    {
        var from = CalendarDate.ParseIso(today);
        var file = TestFiles.LoadExample();
        var plan = MeetingPlan.For(file, Example)!;

        var forward = MeetingPlan.Forward(Path, from);
        var row = PlanRow.From("sou-2024-72.remiss.yaml", file, plan, ForwardPlan.IfNeeded(plan, file, Example, from));

        Assert.NotNull(row);
        Assert.Equal(from.Year == 1 ? MeetingPlanStatus.Planned : MeetingPlanStatus.CalendarDoesNotReach, forward.Status);
    }

    [Fact]
    public void Date_arithmetic_stops_at_the_ends_of_the_calendar()
    {
        var last = CalendarDate.ParseIso("9999-12-31");
        var first = CalendarDate.ParseIso("0001-01-01");

        Assert.Equal(last, last.AddDays(400));
        Assert.Equal(first, first.AddDays(-400));
        Assert.Equal(last, last.AddDays(int.MaxValue));
        Assert.Equal(last, SwedishCalendar.NextWorkingDay(last)); // nyårsafton, and no later day exists
        Assert.Equal("9999-12-31", last.AddDays(1).ToDateOnly().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2200-01-01")]
    [InlineData("1899-12-31")]
    public void A_date_outside_the_supported_range_is_an_error_at_its_line(string date)
    {
        var text = TestFiles.ExampleText.Replace("deadline: 2025-03-10", "deadline: " + date, StringComparison.Ordinal);

        var result = TestFiles.Load(text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "RMS0170");
        Assert.Equal($"'remiss.deadline' är {date}, utanför de datum Remiss hanterar (1900-01-01–2199-12-31). Kontrollera årtalet.", diagnostic.Message);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("deadline: " + date, StringComparison.Ordinal)) + 1, diagnostic.Span.Line);
        Assert.Null(result.File);
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2199-12-31")]
    public void The_ends_of_the_supported_range_are_accepted(string date)
    {
        var text = TestFiles.ExampleText.Replace("deadline: 2025-03-10", "deadline: " + date, StringComparison.Ordinal);

        Assert.DoesNotContain(TestFiles.Load(text).Diagnostics, d => d.Code is "RMS0170" or "RMS0013");
    }

    [Fact]
    public void A_decision_path_longer_than_its_cap_is_an_error_at_the_list()
    {
        var bodies = string.Concat(Enumerable.Range(1, ListLimits.PathBodies + 1).Select(i => $"    - Organ {i}\n"));
        var text = System.Text.RegularExpressions.Regex.Replace(TestFiles.ExampleText, @"  path:\n(    - .*\n)+", "  path:\n" + bodies);

        var result = TestFiles.Load(text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "RMS0171");
        Assert.Equal("'decision.path' har 13 poster, men Remiss tar emot högst 12 (en beslutsväg har sällan fler än fem organ). Korta listan; stämmer den, dela upp filen.", diagnostic.Message);
        Assert.Equal(text.Split('\n').ToList().IndexOf("    - Organ 1") + 1, diagnostic.Span.Line);
    }

    [Fact]
    public void Repeated_marks_and_prefixes_are_stripped_as_before()
    {
        Assert.Equal("godkänna", DecisionClauses.Normalize("att att  ATT godkänna ; samt;,. "));
        Assert.Equal("godkänna", DecisionClauses.Normalize("att " + string.Concat(Enumerable.Repeat("att ", 100_000)) + "godkänna" + string.Concat(Enumerable.Repeat("; samt", 100_000))));
        Assert.Equal("Godkänns.", DecisionClauses.NormalizeStatement("Godkänns;;;;"));
        Assert.Equal("att", DecisionClauses.Normalize("att ")); // trimmed first, as before: "att" alone is no prefix
    }

    [Fact]
    public void A_long_path_gives_the_intro_every_body_in_order()
    {
        var path = Enumerable.Range(1, 5).Select(i => "O" + i).ToList();

        Assert.Equal("O1 föreslår att O2 beslutar föreslå O3 föreslå O4 föreslå O5 besluta", DecisionClauses.Intro(path));
    }
}
