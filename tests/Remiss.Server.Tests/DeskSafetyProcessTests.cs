using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Remiss.Server.Tests;

/// <summary>
/// The desk's writes against a real <c>remiss serve</c> process: a page of another origin in the same Chromium
/// cannot change a file, and of two concurrent saves against one version exactly one wins.
/// </summary>
public sealed class DeskSafetyProcessTests
{
    private const string Id = "sou-2024-72";

    [Fact]
    public async Task A_page_of_another_origin_cannot_write_the_file_is_unchanged_byte_for_byte()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        var before = File.ReadAllBytes(path);
        await using var server = await ServeProcess.StartAsync(folder.Path);
        var desk = server.Url.TrimEnd('/');
        var hash = Remiss.Core.LoadedRemiss.HashOf(before);
        using var attacker = new AttackerSite(AttackPage(desk, hash));
        await using var browser = await ChromiumSession.LaunchAsync();
        await using var page = await browser.NewPageAsync();

        // The officer has the desk open in the same browser (its anti-forgery cookie is set).
        await page.GoToAsync(server.Url);
        await page.EvaluateExpressionAsync("fetch('/api/v1/antiforgery').then(r => r.json())");

        await page.GoToAsync(attacker.Url);
        await page.WaitForFunctionAsync("() => window.attempted === true", new PuppeteerSharp.WaitForFunctionOptions { Timeout = 20_000 });
        await page.GoToAsync(attacker.Url + "form");
        await Task.Delay(500);

        Assert.True(attacker.Served >= 2);
        Assert.Equal(before, File.ReadAllBytes(path));
        var results = await page.GoToAsync(attacker.Url).ContinueWith(_ => page.EvaluateExpressionAsync<string>("new Promise(r => setTimeout(() => r(window.results.join(' | ')), 1000))")).Unwrap();
        Assert.DoesNotContain("200", results, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_two_concurrent_saves_against_one_version_exactly_one_wins()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        await using var server = await ServeProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var first = new DeskClient(http);
        var (_, etag) = await first.FormAsync(Id);

        for (var round = 0; round < 10; round++)
        {
            var a = first.PatchAsync(Id, new { edits = new[] { new { path = "case.dnr", value = "A" + round } } }, etag);
            var b = first.PatchAsync(Id, new { edits = new[] { new { path = "case.dnr", value = "B" + round } } }, etag);
            var answers = await Task.WhenAll(a, b);

            var statuses = answers.Select(r => (int)r.StatusCode).OrderBy(s => s).ToArray();
            Assert.Equal([200, 409], statuses);
            var winner = answers.Single(r => r.StatusCode == HttpStatusCode.OK);
            var text = File.ReadAllText(path);
            Assert.Contains("  dnr: " + (ReferenceEquals(winner, answers[0]) ? "A" : "B") + round + "\n", text, StringComparison.Ordinal);
            Assert.Equal(Examples.ExampleText.Replace("  dnr: 24HSN5898\n", "  dnr: " + (ReferenceEquals(winner, answers[0]) ? "A" : "B") + round + "\n", StringComparison.Ordinal), text);
            etag = winner.Headers.ETag!.Tag;
        }
    }

    /// <summary>What a hostile page tries: read the token, PATCH with the right If-Match (CORS), POSTs without CORS.</summary>
    private static string AttackPage(string desk, string hash) => $$"""
        <!doctype html><html><body><script>
        window.results = [];
        const file = '{{desk}}/api/v1/files/{{Id}}';
        const tries = [
          fetch('{{desk}}/api/v1/antiforgery', { credentials: 'include' }).then(r => 'token ' + r.status),
          fetch(file, { method: 'PATCH', credentials: 'include', headers: { 'Content-Type': 'application/json', 'If-Match': '"{{hash}}"', 'X-Remiss-Antiforgery': 'x' },
            body: JSON.stringify({ edits: [{ path: 'case.dnr', value: 'HACKAD' }] }) }).then(r => 'patch ' + r.status),
          fetch(file + '/sent', { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' },
            body: JSON.stringify({ date: '2025-03-20' }) }).then(r => 'sent ' + r.status + r.type),
        ];
        Promise.allSettled(tries).then(all => { window.results = all.map(x => x.status === 'fulfilled' ? x.value : 'blocked'); window.attempted = true; });
        </script></body></html>
        """;

    /// <summary>A second local web site, on another port: another origin than the desk's.</summary>
    private sealed class AttackerSite : IDisposable
    {
        private readonly HttpListener _listener = new();
        private int _served;

        public AttackerSite(string page)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }

                    Interlocked.Increment(ref _served);
                    var body = context.Request.Url!.AbsolutePath == "/form" ? FormPage(page) : page;
                    var bytes = Encoding.UTF8.GetBytes(body);
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
            });
        }

        public string Url { get; }

        public int Served => Volatile.Read(ref _served);

        public void Dispose() => _listener.Close();

        // A classic form post, submitted on load (a navigation, which no CORS rule stops).
        private static string FormPage(string page)
        {
            var desk = page[(page.IndexOf("const file = '", StringComparison.Ordinal) + 14)..];
            desk = desk[..desk.IndexOf('\'', StringComparison.Ordinal)];
            return $"""<!doctype html><html><body><form method="post" enctype="text/plain" action="{desk}/sent"><input name='{"{"}"date":"2025-03-20","x":"' value='"{"}"}'></form><script>document.forms[0].submit()</script></body></html>""";
        }
    }
}
