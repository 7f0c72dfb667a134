using Remiss.Core;
using Remiss.Tests.Shared;

namespace Remiss.Core.Tests;

/// <summary>Where the answer is e-mailed (<c>remiss.reply_to</c>, <c>reply_cc</c>) and when it went (<c>response.sent</c>).</summary>
public sealed class DeliveryTests
{
    private static LoadResult With(string find, string replace)
    {
        Assert.Contains(find, TestFiles.Minimal);
        return TestFiles.Load(TestFiles.Minimal.Replace(find, replace));
    }

    private static string Department => "  department: Socialdepartementet\n";

    [Fact]
    public void One_address_or_a_list_is_read_into_the_model()
    {
        var one = With(Department, Department + "  reply_to: s.remissvar@regeringskansliet.se\n");
        var list = With(Department, Department + "  reply_to: [s.remissvar@regeringskansliet.se]\n  reply_cc:\n    - s.fs@regeringskansliet.se\n    - s.sf@regeringskansliet.se\n");

        Assert.Empty(one.Diagnostics);
        Assert.Equal(["s.remissvar@regeringskansliet.se"], one.File!.Remiss.ReplyTo);
        Assert.Empty(one.File.Remiss.ReplyCc);
        Assert.Empty(list.Diagnostics);
        Assert.Equal(["s.fs@regeringskansliet.se", "s.sf@regeringskansliet.se"], list.File!.Remiss.ReplyCc);
    }

