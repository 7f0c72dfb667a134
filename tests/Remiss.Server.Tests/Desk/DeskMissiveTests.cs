using Remiss.Core;

namespace Remiss.Server.Tests.Desk;

/// <summary>The missive is named at the desk (docs/archive.md): the archive package takes it from the remiss file's folder.</summary>
public sealed class DeskMissiveTests
{
    [Fact]
    public async Task The_missive_is_named_in_the_form_and_written_under_remiss()
    {
        await using var served = await ServedExample.StartAsync();
        await using var browser = await DeskBrowser.LaunchAsync();

        await browser.OpenRemissAsync(served.RemissUrl);
        await browser.FillAsync("Missivet (PDF)", "missiv.pdf");
        await browser.SaveAsync();

        var loaded = RemissLoader.LoadFile(served.RemissFile);
        Assert.Equal("missiv.pdf", loaded.File?.Remiss.Missive);
        Assert.Contains("\n  missive: missiv.pdf\n", await File.ReadAllTextAsync(served.RemissFile), StringComparison.Ordinal);
    }
}
