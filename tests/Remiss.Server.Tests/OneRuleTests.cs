using System.Text.Json;

namespace Remiss.Server.Tests;

/// <summary>
/// The same input through every host that reads it — <c>remiss check</c> and <c>remiss wording</c> (real processes), the
/// preview page and the HTTP API — gives the same code and the same words: each host calls Core's one rule (the
/// workspace, the clause check) and only shows its answer. These inputs once gave different answers in different hosts.
/// </summary>
public class OneRuleTests
{
    [Fact]
    public async Task A_misspelt_body_names_the_organisation_file_relative_to_the_remiss_file_in_check_and_on_the_page()
    {
        await using var host = await TestHost.StartAsync(withExample: false);
        host.Folder.Write("organisation.yaml", OrganisationTexts.RegionBodies);
        var remiss = host.Folder.Write("sub/sou-2024-72.remiss.yaml", Examples.ExampleWith("    - Hälso- och sjukvårdsnämnden", "    - Hälso- och sjukvårdsnämdnen"));
        const string expected = "\"Hälso- och sjukvårdsnämdnen\" finns inte bland organen i organisationsfilen ../organisation.yaml. Menade du 'Hälso- och sjukvårdsnämnden'? Rätta stavningen eller skriv id:t 'hsn'.";

        var check = await RemissProcess.RunAsync(null, "check", remiss);
        host.Rescan();
        var page = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sub-sou-2024-72"));

        Assert.Contains(check.OutLines, l => l.EndsWith("error RMS0078: " + expected, StringComparison.Ordinal));
        var shown = page.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "RMS0078");
        Assert.Equal(expected, shown.GetProperty("message").GetString());
        Assert.Equal("sub/sou-2024-72.remiss.yaml", shown.GetProperty("file").GetString());
    }

    [Fact]
    public async Task A_clause_with_an_argument_it_does_not_take_is_RMS0042_in_the_file_in_wording_and_in_the_api()
    {
        await using var host = await TestHost.StartAsync(withExample: false);
        var remiss = host.Folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleWith("    - immediate-adjustment", "    - immediate-adjustment: oj"));
        const string expected = "Att-satsen \"immediate-adjustment\" tar inget argument. Skriv bara '- immediate-adjustment'.";

        var check = await RemissProcess.RunAsync(null, "check", remiss);
        var wording = await RemissProcess.RunAsync(null, "wording", "--path", "Hälso- och sjukvårdsnämnden", "--clause", "immediate-adjustment: oj");
        var api = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path = new[] { "Hälso- och sjukvårdsnämnden" }, clauses = new[] { new { id = "immediate-adjustment", argument = "oj" } } }));
        var apiCheck = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/check", Json.Remiss(File.ReadAllText(remiss))));

        Assert.Contains(check.OutLines, l => l.EndsWith("error RMS0042: " + expected, StringComparison.Ordinal));
        Assert.Equal(1, wording.ExitCode);
        Assert.Contains("RMS0042: " + expected, wording.Error, StringComparison.Ordinal);
        Assert.Equal("'clauses[0]': " + expected, (await Json.AssertProblemAsync(api, 422, "RMS0042")).GetProperty("detail").GetString());
        Assert.Contains(apiCheck.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "RMS0042" && d.GetProperty("message").GetString() == expected);
    }
}
