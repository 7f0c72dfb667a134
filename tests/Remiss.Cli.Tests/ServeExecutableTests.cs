using System.Text.Json.Nodes;

namespace Remiss.Cli.Tests;

/// <summary>
/// <c>remiss serve</c> in a tool built without the server (the native linux-x64 tool, whose serve is the Remiss.Serve
/// executable beside it) when that executable is missing: a broken installation the user must be told how to mend.
/// </summary>
public sealed class ServeExecutableTests
{
    [Fact]
    public async Task A_tool_without_its_server_beside_it_says_so_with_a_code_and_exits_one()
    {
        using var folder = new TempFolder();
        // The tool with the switch the native build sets (Remiss.Cli.csproj), run from the test's folder, where no
        // Remiss.Serve lies: the same CliApplication.Run, the same message as the native tool's.
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Remiss.Cli.runtimeconfig.json")))!;
        var options = config["runtimeOptions"]!.AsObject();
        if (options["configProperties"] is not JsonObject properties)
        {
            options["configProperties"] = properties = [];
        }

        properties["Remiss.Cli.ServeInProcess"] = false;
        var runtimeConfig = folder.Write("remiss.runtimeconfig.json", config.ToJsonString());
        var start = RemissProcess.StartInfo(null, "serve", folder.Path, "--port", "0");
        start.ArgumentList.Insert(0, "exec");
        start.ArgumentList.Insert(1, "--runtimeconfig");
        start.ArgumentList.Insert(2, runtimeConfig);

        var result = await RemissProcess.RunAsync(start, input: null);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.StartsWith(
            $"remiss: RMS0325: 'remiss serve' behöver programmet Remiss.Serve bredvid remiss, men det finns inte i {Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)}. Installationen är ofullständig:",
            result.Error,
            StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
