using Remiss.Core;

namespace Remiss.Server.Tests.Desk;

/// <summary>
/// The justering is recorded at the desk (ORGANISATION.md §8): days after the meeting the officer opens the recorded
/// meeting again, writes the day the minutes were justerade and who certifies the notice, and the file then has the
/// notice's keys under that meeting, loads without a problem and offers the notice; emptying the certifier removes it.
/// </summary>
public sealed class DeskJusteringTests
{
    [Fact]
    public async Task A_recorded_meeting_gets_its_justering_and_loses_it_again()
    {
        await using var served = await ServedExample.StartAsync(Examples.Decided);
        await using var browser = await DeskBrowser.LaunchAsync();
        var page = browser.Page;

        await browser.OpenRemissAsync(served.RemissUrl);
        await browser.OpenJusteringAsync(meeting: 2);
        await browser.FillAsync("Protokollet justerat den", "2025-03-20", within: "Sammanträde 2");
        await browser.FillAsync("Anslaget bestyrks av", "Per Persson", within: "Sammanträde 2");
        await browser.FillAsync("Titel", "Nämndsekreterare", within: "Sammanträde 2");
        await browser.SaveAsync();

        var text = await File.ReadAllTextAsync(served.RemissFile);
        var loaded = RemissLoader.LoadFile(served.RemissFile);
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var meetings = loaded.File!.Decision.Meetings;
        Assert.Null(meetings[0].Justering);
        Assert.Equal("2025-03-20", meetings[1].Justering?.Adjusted.ToString());
        Assert.Equal(("Per Persson", "Nämndsekreterare"), (meetings[1].Justering?.CertifiedBy?.Name, meetings[1].Justering?.CertifiedBy?.Role));
        // Written after the meeting's last key, at its indentation.
        Assert.Matches(@"\n( +)paragraph: 41\n\1adjusted: 2025-03-20\n\1certified_by:\n", text);

        // The page offers the notice of the justerade meeting.
        await browser.WaitForTextAsync("body", "Anslag Hälso- och sjukvårdsnämnden");

        // The certifier emptied: the key goes, the organisation file's certifier applies again.
        await page.ReloadAsync();
        await browser.WaitForFormAsync();
        await browser.FillAsync("Anslaget bestyrks av", string.Empty, within: "Sammanträde 2");
        await browser.FillAsync("Titel", string.Empty, within: "Sammanträde 2");
        await browser.SaveAsync();
        var after = await File.ReadAllTextAsync(served.RemissFile);
        Assert.DoesNotContain("certified_by", after, StringComparison.Ordinal);
        Assert.Contains("adjusted: 2025-03-20", after, StringComparison.Ordinal);
        Assert.DoesNotContain(RemissLoader.LoadFile(served.RemissFile).Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }
}
