using System.Net;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Server.Tests;

/// <summary>The organisation file (ORGANISATION.md §1–§2): sent with an API request, or found beside the folder's files.</summary>
public sealed class OrganisationTests
{
    [Fact]
    public async Task The_api_takes_the_organisations_text_and_renders_as_without_it()
    {
        await using var host = await TestHost.StartAsync();

        var check = await host.Client.PostAsync("/api/v1/check", Json.Body(new { remiss = Examples.ByIds, organisation = Examples.OrganisationText }));
        var withOrganisation = await host.Client.PostAsync("/api/v1/render?document=tjansteutlatande&format=md", Json.Body(new { remiss = Examples.ByIds, organisation = Examples.OrganisationText }));
        var without = await host.Client.PostAsync("/api/v1/render?document=tjansteutlatande&format=md", Json.Remiss(Examples.ExampleText));

        Assert.True((await Json.ReadAsync(check)).GetProperty("valid").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, withOrganisation.StatusCode);
        Assert.Equal(await without.Content.ReadAsStringAsync(), await withOrganisation.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_organisations_errors_are_located_in_it()
    {
        await using var host = await TestHost.StartAsync();
        var broken = Examples.OrganisationText.Replace("house_style: att", "house_styl: att", StringComparison.Ordinal);

        var check = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/check", Json.Body(new { remiss = Examples.ByIds, organisation = broken })));
        var render = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=docx", Json.Body(new { remiss = Examples.ByIds, organisation = broken }));

        Assert.False(check.GetProperty("valid").GetBoolean());
        var diagnostic = check.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("organisation", diagnostic.GetProperty("file").GetString());
        Assert.Equal(5, diagnostic.GetProperty("line").GetInt32());
        var problem = await Json.AssertProblemAsync(render, 422, diagnostic.GetProperty("code").GetString()!);
        Assert.StartsWith("Organisationsfilen har 1 fel och kan inte renderas. Det första: rad 5, kolumn 1:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_uses_the_nearest_organisation_file_and_shows_its_errors()
    {
        await using var host = await TestHost.StartAsync(withExample: false);
        host.Folder.Write("region/organisation.yaml", Examples.OrganisationText);
        host.Folder.Write("region/2025/sou-2024-72.remiss.yaml", Examples.ByIds);
        host.Folder.Write("kommun/sou-2024-72.remiss.yaml", Examples.ByIds);
        host.Rescan();

        var region = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/region-2025-sou-2024-72"));
        var kommun = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/kommun-sou-2024-72"));
        var preview = await host.Client.GetAsync("/ui/remisser/region-2025-sou-2024-72/preview/yttrande");

        Assert.True(region.GetProperty("valid").GetBoolean(), region.ToString());
        var expected = new RemissRenderer().Render(RemissLoader.Load(Examples.ExampleText, "x").File!, DocumentKind.Yttrande, OutputFormat.Html);
        Assert.Equal(expected, await preview.Content.ReadAsByteArrayAsync());
        Assert.False(kommun.GetProperty("valid").GetBoolean());

        File.WriteAllText(host.Folder.File("region/organisation.yaml"), Examples.OrganisationText.Replace("house_style: att", "house_styl: att", StringComparison.Ordinal));
        var broken = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/region-2025-sou-2024-72"));

        Assert.False(broken.GetProperty("valid").GetBoolean());
        var diagnostic = broken.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("region/organisation.yaml", diagnostic.GetProperty("file").GetString());
        Assert.Equal(5, diagnostic.GetProperty("line").GetInt32());
    }
}
