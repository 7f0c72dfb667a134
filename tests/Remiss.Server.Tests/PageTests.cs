using System.Net;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Server.Tests;

/// <summary>What the page reads: the folder's overview, one remiss, its previews, downloads and change events.</summary>
public sealed class PageTests
{
    [Fact]
    public async Task The_overview_lists_the_folder_like_deadlines_with_broken_files_last()
    {
        await using var host = await TestHost.StartAsync();
        host.Folder.Write("2025/fel.remiss.yaml", Examples.Broken);
        host.Folder.Write("2025/snart.remiss.yaml", Examples.ExampleWith(Examples.DeadlineLine, "  deadline: 2025-03-05")
            .Replace("    - until: 2025-03-21", "    - until: 2025-03-07", StringComparison.Ordinal));
        host.Folder.Write("anteckningar.yaml", "inte: en remiss");
        Rescan(host);

        var listing = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser"));

        var rows = listing.GetProperty("remisser").EnumerateArray().ToList();
        Assert.Equal(["2025/snart.remiss.yaml", "sou-2024-72.remiss.yaml", "2025/fel.remiss.yaml"], rows.Select(r => r.GetProperty("file").GetString()));
        Assert.Equal(["2025-snart", "sou-2024-72", "2025-fel"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("inom 14 dagar", rows[0].GetProperty("stateText").GetString());
        Assert.Equal(6, rows[0].GetProperty("daysLeft").GetInt32());
        Assert.Equal("senare", rows[1].GetProperty("stateText").GetString());
        Assert.Equal("2025-03-21", rows[1].GetProperty("effectiveDeadline").GetString());
        Assert.True(rows[1].GetProperty("extended").GetBoolean());
        Assert.Equal(1, rows[2].GetProperty("errors").GetInt32());
        Assert.False(rows[2].TryGetProperty("effectiveDeadline", out _));
    }

    [Fact]
    public async Task The_overview_summary_is_the_line_deadlines_prints_counting_broken_files()
    {
        await using var host = await TestHost.StartAsync();
        host.Folder.Write("fel.remiss.yaml", Examples.Broken);
        Rescan(host);

        var listing = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser"));

        Assert.Equal("2 remisser per 2025-03-01: 0 försenade, 0 inom 14 dagar.", listing.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_remiss_shows_its_documents_and_located_diagnostics()
    {
        await using var host = await TestHost.StartAsync();
        host.Folder.Write("fel.remiss.yaml", Examples.Broken);
        Rescan(host);

        var good = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72"));
        var broken = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/fel"));

        Assert.True(good.GetProperty("valid").GetBoolean());
        var documents = good.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["Yttrande", "Tjänsteutlåtande"], documents.Select(d => d.GetProperty("label").GetString()));
        Assert.Equal(
            ["Yttrande SOU 2024-72 Region Västernorrland.docx", "Yttrande SOU 2024-72 Region Västernorrland.pdf", "Yttrande SOU 2024-72 Region Västernorrland.md"],
            documents[0].GetProperty("downloads").EnumerateArray().Select(d => d.GetProperty("fileName").GetString()));
        Assert.False(broken.GetProperty("valid").GetBoolean());
        Assert.Empty(broken.GetProperty("documents").EnumerateArray());
        var diagnostic = broken.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("RMS0013", diagnostic.GetProperty("code").GetString());
        Assert.Equal("fel.remiss.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal((11, 13), (diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
    }

    [Fact]
    public async Task The_preview_is_the_renderers_html_and_downloads_carry_the_departments_names()
    {
        await using var host = await TestHost.StartAsync();
        var file = RemissLoader.Load(Examples.ExampleText, "x").File!;

        var preview = await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/tjansteutlatande");
        var docx = await host.Client.GetAsync("/ui/remisser/sou-2024-72/download/yttrande/docx");
        var markdown = await host.Client.GetAsync("/ui/remisser/sou-2024-72/download/tjansteutlatande/md");

        Assert.Equal("text/html", preview.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new RemissRenderer().Render(file, DocumentKind.Tjansteutlatande, OutputFormat.Html), await preview.Content.ReadAsByteArrayAsync());
        Assert.Equal("Yttrande SOU 2024-72 Region Västernorrland.docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("Tjänsteutlåtande 24HSN5898.md", markdown.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(new RemissRenderer().RenderMarkdown(file, DocumentKind.Tjansteutlatande), await markdown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_broken_file_has_no_preview_but_a_problem_with_its_diagnostics()
    {
        await using var host = await TestHost.StartAsync();
        File.WriteAllText(host.Folder.File("sou-2024-72.remiss.yaml"), Examples.Broken);

        var response = await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/yttrande");

        await Json.AssertProblemAsync(response, 422, "RMS0013");
    }

    [Fact]
    public async Task Saving_a_file_sends_a_change_event()
    {
        await using var host = await TestHost.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await host.Client.GetAsync("/ui/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        Assert.Equal("event: hello", await reader.ReadLineAsync(timeout.Token));
        Assert.Equal("data: 0", await reader.ReadLineAsync(timeout.Token));
        File.WriteAllText(host.Folder.File("sou-2024-72.remiss.yaml"), Examples.Broken);

        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && line != "event: change");

        Assert.Equal("event: change", line);
        Assert.Equal("data: 1", await reader.ReadLineAsync(timeout.Token));
        Assert.False((await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72"))).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task An_empty_folder_is_an_empty_list()
    {
        await using var host = await TestHost.StartAsync(withExample: false);

        var listing = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser"));

        Assert.Empty(listing.GetProperty("remisser").EnumerateArray());
        await Json.AssertProblemAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72"), 404, "RMS0127");
    }

    private static void Rescan(TestHost host) =>
        ((Folder.RemissFolder)host.Services.GetService(typeof(Folder.RemissFolder))!).Rescan();
}
