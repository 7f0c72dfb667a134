using System.Net;
using System.Text;
using Remiss.Core;

namespace Remiss.Server.Tests;

/// <summary>The desk's API (issue 25): forms, saves in place with If-Match, the write guard.</summary>
public sealed class DeskApiTests
{
    private const string Id = "sou-2024-72";

    [Fact]
    public async Task The_form_has_the_files_values_hash_and_choices()
    {
        await using var host = await TestHost.StartAsync();
        host.Folder.Write("organisation.yaml", Examples.OrganisationText);
        host.Rescan();
        var desk = new DeskClient(host.Client);

        var listing = await Json.ReadAsync(await host.Client.GetAsync("/api/v1/files"));
        var (form, etag) = await desk.FormAsync(Id);

        Assert.True(listing.GetProperty("writable").GetBoolean());
        Assert.Equal(Id, listing.GetProperty("files")[0].GetProperty("id").GetString());
        var hash = LoadedRemiss.HashOf(File.ReadAllBytes(host.Folder.File("sou-2024-72.remiss.yaml")));
        Assert.Equal("\"" + hash + "\"", etag);
        Assert.Equal(hash, form.GetProperty("hash").GetString());
        Assert.Equal("2025-03-10", form.GetProperty("values").GetProperty("remiss.deadline").GetString());
        Assert.Equal("8", form.GetProperty("values").GetProperty("response.comments[1].section").GetString());
        Assert.Equal("Kommunalt anställda läkare", form.GetProperty("lists").GetProperty("response.comments")[1].GetProperty("heading").GetString());
        var bodies = form.GetProperty("choices").GetProperty("bodies");
        Assert.Equal("hsu", bodies[0].GetProperty("id").GetString());
        Assert.Equal("2025-03-13", bodies[0].GetProperty("meetings")[1].GetString());
        Assert.Contains(form.GetProperty("choices").GetProperty("clauses").EnumerateArray(), c => c.GetProperty("id").GetString() == "submit-response");
    }

    [Fact]
    public async Task A_patch_rewrites_only_the_changed_value()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var path = host.Folder.File("sou-2024-72.remiss.yaml");
        var (_, etag) = await desk.FormAsync(Id);

