using System.Text.RegularExpressions;

namespace Remiss.Cli.Tests;

public sealed class CheckCommandTests
{
    // file(line,col): error|warning RMS0000: message — the form MSBuild, VS Code's problem matchers and CI annotate.
    private static readonly Regex MsBuildLine = new(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>RMS\d{4}): (?<message>.+)$");

    [Fact]
    public void The_example_is_clean_and_exits_zero()
    {
        var result = Cli.Run("check", Examples.ExamplePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 fil kontrollerad: 0 fel, 0 varningar.", Assert.Single(result.OutLines));
    }

    [Fact]
    public void An_error_is_printed_in_msbuild_form_with_its_location_and_exits_one()
    {
        using var folder = new TempFolder();
        var path = folder.Write("fel.remiss.yaml", Examples.ExampleWith("  responsible: Maria Strandberg", "  responsibel: Maria Strandberg"));
        var expectedLine = File.ReadAllLines(path).ToList().FindIndex(l => l.Contains("responsibel", StringComparison.Ordinal)) + 1;

        var result = Cli.Run("check", path);

        Assert.Equal(1, result.ExitCode);
        var match = MsBuildLine.Match(result.OutLines[0]);
        Assert.True(match.Success, result.ToString());
        Assert.Equal(path, match.Groups["file"].Value);
        Assert.Equal(expectedLine, int.Parse(match.Groups["line"].Value));
        Assert.Equal(3, int.Parse(match.Groups["col"].Value));
        Assert.Equal("error", match.Groups["severity"].Value);
        Assert.Equal("RMS0011", match.Groups["code"].Value);
        Assert.Contains("responsible", match.Groups["message"].Value); // the did-you-mean hint
        Assert.Equal("1 fil kontrollerad: 1 fel, 0 varningar (1 fil med fel).", result.OutLines[^1]);
    }

    [Fact]
    public void Warnings_alone_exit_zero_but_fail_with_warnaserror()
    {
        using var folder = new TempFolder();
        var path = folder.Write("varning.remiss.yaml", Examples.ExampleWith("number: SOU 2024:72", "number: Prop. 2024/25:1"));

        var plain = Cli.Run("check", path);
        var strict = Cli.Run("check", "--warnaserror", path);

        Assert.Equal(0, plain.ExitCode);
        Assert.Matches(@"\): warning RMS0020: ", plain.OutLines[0]);
        Assert.Equal(1, strict.ExitCode);
        Assert.Matches(@"\): error RMS0020: ", strict.OutLines[0]);
    }

    [Fact]
    public void Folders_are_searched_recursively_for_remiss_files_only()
    {
        using var folder = new TempFolder();
        folder.Write("a.remiss.yaml", Examples.ExampleText);
        folder.Write("2025/mars/b.remiss.yaml", Examples.ExampleWith("  responsible: Maria Strandberg", "  responsibel: Maria Strandberg"));
        folder.Write("2025/annat.yaml", "inte: en remiss");

        var result = Cli.Run("check", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine("2025", "mars", "b.remiss.yaml") + "(", result.OutLines[0]);
        Assert.Equal("2 filer kontrollerade: 1 fel, 0 varningar (1 fil med fel).", result.OutLines[^1]);
    }

    [Theory]
    [InlineData("check", "finns-inte.remiss.yaml")]
    [InlineData("check", "--inte-en-flagga", "x")]
    [InlineData("check")]
    [InlineData("kontrollera", "x")]
    [InlineData()]
    public void Bad_usage_exits_two_with_a_message_on_stderr(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("remiss: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_custom_registry_makes_its_clause_ids_known()
    {
        using var folder = new TempFolder();
        var path = folder.Write("egen.remiss.yaml", Examples.ExampleWith("    - immediate-adjustment", "    - approve-annual-report: \"2024\""));
        var registry = folder.Write("region.wording.yaml", """
            format: wording/1
            clauses:
              - id: approve-annual-report
                text: godkänna årsredovisningen för {year}
            """);

        var without = Cli.Run("check", path);
        var with = Cli.Run("check", "--registry", registry, path);

        Assert.Equal(1, without.ExitCode);
        Assert.Contains("RMS0041", without.Out);
        Assert.Equal(0, with.ExitCode);
    }
}

public sealed class RegistryOptionTests
{
    // check, deadlines, render and wording share --registry: a broken registry stops each of them the same way.
    [Theory]
    [InlineData("check")]
    [InlineData("deadlines")]
    [InlineData("render")]
    [InlineData("wording")]
    public void A_registry_with_errors_is_reported_in_msbuild_form_and_the_command_does_nothing_else(string command)
    {
        using var folder = new TempFolder();
        var registry = folder.Write("region.wording.yaml", """
            format: wording/1
            clauses:
              - id: Approve_Report
                text: godkänna rapporten
            """);
        var output = folder.File("ut");
        string[] rest = command switch
        {
            "wording" => ["-p", "Nämnden", "-c", "file-information"],
            "render" => [Examples.ExamplePath, "--output", output],
            _ => [Examples.ExamplePath],
        };

        var result = Cli.Run([command, "--registry", registry, .. rest]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"region\.wording\.yaml\(3,9\): error RMS0051: ", Assert.Single(result.OutLines));
        Assert.Equal($"remiss: registret '{registry}' har fel; rätta dem och försök igen.", result.Error.TrimEnd());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_registry_that_does_not_exist_is_bad_usage()
    {
        var result = Cli.Run("check", "--registry", "finns-inte.wording.yaml", Examples.ExamplePath);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("finns-inte.wording.yaml", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }
}
