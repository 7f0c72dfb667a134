using System.Diagnostics;
using System.Text.Json;
using Remiss.Cli.Output;

namespace Remiss.Cli.Tests;

/// <summary>
/// Renders that overlap or die, with real processes: parallel renders into one folder (a shared network
/// folder, a CI matrix) and renders killed with SIGKILL at random moments.
/// </summary>
public sealed class ConcurrentRenderTests
{
    private const string Assessment = "  assessment: Förvaltningen tillstyrker.";

    [Fact]
    public async Task Eight_renders_started_at_once_into_one_folder_keep_every_entry_and_render_again_without_force()
    {
        using var folder = new TempFolder();
        var output = folder.File("delad");
        var sources = Enumerable.Range(1, 8)
            .Select(i => folder.Write($"remisser/sou-2025-{i}.remiss.yaml", Examples.Referral($"SOU 2025:{i}", $"Utredning {i}", "2025-05-05")))
            .ToList();

        var first = await Task.WhenAll(sources.Select(s => RemissProcess.RunAsync(null, "render", s, "--output", output)));
        var again = await Task.WhenAll(sources.Select(s => RemissProcess.RunAsync(null, "render", s, "--output", output)));

        Assert.All(first, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.All(again, r => Assert.True(r.ExitCode == 0, r.ToString()));
        var record = Record(output);
        Assert.Equal(16, record.Count);
        Assert.Equal(Outputs(output), record.Keys.Order(StringComparer.Ordinal).ToArray());
        foreach (var (name, entry) in record)
        {
            Assert.Equal(RenderManifest.Hash(File.ReadAllBytes(Path.Combine(output, name))), entry.Sha256);
            Assert.Matches("^\\.\\./remisser/sou-2025-[1-8]\\.remiss\\.yaml$", entry.Source);
        }

        Assert.Empty(Directory.GetFiles(output, AtomicFile.TempPrefix + "*"));
    }

    [Fact]
    public async Task A_render_killed_at_random_moments_leaves_whole_outputs_a_record_of_the_disk_and_no_temporary_files()
    {
        using var folder = new TempFolder();
        var output = folder.File("ut");
        var sources = Enumerable.Range(1, 6).Select(i => folder.File($"remisser/sou-2025-{i}.remiss.yaml")).ToList();
        string Version(int i, bool b) => Examples.Referral($"SOU 2025:{i}", $"Utredning {i}", "2025-05-05")
            .Replace(Assessment, b ? Assessment.Replace("tillstyrker.", "tillstyrker med reservationer.") : Assessment);
        void WriteSources(bool b) => sources.Select((s, i) => (s, i)).ToList().ForEach(x => folder.Write(Path.GetRelativePath(folder.Path, x.s), Version(x.i + 1, b)));
        string[] Render(string into) => ["render", .. sources, "--format", "docx,md,html", "--output", into];

        // The bytes of both versions, from complete runs (output is byte-identical for identical input).
        WriteSources(b: true);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, (await RemissProcess.RunAsync(null, Render(folder.File("facit-b")))).ExitCode);
        var fullRun = clock.Elapsed;
        WriteSources(b: false);
        Assert.Equal(0, (await RemissProcess.RunAsync(null, Render(folder.File("facit-a")))).ExitCode);
        Assert.Equal(0, (await RemissProcess.RunAsync(null, Render(output))).ExitCode);
        var names = Outputs(output);
        Assert.Equal(36, names.Length);
        var whole = names.ToDictionary(n => n, n => new[] { "facit-a", "facit-b" }.Select(f => RenderManifest.Hash(File.ReadAllBytes(folder.File($"{f}/{n}")))).ToHashSet());

        // Seeded, so a failure names the delays that made it.
        var random = new Random(20251201);
        for (var round = 0; round < 5; round++)
        {
            WriteSources(b: round % 2 == 0);
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * fullRun.TotalMilliseconds * 1.1);
            using (var process = Process.Start(RemissProcess.StartInfo(null, Render(output)))!)
            {
                await Task.Delay(delay);
                process.Kill(); // SIGKILL: no handler runs, no finally block
                await process.WaitForExitAsync();
            }

            var context = $"round {round}, killed after {delay.TotalMilliseconds:F0} ms of a {fullRun.TotalMilliseconds:F0} ms run";
            var record = Record(output);
            foreach (var name in names)
            {
                var onDisk = RenderManifest.Hash(File.ReadAllBytes(Path.Combine(output, name)));
                Assert.True(whole[name].Contains(onDisk), $"{context}: {name} is neither the old nor the new file");
                Assert.True(record.TryGetValue(name, out var entry) && (entry.Sha256 == onDisk || entry.Pending == onDisk),
                    $"{context}: the record does not describe {name} as it is on disk");
            }

            var next = await RemissProcess.RunAsync(null, Render(output));
            Assert.True(next.ExitCode == 0, $"{context}: the next render without --force failed\n{next}");
            Assert.Empty(Directory.GetFiles(output, AtomicFile.TempPrefix + "*"));
            var settled = Record(output);
            Assert.Equal(names, settled.Keys.Order(StringComparer.Ordinal).ToArray());
            Assert.All(settled, e => Assert.Null(e.Value.Pending));
            Assert.All(settled, e => Assert.Equal(RenderManifest.Hash(File.ReadAllBytes(Path.Combine(output, e.Key))), e.Value.Sha256));
        }
    }

    private static string[] Outputs(string directory) =>
        Directory.GetFiles(directory).Select(Path.GetFileName).OfType<string>()
            .Where(n => n is not RenderManifest.FileName and not OutputFolderLock.FileName && !n.StartsWith(AtomicFile.TempPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();

    // The record as it is on disk (RenderManifest.Load would settle pending entries first).
    private static readonly CliJsonContext Json = CliJsonContext.With(_ => { });

    private static IReadOnlyDictionary<string, RenderRecordEntry> Record(string directory) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(directory, RenderManifest.FileName)), Json.RenderRecordData)!.Files!;
}
