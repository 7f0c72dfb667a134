using System.Net;
using System.Text.Json;
using Remiss.Core;

namespace Remiss.Server.Tests;

/// <summary>"Ny remiss" (issue 25 item 4): POST /api/v1/files, from a saved department page or empty, never over a file.</summary>
public sealed class DeskCreateTests
{
    private static readonly string Pages = Path.Combine(Checkout.Root, "tests", "Fixtures", "Pages");

    [Fact]
    public async Task A_saved_regeringen_page_becomes_a_file_named_by_its_number_that_opens_by_its_id()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var page = File.ReadAllBytes(Path.Combine(Pages, "34-regeringen.html"));

        var response = await desk.SendAsync(HttpMethod.Post, "/api/v1/files", new { source = new { name = "34-regeringen.html", contentBase64 = Convert.ToBase64String(page) } }, null);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var created = JsonDocument.Parse(text).RootElement;
        Assert.Equal("sou-2024-90.remiss.yaml", created.GetProperty("file").GetString());
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("/api/v1/files/" + id, response.Headers.Location!.OriginalString);
        var written = File.ReadAllBytes(host.Folder.File("sou-2024-90.remiss.yaml"));
        Assert.Equal(LoadedRemiss.HashOf(written), created.GetProperty("hash").GetString());
        var (form, _) = await desk.FormAsync(id);
        Assert.Equal("SOU 2024:90", form.GetProperty("values").GetProperty("remiss.number").GetString());
        Assert.Equal("Ett tryggare äldreboende", form.GetProperty("values").GetProperty("remiss.title").GetString());
    }

    [Fact]
    public async Task An_empty_form_is_the_file_remiss_new_writes()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);

        var response = await desk.SendAsync(HttpMethod.Post, "/api/v1/files", new { }, null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await Json.ReadAsync(response);
        Assert.Equal("ny.remiss.yaml", created.GetProperty("file").GetString());
        Assert.Contains("yaml-language-server: $schema=remiss.schema.json", File.ReadAllText(host.Folder.File("ny.remiss.yaml")));
        var (form, _) = await desk.FormAsync(created.GetProperty("id").GetString()!);
        Assert.Equal("ny.remiss.yaml", form.GetProperty("file").GetString());
    }

    [Fact]
    public async Task A_taken_name_is_409_and_the_existing_file_is_unchanged_byte_for_byte()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var page = File.ReadAllBytes(Path.Combine(Pages, "34-regeringen.html"));
        host.Folder.Write("sou-2024-90.remiss.yaml", "# mitt eget utkast\nformat: remiss/1\n");
        var before = File.ReadAllBytes(host.Folder.File("sou-2024-90.remiss.yaml"));

        var response = await desk.SendAsync(HttpMethod.Post, "/api/v1/files", new { source = new { name = "sida.html", contentBase64 = Convert.ToBase64String(page) } }, null);

        await Json.AssertProblemAsync(response, 409, "RMS0257");
        Assert.Equal(before, File.ReadAllBytes(host.Folder.File("sou-2024-90.remiss.yaml")));
    }

    [Fact]
    public async Task A_page_that_is_not_a_remiss_page_is_422_and_nothing_is_written()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);
        var files = Directory.GetFiles(host.Folder.Path).Length;

        var response = await desk.SendAsync(HttpMethod.Post, "/api/v1/files", new { source = new { name = "bild.png", contentBase64 = Convert.ToBase64String(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2 }) } }, null);

        await Json.AssertProblemAsync(response, 422, "RMS0259");
        Assert.Equal(files, Directory.GetFiles(host.Folder.Path).Length);
    }

    [Fact]
    public async Task A_create_from_another_site_is_refused_and_writes_nothing()
    {
        await using var host = await TestHost.StartAsync();
        var desk = new DeskClient(host.Client);

        var response = await desk.SendAsync(HttpMethod.Post, "/api/v1/files", new { }, null, headers: new Dictionary<string, string> { ["Origin"] = "http://angripare.example" });

        await Json.AssertProblemAsync(response, 403, "RMS0253");
        Assert.False(File.Exists(host.Folder.File("ny.remiss.yaml")));
    }

    [Fact]
    public async Task A_read_only_server_creates_nothing()
    {
        await using var host = await TestHost.StartAsync(o => o with { ReadOnly = true });
        var desk = new DeskClient(host.Client);

        var response = await desk.SendAsync(HttpMethod.Post, "/api/v1/files", new { }, null);

        await Json.AssertProblemAsync(response, 403, "RMS0255");
        Assert.False(File.Exists(host.Folder.File("ny.remiss.yaml")));
    }
}
