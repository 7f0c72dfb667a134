using System.Net;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Server.Tests;

/// <summary>Meetings (ORGANISATION.md §3–§4): the plan from the API and on the page, protocol extracts as documents.</summary>
public sealed class MeetingsTests
{
    private const string Utskott = "    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n";
    private const string Namnd = "    - body: hsn\n      date: 2025-03-19\n      paragraph: 41\n";

    [Fact]
    public async Task The_plan_is_what_remiss_plan_json_gives()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/plan?today=2025-02-01", Json.Body(new { remiss = Examples.ByIds, organisation = Examples.OrganisationText }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await Json.ReadAsync(response);
        Assert.Equal("planned", plan.GetProperty("status").GetString());
        Assert.Equal("2025-03-21", plan.GetProperty("deadline").GetString());
        Assert.Equal("2025-02-27", plan.GetProperty("papersDue").GetString());
        Assert.Equal("2025-03-19", plan.GetProperty("decidingMeeting").GetString());
        Assert.Equal("2025-03-26", plan.GetProperty("adjustedBy").GetString());
        Assert.True(plan.GetProperty("immediateAdjustment").GetBoolean());
        Assert.True(plan.GetProperty("immediateAdjustmentInClauses").GetBoolean());
        Assert.Equal(
            ["hsu Hälso- och sjukvårdsutskottet 2025-03-13", "hsn Hälso- och sjukvårdsnämnden 2025-03-19"],
            plan.GetProperty("meetings").EnumerateArray().Select(m => $"{m.GetProperty("bodyId").GetString()} {m.GetProperty("body").GetString()} {m.GetProperty("date").GetString()}"));
        Assert.False(plan.TryGetProperty("forward", out _));
    }

    [Fact]
    public async Task Late_papers_give_the_forward_plan_and_the_extension_to_ask_for()
    {
        await using var host = await TestHost.StartAsync();

        var plan = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/plan?today=2025-03-01", Json.Body(new { remiss = Examples.ByIds, organisation = Examples.OrganisationText })));

        var forward = plan.GetProperty("forward");
        Assert.Equal("2025-03-01", forward.GetProperty("from").GetString());
        Assert.Equal("planned", forward.GetProperty("status").GetString());
        Assert.Equal("2025-04-30", forward.GetProperty("extensionUntil").GetString());
    }

    [Fact]
    public async Task A_plan_needs_an_organisation_with_calendars_and_a_real_date()
    {
        await using var host = await TestHost.StartAsync();
        var noCalendars = Examples.OrganisationText.Replace("    meetings: [2025-02-06, 2025-03-13, 2025-04-10]\n", string.Empty, StringComparison.Ordinal);

        var noOrganisation = await host.Client.PostAsync("/api/v1/plan", Json.Remiss(Examples.ExampleText));
        var badDate = await host.Client.PostAsync("/api/v1/plan?today=2025-02-30", Json.Body(new { remiss = Examples.ByIds, organisation = Examples.OrganisationText }));
        var notPlannable = await host.Client.PostAsync("/api/v1/plan", Json.Body(new { remiss = Examples.ByIds, organisation = noCalendars }));

        Assert.StartsWith("Fältet 'organisation' behövs för en plan", (await Json.AssertProblemAsync(noOrganisation, 400, "RMS0120")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Json.AssertProblemAsync(badDate, 400, "RMS0122");
        Assert.Equal(
            "Remissen kan inte planeras: alla organ i beslutsvägen (Hälso- och sjukvårdsutskottet och Hälso- och sjukvårdsnämnden) behöver 'meetings' i organisationsfilen.",
            (await Json.AssertProblemAsync(notPlannable, 422, "RMS0122")).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_protocol_extract_renders_by_meeting_with_its_name()
    {
        await using var host = await TestHost.StartAsync();
        var one = WithMeetings(Utskott);
        var two = WithMeetings(Utskott + Namnd);

        var single = await host.Client.PostAsync("/api/v1/render?document=protokollsutdrag&format=md", Json.Body(new { remiss = one, organisation = Examples.OrganisationText }));
        var second = await host.Client.PostAsync("/api/v1/render?document=protokollsutdrag&format=md&meeting=2", Json.Body(new { remiss = two, organisation = Examples.OrganisationText }));
        var unnamed = await host.Client.PostAsync("/api/v1/render?document=protokollsutdrag&format=md", Json.Body(new { remiss = two, organisation = Examples.OrganisationText }));
        var none = await host.Client.PostAsync("/api/v1/render?document=protokollsutdrag&format=md", Json.Body(new { remiss = Examples.ByIds, organisation = Examples.OrganisationText }));

        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        Assert.Equal("Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.md", single.Content.Headers.ContentDisposition?.FileNameStar);
        var organisation = OrganisationLoader.Load(Examples.OrganisationText, "organisation.yaml").File!;
        var file = RemissLoader.Load(one, "x", new LoadOptions { Organisation = organisation }).File!;
        Assert.Equal(new RemissRenderer().Render(file, file.Decision.Meetings[0], OutputFormat.Markdown), await single.Content.ReadAsByteArrayAsync());
        Assert.Equal("Protokollsutdrag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.md", second.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.EndsWith("1 = Hälso- och sjukvårdsutskottet § 25, 2 = Hälso- och sjukvårdsnämnden § 41.",
            (await Json.AssertProblemAsync(unnamed, 400, "RMS0122")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Json.AssertProblemAsync(none, 422, "RMS0122");
    }

    [Fact]
    public async Task The_page_shows_the_plan_and_the_extracts()
    {
        await using var host = await TestHost.StartAsync(withExample: false);
        host.Folder.Write("organisation.yaml", Examples.OrganisationText);
        host.Folder.Write("sou-2024-72.remiss.yaml", WithMeetings(Utskott));
        host.Rescan();

        var row = (await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser"))).GetProperty("remisser")[0];
        var view = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72"));
        var preview = await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/protokollsutdrag-1");
        var missing = await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/protokollsutdrag-2");

        // Today is 2025-03-01 in the tests: the papers of the backward plan were due 2025-02-27, so the forward plan is the one to follow.
        Assert.Equal("2025-03-27", row.GetProperty("papersDue").GetString());
        Assert.Equal("2025-04-23", row.GetProperty("decidingMeeting").GetString());
        Assert.Equal("2025-03-19", view.GetProperty("plan").GetProperty("decidingMeeting").GetString());
        var extract = view.GetProperty("documents")[2];
        Assert.Equal("Protokollsutdrag Hälso- och sjukvårdsutskottet § 25", extract.GetProperty("label").GetString());
        Assert.Equal("Protokollsutdrag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.docx", extract.GetProperty("downloads")[0].GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<h1>§ 25 Yttrande över remiss från Socialdepartementet;", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Json.AssertProblemAsync(missing, 404, "RMS0127");
    }

    private static string WithMeetings(string meetings)
    {
        const string clauses = "    - immediate-adjustment\n";
        Assert.Contains(clauses, Examples.ByIds);
        return Examples.ByIds.Replace(clauses, clauses + "  meetings:\n" + meetings, StringComparison.Ordinal);
    }
}
