using System.IO.Compression;
using System.Text;
using PuppeteerSharp;

namespace Remiss.Server.Tests.Desk;

/// <summary>
/// The desk is held to WCAG 2.1 AA (DOS-lagen): axe-core in Chromium finds no violation on any view (the list, the
/// remiss with its form, every part of a meeting record opened (its justering too), a refused save, a conflict, Ny remiss and its error,
/// the Word upload, the read-only page); a refused save shows each error at its field; the flows work by keyboard
/// alone; and the form works at 200 % zoom.
/// </summary>
public sealed class DeskAccessibilityTests
{
    [Fact]
    public async Task Every_view_of_the_desk_passes_axe_core()
    {
        await using var served = await ServedExample.StartAsync();
        var (folder, server) = (served.Folder, served.Server);
        await using var browser = await DeskBrowser.LaunchAsync();
        var page = browser.Page;

        await browser.OpenListAsync(served.ListUrl);
        await browser.AssertAccessibleAsync("the list");

        await browser.OpenRemissAsync(served.RemissUrl);
        await browser.AssertAccessibleAsync("the remiss with its form");

        // Every control of a meeting record shown: a new meeting with a proposal of each shape, a vote, a reservation and an entry.
        await browser.ClickAsync("Lägg till sammanträde");
        await browser.OpenMinutesAsync();
        await browser.ClickAsync("Lägg till yrkande", within: "Sammanträde 1");
        await browser.ClickAsync("Lägg till yrkande", within: "Sammanträde 1");
        await browser.ChooseAsync("Yrkar", "Återremiss", within: "Yrkande 2");
        await browser.CheckAsync("Omröstning begärdes", within: "Sammanträde 1");
        await browser.ClickAsync("Lägg till reservation", within: "Sammanträde 1");
        await browser.ClickAsync("Lägg till protokollsanteckning", within: "Sammanträde 1");
        await browser.ChooseAsync("Sammanträdesdatum", "Annat datum …", within: "Sammanträde 1");
        await browser.OpenJusteringAsync(meeting: 1);
        await browser.AssertAccessibleAsync("a meeting record with everything open");

        // A refused save: the error at its field (code, message, aria-invalid, aria-describedby) and in the summary.
        await page.GoToAsync("about:blank");
        await browser.OpenRemissAsync(served.RemissUrl);
        var before = await File.ReadAllTextAsync(folder.File("sou-2024-72.remiss.yaml"));
        await browser.FillAsync("Svarstid", "2025-02-30");
        await browser.ClickAsync("Spara");
        await page.WaitForFunctionAsync("() => !document.getElementById('felsammanfattning').hidden", DeskBrowser.Wait);
        var deadline = await browser.ControlAsync("Svarstid");
        Assert.Equal("true", await deadline.EvaluateFunctionAsync<string>("e => e.getAttribute('aria-invalid')"));
        var described = await deadline.EvaluateFunctionAsync<string>(
            "e => e.getAttribute('aria-describedby').split(' ').map(id => document.getElementById(id).textContent).join(' ')");
        Assert.Contains("RMS0013", described, StringComparison.Ordinal);
        Assert.Contains("inget giltigt datum", described, StringComparison.Ordinal);
        Assert.Equal("felsammanfattning", await page.EvaluateExpressionAsync<string>("document.activeElement.id"));
        var link = await page.EvaluateExpressionAsync<string>("document.querySelector('#felsammanfattning a').getAttribute('href')");
        Assert.Equal("#" + await deadline.EvaluateFunctionAsync<string>("e => e.id"), link);
        // The live region is emptied, then given the message a moment later, so that a screen reader announces a repeat too.
        await page.WaitForFunctionAsync("() => document.getElementById('skrivbord-meddelande').textContent.includes('RMS0013')", DeskBrowser.Wait);
        Assert.Equal(before, await File.ReadAllTextAsync(folder.File("sou-2024-72.remiss.yaml")));
        await browser.ScreenshotAsync("skrivbord-fel.png", "#felsammanfattning", "#formular > fieldset.group:first-of-type");
        await browser.AssertAccessibleAsync("a refused save");

        // Saved elsewhere meanwhile: 409 and what changed, with the offer to read the file again.
        await browser.FillAsync("Svarstid", "2025-03-11");
        await File.WriteAllTextAsync(folder.File("sou-2024-72.remiss.yaml"), before.Replace("responsible: Maria Strandberg", "responsible: Anna Berg", StringComparison.Ordinal));
        await Task.Delay(1500); // the watcher's change reaches the page, which keeps the unsaved form
        await browser.ClickAsync("Spara");
        await page.WaitForFunctionAsync("() => !document.getElementById('konflikt').hidden", DeskBrowser.Wait);
        Assert.Contains("Anna Berg", await browser.TextAsync("#konflikt"), StringComparison.Ordinal);
        await browser.AssertAccessibleAsync("a conflict");
        await browser.ClickAsync("Läs in filen på nytt");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#formular input')].some(i => i.value === 'Anna Berg')", DeskBrowser.Wait);

        // Ny remiss, and a file that is no remiss page.
        await page.GoToAsync(server.Url + "#/ny");
        await page.WaitForFunctionAsync("() => !document.getElementById('ny').hidden", DeskBrowser.Wait);
        await browser.AssertAccessibleAsync("Ny remiss");
        var upload = await browser.ControlAsync("Remissida eller missiv (HTML, text eller PDF)");
        await upload.UploadFileAsync(Path.Combine(Checkout.Root, "tests", "Fixtures", "Pages", "42-not-a-remiss.txt"));
        await browser.ClickAsync("Skapa från filen");
        await page.WaitForFunctionAsync("() => !document.getElementById('ny-fel').hidden", DeskBrowser.Wait);
        Assert.Equal("true", await upload.EvaluateFunctionAsync<string>("e => e.getAttribute('aria-invalid')"));
        await browser.AssertAccessibleAsync("Ny remiss refused");
    }

