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

    [Fact]
    public void A_record_of_version_1_with_absolute_sources_is_read_and_its_sources_become_relative()
    {
        using var folder = new TempFolder();
        var output = folder.Write("ut/Yttrande.md", "text");
        var source = folder.Write("remisser/a.remiss.yaml", "format: remiss/1");
        folder.Write("ut/" + RenderManifest.FileName, $$"""
            {
              "version": 1,
              "files": {
                "Yttrande.md": { "sha256": "{{RenderManifest.Hash("text"u8.ToArray())}}", "source": {{System.Text.Json.JsonSerializer.Serialize(source)}}, "written": "2025-03-01T10:00:00+00:00" }
              }
            }
            """);

        var manifest = RenderManifest.Load(Path.GetDirectoryName(output)!, out var problem);

        Assert.Null(problem);
        Assert.Null(manifest.WhyProtected("Yttrande.md"));
        Assert.Equal("../remisser/a.remiss.yaml", manifest.Files["Yttrande.md"].Source);
    }

    [Fact]
    public void Sources_are_stored_relative_to_the_output_folder_with_forward_slashes()
    {
        using var folder = new TempFolder();
        var manifest = RenderManifest.Load(folder.File("ut"), out _);

        manifest.Write("Yttrande.md", "text"u8.ToArray(), folder.File("remisser/a.remiss.yaml"));

        var json = File.ReadAllText(folder.File("ut/" + RenderManifest.FileName));
        Assert.Contains("\"source\": \"../remisser/a.remiss.yaml\"", json);
        Assert.Contains("\"version\": 2", json);
        Assert.DoesNotContain("pending", json);
    }

    [Theory]
    [InlineData(true)]  // killed after the rename: the new bytes are on disk
    [InlineData(false)] // killed before it: the old bytes are
    public void A_commit_killed_between_its_two_saves_is_settled_by_the_bytes_on_disk(bool renamed)
    {
        using var folder = new TempFolder();
        var manifest = RenderManifest.Load(folder.Path, out _);
        manifest.Write("Yttrande.md", "gammal"u8.ToArray(), "a.remiss.yaml");
        WritePending(folder, "Yttrande.md", "gammal", pending: "ny");
        File.WriteAllText(folder.File("Yttrande.md"), renamed ? "ny" : "gammal");

        var settled = RenderManifest.Load(folder.Path, out _);

        Assert.Null(settled.WhyProtected("Yttrande.md"));
        Assert.Equal(RenderManifest.Hash(renamed ? "ny"u8.ToArray() : "gammal"u8.ToArray()), settled.Files["Yttrande.md"].Sha256);
        Assert.Null(settled.Files["Yttrande.md"].Pending);
    }

    [Fact]
    public void A_first_write_killed_before_its_rename_leaves_no_entry_and_a_file_of_someone_else_stays_protected()
    {
        using var folder = new TempFolder();
        WritePending(folder, "Ny.md", committed: null, pending: "ny");
        WritePending(folder, "Någons.md", committed: null, pending: "vår");
        File.WriteAllText(folder.File("Någons.md"), "någons egen text");

        var settled = RenderManifest.Load(folder.Path, out _);

        Assert.Empty(settled.Files);
        Assert.Contains("skrevs inte av", settled.WhyProtected("Någons.md"));
    }

    [Fact]
    public void Stale_temporary_files_are_removed_but_not_one_a_live_writer_holds_open()
    {
        using var folder = new TempFolder();
        var stale = folder.Write(AtomicFile.TempPrefix + "dod", "halv");
        var live = folder.File(AtomicFile.TempPrefix + "levande");
        using var writer = new FileStream(live, FileMode.CreateNew, FileAccess.Write, FileShare.None);

        var removed = AtomicFile.RemoveStale(folder.Path);

        Assert.Equal(1, removed);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
    }

    [Fact]
    public void The_folder_lock_is_exclusive_and_says_so_when_it_waits_too_long()
    {
        using var folder = new TempFolder();
        var waited = 0;
        using (OutputFolderLock.Acquire(folder.Path, TimeSpan.FromSeconds(1)))
        {
            var error = Assert.Throws<IOException>(() => OutputFolderLock.Acquire(folder.Path, TimeSpan.FromMilliseconds(300), () => waited++));
            Assert.Contains("är låst av en annan 'remiss render'", error.Message);
        }

        Assert.Equal(1, waited);
        using var again = OutputFolderLock.Acquire(folder.Path, TimeSpan.FromSeconds(1));
    }

    // The record as a killed commit leaves it: the old hash (or none) final, the new one pending.
    private static void WritePending(TempFolder folder, string name, string? committed, string pending)
    {
        var path = folder.File(RenderManifest.FileName);
        var files = File.Exists(path)
            ? System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!["files"]!.AsObject()
            : new System.Text.Json.Nodes.JsonObject();
        files[name] = new System.Text.Json.Nodes.JsonObject
        {
            ["sha256"] = committed is null ? null : RenderManifest.Hash(System.Text.Encoding.UTF8.GetBytes(committed)),
            ["source"] = "a.remiss.yaml",
            ["written"] = "2025-03-01T10:00:00+00:00",
            ["pending"] = RenderManifest.Hash(System.Text.Encoding.UTF8.GetBytes(pending)),
        };
        File.WriteAllText(path, new System.Text.Json.Nodes.JsonObject { ["version"] = 2, ["files"] = files.DeepClone() }.ToJsonString());
    }
}
