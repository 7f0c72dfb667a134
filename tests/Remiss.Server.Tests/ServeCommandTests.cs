using System.Net;
using System.Net.Http.Headers;

namespace Remiss.Server.Tests;

/// <summary><c>remiss serve</c> started as a user starts it: refusals, the key from the environment, a taken port.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void A_network_address_without_a_key_exits_two_with_the_reason()
    {
        using var folder = new TempFolder();

        var (exit, error) = Run(null, "serve", folder.Path, "--listen", "0.0.0.0", "--port", "0");

        Assert.Equal(2, exit);
        Assert.StartsWith("remiss: RMS0128: --listen 0.0.0.0 gör sidan och API:t nåbara från nätverket, och då krävs en API-nyckel.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_and_a_bad_address_are_bad_usage()
    {
        var (missingExit, missing) = Run(null, "serve", "/finns/inte", "--port", "0");
        var (addressExit, address) = Run(null, "serve", ".", "--listen", "server.example", "--port", "0");

        Assert.Equal(2, missingExit);
        Assert.StartsWith("remiss: Hittar inte mappen '/finns/inte'.", missing, StringComparison.Ordinal);
        Assert.Equal(2, addressExit);
        Assert.StartsWith("remiss: --listen: 'server.example' är ingen IP-adress.", address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_may_come_from_the_environment_and_then_guards_every_request()
    {
        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        const string key = "nyckel-som-ar-lang-nog-0123456789";
        await using (var server = await ServeProcess.StartAsync(folder.Path, new Dictionary<string, string> { ["REMISS_API_KEY"] = key }))
        {
            using var client = new HttpClient();
            // The page's own files load without the key (the page asks for it); the folder's data does not.
            var page = await client.GetAsync(server.Url);
            var refused = await client.GetAsync(server.Url + "ui/remisser");
            var request = new HttpRequestMessage(HttpMethod.Get, server.Url + "ui/remisser");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var allowed = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
    }

    [Fact]
    public async Task A_taken_port_exits_one_with_the_reason()
    {
        using var folder = new TempFolder();
        await using var first = await ServeProcess.StartAsync(folder.Path);
        var port = new Uri(first.Url).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exit, error) = Run(null, "serve", folder.Path, "--port", port);

        Assert.Equal(1, exit);
        Assert.StartsWith($"remiss: RMS0129: kan inte lyssna på 127.0.0.1:{port}", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_port_prints_one_line_and_no_stack_trace()
    {
        using var folder = new TempFolder();
        await using var first = await ServeProcess.StartAsync(folder.Path);
        var port = new Uri(first.Url).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = RemissProcess.Run(null, "serve", folder.Path, "--port", port);

        Assert.Equal(string.Empty, result.Out);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain(" at ", result.Error, StringComparison.Ordinal);
    }

    private static (int Exit, string Error) Run(IDictionary<string, string>? environment, params string[] args)
    {
        var result = RemissProcess.Run(environment, args);
        return (result.ExitCode, result.Error);
    }
}
