using Remiss.Core;

namespace Remiss.Server.Tests.Desk;

/// <summary>The missive is named at the desk (docs/archive.md): the archive package takes it from the remiss file's folder.</summary>
public sealed class DeskMissiveTests
{
    [Fact]
    public async Task The_missive_is_named_in_the_form_and_written_under_remiss()
    {
        using var folder = new TempFolder();
        folder.Write("organisation.yaml", Examples.OrganisationText);
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        await using var server = await ServeProcess.StartAsync(folder.Path);
        await using var browser = await DeskBrowser.LaunchAsync();

        await browser.Page.GoToAsync(server.Url + "#/r/sou-2024-72");
        await browser.WaitForFormAsync();
        await browser.FillAsync("Missivet (PDF)", "missiv.pdf");
        await browser.SaveAsync();

        var loaded = RemissLoader.LoadFile(folder.File("sou-2024-72.remiss.yaml"));
        Assert.Equal("missiv.pdf", loaded.File?.Remiss.Missive);
        Assert.Contains("\n  missive: missiv.pdf\n", await File.ReadAllTextAsync(folder.File("sou-2024-72.remiss.yaml")), StringComparison.Ordinal);
    }
}
