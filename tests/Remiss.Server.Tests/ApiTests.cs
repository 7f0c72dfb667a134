using System.Net;
using System.Text;
using Remiss.Core;
using Remiss.Templates;
using Remiss.Templates.Tests;

namespace Remiss.Server.Tests;

/// <summary>/api/v1 as another region system calls it: JSON in, documents or diagnostics out, problems with RMS codes.</summary>
public sealed class ApiTests
{
    [Fact]
    public async Task Check_returns_the_diagnostics_remiss_check_prints()
    {
        await using var host = await TestHost.StartAsync();

        var clean = await host.Client.PostAsync("/api/v1/check", Json.Remiss(Examples.ExampleText));
        var broken = await host.Client.PostAsync("/api/v1/check", Json.Remiss(Examples.Broken));

        Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
        var ok = await Json.ReadAsync(clean);
        Assert.True(ok.GetProperty("valid").GetBoolean());
        Assert.Equal(0, ok.GetProperty("diagnostics").GetArrayLength());

        Assert.Equal(HttpStatusCode.OK, broken.StatusCode);
        var body = await Json.ReadAsync(broken);
        Assert.False(body.GetProperty("valid").GetBoolean());
        var expected = RemissLoader.Load(Examples.Broken, "remiss").Diagnostics.Single(d => d.IsError);
        var diagnostic = body.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal("RMS0013", diagnostic.GetProperty("code").GetString());
        Assert.Equal(11, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(13, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(expected.Message, diagnostic.GetProperty("message").GetString());
        Assert.Equal("remiss", diagnostic.GetProperty("file").GetString());
    }

    [Fact]
    public async Task Render_docx_is_the_valid_word_file_with_the_departments_name()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=docx", Json.Remiss(Examples.ExampleText));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Yttrande SOU 2024-72 Region Västernorrland.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        DocxChecks.AssertOpensCleanly(bytes);
        var file = RemissLoader.Load(Examples.ExampleText, "x").File!;
        Assert.Equal(new RemissRenderer().Render(file, DocumentKind.Yttrande, OutputFormat.Docx), bytes);
    }

    [Fact]
    public async Task Render_markdown_is_what_remiss_render_writes()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/render?document=tjansteutlatande&format=md", Json.Remiss(Examples.ExampleText));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Tjänsteutlåtande 24HSN5898.md", response.Content.Headers.ContentDisposition?.FileNameStar);
        var file = RemissLoader.Load(Examples.ExampleText, "x").File!;
        Assert.Equal(new RemissRenderer().RenderMarkdown(file, DocumentKind.Tjansteutlatande), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Render_pdf_is_written_by_remiss()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=pdf", Json.Remiss(Examples.ExampleText));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Yttrande SOU 2024-72 Region Västernorrland.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Contains("pdfuaid:part>1<", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    /// <summary>PDF/A-2a through the API: asked for on the query, or by the organisation text's pdf_profile; an unknown value is 400.</summary>
    [Fact]
    public async Task Render_pdf_with_pdf_profile_pdfa_2a_is_pdfa_and_pdfua()
    {
        await using var host = await TestHost.StartAsync();

        var asked = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=pdf&pdf_profile=pdfa-2a", Json.Remiss(Examples.ExampleText));
        var byOrganisation = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=pdf",
            Json.Body(new { remiss = Examples.ExampleText, organisation = "format: organisation/1\nname: Region Västernorrland\npdf_profile: pdfa-2a\n" }));
        var plain = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=pdf", Json.Remiss(Examples.ExampleText));
        var wrong = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=pdf&pdf_profile=pdfa-3b", Json.Remiss(Examples.ExampleText));

        foreach (var response in new[] { asked, byOrganisation })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = Encoding.Latin1.GetString(await response.Content.ReadAsByteArrayAsync());
            Assert.Contains("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>", text, StringComparison.Ordinal);
            Assert.Contains("pdfuaid:part>1<", text, StringComparison.Ordinal);
            Assert.Contains("/GTS_PDFA1", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("pdfaid:part", Encoding.Latin1.GetString(await plain.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var problem = await Json.AssertProblemAsync(wrong, 400, "RMS0122");
        Assert.Contains("pdf_profile kan inte vara 'pdfa-3b'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_errors_is_422_with_its_located_diagnostics()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/render?document=yttrande&format=docx", Json.Remiss(Examples.Broken));

        var problem = await Json.AssertProblemAsync(response, 422, "RMS0013");
        Assert.Equal(11, problem.GetProperty("line").GetInt32());
        Assert.Equal(13, problem.GetProperty("column").GetInt32());
        Assert.Contains(problem.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "RMS0013");
        Assert.StartsWith("Remissfilen har 1 fel och kan inte renderas. Det första: rad 11, kolumn 13: 'remiss.deadline' är inget giltigt datum", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/render?format=docx", "Parametern document saknas")]
    [InlineData("/api/v1/render?document=beslut&format=docx", "Parametern document kan inte vara 'beslut'")]
    [InlineData("/api/v1/render?document=yttrande&format=odt", "Parametern format kan inte vara 'odt'")]
    [InlineData("/api/v1/render?document=..%2f..%2fetc%2fpasswd&format=docx", "Parametern document kan inte vara '../../etc/passwd'")]
    public async Task Unknown_query_values_are_400_with_the_choices(string url, string start)
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync(url, Json.Remiss(Examples.ExampleText));

        var problem = await Json.AssertProblemAsync(response, 400, "RMS0122");
        Assert.StartsWith(start, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_400_at_its_line_and_column()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/check", Json.Raw("{\n  \"remiss\": \"format: remiss/1\",\n  oops\n}"));

        var problem = await Json.AssertProblemAsync(response, 400, "RMS0120");
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Contains("rad 3", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_fields_missing_remiss_and_wrong_content_type_are_refused_before_loading()
    {
        await using var host = await TestHost.StartAsync();

        var typo = await host.Client.PostAsync("/api/v1/check", Json.Raw("{ \"remis\": \"x\" }"));
        var missing = await host.Client.PostAsync("/api/v1/check", Json.Raw("{}"));
        var text = await host.Client.PostAsync("/api/v1/check", Json.Raw("format: remiss/1", "text/plain"));

        Assert.Contains("okänt fält", (await Json.AssertProblemAsync(typo, 400, "RMS0120")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Fältet 'remiss' saknas", (await Json.AssertProblemAsync(missing, 400, "RMS0120")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Json.AssertProblemAsync(text, 415, "RMS0120");
    }

    [Fact]
    public async Task A_body_over_the_loaders_cap_is_413_with_or_without_a_length()
    {
        await using var host = await TestHost.StartAsync();
        var huge = "{ \"remiss\": \"" + new string('a', LoadOptions.Default.MaxFileBytes) + "\" }";

        var declared = await host.Client.PostAsync("/api/v1/check", Json.Raw(huge));
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        chunked.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var streamed = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/render?document=yttrande&format=docx") { Content = chunked, Headers = { TransferEncodingChunked = true } });

        Assert.StartsWith("Begäran är " + Encoding.UTF8.GetByteCount(huge) + " byte, mer än gränsen 1048576 byte.",
            (await Json.AssertProblemAsync(declared, 413, "RMS0121")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Json.AssertProblemAsync(streamed, 413, "RMS0121");
    }

    [Fact]
    public async Task A_body_just_under_the_cap_is_read_and_loaded()
    {
        await using var host = await TestHost.StartAsync();
        var exampleBody = (await Json.Remiss(Examples.ExampleText).ReadAsByteArrayAsync()).Length;
        var comment = "# " + new string('x', LoadOptions.Default.MaxFileBytes - exampleBody - 10) + "\n";
        var body = Json.Remiss(comment + Examples.ExampleText);
        Assert.True((await body.ReadAsByteArrayAsync()).Length <= LoadOptions.Default.MaxFileBytes);

        var response = await host.Client.PostAsync("/api/v1/check", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Wording_gives_the_decision_text_to_the_character()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/wording", Json.Body(new
        {
            path = new[] { "Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden" },
            clauses = new object[] { new { id = "submit-response" }, new { id = "immediate-adjustment" } },
            remiss = new { title = "Stärkt medicinsk kompetens i kommunal hälso- och sjukvård", kind = "betänkande", number = "SOU 2024:72" },
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync(response);
        Assert.Equal("""
            Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar

            att avge ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)”; samt

            att förklara paragrafen för omedelbart justerad.
            """.ReplaceLineEndings("\n"), body.GetProperty("text").GetString());
        Assert.Equal("Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar", body.GetProperty("intro").GetString());
    }

    [Fact]
    public async Task Wording_with_an_argument_and_own_text()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/wording", Json.Body(new
        {
            path = new[] { "Regionstyrelsen" },
            clauses = new object[] { new { id = "refer-without-proposal", argument = "regionfullmäktige" }, new { text = "att ge direktören i uppdrag att återkomma;" } },
        }));

        var clauses = (await Json.ReadAsync(response)).GetProperty("clauses").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal(["att överlämna ärendet till regionfullmäktige utan eget förslag till beslut; samt", "att ge direktören i uppdrag att återkomma."], clauses);
    }

    [Fact]
    public async Task Wording_in_the_numbered_house_style()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/wording", Json.Body(new
        {
            path = new[] { "Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden" },
            clauses = new object[] { new { id = "submit-response" }, new { id = "immediate-adjustment" } },
            style = "numbered",
            remiss = new { title = "Stärkt medicinsk kompetens i kommunal hälso- och sjukvård", kind = "betänkande", number = "SOU 2024:72", department = "Socialdepartementet" },
        }));
        var unknownStyle = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path = new[] { "Nämnden" }, clauses = new[] { new { text = "x" } }, style = "fint" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["1. Yttrandet ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)” antas och överlämnas till Socialdepartementet.", "2. Paragrafen justeras omedelbart."],
            (await Json.ReadAsync(response)).GetProperty("clauses").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("'style': 'fint' är ingen husstil. Tillåtna värden: att, numbered", (await Json.AssertProblemAsync(unknownStyle, 400, "RMS0122")).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wording_problems_carry_cores_codes_and_a_hint()
    {
        await using var host = await TestHost.StartAsync();

        var typo = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path = new[] { "Nämnden" }, clauses = new[] { new { id = "immediate-adjustmnt" } } }));
        var noTitle = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path = new[] { "Nämnden" }, clauses = new[] { new { id = "submit-response" } } }));
        var noArgument = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path = new[] { "Nämnden" }, clauses = new[] { new { id = "refer-without-proposal" } } }));
        var noPath = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path = Array.Empty<string>(), clauses = new[] { new { id = "submit-response" } } }));

        Assert.Contains("Menade du 'immediate-adjustment'?", (await Json.AssertProblemAsync(typo, 422, "RMS0041")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("behöver remissens titel", (await Json.AssertProblemAsync(noTitle, 422, "RMS0042")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("tar argumentet {body}", (await Json.AssertProblemAsync(noArgument, 422, "RMS0042")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Json.AssertProblemAsync(noPath, 400, "RMS0120");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Json.ReadAsync(response);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/check", "/api/v1/render", "/api/v1/wording" })
        {
            Assert.True(paths.TryGetProperty(path, out var item), path);
            Assert.True(item.TryGetProperty("post", out _), path);
        }

        Assert.False(paths.TryGetProperty("/ui/remisser", out _));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("RemissRequest", out _));
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("ApiProblem", out _));
        var render = paths.GetProperty("/api/v1/render").GetProperty("post").GetProperty("responses");
        Assert.True(render.GetProperty("422").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(render.TryGetProperty("503", out _));
    }

    [Fact]
    public async Task Unknown_addresses_and_methods_are_problems_too()
    {
        await using var host = await TestHost.StartAsync();

        await Json.AssertProblemAsync(await host.Client.GetAsync("/api/v1/nothing"), 404, "RMS0127");
        await Json.AssertProblemAsync(await host.Client.GetAsync("/api/v1/check"), 405, "RMS0120");
    }
}
