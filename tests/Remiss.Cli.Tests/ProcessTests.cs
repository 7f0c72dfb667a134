using System.Diagnostics;
using System.Text.Json;

namespace Remiss.Cli.Tests;

/// <summary>The tool as users run it: a real process, real standard streams, real exit codes.</summary>
public sealed class ProcessTests
{
    private static CliResult RunProcess(IDictionary<string, string>? environment, params string[] args) => RemissProcess.Run(environment, args);

    [Fact]
    public void Check_exits_zero_on_the_example_and_one_with_msbuild_lines_on_errors()
    {
        using var folder = new TempFolder();
        var bad = folder.Write("fel.remiss.yaml", Examples.ExampleWith("  deadline: 2025-03-10            # illustrative", "  deadline: 2025-02-30"));

        var clean = RunProcess(null, "check", Examples.ExamplePath);
        var broken = RunProcess(null, "check", bad);

        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains(broken.OutLines, line => System.Text.RegularExpressions.Regex.IsMatch(line,
            @"^.+fel\.remiss\.yaml\(11,13\): error RMS0013: 'remiss\.deadline' är inget giltigt datum: ""2025-02-30"""));
    }

    [Fact]
    public void Bad_usage_exits_two()
    {
        var result = RunProcess(null, "render", "--format");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("remiss: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_the_named_files()
    {
        using var folder = new TempFolder();
        var source = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);

        var result = RunProcess(null, "render", source, "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(folder.File("Yttrande SOU 2024-72 Region Västernorrland.md")), result.ToString());
        Assert.Contains("Ämnesrad för e-post till departementet: SOU 2024:72 Region Västernorrland", result.Out);
    }

    [Fact]
    public void Deadlines_json_from_a_pipe_parses_and_the_table_is_plain()
    {
        var json = RunProcess(null, "deadlines", Examples.ExamplePath, "--today", "2025-03-14", "--json");
        var table = RunProcess(new Dictionary<string, string> { ["NO_COLOR"] = "1" }, "deadlines", Examples.ExamplePath, "--today", "2025-03-14");

        using var document = JsonDocument.Parse(json.Out);
        var row = document.RootElement.GetProperty("referrals")[0];
        Assert.Equal(7, row.GetProperty("daysLeft").GetInt32());
        Assert.Equal("dueSoon", row.GetProperty("state").GetString());
        Assert.DoesNotContain('\u001b', table.Out);
        Assert.Contains("inom 14 dagar", table.Out);
    }

    [Fact]
    public void Help_lists_every_command_under_the_name_remiss()
    {
        var result = RunProcess(null, "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "new", "check", "render", "deadlines", "wording", "schema" })
        {
            Assert.Matches($@"(?m)^\s+{command}\s", result.Out);
        }

        // Named as the user types it (the tool command), not after the assembly.
        Assert.Matches(@"(?m)^\s+remiss \[command\]", result.Out);
        Assert.DoesNotContain("Remiss.Cli", result.Out);
    }
}
