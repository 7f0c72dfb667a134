using System.Net;
using MimeKit;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Server.Tests;

/// <summary>The e-mail draft through the API and the page, and the one status in the page's list and view and the API.</summary>
public sealed class DeliveryTests
{
    private static Task<TestHost> StartAsync(bool withExample = true, CalendarDate? today = null) => TestHost.StartAsync(o => o with
    {
        Today = today is { } day ? () => day : o.Today,
    }, withExample);

    private static string WithAddresses => ExampleDelivery.WithAddresses(Examples.ExampleText);

    [Fact]
    public async Task Render_eml_is_the_unsent_draft_with_the_yttrandes_docx_and_pdf()
    {
        await using var host = await StartAsync();

        var response = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=eml", Json.Remiss(WithAddresses));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("message/rfc822", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("S2024-02145 Region Västernorrland.eml", response.Content.Headers.ContentDisposition?.FileNameStar);
        var message = MimeMessage.Load(await response.Content.ReadAsStreamAsync());
        Assert.Equal("1", message.Headers["X-Unsent"]);
        Assert.Equal("S2024/02145 Region Västernorrland", message.Subject);
        Assert.Equal([ExampleDelivery.ReplyTo], message.To.Mailboxes.Select(m => m.Address));
        var file = RemissLoader.Load(WithAddresses, "x").File!;
        var parts = message.Attachments.OfType<MimePart>().ToList();
        Assert.Equal(new RemissRenderer().Render(file, DocumentKind.Yttrande, OutputFormat.Docx), Decoded(parts[0]));
        // The native PDF, byte for byte what render writes (deterministic: no clock).
        Assert.Equal(new RemissRenderer().Render(file, DocumentKind.Yttrande, OutputFormat.Pdf), Decoded(parts[1]));
    }

    [Fact]
    public async Task Render_eml_of_another_document_is_a_bad_request()
    {
        await using var host = await StartAsync();

        var response = await host.Client.PostAsync("/api/v1/render?document=tjansteutlatande&format=eml", Json.Remiss(Examples.ExampleText));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Json.ReadAsync(response);
        Assert.Equal("Bara yttrandet skickas med e-post: format=eml finns för document=yttrande, inte för tjansteutlatande.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_page_offers_the_yttrandes_email_and_the_button_downloads_it()
    {
        await using var host = await StartAsync();

        var view = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72"));
        var documents = view.GetProperty("documents").EnumerateArray().ToList();
        var email = documents[0].GetProperty("email");
        var download = await host.Client.GetAsync(email.GetProperty("url").GetString());

        Assert.Equal("Yttrande SOU 2024-72 Region Västernorrland.eml", email.GetProperty("fileName").GetString());
        Assert.Equal("E-post till departementet (.eml)", email.GetProperty("label").GetString());
        Assert.False(documents[1].TryGetProperty("email", out _)); // the tjänsteutlåtande is not sent
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("message/rfc822", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, MimeMessage.Load(await download.Content.ReadAsStreamAsync()).Attachments.Count());
    }

    [Fact]
    public async Task A_sent_remiss_is_skickad_in_the_list_the_view_and_the_api()
    {
        // The server's today is after the meetings and the sending, as when the issue measured -620 days.
        await using var host = await StartAsync(withExample: false, today: new CalendarDate(2026, 11, 11));
        var sent = ExampleDelivery.WithSent(ExampleOrganisation.WithMeetings(Examples.ExampleText), "2025-03-20");
        host.Folder.Write("sou-2024-72.remiss.yaml", sent);
        host.Folder.Write("organisation.yaml", Examples.OrganisationText);
        ((Folder.RemissFolder)host.Services.GetService(typeof(Folder.RemissFolder))!).Rescan();

        var row = (await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser"))).GetProperty("remisser")[0];
        var view = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72"));
        var plan = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/plan?today=2026-11-11", Json.Body(new { remiss = sent, organisation = Examples.OrganisationText })));
        var check = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/check", Json.Body(new { remiss = sent, organisation = Examples.OrganisationText })));

        Assert.Equal(("sent", "skickad"), (row.GetProperty("remissStatus").GetString(), row.GetProperty("remissStatusText").GetString()));
        Assert.Equal(("sent", "skickad"), (view.GetProperty("remissStatus").GetString(), view.GetProperty("remissStatusText").GetString()));
        Assert.Equal("2025-03-20", view.GetProperty("sent").GetString());
        Assert.Equal("skickad", view.GetProperty("plan").GetProperty("remissStatusText").GetString());
        Assert.False(view.GetProperty("plan").TryGetProperty("forward", out _));
        Assert.Equal("skickad", plan.GetProperty("remissStatusText").GetString());
        Assert.Equal("skickad", check.GetProperty("remissStatusText").GetString());
    }

    [Fact]
    public async Task The_list_and_the_view_agree_on_a_late_remiss()
    {
        // The measurement: the list said försenad while the remiss's own page said planerad.
        await using var host = await StartAsync(withExample: false);
        host.Folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        host.Folder.Write("organisation.yaml", Examples.OrganisationText);
        ((Folder.RemissFolder)host.Services.GetService(typeof(Folder.RemissFolder))!).Rescan();

        var row = (await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser"))).GetProperty("remisser")[0];
        var view = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser/sou-2024-72"));

        Assert.Equal("försenad", row.GetProperty("remissStatusText").GetString());
        Assert.Equal("försenad", view.GetProperty("remissStatusText").GetString());
        Assert.Equal("försenad", view.GetProperty("plan").GetProperty("remissStatusText").GetString());
    }

    private static byte[] Decoded(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