    [Fact]
    public async Task An_edited_docx_is_shown_then_taken_back()
    {
        await using var served = await ServedExample.StartAsync();
        var (folder, server) = (served.Folder, served.Server);
        await using var browser = await DeskBrowser.LaunchAsync();
        var page = browser.Page;

        using var http = new HttpClient();
        var docx = await http.GetByteArrayAsync(server.Url + "ui/remisser/sou-2024-72/download/yttrande/docx");
        var edited = folder.Write("Yttrande redigerat.docx", ReplaceInDocument(docx, "välkomnar", "ser positivt på"));

        await browser.OpenRemissAsync(served.RemissUrl);
        await (await browser.ControlAsync("Redigerad Word-fil (.docx)")).UploadFileAsync(edited);
        await browser.ClickAsync("Visa ändringarna");
        await browser.WaitForTextAsync("#word-resultat", "ser positivt på");
        Assert.Contains("Sammanfattning", await browser.TextAsync("#word-resultat"), StringComparison.Ordinal);
        Assert.DoesNotContain("ser positivt på", await File.ReadAllTextAsync(folder.File("sou-2024-72.remiss.yaml")), StringComparison.Ordinal);
        await browser.ScreenshotAsync("skrivbord-word.png", "section.word");
        await browser.AssertAccessibleAsync("the Word upload's changes");

        await browser.ClickAsync("För in ändringarna");
        await browser.WaitForSavedAsync();
        Assert.Contains("Region Västernorrland ser positivt på utredningens inriktning", await File.ReadAllTextAsync(folder.File("sou-2024-72.remiss.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_read_only_page_has_no_form_and_passes_axe_core()
    {
        await using var served = await ServedExample.StartAsync(options: "--read-only");
        var (folder, server) = (served.Folder, served.Server);
        await using var browser = await DeskBrowser.LaunchAsync();
        var page = browser.Page;

        await page.GoToAsync(server.Url + "#/r/sou-2024-72");
        await page.WaitForFunctionAsync("() => { const d = document.getElementById('forhandsgranskning').contentDocument; return d && d.querySelector('h1'); }", DeskBrowser.Wait);
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('skrivbord').hidden && document.getElementById('ny-remiss').hidden"));
        await browser.AssertAccessibleAsync("the read-only remiss");
    }

    [Fact]
    public async Task With_an_api_key_the_page_asks_for_it_once()
    {
        using var folder = new TempFolder();
        folder.Write("organisation.yaml", Examples.OrganisationText);
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        const string key = "nyckel-till-remisser-0123456789";
        await using var server = await ServeProcess.StartAsync(folder.Path, new Dictionary<string, string> { ["REMISS_API_KEY"] = key });
        await using var browser = await DeskBrowser.LaunchAsync();
        var page = browser.Page;

        await page.GoToAsync(server.Url + "#/r/sou-2024-72");
        await page.WaitForFunctionAsync("() => !document.getElementById('nyckel').hidden", DeskBrowser.Wait);
        await browser.AssertAccessibleAsync("the question for the API key");
        await browser.FillAsync("API-nyckel", "fel-nyckel-0000000000");
        await browser.ClickAsync("Fortsätt");
        await browser.WaitForTextAsync("#nyckel-fel", "API-nyckeln stämmer inte");
        Assert.Equal("true", await (await browser.ControlAsync("API-nyckel")).EvaluateFunctionAsync<string>("e => e.getAttribute('aria-invalid')"));
        await browser.FillAsync("API-nyckel", key);
        await browser.ClickAsync("Fortsätt");
        await browser.WaitForFormAsync();
        await page.WaitForFunctionAsync("() => { const d = document.getElementById('forhandsgranskning').contentDocument; const h = d && d.querySelector('h1'); return h && h.textContent.startsWith('Yttrande över remiss'); }", DeskBrowser.Wait);

        // Once: the tab keeps it, and a save carries it.
        await page.ReloadAsync();
        await browser.WaitForFormAsync();
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('nyckel').hidden"));
        await browser.FillAsync("Ärendeansvarig", "Anna Berg");
        await browser.SaveAsync();
        Assert.Contains("responsible: Anna Berg", await File.ReadAllTextAsync(folder.File("sou-2024-72.remiss.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_is_added_and_saved_by_keyboard_alone()
    {
        await using var served = await ServedExample.StartAsync();
        var (folder, server) = (served.Folder, served.Server);
        await using var browser = await DeskBrowser.LaunchAsync();
        var page = browser.Page;

        await browser.OpenListAsync(served.ListUrl);
        await TabUntilAsync(page, "document.activeElement.getAttribute('href') === '#/r/sou-2024-72'");
        await page.Keyboard.PressAsync("Enter");
        await browser.WaitForFormAsync();

        // To "Lägg till synpunkt" and press it with Space: the new comment's first field has the focus.
        await TabUntilAsync(page, "document.activeElement.textContent === 'Lägg till synpunkt'");
        await page.Keyboard.PressAsync("Space");
        Assert.Equal("Avsnitt", await page.EvaluateExpressionAsync<string>("document.querySelector('label[for=\"' + document.activeElement.id + '\"]').textContent"));
        await page.Keyboard.TypeAsync("9");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Tillsyn");
        await TabUntilAsync(page, "document.activeElement.getAttribute('aria-label') === 'Flytta upp: Synpunkt 3: Tillsyn'");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("Flytta upp: Synpunkt 2: Tillsyn", await page.EvaluateExpressionAsync<string>("document.activeElement.getAttribute('aria-label')"));
        await TabUntilAsync(page, "document.activeElement.id === 'spara'");
        await page.Keyboard.PressAsync("Enter");
        await browser.WaitForSavedAsync();

        var text = await File.ReadAllTextAsync(folder.File("sou-2024-72.remiss.yaml"));
        Assert.True(text.IndexOf("heading: Tillsyn", StringComparison.Ordinal) < text.IndexOf("heading: Kommunalt anställda läkare", StringComparison.Ordinal), text);
        Assert.Contains("# illustrative", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_works_at_200_percent_zoom()
    {
        await using var served = await ServedExample.StartAsync();
        var (folder, server) = (served.Folder, served.Server);

        // A 1280 px wide window at 200 %: 640 CSS pixels, each drawn as two.
        await using var browser = await DeskBrowser.LaunchAsync(width: 640, height: 900, scale: 2);
        var page = browser.Page;
        await browser.OpenRemissAsync(served.RemissUrl);
        await browser.ClickAsync("Lägg till sammanträde");
        await browser.OpenMinutesAsync();
        await browser.ClickAsync("Lägg till yrkande", within: "Sammanträde 1");
        await browser.CheckAsync("Omröstning begärdes", within: "Sammanträde 1");

        Assert.True(await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
            "The page scrolls sideways at 200 %: " + await page.EvaluateExpressionAsync<string>(
                "(() => { const w = document.documentElement.clientWidth; const out = []; const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);" +
                " for (let n = walk.nextNode(); n; n = walk.nextNode()) { const r = n.nodeType === 3 ? (() => { const g = document.createRange(); g.selectNodeContents(n); return g.getBoundingClientRect(); })() : n.getBoundingClientRect();" +
                " if (r.right > w + 0.5) out.push((n.nodeType === 3 ? 'text ' + n.textContent.slice(0, 40) + ' in ' + n.parentElement.tagName + '.' + n.parentElement.className : n.tagName + '.' + n.className + '#' + n.id) + ' ' + Math.round(r.right)); }" +
                " return document.documentElement.scrollWidth + ' > ' + w + ': ' + out.slice(0, 10).join(', '); })()"));
        var outside = await page.EvaluateExpressionAsync<string[]>("""
            [...document.querySelectorAll('#skrivbord input, #skrivbord select, #skrivbord textarea, #skrivbord button, #skrivbord label')]
              .filter(e => e.getClientRects().length > 0)
              .filter(e => { const r = e.getBoundingClientRect(); return r.width < 1 || r.left < 0 || r.right > document.documentElement.clientWidth + 0.5; })
              .map(e => e.tagName + ' ' + (e.id || e.textContent.trim()))
            """);
        Assert.True(outside.Length == 0, "Cut off at 200 %: " + string.Join(", ", outside));
        await page.EvaluateExpressionAsync("window.scrollTo(0, document.getElementById('formular').getBoundingClientRect().top + window.scrollY - 20)");
        await browser.ScreenshotAsync("skrivbord-zoom.png");
    }

    private static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateExpressionAsync<bool>(condition))
            {
                return;
            }
        }

        Assert.Fail("Tab never reached: " + condition + "; the buttons: " + await page.EvaluateExpressionAsync<string>(
            "[...document.querySelectorAll('#formular button')].map(b => b.getAttribute('aria-label') || b.textContent).join(', ')"));
    }

    /// <summary>The .docx with a word of its body replaced, as an officer's edit in Word.</summary>
    private static byte[] ReplaceInDocument(byte[] docx, string old, string now)
    {
        using var memory = new MemoryStream();
        memory.Write(docx);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            Assert.Contains(old, xml, StringComparison.Ordinal);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml.Replace(old, now, StringComparison.Ordinal));
        }

        return memory.ToArray();
    }
}
