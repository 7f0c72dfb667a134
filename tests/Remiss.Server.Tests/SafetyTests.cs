using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Remiss.Server.Api;
using Remiss.Server.Hosting;

namespace Remiss.Server.Tests;

/// <summary>Keys, limits, paths and headers: what keeps a served folder and the machine safe.</summary>
public sealed class SafetyTests
{
    private const string Key = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task With_a_key_every_request_needs_the_bearer_header()
    {
        await using var host = await TestHost.StartAsync(o => o with { ApiKey = Key });

        var none = await host.Client.PostAsync("/api/v1/check", Json.Remiss(Examples.ExampleText));
        var page = await host.Client.GetAsync("/");
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/check") { Content = Json.Remiss(Examples.ExampleText) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key + "x");
        var right = new HttpRequestMessage(HttpMethod.Post, "/api/v1/check") { Content = Json.Remiss(Examples.ExampleText) };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var noneProblem = await Json.AssertProblemAsync(none, 401, "RMS0123");
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.StartsWith("Servern kräver en API-nyckel.", noneProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        // The page's own files load without the key, so that the page can ask for it; everything else needs it.
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("API-nyckeln stämmer inte.", (await Json.AssertProblemAsync(await host.Client.SendAsync(wrong), 401, "RMS0123")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(right)).StatusCode);
    }

    [Fact]
    public void A_network_address_without_a_key_is_refused_in_swedish()
    {
        var folder = AppContext.BaseDirectory;

        var refusal = new ServerOptions { Folder = folder, Listen = IPAddress.Any }.Refusal();

        Assert.NotNull(refusal);
        Assert.StartsWith("RMS0128: --listen 0.0.0.0 gör sidan och API:t nåbara från nätverket, och då krävs en API-nyckel.", refusal, StringComparison.Ordinal);
        Assert.Null(new ServerOptions { Folder = folder, Listen = IPAddress.Any, ApiKey = Key }.Refusal());
        Assert.Null(new ServerOptions { Folder = folder, Listen = IPAddress.IPv6Loopback }.Refusal());
        Assert.Contains("för kort", new ServerOptions { Folder = folder, Listen = IPAddress.Any, ApiKey = "hemligt" }.Refusal(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RemissServer.Build(new ServerOptions { Folder = folder, Listen = IPAddress.Any }));
    }

    [Theory]
    [InlineData("/ui/remisser/..%2f..%2fetc%2fpasswd")]
    [InlineData("/ui/remisser/..%2f..%2fetc%2fpasswd/preview/yttrande")]
    [InlineData("/ui/remisser/%2e%2e/preview/yttrande")]
    [InlineData("/ui/remisser/sou-2024-72.remiss.yaml/preview/yttrande")]
    [InlineData("/ui/remisser/sou-2024-72/preview/..%2f..%2fsou-2024-72.remiss.yaml")]
    [InlineData("/ui/remisser/sou-2024-72/download/yttrande/..%2f..%2fetc%2fpasswd")]
    [InlineData("/..%2f..%2fetc%2fpasswd")]
    [InlineData("/sou-2024-72.remiss.yaml")]
    [InlineData("/app.js%2f..%2f..%2fsou-2024-72.remiss.yaml")]
    public async Task Path_tricks_find_nothing(string url)
    {
        await using var host = await TestHost.StartAsync();
        host.Folder.Write("../hemlig.txt", "hemligt");

        var response = await host.Client.GetAsync(url);

        var problem = await Json.AssertProblemAsync(response, 404, "RMS0127");
        Assert.DoesNotContain("hemligt", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("format: remiss/1", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_limit_is_bounded_and_a_full_queue_says_when_to_retry()
    {
        var release = new ManualResetEventSlim();
        var started = new SemaphoreSlim(0);
        var running = 0;
        var maxRunning = 0;
        await using var host = await TestHost.StartAsync(o => o with
        {
            PdfConcurrency = 1,
            PdfQueueLimit = 1,
            MakePdf = render =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref maxRunning, now);
                started.Release();
                release.Wait(TimeSpan.FromSeconds(30));
                var pdf = render();
                Interlocked.Decrement(ref running);
                return pdf;
            },
        });

        Task<HttpResponseMessage> Post() => host.Client.PostAsync("/api/v1/render?document=yttrande&format=pdf", Json.Remiss(Examples.ExampleText));
        var first = Post();
        Assert.True(await started.WaitAsync(TimeSpan.FromSeconds(30)), "the first PDF did not start");
        var queued = Post();
        await Task.Delay(200);
        var rejected = await Post();

        var problem = await Json.AssertProblemAsync(rejected, 503, "RMS0124");
        Assert.True(rejected.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.StartsWith("Servern gör redan så många PDF:er den kan. Försök igen om", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        release.Set();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
        Assert.Equal(1, maxRunning);
    }

    [Fact]
    public async Task Native_pdfs_run_side_by_side_up_to_the_limit()
    {
        var running = 0;
        var maxRunning = 0;
        var together = new Barrier(4);
        await using var host = await TestHost.StartAsync(o => o with
        {
            PdfConcurrency = 4,
            MakePdf = render =>
            {
                InterlockedMax(ref maxRunning, Interlocked.Increment(ref running));
                // Four at once must be possible: each waits (briefly) until all four are inside.
                together.SignalAndWait(TimeSpan.FromSeconds(30));
                var pdf = render();
                Interlocked.Decrement(ref running);
                return pdf;
            },
        });

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            host.Client.PostAsync("/api/v1/render?document=yttrande&format=pdf", Json.Remiss(Examples.ExampleText))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(4, maxRunning);
    }

    [Fact]
    public async Task The_page_has_a_strict_policy_and_the_preview_its_own()
    {
        await using var host = await TestHost.StartAsync();

        var page = await host.Client.GetAsync("/");
        var preview = await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/yttrande");
        var html = await page.Content.ReadAsStringAsync();

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);

        // No inline script and nothing from another host: every script and style is the tool's own file.
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\bsrc=\"/(app|desk|markdown)\\.js\")"), html);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//"), html);
        Assert.DoesNotMatch(new Regex("<[^>]+\\son[a-z]+\\s*="), html);

        var previewPolicy = preview.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none';", previewPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", previewPolicy, StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", preview.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", preview.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task On_loopback_other_host_names_are_refused_against_dns_rebinding()
    {
        await using var host = await TestHost.StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/ui/remisser");
        request.Headers.Host = "angripare.example";

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/ui/remisser")).StatusCode);
    }

    [Fact]
    public void Every_server_code_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "diagnostics.md"));

        foreach (var code in ServerProblems.Codes)
        {
            Assert.Contains("\n## " + code + "\n", docs, StringComparison.Ordinal);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
