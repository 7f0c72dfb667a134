using PuppeteerSharp;

namespace Remiss.Server.Tests.Desk;

/// <summary>
/// Debian's chromium (<see cref="ChromiumSession"/>) driven by PuppeteerSharp, with the helpers an officer's eyes stand
/// for: controls found by their visible label (within the fieldset or section whose legend or heading starts with a given
/// text), buttons by their name, and axe-core's WCAG 2.1 AA rules run on the page as it is.
/// </summary>
internal sealed class DeskBrowser : IAsyncDisposable
{
    public static readonly WaitForFunctionOptions Wait = new() { Timeout = 30_000, PollingInterval = 50 };

    private readonly ChromiumSession _chromium;

    private DeskBrowser(ChromiumSession chromium, IPage page)
    {
        _chromium = chromium;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>What the page's script threw or logged as an error (a test ends by asserting there is none).</summary>
    public List<string> ScriptErrors { get; } = [];

    public static async Task<DeskBrowser> LaunchAsync(int width = 1400, int height = 1000, double scale = 1)
    {
        var chromium = await ChromiumSession.LaunchAsync();
        var page = await chromium.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height, DeviceScaleFactor = scale });
        page.Dialog += async (_, e) => await e.Dialog.Accept();
        var session = new DeskBrowser(chromium, page);
        page.PageError += (_, e) => session.ScriptErrors.Add(e.Message);
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                session.ScriptErrors.Add(e.Message.Text);
            }
        };
        return session;
    }

    /// <summary>The control whose label reads <paramref name="label"/> (the required mark aside).</summary>
    public async Task<IElementHandle> ControlAsync(string label, string? within = null, int nth = 0)
    {
        var handle = await Page.EvaluateFunctionHandleAsync(Script + "return control(label, within, nth); }", label, within ?? string.Empty, nth) as IElementHandle;
        var found = handle is not null && await handle.EvaluateFunctionAsync<bool>("e => e instanceof Element");
        Assert.True(found, $"No visible control labelled '{label}'" + (within is null ? string.Empty : $" within '{within}'") + "." + Errors);
        return handle!;
    }

    /// <summary>The button (or link styled as one) named <paramref name="name"/>.</summary>
    public async Task<IElementHandle> ButtonAsync(string name, string? within = null)
    {
        var handle = await Page.EvaluateFunctionHandleAsync(Script + "return button(label, within, nth); }", name, within ?? string.Empty, 0) as IElementHandle;
        var found = handle is not null && await handle.EvaluateFunctionAsync<bool>("e => e instanceof Element");
        Assert.True(found, $"No visible button '{name}'" + (within is null ? string.Empty : $" within '{within}'") + "." + Errors);
        return handle!;
    }

    private string Errors => ScriptErrors.Count == 0 ? string.Empty : " Script errors: " + string.Join(" | ", ScriptErrors);

    public async Task ClickAsync(string button, string? within = null)
    {
        var handle = await ButtonAsync(button, within);
        await handle.ClickAsync();
    }

    /// <summary>Types into the labelled field as a person does: the old text selected and replaced.</summary>
    public async Task FillAsync(string label, string text, string? within = null, int nth = 0)
    {
        var control = await ControlAsync(label, within, nth);
        await control.FocusAsync();
        await control.EvaluateFunctionAsync("e => e.select()");
        await Page.Keyboard.PressAsync("Backspace");
        await control.TypeAsync(text);
    }

    /// <summary>Chooses the option with the visible text <paramref name="option"/> in the labelled list.</summary>
    public async Task ChooseAsync(string label, string option, string? within = null, int nth = 0)
    {
        var control = await ControlAsync(label, within, nth);
        var value = await control.EvaluateFunctionAsync<string?>("(s, t) => { const o = [...s.options].find(o => o.textContent.trim() === t); return o ? o.value : null; }", option);
        Assert.True(value is not null, $"'{label}' has no option '{option}'.");
        await control.SelectAsync(value!);
    }

    /// <summary>Opens the last meeting's "Yrkanden, omröstning, reservationer och jäv".</summary>
    public async Task OpenMinutesAsync()
    {
        var summaries = await Page.QuerySelectorAllAsync("details.minutes:not(.justering) > summary");
        Assert.True(summaries.Length > 0, "No meeting record to open." + Errors);
        await summaries[^1].ClickAsync();
    }

    /// <summary>Opens the "Justering och anslag" of the <paramref name="meeting"/>th meeting (1 for the first).</summary>
    public async Task OpenJusteringAsync(int meeting)
    {
        var summaries = await Page.QuerySelectorAllAsync("details.justering > summary");
        Assert.True(summaries.Length >= meeting, $"{summaries.Length} meetings have a justering part." + Errors);
        await summaries[meeting - 1].ClickAsync();
    }

    public async Task CheckAsync(string label, string? within = null)
    {
        var control = await ControlAsync(label, within);
        if (!await control.EvaluateFunctionAsync<bool>("e => e.checked"))
        {
            await control.ClickAsync();
        }
    }

    public async Task<string> TextAsync(string selector) =>
        await Page.EvaluateFunctionAsync<string>("s => { const e = document.querySelector(s); return e ? e.textContent : ''; }", selector);

    public Task WaitForTextAsync(string selector, string text) =>
        Page.WaitForFunctionAsync("(s, t) => { const e = document.querySelector(s); return e !== null && e.textContent.includes(t); }", Wait, selector, text);

    /// <summary>Saves with "Spara" and waits for the page to say it is saved.</summary>
    public async Task SaveAsync()
    {
        await ClickAsync("Spara");
        await WaitForSavedAsync();
    }

    public async Task WaitForSavedAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync("() => { const s = document.getElementById('spara-status'); return s !== null && /^(Sparat|Remissen är markerad|Ändringarna från Word)/.test(s.textContent); }", Wait);
        }
        catch (WaitTaskTimeoutException)
        {
            Assert.Fail("Not saved: " + await TextAsync("#spara-status") + " " + await TextAsync("#felsammanfattning") + " " + await TextAsync("#konflikt") + Errors);
        }
    }

    /// <summary>Opens the list and waits until it shows its rows and "Ny remiss".</summary>
    public async Task OpenListAsync(string url)
    {
        await Page.GoToAsync(url);
        await Page.WaitForFunctionAsync("() => document.querySelector('#lista-rader a') !== null && !document.getElementById('ny-remiss').hidden", Wait);
    }

    /// <summary>Opens a remiss and waits for its form.</summary>
    public async Task OpenRemissAsync(string url)
    {
        await Page.GoToAsync(url);
        await WaitForFormAsync();
    }

    public Task WaitForFormAsync() =>
        Page.WaitForFunctionAsync("() => document.getElementById('formular') !== null && !document.getElementById('skrivbord').hidden", Wait);

    /// <summary>axe-core (eng/npm) on the page as it stands: the WCAG 2.0/2.1 A and AA rules; each violation as "rule: target".</summary>
    public async Task<string[]> AxeViolationsAsync()
    {
        if (!await Page.EvaluateExpressionAsync<bool>("typeof window.axe === 'object'"))
        {
            await Page.EvaluateExpressionAsync(File.ReadAllText(AxePath));
        }

        var violations = await Page.EvaluateExpressionAsync<string[]>(
            "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, iframes: false })" +
            ".then(r => r.violations.flatMap(v => v.nodes.map(n => v.id + ': ' + n.target.join(' ') + ' — ' + n.failureSummary)))");
        return violations ?? [];
    }

    public async Task AssertAccessibleAsync(string view)
    {
        var violations = await AxeViolationsAsync();
        Assert.True(violations.Length == 0, $"axe-core finds {violations.Length} WCAG 2.1 AA violation(s) on {view}:\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// A picture of the page for the guide (docs/images), so the guide shows the page as it is: the window, or the part
    /// from <paramref name="selector"/> to <paramref name="through"/> (default: that element), scrolled to the top of the window.
    /// </summary>
    public async Task ScreenshotAsync(string name, string? selector = null, string? through = null)
    {
        var folder = Path.Combine(Checkout.Root, "docs", "images");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var options = new ScreenshotOptions { Type = ScreenshotType.Png };
        if (selector is not null)
        {
            var found = await Page.EvaluateFunctionAsync<string>(
                """
                (from, to) => {
                  const first = document.querySelector(from);
                  const last = document.querySelector(to || from);
                  if (!first || !last) return '';
                  first.scrollIntoView({ block: 'start' });
                  window.scrollBy(0, -12);
                  const a = first.getBoundingClientRect();
                  const b = last.getBoundingClientRect();
                  const top = Math.max(0, a.top - 8);
                  const left = Math.max(0, Math.min(a.left, b.left) - 8);
                  const right = Math.min(document.documentElement.clientWidth, Math.max(a.right, b.right) + 8);
                  const bottom = Math.min(window.innerHeight, Math.max(a.bottom, b.bottom) + 8);
                  return [left + window.scrollX, top + window.scrollY, right - left, bottom - top].map(Math.round).join(' ');
                }
                """, selector, through ?? string.Empty);
            Assert.True(found.Length > 0, $"Nothing to photograph at '{selector}'.");
            var box = found.Split(' ').Select(v => decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            options.Clip = new PuppeteerSharp.Media.Clip { X = box[0], Y = box[1], Width = box[2], Height = box[3] };
        }

        await Page.ScreenshotAsync(path, options);
    }

    private static string AxePath
    {
        get
        {
            var path = Path.Combine(Checkout.Root, "eng", "npm", "node_modules", "axe-core", "axe.min.js");
            Assert.True(File.Exists(path), "axe-core is missing: run 'cd eng/npm && npm ci' (./test.sh does).");
            return path;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (ScriptErrors.Count > 0)
        {
            Console.Error.WriteLine("Page script errors: " + string.Join(" | ", ScriptErrors));
        }

        await _chromium.DisposeAsync();
    }

    // Finding as a person does: by what is visible. "within" picks the innermost fieldset, section, form or details
    // whose legend, heading or summary starts with the text.
    private const string Script = """
        (label, within, nth) => {
          const visible = (e) => e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
          const clean = (t) => t.replace(/\s*\*\s*$/, '').replace(/\s+/g, ' ').trim();
          let scope = document;
          if (within) {
            const heads = [...document.querySelectorAll('fieldset > legend, section > h1, section > h2, form > h2, details > summary')]
              .filter((h) => visible(h) && clean(h.textContent).startsWith(within));
            if (heads.length === 0) return null;
            scope = heads[heads.length - 1].parentElement;
          }
          function control(text, _w, n) {
            const labels = [...scope.querySelectorAll('label')].filter((l) => clean(l.textContent) === text);
            const controls = labels.map((l) => document.getElementById(l.htmlFor)).filter((c) => c && (visible(c) || c.type === 'file'));
            const found = controls[n] || null;
            if (found) found.scrollIntoView({ block: 'center' });
            return found;
          }
          function button(text) {
            const found = [...scope.querySelectorAll('button, a.button')].find((b) => visible(b) && !b.disabled
              && (clean(b.textContent) === text || b.getAttribute('aria-label') === text)) || null;
            if (found) found.scrollIntoView({ block: 'center' });
            return found;
          }

        """;
}
