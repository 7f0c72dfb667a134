using System.Net.Http.Headers;
using System.Text.Json;

namespace Remiss.Server.Tests;

/// <summary>The desk's API as the page (or a region's own system) calls it: the token and its cookie, If-Match with the form's hash.</summary>
internal sealed class DeskClient(HttpClient client)
{
    private Task<(string Cookie, string Token)>? _antiforgery;

    public HttpClient Http => client;

    /// <summary>
    /// GET /api/v1/antiforgery once: the token for the header and the cookie it sets. The one request is shared by
    /// writes sent at the same time, so each sends a token with its own cookie (two fetches racing would mix the pairs).
    /// </summary>
    public async Task<string> TokenAsync() => (await Antiforgery()).Token;

    private Task<(string Cookie, string Token)> Antiforgery() => _antiforgery ??= FetchAntiforgery();

    private async Task<(string Cookie, string Token)> FetchAntiforgery()
    {
        var response = await client.GetAsync("/api/v1/antiforgery");
        response.EnsureSuccessStatusCode();
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        return (cookie, (await Json.ReadAsync(response)).GetProperty("token").GetString()!);
    }

    public async Task<(JsonElement Form, string ETag)> FormAsync(string id)
    {
        var response = await client.GetAsync("/api/v1/files/" + id);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await Json.ReadAsync(response), response.Headers.ETag!.Tag);
    }

    /// <summary>A write with the token, its cookie and (when given) If-Match; <paramref name="headers"/> adds or overrides (e.g. Origin).</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object body, string? ifMatch, bool withToken = true, IDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = Json.Body(body) };
        if (withToken)
        {
            var (cookie, token) = await Antiforgery();
            request.Headers.Add("X-Remiss-Antiforgery", token);
            request.Headers.Add("Cookie", cookie);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch.StartsWith('"') ? ifMatch : "\"" + ifMatch + "\""));
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PatchAsync(string id, object body, string? ifMatch, bool withToken = true, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Patch, "/api/v1/files/" + id, body, ifMatch, withToken, headers);
}
