using System.IO.Compression;
using System.Net;

namespace Remiss.Server.Tests;

/// <summary><c>POST /api/v1/archive</c>: the closed case's E-ARK package as a .zip, over a real socket, validated by xmllint.</summary>
public class ArchiveApiTests
{
    [Fact]
    public async Task Archive_returns_the_package_as_a_zip_whose_METS_ERMS_and_PREMIS_validate()
    {
        await using var host = await TestHost.StartAsync();
        // One PDF first, so the four of the package do not meet the templates' time guard while the PDF writer is
        // still being compiled (on a loaded machine the first render alone can take seconds).
        Assert.Equal(HttpStatusCode.OK, (await host.Client.PostAsync("/api/v1/render?document=yttrande&format=pdf", Json.Remiss(Examples.ExampleText))).StatusCode);

        var response = await host.Client.PostAsync("/api/v1/archive", Json.Remiss(File.ReadAllText(ArchiveSchemas.ClosedExample)));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("24HSN5898.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var folder = new TempFolder();
        var zip = folder.Write("paket.zip", await response.Content.ReadAsByteArrayAsync());
        ZipFile.ExtractToDirectory(zip, folder.File("ut"));
        var root = folder.File("ut/24HSN5898");
        ArchiveSchemas.AssertValid(Path.Combine(root, "METS.xml"), ArchiveSchemas.Mets);
        ArchiveSchemas.AssertValid(Path.Combine(root, "representations/rep1/METS.xml"), ArchiveSchemas.Mets);
        ArchiveSchemas.AssertValid(Path.Combine(root, "metadata/descriptive/erms.xml"), ArchiveSchemas.Erms);
        ArchiveSchemas.AssertValid(Path.Combine(root, "metadata/preservation/premis.xml"), ArchiveSchemas.Premis);
        Assert.Equal(4, Directory.GetFiles(Path.Combine(root, "representations/rep1/data"), "*.pdf").Length);
    }

    [Fact]
    public async Task A_case_not_yet_sent_is_422_with_the_located_RMS0311()
    {
        await using var host = await TestHost.StartAsync();
        var unsent = File.ReadAllText(ArchiveSchemas.ClosedExample).Replace("  sent: 2025-03-20\n", string.Empty, StringComparison.Ordinal);

        var response = await host.Client.PostAsync("/api/v1/archive", Json.Remiss(unsent));

        var problem = await Json.AssertProblemAsync(response, 422, "RMS0311");
        Assert.True(problem.GetProperty("line").GetInt32() > 1);
        Assert.Contains("response.sent", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
