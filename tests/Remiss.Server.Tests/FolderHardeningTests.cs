using System.Text.Json;
using Remiss.Core;
using Remiss.Server.Folder;

namespace Remiss.Server.Tests;

/// <summary>
/// Issue 26's reproductions for the served folder (defects 4, 5, 6 and 9), with real FIFOs, links and sparse files: every
/// read of an entry is safe by itself, the listing always answers, and the index catches up with a busy or a mended folder.
/// </summary>
public sealed class FolderHardeningTests
{
    /// <summary>How long a request may take before the test calls it a hang (no speed is asserted).</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_fifo_named_like_a_remiss_file_is_listed_with_its_error_and_every_request_answers()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var host = await TestHost.StartAsync();
        SpecialFiles.Fifo(host.Folder.File("fifo.remiss.yaml"));
        host.Rescan();

        // Twenty at once, as in the probe: before, each held a thread in open(2) for good.
        var listings = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => host.Client.GetAsync("/ui/remisser").WaitAsync(Hang)));
        var view = await host.Client.GetAsync("/ui/remisser/fifo").WaitAsync(Hang);
        var render = await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/yttrande").WaitAsync(Hang);

        var fifo = Row(await Json.ReadAsync(listings[0]), "fifo.remiss.yaml");
        Assert.Equal(1, fifo.GetProperty("errors").GetInt32());
        var diagnostic = Assert.Single(Diagnostics(await Json.ReadAsync(view)));
        Assert.Equal("RMS0180", diagnostic.GetProperty("code").GetString());
        Assert.Equal("fifo.remiss.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Contains("ingen vanlig fil", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, (int)render.StatusCode);
    }

    [Fact]
    public async Task A_listed_file_replaced_by_a_link_out_of_the_folder_is_not_served_before_the_next_scan()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("hemlig.remiss.yaml", Examples.ExampleText.Replace("SOU 2024:72", "SOU 2099:1", StringComparison.Ordinal));
        await using var host = await TestHost.StartAsync(o => o with { ChangeDebounce = TimeSpan.FromHours(1) });
        Assert.Equal(200, (int)(await host.Client.GetAsync("/ui/remisser/sou-2024-72")).StatusCode);

        // ln -sfn /outside/secret .l && mv -T .l F, with the watcher's scan an hour away: the window is open.
        SpecialFiles.ReplaceWithLink(host.Folder.File("sou-2024-72.remiss.yaml"), secret);

        var view = await host.Client.GetAsync("/ui/remisser/sou-2024-72").WaitAsync(Hang);
        var preview = await host.Client.GetAsync("/ui/remisser/sou-2024-72/preview/yttrande").WaitAsync(Hang);
        var listing = await host.Client.GetStringAsync("/ui/remisser").WaitAsync(Hang);

        var text = await view.Content.ReadAsStringAsync();
        Assert.DoesNotContain("2099", text, StringComparison.Ordinal);
        Assert.Equal("RMS0181", Assert.Single(Diagnostics(JsonDocument.Parse(text).RootElement)).GetProperty("code").GetString());
        Assert.DoesNotContain("2099", (await Json.AssertProblemAsync(preview, 422, "RMS0181")).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("2099", listing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listed_file_replaced_by_a_link_to_dev_zero_is_refused_without_reading_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var host = await TestHost.StartAsync(o => o with { ChangeDebounce = TimeSpan.FromHours(1) });
        SpecialFiles.ReplaceWithLink(host.Folder.File("sou-2024-72.remiss.yaml"), "/dev/zero");
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        var view = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72").WaitAsync(Hang));

        Assert.Equal("RMS0181", Assert.Single(Diagnostics(view)).GetProperty("code").GetString());
        // Before: OutOfMemoryException after 4.3 GB. A render of the example allocates far less than this.
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocated < 256L * 1024 * 1024, "the device was read");
    }

    [Fact]
    public async Task A_sparse_file_over_the_cap_is_listed_with_its_size_and_never_read()
    {
        await using var host = await TestHost.StartAsync();
        SpecialFiles.Sparse(host.Folder.File("big.remiss.yaml"), 1_900L * 1024 * 1024);
        host.Rescan();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);

        var listing = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser").WaitAsync(Hang));
        var view = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/big").WaitAsync(Hang));

        Assert.Equal(1, Row(listing, "big.remiss.yaml").GetProperty("errors").GetInt32());
        var diagnostic = Assert.Single(Diagnostics(view));
        Assert.Equal("RMS0003", diagnostic.GetProperty("code").GetString());
        Assert.Contains("1992294400 byte", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        // Before: the 1.9 GB were read on every listing (7.3 GB resident after a few).
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - allocated < 256L * 1024 * 1024, "the sparse file was read");
    }

    [Fact]
    public async Task A_change_is_scanned_within_the_max_delay_even_while_other_changes_keep_arriving()
    {
        // A debounce of a second: a writer that pauses that long on a busy machine is unlikely, so without the bound no scan runs.
        await using var host = await TestHost.StartAsync(o => o with { ChangeDebounce = TimeSpan.FromSeconds(1) });
        var folder = (RemissFolder)host.Services.GetService(typeof(RemissFolder))!;
        Assert.Null(folder.WatchProblem);
        Assert.Equal(TimeSpan.FromSeconds(8), folder.MaxDelay);
        using var stop = new CancellationTokenSource();
        // Another file appended to all the time, as in the probe (every 50 ms): each event used to restart the debounce.
        var busy = new Thread(() =>
        {
            using var log = new FileStream(host.Folder.File("logg.txt"), FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            while (!stop.IsCancellationRequested)
            {
                log.Write("rad\n"u8);
                log.Flush();
                Thread.Sleep(20);
            }
        });
        busy.Start();

        try
        {
            Thread.Sleep(300);
            File.WriteAllText(host.Folder.File("ny.remiss.yaml"), Examples.ExampleText);

            Assert.True(await Until(() => folder.Entries.Any(e => e.RelativePath == "ny.remiss.yaml")), "the new file was never listed");
        }
        finally
        {
            await stop.CancelAsync();
            busy.Join();
        }
    }

    [Fact]
    public async Task A_folder_unreadable_at_a_scan_is_listed_again_once_it_can_be_read_without_a_change_inside()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // Root reads every folder; the process test in the CLI suite runs the server as another user.
            return;
        }

        await using var host = await TestHost.StartAsync(o => o with { ChangeDebounce = TimeSpan.FromMilliseconds(50) });
        var folder = (RemissFolder)host.Services.GetService(typeof(RemissFolder))!;
        host.Folder.Write("avdelning/b.remiss.yaml", Examples.ExampleText);
        var sub = host.Folder.File("avdelning");
        File.SetUnixFileMode(sub, UnixFileMode.None);
        try
        {
            host.Rescan();
            Assert.DoesNotContain(folder.Entries, e => e.RelativePath == "avdelning/b.remiss.yaml");
            Assert.Equal([sub], folder.Unreadable);
        }
        finally
        {
            File.SetUnixFileMode(sub, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Assert.True(await Until(() => folder.Entries.Any(e => e.RelativePath == "avdelning/b.remiss.yaml")), "the folder stayed empty");
        Assert.Empty(folder.Unreadable);
    }

    [Fact]
    public async Task The_served_folder_unreadable_at_a_scan_is_listed_again_once_readable_as_a_real_process()
    {
        // The probe's case: the folder itself made unreadable, a change scanned meanwhile (listed as empty), then readable
        // again: its own chmod sends no event for its files, so it stayed empty until a file inside changed. Root reads
        // every folder, so as root (CI) the server runs as nobody (setpriv); as another user, as that user.
        var asRoot = Environment.UserName == "root";
        if (!OperatingSystem.IsLinux() || (asRoot && !File.Exists("/usr/bin/setpriv")))
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        var log = folder.Write("logg.txt", "");
        var start = RemissProcess.StartInfo(new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() }, "serve", folder.Path, "--port", "0");
        if (asRoot)
        {
            start.ArgumentList.Insert(0, start.FileName);
            foreach (var (arg, i) in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "--" }.Select((a, i) => (a, i)))
            {
                start.ArgumentList.Insert(i, arg);
            }

            start.FileName = "/usr/bin/setpriv";
        }

        var readable = File.GetUnixFileMode(folder.Path);
        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(Hang);
            var url = System.Text.RegularExpressions.Regex.Match(line ?? string.Empty, @"http://127\.0\.0\.1:\d+/").Value;
            Assert.True(url.Length > 0, $"remiss serve did not start: {line} {(process.HasExited ? await process.StandardError.ReadToEndAsync() : string.Empty)}");
            using var client = new HttpClient { BaseAddress = new Uri(url) };

            async Task<int> Listed() => (await Json.ReadAsync(await client.GetAsync("ui/remisser"))).GetProperty("remisser").GetArrayLength();

            Assert.Equal(1, await Listed());
            File.SetUnixFileMode(folder.Path, UnixFileMode.None);
            Assert.True(await Until(async () =>
            {
                await File.AppendAllTextAsync(log, "rad\n"); // a change inside, scanned while the folder cannot be read
                return await Listed() == 0;
            }), "the unreadable folder was never scanned");
            // Past the debounce's bound (1.2 s), so no scan of the appends above is still to come.
            await Task.Delay(TimeSpan.FromSeconds(3));

            File.SetUnixFileMode(folder.Path, readable);

            Assert.True(await Until(async () => await Listed() == 1), "the folder stayed listed as empty");
        }
        finally
        {
            File.SetUnixFileMode(folder.Path, readable);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void Every_code_of_the_served_folder_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "diagnostics.md"));

        Assert.Equal(["RMS0180", "RMS0181"], DiagnosticDescriptors.FolderCodes);
        Assert.All(DiagnosticDescriptors.FolderCodes, code => Assert.Contains("\n## " + code + "\n", docs, StringComparison.Ordinal));
    }

    /// <summary>True once <paramref name="condition"/> holds, false when it did not within <see cref="Hang"/>.</summary>
    private static Task<bool> Until(Func<bool> condition) => Until(() => Task.FromResult(condition()));

    private static async Task<bool> Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Hang;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    private static JsonElement Row(JsonElement listing, string file) =>
        listing.GetProperty("remisser").EnumerateArray().Single(r => r.GetProperty("file").GetString() == file);

    private static IEnumerable<JsonElement> Diagnostics(JsonElement view) => view.GetProperty("diagnostics").EnumerateArray();
}
