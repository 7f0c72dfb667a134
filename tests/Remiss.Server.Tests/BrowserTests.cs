using System.Diagnostics;
using System.Text.RegularExpressions;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace Remiss.Server.Tests;

/// <summary>
/// The page in a real browser (Debian's chromium, driven by PuppeteerSharp; no browser download) against the
/// real <c>remiss serve</c> process: open a remiss, see the yttrande, save changes on disk and see them.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private static readonly WaitForFunctionOptions Wait = new() { Timeout = 20_000, PollingInterval = 50 };

    [Fact]
    public async Task The_preview_follows_the_file_on_disk()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        await using var server = await ServeProcess.StartAsync(folder.Path);
        await using var browser = await LaunchAsync();
        await using var page = await browser.NewPageAsync();

        await page.GoToAsync(server.Url + "#/r/sou-2024-72");
        await page.WaitForFunctionAsync(PreviewHeadingIs("Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)"), Wait);
        Assert.Equal("sv", await page.EvaluateExpressionAsync<string>("document.documentElement.lang"));
        Assert.Equal("Förhandsgranskning: Yttrande", await page.EvaluateExpressionAsync<string>("document.getElementById('forhandsgranskning').title"));

        // Saved by an editor: the preview changes without the page being reloaded.
        await page.EvaluateExpressionAsync("window.notReloaded = true");
        var saved = Stopwatch.StartNew();
        File.WriteAllText(path, Examples.ExampleWith("  title: Stärkt medicinsk kompetens i kommunal hälso- och sjukvård", "  title: Bättre vård i kommunerna"));
        await page.WaitForFunctionAsync(PreviewHeadingIs("Yttrande över remiss; betänkandet Bättre vård i kommunerna (SOU 2024:72)"), Wait);
        output.WriteLine($"preview updated {saved.ElapsedMilliseconds} ms after the save");
        Assert.True(await page.EvaluateExpressionAsync<bool>("window.notReloaded === true"));

        // Broken: the located diagnostic appears beside the last good preview.
        File.WriteAllText(path, Examples.Broken);
        await page.WaitForFunctionAsync("() => document.getElementById('diagnostik').textContent.includes('RMS0013')", Wait);
        var diagnostic = await page.EvaluateExpressionAsync<string>("document.querySelector('#diagnostik li.error').textContent");
        Assert.StartsWith("Fel RMS0013 sou-2024-72.remiss.yaml, rad 11, kolumn 13: 'remiss.deadline' är inget giltigt datum: \"2025-02-30\"", diagnostic, StringComparison.Ordinal);
        Assert.StartsWith("Filen har 1 fel och kan inte renderas. Förhandsgranskningen visar den senaste felfria versionen.",
            await page.EvaluateExpressionAsync<string>("document.getElementById('remiss-status').textContent"), StringComparison.Ordinal);
        Assert.Equal("status", await page.EvaluateExpressionAsync<string>("document.getElementById('remiss-status').getAttribute('role')"));
    }

    [Fact]
    public async Task The_list_and_the_documents_work_from_the_keyboard()
    {
        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        await using var server = await ServeProcess.StartAsync(folder.Path);
        await using var browser = await LaunchAsync();
        await using var page = await browser.NewPageAsync();

        await page.GoToAsync(server.Url);
        await page.WaitForFunctionAsync("() => document.querySelector('#lista-rader a') !== null", Wait);
        Assert.Equal("SOU 2024:72", await page.EvaluateExpressionAsync<string>("document.querySelector('#lista-rader td').textContent"));

        // Tab to the remiss and open it with Enter; then to the tjänsteutlåtande's button and press it.
        await TabUntilAsync(page, "document.activeElement.getAttribute('href') === '#/r/sou-2024-72'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync(PreviewHeadingIs("Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)"), Wait);
        await TabUntilAsync(page, "document.activeElement.textContent === 'Tjänsteutlåtande'");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync(PreviewHeadingIs("Yttrande över remiss från Socialdepartementet; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)"), Wait);
        Assert.Equal("true", await page.EvaluateExpressionAsync<string>("[...document.querySelectorAll('#dokument-val button')].find(b => b.textContent === 'Tjänsteutlåtande').getAttribute('aria-pressed')"));
        Assert.Equal(
            ["Tjänsteutlåtande 24HSN5898.docx", "Tjänsteutlåtande 24HSN5898.pdf", "Tjänsteutlåtande 24HSN5898.md"],
            await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#hamta a')].map(a => a.getAttribute('download'))"));
    }

    private static string PreviewHeadingIs(string text) =>
        "() => { const d = document.getElementById('forhandsgranskning').contentDocument; const h = d && d.querySelector('h1'); return h !== null && h.textContent === "
        + System.Text.Json.Nodes.JsonValue.Create(text).ToJsonString()
        + "; }";

    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 400; i++) // the desk's form comes before the documents
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateExpressionAsync<bool>(condition))
            {
                return;
            }
        }

        Assert.Fail("Tab never reached: " + condition);
    }

    private static Task<ChromiumSession> LaunchAsync() => ChromiumSession.LaunchAsync();
}

/// <summary><c>remiss serve FOLDER --port 0</c> as a user starts it; stopped at the end.</summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;

    private readonly Task<string> _error;
    private bool _stopped;

    private ServeProcess(Process process, string url)
    {
        _process = process;
        Url = url;
        _error = process.StandardError.ReadToEndAsync(); // read as it comes, so a chatty server never blocks on a full pipe
    }

    public string Url { get; }

    public static async Task<ServeProcess> StartAsync(string folder, IDictionary<string, string>? environment = null, params string[] options)
    {
        var start = RemissProcess.StartInfo(environment, ["serve", folder, "--port", "0", .. options]);
        var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        var match = line is null ? null : Address().Match(line);
        if (match is not { Success: true })
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"remiss serve did not start: {line} {await process.StandardError.ReadToEndAsync()}");
        }

        return new ServeProcess(process, match!.Value);
    }

    /// <summary>Stops the server and returns what it wrote to standard error (its log).</summary>
    public async Task<string> StopAsync()
    {
        await DisposeAsync();
        return await _error;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        await _error;
        _process.Dispose();
    }

    [GeneratedRegex(@"http://127\.\d+\.\d+\.\d+:\d+/")]
    private static partial Regex Address();
}
