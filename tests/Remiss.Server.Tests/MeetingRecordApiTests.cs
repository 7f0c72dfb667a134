using System.Net;

namespace Remiss.Server.Tests;

/// <summary>What happened at the meeting (ORGANISATION.md §7) through the API: the wording of a § without a remiss file, checks and the plan of an open matter.</summary>
public sealed class MeetingRecordApiTests
{
    private static readonly string[] Path = ["Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden"];

    [Fact]
    public async Task Wording_with_a_meeting_gives_beslut_and_the_sections_as_the_cli_prints_them()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/wording", Json.Body(new
        {
            path = Path,
            clauses = new object[] { new { id = "file-information" } },
            meeting = new
            {
                proposals = new object[]
                {
                    new { by = "Viktoria Jansson (M)", motion = "approve" },
                    new { by = new[] { "Erica Stenberg (SD)", "Lars Ek (SD)" }, motion = "add", clauses = new[] { new { text = "uppdra åt förvaltningen att följa upp frågan om läkarbemanning" } } },
                    new { by = "Anna Berg (V)", motion = "refer-back", reason = "Konsekvenserna för kommunerna behöver belysas." },
                },
                vote = new { yes = 1, no = 2, result = new { yes = 7, no = 4, abstain = 2 } },
                outcome = new[] { 1 },
                reservations = new[] { new { by = new[] { "Erica Stenberg (SD)", "Lars Ek (SD)" }, written = true } },
                entries = new[] { new { by = "Anna Berg (V)", text = "Vänsterpartiet vill att uppföljningen redovisas för nämnden i höst." } },
                disqualified = new[] { "Pia Lundin (SJVP)" },
                not_taking_part = new[] { "Dennis Moström (C)" },
            },
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("Hälso- och sjukvårdsnämnden beslutar", body.GetProperty("intro").GetString());
        Assert.Equal(["att lägga informationen till handlingarna."], body.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()));
        var lines = body.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("paragraphs").EnumerateArray()
                .SelectMany(p => p.GetProperty("clauses").EnumerateArray().Select(c => c.GetString()!).Prepend(p.GetProperty("text").GetString()!))
                .Prepend(s.GetProperty("heading").GetString()!));
        Assert.Equal(MeetingRecords.NamndLines, lines);
        Assert.StartsWith("Beslut:\n\nHälso- och sjukvårdsnämnden beslutar\n\natt lägga informationen till handlingarna.\n\nJäv\n\nPia Lundin (SJVP) deltar inte", body.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_with_errors_is_422_with_cores_located_diagnostics()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/wording", Json.Body(new
        {
            path = Path,
            clauses = new object[] { new { id = "file-information" } },
            meeting = new { proposals = new[] { new { by = "Anna Berg (V)", motion = "table" } } },
        }));
        var notAnObject = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path = Path, meeting = "ja" }));

        var problem = await Json.AssertProblemAsync(response, 422, "RMS0150");
        Assert.Contains("Yrkandet om bordläggning saknar datum.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("RMS0150", problem.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        await Json.AssertProblemAsync(notAnObject, 400, "RMS0120");
    }

    [Fact]
    public async Task The_page_lists_a_referred_back_remiss_as_open_and_previews_the_extract_with_its_route()
    {
        await using var host = await TestHost.StartAsync(withExample: false);
        host.Folder.Write("organisation.yaml", Examples.OrganisationText);
        host.Folder.Write("sou-2024-72.remiss.yaml", MeetingRecords.Example(Examples.ExampleText, MeetingRecords.UtskottSeed,
            "    - body: hsn\n      date: 2025-03-19\n      paragraph: 41\n      proposals:\n        - by: Anna Berg (V)\n          motion: refer-back\n          reason: Oklart.\n      outcome: [1]\n"));
        ((Folder.RemissFolder)host.Services.GetService(typeof(Folder.RemissFolder))!).Rescan();

        var row = (await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser"))).GetProperty("remisser")[0];
        var view = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72"));
        var preview = await (await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/protokollsutdrag-2")).Content.ReadAsStringAsync();

        Assert.Equal("2025-04-23", row.GetProperty("papersDue").GetString());
        Assert.Equal("2025-04-23", row.GetProperty("decidingMeeting").GetString());
        Assert.Equal("2025-04-30", view.GetProperty("plan").GetProperty("resumed").GetProperty("extensionUntil").GetString());
        Assert.Contains("<p>Hälso- och sjukvårdsnämnden beslutar att återremittera ärendet till förvaltningen.</p>", preview, StringComparison.Ordinal);
        Assert.Contains("<h2>Beslutsgång</h2>", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_and_plan_read_the_record_through_the_same_loader()
    {
        await using var host = await TestHost.StartAsync();
        var referred = MeetingRecords.Example(Examples.ByIds, MeetingRecords.UtskottSeed,
            "    - body: hsn\n      date: 2025-03-19\n      paragraph: 41\n      proposals:\n        - by: Anna Berg (V)\n          motion: refer-back\n          reason: Oklart.\n      outcome: [1]\n");

        var check = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/check", Json.Body(new { remiss = referred, organisation = Examples.OrganisationText })));
        var plan = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/plan?today=2025-02-01", Json.Body(new { remiss = referred, organisation = Examples.OrganisationText })));

        Assert.Contains(check.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "RMS0157");
        var resumed = plan.GetProperty("resumed");
        Assert.Equal("refer-back", resumed.GetProperty("motion").GetString());
        Assert.Equal("2025-04-23", resumed.GetProperty("decidingMeeting").GetString());
        Assert.Equal("2025-04-30", resumed.GetProperty("extensionUntil").GetString());
    }
}
