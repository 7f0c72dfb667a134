using System.Diagnostics;

namespace Remiss.Cli.Tests;

/// <summary>
/// Issue 26 in the CLI, as a real process: <c>remiss check DIR</c> and <c>deadlines DIR</c> read the folder's files
/// through Core's one reader, so a FIFO, a huge sparse file or a link out is a located error and the run ends.
/// </summary>
public sealed class FolderReadTests
{
    /// <summary>How long a run may take before the test calls it a hang (no speed is asserted).</summary>
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Check_of_a_folder_with_a_fifo_and_a_sparse_file_ends_and_reports_each_at_its_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        SpecialFiles.Fifo(folder.File("fifo.remiss.yaml"));
        SpecialFiles.Sparse(folder.File("big.remiss.yaml"), 1_900L * 1024 * 1024);

        var result = await Run("check", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("fifo.remiss.yaml(1,1): error RMS0180: Filen är ingen vanlig fil utan en namngiven pipe (FIFO), så den läses inte.", result.Out, StringComparison.Ordinal);
        Assert.Contains("big.remiss.yaml(1,1): error RMS0003: Filen är 1992294400 byte, mer än gränsen 1048576 byte.", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 filer kontrollerade: 2 fel", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_file_that_links_out_of_a_checked_folder_is_not_read()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("organisation.yaml", "format: organisation/1\nname: Hemliga regionen\n");
        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        File.CreateSymbolicLink(folder.File("organisation.yaml"), secret);

        var result = await Run("deadlines", folder.Path, "--today", "2025-03-01");

        Assert.Contains("organisation.yaml(1,1): error RMS0181: Filen är en länk som inte leder till en vanlig fil i mappen", result.Out + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemliga", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_named_on_the_command_line_is_followed_as_named_but_still_only_a_regular_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        File.CreateSymbolicLink(folder.File("noll.remiss.yaml"), "/dev/zero");

        var result = await Run("check", folder.File("noll.remiss.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error RMS0180: Filen är ingen vanlig fil utan en enhetsfil", result.Out, StringComparison.Ordinal);
    }

    private static async Task<CliResult> Run(params string[] args)
    {
        var start = RemissProcess.StartInfo(null, args);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Hang);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"remiss {string.Join(' ', args)} did not end (it waits, as on a FIFO)");
        }

        return new CliResult(process.ExitCode, await output, await error);
    }
}
