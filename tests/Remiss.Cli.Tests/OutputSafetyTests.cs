using Remiss.Cli.Output;

namespace Remiss.Cli.Tests;

public sealed class OutputSafetyTests
{
    [Fact]
    public void A_write_that_fails_midway_leaves_the_previous_file_intact_and_no_temp_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Yttrande.docx", "förra versionen");

        var failure = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("halva nya"u8);
            throw new IOException("disken är full");
        }, overwrite: true));

        Assert.Equal("disken är full", failure.Message);
        Assert.Equal("förra versionen", File.ReadAllText(path));
        Assert.Equal(["Yttrande.docx"], Directory.GetFiles(folder.Path).Select(p => Path.GetFileName(p)).ToArray());
    }

    [Fact]
    public void A_completed_write_replaces_the_file_whole()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Yttrande.md", "gammal text som är längre än den nya");

        AtomicFile.WriteAllBytes(path, "ny"u8.ToArray());

        Assert.Equal("ny", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Without_overwrite_an_existing_file_is_kept()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.remiss.yaml", "mitt arbete");

        Assert.ThrowsAny<IOException>(() => AtomicFile.Write(path, s => s.Write("nytt"u8), overwrite: false));

        Assert.Equal("mitt arbete", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void The_record_protects_edited_and_unknown_files_and_allows_untouched_ones()
    {
        using var folder = new TempFolder();
        var manifest = RenderManifest.Load(folder.Path, out _);
        manifest.Write("rörd.md", "original"u8.ToArray(), "a.remiss.yaml");
        manifest.Write("orörd.md", "original"u8.ToArray(), "a.remiss.yaml");
        manifest.Save();
        File.WriteAllText(folder.File("rörd.md"), "redigerad");
        File.WriteAllText(folder.File("okänd.md"), "någons");

        var reloaded = RenderManifest.Load(folder.Path, out var problem);

        Assert.Null(problem);
        Assert.Null(reloaded.WhyProtected("orörd.md"));
        Assert.Null(reloaded.WhyProtected("saknas.md"));
        Assert.Contains("har ändrats", reloaded.WhyProtected("rörd.md"));
        Assert.Contains("skrevs inte av", reloaded.WhyProtected("okänd.md"));
    }

    [Fact]
    public void A_damaged_record_protects_everything_and_says_so()
    {
        using var folder = new TempFolder();
        folder.Write(RenderManifest.FileName, "{ inte json");
        folder.Write("Yttrande.md", "text");

        var manifest = RenderManifest.Load(folder.Path, out var problem);

        Assert.NotNull(problem);
        Assert.NotNull(manifest.WhyProtected("Yttrande.md"));
    }
}
