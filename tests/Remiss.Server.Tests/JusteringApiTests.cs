using System.Net;
using System.Text;

namespace Remiss.Server.Tests;

/// <summary>The justering notice (ORGANISATION.md §8) through the API: rendered as a document, its dates in the plan.</summary>
public sealed class JusteringApiTests
{
    private const string Clauses = "    - immediate-adjustment\n";

    /// <summary>The utskott's minutes not yet justerade; the nämnd's justerade on skärtorsdagen 2025-04-17.</summary>
    private static string Justerad => Examples.ByIds.Replace(Clauses, Clauses + "  meetings:\n"
        + "    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n"
        + "    - body: hsn\n      date: 2025-03-19\n      paragraph: 41\n      adjusted: 2025-04-17\n", StringComparison.Ordinal);

    [Fact]
    public async Task The_notice_renders_by_meeting_in_every_format_with_its_name()
    {
        await using var host = await TestHost.StartAsync();

        var md = await host.Client.PostAsync("/api/v1/render?document=anslag&format=md&meeting=2", Json.Body(new { remiss = Justerad, organisation = Examples.OrganisationText }));
        var pdf = await host.Client.PostAsync("/api/v1/render?document=anslag&format=pdf&meeting=2", Json.Body(new { remiss = Justerad, organisation = Examples.OrganisationText }));
        var docx = await host.Client.PostAsync("/api/v1/render?document=anslag&format=docx&meeting=2", Json.Body(new { remiss = Justerad, organisation = Examples.OrganisationText }));
        var notJusterad = await host.Client.PostAsync("/api/v1/render?document=anslag&format=md&meeting=1", Json.Body(new { remiss = Justerad, organisation = Examples.OrganisationText }));

        Assert.Equal(HttpStatusCode.OK, md.StatusCode);
        Assert.Equal("Anslag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.md", md.Content.Headers.ContentDisposition?.FileNameStar);
        var text = Encoding.UTF8.GetString(await md.Content.ReadAsByteArrayAsync());
        Assert.Contains("**Datum då anslaget sätts upp:** 2025-04-17", text, StringComparison.Ordinal);
        Assert.Contains("**Datum då anslaget tas ned:** 2025-05-09", text, StringComparison.Ordinal);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 5), StringComparison.Ordinal);
        Assert.Equal("Anslag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.docx", docx.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("är inte justerat", (await Json.AssertProblemAsync(notJusterad, 422, "RMS0122")).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_carries_each_notices_dates()
    {
        await using var host = await TestHost.StartAsync();

        var plan = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/plan?today=2025-03-01", Json.Body(new { remiss = Justerad, organisation = Examples.OrganisationText })));

        var notice = Assert.Single(plan.GetProperty("notices").EnumerateArray());
        Assert.Equal(
            ("Hälso- och sjukvårdsnämnden", "2025-04-17", "2025-04-17", "2025-04-22", "2025-05-08", "2025-05-09"),
            (notice.GetProperty("body").GetString(), notice.GetProperty("adjusted").GetString(), notice.GetProperty("posted").GetString(),
                notice.GetProperty("latestPosting").GetString(), notice.GetProperty("lastDayToAppeal").GetString(), notice.GetProperty("takenDown").GetString()));
    }
}
