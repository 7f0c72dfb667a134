using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Remiss.Server.Tests.Desk;

/// <summary>
/// Issue 25's "Done when", in Chromium against the real <c>remiss serve</c> on a copy of the example folder: an officer
/// who has never seen YAML creates a remiss from the department's saved page (Ny remiss, uploading it), chooses the decision
/// path and clauses, writes the summary and two comments, records both meetings (one with a vote) and marks it sent, finding
/// every control by its label. Then the real <c>remiss check</c> finds no error, every comment of the file is still
/// there, the file is the expected one byte for byte, and <c>remiss render</c> writes the same documents as for
/// the same values typed by hand. The pictures of the guide (docs/images) are taken on the way.
/// </summary>
public sealed partial class DeskFlowTests(ITestOutputHelper output)
{
    private static string Fixture(string name) => Path.Combine(Checkout.Root, "tests", "Fixtures", name);

    [Fact]
    public async Task An_officer_writes_records_and_sends_a_remiss_in_the_browser()
    {
        using var temporary = new TempFolder();
        var folder = new Folder(temporary.File("remisser")); // a folder named as an office names it, for the guide's pictures
        folder.Write("organisation.yaml", Examples.OrganisationText);
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        await using var server = await ServeProcess.StartAsync(folder.Path);
        await using var browser = await DeskBrowser.LaunchAsync();
        var page = browser.Page;

        // The list, then "Ny remiss" from the department's page saved from regeringen.se: uploaded, read by remiss new's
        // reader and named as remiss new names it; the form opens on the new file.
        await page.GoToAsync(server.Url);
        await page.WaitForFunctionAsync("() => document.querySelector('#lista-rader a') !== null && !document.getElementById('ny-remiss').hidden", DeskBrowser.Wait);
        await browser.ScreenshotAsync("skrivbord-lista.png");
        await browser.ClickAsync("Ny remiss");
        var upload = await browser.ControlAsync("Remissida eller missiv (HTML, text eller PDF)");
        await upload.UploadFileAsync(Fixture("Pages/34-regeringen.html"));
        await browser.ScreenshotAsync("skrivbord-ny-remiss.png");
        await browser.ClickAsync("Skapa från filen");
        await browser.WaitForFormAsync();
        var path = folder.File("sou-2024-90.remiss.yaml");
        Assert.True(File.Exists(path), "Ny remiss names the file as 'remiss new' does.");
        var created = await File.ReadAllTextAsync(path);
        Assert.Equal("Ett tryggare äldreboende", await (await browser.ControlAsync("Titel")).EvaluateFunctionAsync<string>("e => e.value"));

        // The case and the decision path, chosen from the organisation file; the clauses from the registry.
        await browser.FillAsync("Diarienummer (Vårt dnr)", "25HSN0412");
        await browser.FillAsync("Ärendeansvarig", "Maria Strandberg");
        await browser.FillAsync("Handläggare", "Sara Hjalmarsson");
        await browser.ClickAsync("Lägg till organ");
        await browser.ChooseAsync("Organ", "Hälso- och sjukvårdsutskottet", within: "Organ 1");
        await browser.ClickAsync("Lägg till organ");
        await browser.ChooseAsync("Organ", "Hälso- och sjukvårdsnämnden", within: "Organ 2");
        Assert.Equal(
            "att avge ”Yttrande över remiss; …”",
            await (await browser.ControlAsync("Att-sats", within: "Att-sats 1")).EvaluateFunctionAsync<string>("s => s.options[s.selectedIndex].textContent"));
        await browser.ClickAsync("Ta bort: Att-sats 2");
        await browser.ClickAsync("Lägg till att-sats");
        await browser.ChooseAsync("Att-sats", "att förklara paragrafen för omedelbart justerad", within: "Att-sats 2");

        // The memo and the answer: the summary and two comments, in Markdown with the preview beside them.
        await browser.FillAsync("Bakgrund", "Utredningen föreslår en ny lag om **trygghet** i äldreboenden.");
        await browser.FillAsync("Förvaltningens bedömning", "Förvaltningen delar utredningens bild men vill se en tydligare finansiering.");
        await browser.FillAsync("Sammanfattning", "Region Västernorrland tillstyrker förslagen i avsnitt 5 och har synpunkter på avsnitt 6.");
        await browser.ClickAsync("Lägg till synpunkt");
        await browser.FillAsync("Avsnitt", "5", within: "Synpunkt 1");
        await browser.FillAsync("Rubrik", "Krav på trygghetsplaner", within: "Synpunkt 1");
        await browser.ChooseAsync("Ställningstagande", "Tillstyrker", within: "Synpunkt 1");
        await browser.FillAsync("Text", "Regionen ser positivt på kravet.", within: "Synpunkt 1");
        await browser.ClickAsync("Lägg till synpunkt");
        await browser.FillAsync("Avsnitt", "6", within: "Synpunkt 2");
        await browser.FillAsync("Rubrik", "Finansiering", within: "Synpunkt 2");
        await browser.ChooseAsync("Ställningstagande", "Lämnar följande synpunkter", within: "Synpunkt 2");
        await browser.FillAsync("Text", "Kostnaderna för regionen behöver belysas:\n\n- bemanning\n- utbildning", within: "Synpunkt 2");
        Assert.Equal("bemanning", await browser.TextAsync("fieldset.row:last-child .md-preview li"));
        await browser.ScreenshotAsync("skrivbord-synpunkter.png", "#formular > fieldset.group:nth-of-type(5)");
        await browser.SaveAsync();
        await page.WaitForFunctionAsync("() => { const d = document.getElementById('forhandsgranskning').contentDocument; return d && d.body && d.body.textContent.includes('Krav på trygghetsplaner'); }", DeskBrowser.Wait);
        await page.EvaluateExpressionAsync("window.scrollTo(0, 0)");
        await browser.ScreenshotAsync("skrivbord-remiss.png");

        // Both meetings: the utskott's as proposed; the nämnd's with two proposals and a vote.
        await browser.ClickAsync("Lägg till sammanträde");
        await browser.ChooseAsync("Organ", "Hälso- och sjukvårdsutskottet", within: "Sammanträde 1");
        await browser.ChooseAsync("Sammanträdesdatum", "2025-03-13", within: "Sammanträde 1");
        await browser.FillAsync("Paragraf (§)", "25", within: "Sammanträde 1");
        await browser.ClickAsync("Lägg till sammanträde");
        await browser.ChooseAsync("Organ", "Hälso- och sjukvårdsnämnden", within: "Sammanträde 2");
        await browser.ChooseAsync("Sammanträdesdatum", "2025-03-19", within: "Sammanträde 2");
        await browser.FillAsync("Paragraf (§)", "41", within: "Sammanträde 2");
        await browser.OpenMinutesAsync();
        await browser.ClickAsync("Lägg till yrkande", within: "Sammanträde 2");
        await browser.FillAsync("Yrkande av", "Viktoria Jansson (M)", within: "Yrkande 1");
        await browser.CheckAsync("Yrkandet bifölls", within: "Yrkande 1");
        await browser.ClickAsync("Lägg till yrkande", within: "Sammanträde 2");
        await browser.FillAsync("Yrkande av", "Erica Stenberg (SD), Lars Ek (SD)", within: "Yrkande 2");
        await browser.ChooseAsync("Yrkar", "Avslag på förslaget", within: "Yrkande 2");
        await browser.CheckAsync("Omröstning begärdes", within: "Sammanträde 2");
        await browser.ChooseAsync("Ja-röst för", "Yrkande 1", within: "Omröstning");
        await browser.ChooseAsync("Nej-röst för", "Yrkande 2", within: "Omröstning");
        await browser.FillAsync("Ja-röster", "9", within: "Omröstning");
        await browser.FillAsync("Nej-röster", "4", within: "Omröstning");
        await browser.ClickAsync("Lägg till reservation", within: "Sammanträde 2");
        await browser.FillAsync("Reserverar sig", "Erica Stenberg (SD), Lars Ek (SD)", within: "Reservation 1");
        await browser.ScreenshotAsync("skrivbord-sammantrade.png", "#formular > fieldset.group:last-of-type > .rows > fieldset.row:last-child");
        await browser.SaveAsync();

        // Sent.
        await browser.FillAsync("Datum då yttrandet skickades", "2025-03-24");
        await browser.ClickAsync("Markera som skickad");
        await browser.WaitForSavedAsync();
        await browser.WaitForTextAsync("#remiss-lage", "skickad");

        var saved = await File.ReadAllTextAsync(path);
        output.WriteLine(saved);

        // remiss check: no error.
        var check = await RemissProcess.RunAsync(null, "check", path);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains(" 0 fel", check.Out, StringComparison.Ordinal);

        // Every comment the created file had is still there, in order.
        var before = Comments(created);
        var after = Comments(saved);
        var position = 0;
        foreach (var comment in before)
        {
            var found = after.IndexOf(comment, position);
            Assert.True(found >= 0, $"The comment '{comment}' is gone from the file.");
            position = found + 1;
        }

        // The file is the one expected, byte for byte (the created file with the values written in place).
        var expected = Fixture("Desk/sou-2024-90.desk.remiss.yaml");
        if (Environment.GetEnvironmentVariable("REMISS_UPDATE_FIXTURES") == "1")
        {
            await File.WriteAllTextAsync(expected, saved);
        }

        Assert.Equal(await File.ReadAllTextAsync(expected), saved);

        // remiss render: the same documents as for the same values typed by hand.
        var byHand = folder.Write("hand/sou-2024-90.remiss.yaml", await File.ReadAllTextAsync(Fixture("Desk/sou-2024-90.hand.remiss.yaml")));
        folder.Write("hand/organisation.yaml", Examples.OrganisationText);
        var fromPage = await RemissProcess.RunAsync(null, "render", path, "--format", "md", "--output", folder.File("ut-sida"));
        var fromHand = await RemissProcess.RunAsync(null, "render", byHand, "--format", "md", "--output", folder.File("ut-hand"));
        Assert.True(fromPage.ExitCode == 0, fromPage.ToString());
        Assert.True(fromHand.ExitCode == 0, fromHand.ToString());
        var pageDocuments = Directory.GetFiles(folder.File("ut-sida"), "*.md").Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(Directory.GetFiles(folder.File("ut-hand"), "*.md").Select(Path.GetFileName).Order().ToArray(), pageDocuments);
        Assert.Equal(4, pageDocuments.Length); // yttrande, tjänsteutlåtande and the two protocol extracts
        foreach (var name in pageDocuments)
        {
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder.File("ut-hand"), name!)), await File.ReadAllTextAsync(Path.Combine(folder.File("ut-sida"), name!)));
        }
    }

    /// <summary>A folder inside the test's temporary one.</summary>
    private sealed class Folder(string path)
    {
        public string Path { get; } = Directory.CreateDirectory(path).FullName;

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public string Write(string name, string text)
        {
            var file = File(name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            System.IO.File.WriteAllText(file, text);
            return file;
        }
    }

    /// <summary>The comments of a YAML text (after a '#' outside quotes), trimmed, in order.</summary>
    private static List<string> Comments(string yaml) =>
        yaml.Split('\n').Select(line => CommentPart().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim()).ToList();

    [GeneratedRegex("""^(?:[^"'#]|"[^"]*"|'[^']*')*?(#.*)$""")]
    private static partial Regex CommentPart();
}
