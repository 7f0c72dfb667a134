using System.Text.Json;
using Remiss.Templates;

namespace Remiss.Server.Tests;

/// <summary><c>POST /api/v1/pull</c>: the remiss text and an edited .docx in, the new remiss text and the changes out.</summary>
public class PullApiTests
{
    private static byte[] EditedYttrande(Func<string, string> edit)
    {
        var file = Core.RemissLoader.Load(Examples.ExampleText, "sou-2024-72.remiss.yaml").File!;
        var docx = new RemissRenderer().Render(file, DocumentKind.Yttrande, OutputFormat.Docx);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new System.Text.UTF8Encoding(false));
            writer.Write(edit(xml));
        }

        return stream.ToArray();
    }

    [Fact]
    public async Task An_edited_summary_comes_back_as_the_new_remiss_text_with_the_change()
    {
        await using var host = await TestHost.StartAsync();
        var docx = EditedYttrande(xml => xml.Replace("välkomnar utredningens", "välkomnar varmt utredningens", StringComparison.Ordinal));

        var response = await host.Client.PostAsync("/api/v1/pull", Json.Body(new { remiss = Examples.ExampleText, docx = Convert.ToBase64String(docx), docxName = "Yttrande.docx" }));
        var body = await Json.ReadAsync(response);

        Assert.True(body.GetProperty("changed").GetBoolean());
        Assert.Contains("välkomnar varmt utredningens", body.GetProperty("remiss").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("# A real remiss answered by Region Västernorrland", body.GetProperty("remiss").GetString(), StringComparison.Ordinal);
        var change = body.GetProperty("changes").EnumerateArray().Single();
        Assert.Equal("response.summary", change.GetProperty("path").GetString());
        Assert.Equal(72, change.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task A_tracked_change_is_422_with_the_located_diagnostic()
    {
        await using var host = await TestHost.StartAsync();
        var docx = EditedYttrande(xml => xml.Replace("välkomnar utredningens",
            "välkomnar </w:t></w:r><w:ins w:id=\"90\" w:author=\"Anna Berg\" w:date=\"2025-03-20T10:15:00Z\"><w:r><w:t xml:space=\"preserve\">varmt </w:t></w:r></w:ins><w:r><w:t xml:space=\"preserve\">utredningens",
            StringComparison.Ordinal));

        var response = await host.Client.PostAsync("/api/v1/pull", Json.Body(new { remiss = Examples.ExampleText, docx = Convert.ToBase64String(docx) }));

        var problem = await Json.AssertProblemAsync(response, 422, "RMS0208");
        Assert.StartsWith("Ändringarna i dokument.docx fördes inte in; remissfilen är oförändrad.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(problem.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "RMS0208" && d.GetProperty("file").GetString() == "remiss");
    }

    [Fact]
    public async Task A_body_that_is_no_base64_is_a_bad_request()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/pull", Json.Body(new { remiss = Examples.ExampleText, docx = "inte base64!" }));

        await Json.AssertProblemAsync(response, 400, "RMS0120");
    }

    // The .docx field is decoded in place in the body (PullBody): every way a client may write base64 in a JSON string
    // must still arrive as the same document, whatever order the fields come in.
    [Theory]
    [InlineData("plain")]
    [InlineData("escaped")]
    [InlineData("lines")]
    [InlineData("docx-first")]
    public async Task The_document_arrives_whole_however_its_base64_is_written(string how)
    {
        await using var host = await TestHost.StartAsync();
        var docx = EditedYttrande(xml => xml.Replace("välkomnar utredningens", "välkomnar varmt utredningens", StringComparison.Ordinal));
        var base64 = Convert.ToBase64String(docx);
        Assert.Contains("+", base64, StringComparison.Ordinal);
        Assert.Contains("/", base64, StringComparison.Ordinal);
        var text = how switch
        {
            "escaped" => base64.Replace("+", "\\u002B", StringComparison.Ordinal).Replace("/", "\\/", StringComparison.Ordinal), // as .NET and PHP clients write them
            "lines" => string.Join("\\n", base64.Chunk(76).Select(c => new string(c))) + "\\n", // as base64(1) wraps it
            _ => base64,
        };
        var remiss = JsonString(Examples.ExampleText);
        var json = how == "docx-first"
            ? $"{{ \"docx\" : \"{text}\", \"docxName\": \"Yttrande.docx\", \"remiss\": {remiss} }}"
            : $"{{\"remiss\":{remiss},\"docx\":\"{text}\",\"docxName\":\"Yttrande.docx\"}}";

        var response = await host.Client.PostAsync("/api/v1/pull", Json.Raw(json));
        var body = await Json.ReadAsync(response);

        Assert.True(body.GetProperty("changed").GetBoolean(), body.ToString());
        Assert.Contains("välkomnar varmt utredningens", body.GetProperty("remiss").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"remiss\":\"format: remiss/1\",\"docx\":\"UEsD\",\"okänt\":1}", "RMS0120")] // unknown fields are still refused
    [InlineData("{\"remiss\":\"format: remiss/1\",\"docx\":12}", "RMS0120")] // not a string
    [InlineData("{\"remiss\":\"format: remiss/1\",\"docx\":\"UEsD\\\"\"}", "RMS0120")] // an escape no base64 has
    [InlineData("{\"remiss\":\"format: remiss/1\",\"docx\":\"UEsD", "RMS0120")] // cut off
    [InlineData("{\"remiss\":\"format: remiss/1\"}", "RMS0120")] // no document
    public async Task A_body_the_pull_cannot_read_is_a_bad_request(string json, string code)
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/pull", Json.Raw(json));

        await Json.AssertProblemAsync(response, 400, code);
    }

    private static string JsonString(string text)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStringValue(text);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
