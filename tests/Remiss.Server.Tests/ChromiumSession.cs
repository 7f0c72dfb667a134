using PuppeteerSharp;

namespace Remiss.Server.Tests;

/// <summary>
/// Debian's chromium driven by PuppeteerSharp (no browser download), with a profile of its own that is removed when the
/// session ends: the one launch every browser test uses (<see cref="BrowserTests"/>, <see cref="Desk.DeskBrowser"/>).
/// Swedish is the browser's language, as at a Swedish case officer's desk.
/// </summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _profile;

    private ChromiumSession(IBrowser browser, string profile)
    {
        Browser = browser;
        _profile = profile;
    }

    public IBrowser Browser { get; }

    public static async Task<ChromiumSession> LaunchAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (./test.sh does).");
        var profile = Path.Combine(Path.GetTempPath(), "remiss-chromium-" + Guid.NewGuid().ToString("N"));
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            UserDataDir = profile,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=sv-SE", "--font-render-hinting=none",
            ],
        });
        return new ChromiumSession(browser, profile);
    }

    public Task<IPage> NewPageAsync() => Browser.NewPageAsync();

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        await Browser.DisposeAsync();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile the browser still held is left for the temporary folder's cleaning.
        }
    }
}
