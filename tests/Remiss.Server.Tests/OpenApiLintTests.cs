using System.Diagnostics;

namespace Remiss.Server.Tests;

/// <summary>
/// The OpenAPI document as a region's developer reads it: Redocly CLI's recommended rules (npm <c>@redocly/cli</c>,
/// installed in eng/npm) find nothing wrong, the API key is a security scheme on every operation, and every desk write is in it.
/// </summary>
public sealed class OpenApiLintTests
{
    [Fact]
    public async Task The_document_passes_redoclys_recommended_lint()
    {
        var redocly = Path.Combine(Checkout.Root, "eng", "npm", "node_modules", ".bin", "redocly");
        if (!OnPath("node"))
        {
            return; // no node on this machine (xunit 2 has no dynamic skip); CI has it
        }

        Assert.True(File.Exists(redocly), "eng/npm's Redocly CLI is not installed: cd eng/npm && npm ci --no-audit --no-fund");

        await using var host = await TestHost.StartAsync(o => o with { ApiKey = "0123456789abcdef0123" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        request.Headers.Authorization = new("Bearer", "0123456789abcdef0123");
        var document = await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync();
        using var folder = new TempFolder();
        var file = folder.Write("openapi.json", document);

        var start = new ProcessStartInfo(redocly, ["lint", "--extends=recommended", "--format=stylish", file]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var lint = Process.Start(start)!;
        var output = await lint.StandardOutput.ReadToEndAsync() + await lint.StandardError.ReadToEndAsync();
        await lint.WaitForExitAsync();

        Assert.True(lint.ExitCode == 0, output);
        Assert.Contains("\"securitySchemes\"", document, StringComparison.Ordinal);
        foreach (var operation in new[] { "editFile", "recordMeeting", "markSent", "pullDocx", "getFile", "listFiles" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", document, StringComparison.Ordinal);
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));
}