        var response = await desk.PatchAsync(Id, new { edits = new object[] { new { path = "remiss.deadline", value = "2025-03-14" }, new { path = "response.sent", value = "2025-03-20" } } }, etag);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var expected = Examples.ExampleText.Replace("deadline: 2025-03-10            # illustrative", "deadline: 2025-03-14            # illustrative", StringComparison.Ordinal)
            .Replace("      role: Ordförande, hälso- och sjukvårdsnämnden\n", "      role: Ordförande, hälso- och sjukvårdsnämnden\n  sent: 2025-03-20\n", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(path));
        var saved = await Json.ReadAsync(response);
        Assert.Equal(LoadedRemiss.HashOf(File.ReadAllBytes(path)), saved.GetProperty("hash").GetString());
        Assert.Equal("\"" + saved.GetProperty("hash").GetString() + "\"", response.Headers.ETag!.Tag);
        Assert.Equal(["remiss.deadline", "response.sent"], saved.GetProperty("changes").EnumerateArray().Select(c => c.GetString()!).ToArray());
    }

    [Fact]
    public async Task A_save_without_if_match_is_428_and_writes_nothing()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);

        var response = await desk.PatchAsync(Id, new { edits = new[] { new { path = "remiss.deadline", value = "2025-03-14" } } }, ifMatch: null);

        await Json.AssertProblemAsync(response, 428, "RMS0251");
        Assert.Equal(Examples.ExampleText, File.ReadAllText(host.Folder.File("sou-2024-72.remiss.yaml")));
    }

    [Fact]
    public async Task A_save_against_a_changed_file_is_409_with_what_changed()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var path = host.Folder.File("sou-2024-72.remiss.yaml");
        var (_, etag) = await desk.FormAsync(Id);
        var elsewhere = Examples.ExampleText.Replace("dnr: 24HSN5898", "dnr: 24HSN6000", StringComparison.Ordinal);
        File.WriteAllText(path, elsewhere); // an editor saved meanwhile

        var response = await desk.PatchAsync(Id, new { edits = new[] { new { path = "remiss.deadline", value = "2025-03-14" } } }, etag);

        var problem = await Json.AssertProblemAsync(response, 409, "RMS0250");
        Assert.Equal(LoadedRemiss.HashOf(Encoding.UTF8.GetBytes(elsewhere)), problem.GetProperty("currentHash").GetString());
        var change = Assert.Single(problem.GetProperty("changes").EnumerateArray());
        Assert.Equal("case.dnr", change.GetProperty("path").GetString());
        Assert.Equal("24HSN5898", change.GetProperty("before").GetString());
        Assert.Equal("24HSN6000", change.GetProperty("now").GetString());
        Assert.Equal(elsewhere, File.ReadAllText(path));
    }

    [Fact]
    public async Task A_save_that_would_add_an_error_is_422_at_its_field_and_writes_nothing()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var (_, etag) = await desk.FormAsync(Id);

        var response = await desk.PatchAsync(Id, new { edits = new[] { new { path = "response.comments[0].position", value = "kanske" } } }, etag);

        var problem = await Json.AssertProblemAsync(response, 422, "RMS0252");
        var diagnostics = problem.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("path").GetString() == "response.comments[0].position" && d.GetProperty("code").GetString() != "RMS0252");
        Assert.Equal(Examples.ExampleText, File.ReadAllText(host.Folder.File("sou-2024-72.remiss.yaml")));
    }

    [Fact]
    public async Task A_file_with_errors_can_still_be_edited()
    {
        await using var host = await TestHost.StartAsync();
        var broken = Examples.ExampleText.Replace("position: opposes", "position: kanske", StringComparison.Ordinal);
        var path = host.Folder.Write("sou-2024-72.remiss.yaml", broken);
        var desk = new DeskClient(host.Client);
        var (form, etag) = await desk.FormAsync(Id);
        Assert.Contains(form.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("path").GetString() == "response.comments[1].position");

        var response = await desk.PatchAsync(Id, new { edits = new[] { new { path = "response.summary", value = "Kort.\n" } } }, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("  summary: |\n    Kort.\n  comments:", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Origin", "http://angripare.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_write_from_another_site_is_403(string header, string value)
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var (_, etag) = await desk.FormAsync(Id);

        var response = await desk.PatchAsync(Id, new { edits = new[] { new { path = "remiss.deadline", value = "2025-03-14" } } }, etag,
            headers: new Dictionary<string, string> { [header] = value });

        await Json.AssertProblemAsync(response, 403, "RMS0253");
        Assert.Equal(Examples.ExampleText, File.ReadAllText(host.Folder.File("sou-2024-72.remiss.yaml")));
    }

    [Fact]
    public async Task A_write_without_the_token_is_403_and_with_it_from_the_own_origin_is_saved()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var (_, etag) = await desk.FormAsync(Id);
        var edit = new { edits = new[] { new { path = "remiss.deadline", value = "2025-03-14" } } };

        var without = await desk.PatchAsync(Id, edit, etag, withToken: false);
        var own = await desk.PatchAsync(Id, edit, etag, headers: new Dictionary<string, string> { ["Origin"] = "http://localhost", ["Sec-Fetch-Site"] = "same-origin" });

        await Json.AssertProblemAsync(without, 403, "RMS0254");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_read_only_server_refuses_every_write()
    {
        await using var host = await TestHost.StartAsync(o => o with { ReadOnly = true });
        var desk = new DeskClient(host.Client);
        var (form, etag) = await desk.FormAsync(Id);

        var response = await desk.PatchAsync(Id, new { edits = new[] { new { path = "remiss.deadline", value = "2025-03-14" } } }, etag);

        Assert.False(form.GetProperty("writable").GetBoolean());
        await Json.AssertProblemAsync(response, 403, "RMS0255");
        Assert.Equal(Examples.ExampleText, File.ReadAllText(host.Folder.File("sou-2024-72.remiss.yaml")));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/ui/remisser/" + Id)).StatusCode);
    }

    [Fact]
    public async Task Both_meetings_recorded_and_the_answer_marked_sent_check_cleanly_with_every_comment_kept()
    {
        await using var host = await TestHost.StartAsync();
        host.Folder.Write("organisation.yaml", Examples.OrganisationText);
        host.Rescan();
        var desk = new DeskClient(host.Client);
        var path = host.Folder.File("sou-2024-72.remiss.yaml");
        var (_, etag) = await desk.FormAsync(Id);

        var first = await desk.SendAsync(HttpMethod.Post, $"/api/v1/files/{Id}/meetings", new { body = "hsu", date = "2025-03-13", paragraph = 25, proposals = new[] { new { by = "Pia Lundin (SJVP)", motion = "approve" } } }, etag);
        Assert.True(first.StatusCode == HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        var second = await desk.SendAsync(HttpMethod.Post, $"/api/v1/files/{Id}/meetings", new
        {
            body = "hsn",
            date = "2025-03-19",
            paragraph = 41,
            proposals = new object[] { new { by = "Viktoria Jansson (M)", motion = "approve" }, new { by = new[] { "Erica Stenberg (SD)", "Lars Ek (SD)" }, motion = "reject" } },
            vote = new { yes = 1, no = 2, result = new { yes = 7, no = 4, abstain = 2 } },
            reservations = new[] { new { by = new[] { "Erica Stenberg (SD)", "Lars Ek (SD)" }, written = true } },
        }, first.Headers.ETag!.Tag);
        Assert.True(second.StatusCode == HttpStatusCode.OK, await second.Content.ReadAsStringAsync());
        var sent = await desk.SendAsync(HttpMethod.Post, $"/api/v1/files/{Id}/sent", new { date = "2025-03-20" }, second.Headers.ETag!.Tag);
        Assert.True(sent.StatusCode == HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());

        var text = File.ReadAllText(path);
        var loaded = new RemissWorkspace().Load(path);
        Assert.DoesNotContain(loaded.AllDiagnostics, d => d.IsError);
        Assert.Equal(2, loaded.File!.Decision.Meetings.Count);
        Assert.Equal(new CalendarDate(2025, 3, 20), loaded.File.Response.Sent);
        Assert.Equal(Comments(Examples.ExampleText), Comments(text));
    }

    [Fact]
    public async Task A_pull_from_the_page_shows_the_change_first_and_writes_it_when_applied()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var path = host.Folder.File("sou-2024-72.remiss.yaml");
        var (_, etag) = await desk.FormAsync(Id);
        var loaded = new RemissWorkspace().Load(path);
        var docx = new Remiss.Templates.RemissRenderer().Render(loaded.File!, new Remiss.Templates.RemissDocument(Remiss.Templates.DocumentKind.Yttrande), Remiss.Templates.OutputFormat.Docx,
            Remiss.Templates.RenderSource.For(host.Folder.Path, loaded));
        var body = new { docxBase64 = Convert.ToBase64String(docx), docxName = "Yttrande.docx", apply = false };

        var preview = await desk.SendAsync(HttpMethod.Post, $"/api/v1/files/{Id}/pull", body, etag);

        Assert.True(preview.StatusCode == HttpStatusCode.OK, await preview.Content.ReadAsStringAsync());
        var answer = await Json.ReadAsync(preview);
        Assert.False(answer.GetProperty("applied").GetBoolean());
        Assert.Equal(Examples.ExampleText, File.ReadAllText(path));
    }

    private static string[] Comments(string yaml) => yaml.Split('\n').Where(l => l.TrimStart().StartsWith('#') || l.Contains(" # ", StringComparison.Ordinal)).Select(l => l.Trim()).ToArray();
}