    [Theory]
    [InlineData("mailto:s.remissvar@regeringskansliet.se", "Ta bort 'mailto:'. ")]
    [InlineData("\"Socialdepartementet <s.remissvar@regeringskansliet.se>\"", "Skriv bara adressen, utan namn och <>. ")]
    [InlineData("\"s.remissvar@regeringskansliet.se, s.fs@regeringskansliet.se\"", "Värdet ser ut att innehålla flera adresser; skriv en adress per rad i en lista. ")]
    [InlineData("s.remissvar.regeringskansliet.se", "Adressen saknar @. ")]
    [InlineData("s.remissvar@regeringskansliet", "")]
    [InlineData("s..remissvar@regeringskansliet.se", "")]
    public void A_value_that_is_no_address_is_an_error_where_it_stands_with_what_to_do(string value, string hint)
    {
        var result = With(Department, Department + $"  reply_cc: [s.fs@regeringskansliet.se, {value}]\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("RMS0160", diagnostic.Code);
        Assert.Equal((7, 41), (diagnostic.Line, diagnostic.Column));
        var written = value.Trim('"');
        Assert.Equal($"'remiss.reply_cc[1]' är ingen e-postadress: \"{written}\". {hint}Skriv adressen som i missivet, t.ex. s.remissvar@regeringskansliet.se; flera adresser skrivs som en lista.", diagnostic.Message);
    }

    [Fact]
    public void An_address_given_twice_is_a_warning_at_the_second()
    {
        var result = With(Department, Department + "  reply_to: s.remissvar@regeringskansliet.se\n  reply_cc: [S.Remissvar@regeringskansliet.se]\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("test.remiss.yaml(8,14): warning RMS0161: S.Remissvar@regeringskansliet.se står redan i 'remiss.reply_to'. Varje adress får e-postmeddelandet en gång; ta bort dubbletten.", diagnostic.ToString());
    }

    [Fact]
    public void Sent_before_the_deciding_meeting_is_an_error_and_after_the_deadline_a_warning()
    {
        var decided = ExampleOrganisation.WithMeetings(TestFiles.ExampleText);

        var early = TestFiles.Load(ExampleDelivery.WithSent(decided, "2025-03-18"), ExampleOrganisation.Options);
        var late = TestFiles.Load(ExampleDelivery.WithSent(decided, "2025-03-24"), ExampleOrganisation.Options);
        var onTime = TestFiles.Load(ExampleDelivery.WithSent(decided, "2025-03-20"), ExampleOrganisation.Options);

        var error = Assert.Single(early.Errors);
        Assert.Equal("RMS0162", error.Code);
        Assert.Equal("Yttrandet kan inte ha skickats 2025-03-18, före det beslutande sammanträdet i Hälso- och sjukvårdsnämnden den 2025-03-19. Kontrollera 'response.sent' mot utskicket och 'decision.meetings' mot protokollet.", error.Message);
        Assert.Equal("RMS0163", Assert.Single(late.Diagnostics, d => d.Code.StartsWith("RMS016", StringComparison.Ordinal)).Code);
        Assert.Equal("Yttrandet skickades 2025-03-24, efter svarstiden 2025-03-21. Kontrollera datumet, eller skriv in den förlängning som har beviljats under 'remiss.extensions'.",
            late.Diagnostics.Single(d => d.Code == "RMS0163").Message);
        Assert.DoesNotContain(onTime.Diagnostics, d => d.Code.StartsWith("RMS016", StringComparison.Ordinal));
        Assert.Equal(new CalendarDate(2025, 3, 20), onTime.File!.Response.Sent);
    }

    [Fact]
    public void Sent_before_the_remiss_came_in_is_an_error()
    {
        var result = TestFiles.Load(ExampleDelivery.WithSent(TestFiles.ExampleText, "2024-12-01"));

        Assert.Equal("RMS0164", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Every_delivery_descriptor_is_in_its_range() =>
        Assert.All(new[]
        {
            DiagnosticDescriptors.InvalidEmailAddress, DiagnosticDescriptors.DuplicateEmailAddress, DiagnosticDescriptors.SentBeforeDecision,
            DiagnosticDescriptors.SentAfterDeadline, DiagnosticDescriptors.SentBeforeReceived, DiagnosticDescriptors.NoReplyAddress,
        }, d => Assert.InRange(string.CompareOrdinal(d.Code, "RMS0160"), 0, 9));

    [Fact]
    public void The_subject_is_the_department_dnr_and_the_organisation_as_missives_ask()
    {
        var file = TestFiles.Load(ExampleDelivery.WithAddresses(TestFiles.ExampleText)).File!;

        Assert.Equal("S2024/02145 Region Västernorrland", DeliveryWording.Subject(file));
        Assert.Equal("Region Västernorrland översänder härmed sitt yttrande ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)”.", DeliveryWording.Enclosing(file));
        Assert.Equal("Ert dnr: S2024/02145", DeliveryWording.TheirReference(file.Remiss));
        Assert.Equal("Vårt dnr: 24HSN5898", DeliveryWording.OurReference(file.Case));
    }
}

/// <summary>The one status of a remiss (RemissStatus), from utkast to skickad.</summary>
public sealed class RemissStatusTests
{
    private static readonly CalendarDate March1 = new(2025, 3, 1);

    private static RemissFile Load(string text, bool organisation = true) =>
        TestFiles.Load(text, organisation ? ExampleOrganisation.Options : null).File ?? throw new InvalidOperationException("errors");

    private static RemissStatus On(string text, string today, bool organisation = true) =>
        RemissStatus.For(Load(text, organisation), organisation ? ExampleOrganisation.Example : null, CalendarDate.ParseIso(today));

    [Fact]
    public void Without_calendars_an_open_remiss_is_a_draft_until_its_deadline_has_passed()
    {
        Assert.Equal(RemissState.Draft, On(TestFiles.ExampleText, "2025-03-21", organisation: false).State);
        Assert.Equal("försenad", On(TestFiles.ExampleText, "2025-03-22", organisation: false).Text);
    }

    [Fact]
    public void With_calendars_it_is_planned_until_the_papers_are_due_and_late_after()
    {
        // The plan: papers due 2025-02-27, utskott 2025-03-13, nämnd 2025-03-19, deadline 2025-03-21.
        Assert.Equal("planerad", On(TestFiles.ExampleText, "2025-02-27").Text);
        Assert.Equal("försenad", On(TestFiles.ExampleText, "2025-02-28").Text);
    }

    [Fact]
    public void Once_the_first_body_has_met_only_the_deadline_counts()
    {
        var utskott = ExampleOrganisation.WithMeetings(TestFiles.ExampleText, bodies: 1);

        Assert.Equal(RemissState.Late, On(utskott, "2025-03-12").State); // papers late, nothing held yet
        Assert.Equal(RemissState.Planned, On(utskott, "2025-03-14").State);
        Assert.Equal(RemissState.Late, On(utskott, "2025-03-22").State);
    }

    [Fact]
    public void No_plan_before_the_deadline_is_late_at_once()
    {
        var early = TestFiles.ExampleText.Replace("  extensions:\n    - until: 2025-03-21\n", string.Empty, StringComparison.Ordinal)
            .Replace("deadline: 2025-03-10", "deadline: 2025-02-10", StringComparison.Ordinal);

        Assert.Equal(RemissState.Late, On(early, "2025-01-20").State);
    }

    [Fact]
    public void The_recorded_deciding_meeting_makes_it_decided_and_response_sent_sent()
    {
        var decided = ExampleOrganisation.WithMeetings(TestFiles.ExampleText);
        var sent = ExampleDelivery.WithSent(decided, "2025-03-20");

        var status = On(decided, "2026-11-11");
        Assert.Equal(RemissState.Decided, status.State);
        Assert.Equal("beslutad", status.Text);
        Assert.Equal(new CalendarDate(2025, 3, 19), status.DecidingMeeting!.Date);
        Assert.Equal(-600, status.Deadline.DaysLeft);
        Assert.Equal("skickad", On(sent, "2026-11-11").Text);
        Assert.Equal(new CalendarDate(2025, 3, 20), On(sent, "2026-11-11").Sent);
    }

    [Fact]
    public void A_date_after_today_has_not_happened_yet()
    {
        var sent = ExampleDelivery.WithSent(ExampleOrganisation.WithMeetings(TestFiles.ExampleText), "2025-03-20");

        Assert.Equal(RemissState.Decided, On(sent, "2025-03-19").State);
        Assert.Equal(RemissState.Planned, On(sent, "2025-03-18").State);
        Assert.True(On(sent, "2025-03-18").IsOpen);
        Assert.False(On(sent, "2025-03-20").IsInCalendar);
    }

    [Fact]
    public void Every_state_has_its_Swedish_word() =>
        Assert.Equal(["utkast", "planerad", "försenad", "beslutad", "skickad"], Enum.GetValues<RemissState>().Select(RemissStatus.Describe));
}
