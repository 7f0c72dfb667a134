using System.Text.Json;
using Remiss.Server.Api;
using Remiss.Templates;
using Remiss.Templates.Tests.RoundTrip;

namespace Remiss.Server.Tests;

/// <summary>
/// Issue 26 through the server: the probe's nested Markdown is the check's located error (422) in the API's render, the
/// page's preview and its downloads, never 500; the probe's 120,000-paragraph pull is refused (422) by the reader's
/// budget before any conversion; pulls are admitted before their body is read; the API's HTML keeps the preview's rule.
/// </summary>
public sealed class BoundsTests
{
    [Theory]
    [MemberData(nameof(Examples.DeepMarkdown), MemberType = typeof(Examples))]
    public async Task Deep_markdown_is_the_same_located_422_in_the_api_the_preview_and_the_downloads(string kind, int column)
    {
        var text = Examples.WithBackground(Examples.Deep(kind));
        await using var host = await TestHost.StartAsync(withExample: false);
        host.Folder.Write("sou-2024-72.remiss.yaml", text);
        host.Rescan();

        var check = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/check", Json.Body(new { remiss = text })));
        var diagnostic = check.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(("RMS0185", Examples.BackgroundLineNumber, column), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));

        foreach (var format in new[] { "docx", "pdf", "md", "html" })
        {
            var render = await host.Client.PostAsync($"/api/v1/render?document=tjansteutlatande&format={format}", Json.Body(new { remiss = text }));
            var problem = await Json.AssertProblemAsync(render, 422, "RMS0185");
            Assert.Equal((Examples.BackgroundLineNumber, column), (problem.GetProperty("line").GetInt32(), problem.GetProperty("column").GetInt32()));
        }

        await Json.AssertProblemAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/tjansteutlatande"), 422, "RMS0185");
        foreach (var format in new[] { "docx", "pdf", "md" })
        {
            await Json.AssertProblemAsync(await host.Client.GetAsync($"/ui/remisser/sou-2024-72/download/tjansteutlatande/{format}"), 422, "RMS0185");
        }
    }

    [Fact]
    public async Task The_probes_pull_of_120000_paragraphs_is_422_from_the_readers_budget()
    {
        await using var host = await TestHost.StartAsync();
        var docx = HostileYttrande.WithSummaryParagraphs(new RemissRenderer(), 120_000);

        var response = await host.Client.PostAsync("/api/v1/pull", Json.Body(new { remiss = Examples.ExampleText, docx = Convert.ToBase64String(docx), docxName = "Yttrande.docx" }));

        // RMS0187 comes from the reader while it reads the part: no paragraph was converted (that would have been RMS0222, the result too large).
        var problem = await Json.AssertProblemAsync(response, 422, "RMS0187");
        Assert.Contains("delen word/document.xml har fler än 6000 stycken", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pull_beyond_the_places_and_the_queue_is_503_with_retry_after_before_its_body_is_read()
    {
        await using var host = await TestHost.StartAsync();
        using var limit = new PullLimit(permits: 1, queue: 0);
        using var held = await limit.EnterAsync(CancellationToken.None);
        Assert.NotNull(held);

        Assert.Null(await limit.EnterAsync(CancellationToken.None));

        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = host.Services };
        context.Response.Body = new MemoryStream();
        await PullLimit.Busy().ExecuteAsync(context);
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("2", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        Assert.Equal("RMS0124", JsonDocument.Parse(context.Response.Body).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_apis_html_has_no_javascript_links_or_remote_images()
    {
        await using var host = await TestHost.StartAsync();
        var text = Examples.WithBackground("[Klicka här](javascript:alert(1)) och ![spårpixel](https://spara.example/p.png).");

        var response = await host.Client.PostAsync("/api/v1/render?document=tjansteutlatande&format=html", Json.Body(new { remiss = text }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("spara.example", html, StringComparison.Ordinal);
        Assert.Contains("<p>Klicka här och spårpixel.\n", html, StringComparison.Ordinal);
    }
}
