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
}
