using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

/// <summary>
/// The desk under load (issue 25), against a running <c>remiss serve</c> of a folder holding the example as
/// <c>sou-2024-72.remiss.yaml</c> and FILES copies <c>desk-NN.remiss.yaml</c>: (1) a save's time from the request to
/// the file written and the page's change event seen, sequentially on the example; (2) SAVES saves spread over the
/// copies from CLIENTS clients, each re-reading the form after a 409, and then for every file: its accepted saves
/// form one chain from the first version to the one on disk (0 lost), and it holds the last accepted value (0 corrupt).
/// </summary>
internal static class DeskLoad
{
    public static async Task<int> RunAsync(string url, string folder, int files, int saves, int clients)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients + 2 }) { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromMinutes(2) };
        var token = await TokenAsync(http);

        // (1) Request → file written → change event seen, on the example.
        using var events = new HttpClient { BaseAddress = http.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var stream = new StreamReader(await events.GetStreamAsync("ui/events"));
        await stream.ReadLineAsync(); // the hello event
        var example = Path.Combine(folder, "sou-2024-72.remiss.yaml");
        var times = new List<double>();
        var reads = new List<double>(); // the baseline: reading the form, in the same run
        var etag = (await FormAsync(http, "sou-2024-72")).ETag;
        for (var i = 0; i < 60; i++)
        {
            var read = Stopwatch.StartNew();
            await FormAsync(http, "sou-2024-72");
            read.Stop();

            var value = "Sparad " + i.ToString(CultureInfo.InvariantCulture) + ".\n";
            var watch = Stopwatch.StartNew();
            using var response = await PatchAsync(http, token, "sou-2024-72", etag, "response.summary", value);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Console.Error.WriteLine($"desk: save {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                return 1;
            }

            etag = response.Headers.ETag!.Tag;
            while (await stream.ReadLineAsync() is { } line && !line.StartsWith("event: change", StringComparison.Ordinal))
            {
            }

            var written = File.ReadAllText(example).Contains("    Sparad " + i.ToString(CultureInfo.InvariantCulture) + ".\n", StringComparison.Ordinal);
            watch.Stop();
            if (!written)
            {
                Console.Error.WriteLine($"desk: save {i} answered 200 but the file does not hold it");
                return 1;
            }

            if (i >= 10)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // the first ten warm up
                reads.Add(read.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        reads.Sort();
        Console.WriteLine($"desk save (request → file written → change event), {times.Count} saves: p50 {Percentile(times, 0.50):F0} ms, p95 {Percentile(times, 0.95):F0} ms, max {times[^1]:F0} ms; " +
            $"reading the form (baseline): p50 {Percentile(reads, 0.50):F0} ms, p95 {Percentile(reads, 0.95):F0} ms; save/read p50 {Percentile(times, 0.50) / Percentile(reads, 0.50):F1}x, p95 {Percentile(times, 0.95) / Percentile(reads, 0.95):F1}x");

        // (2) SAVES saves to FILES files from CLIENTS clients.
        var initial = Enumerable.Range(1, files).ToDictionary(Name, n => Hash(File.ReadAllBytes(Path.Combine(folder, Name(n) + ".remiss.yaml"))));
        var accepted = new System.Collections.Concurrent.ConcurrentBag<(string File, string From, string To, string Value)>();
        var conflicts = 0;
        var failures = 0;
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < saves)
            {
                var id = Name((i % files) + 1);
                var value = "L" + i.ToString(CultureInfo.InvariantCulture);
                for (var attempt = 0; attempt < 50; attempt++)
                {
                    var from = (await FormAsync(http, id)).ETag;
                    using var response = await PatchAsync(http, token, id, from, "case.dnr", value);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        accepted.Add((id, from.Trim('"'), response.Headers.ETag!.Tag.Trim('"'), value));
                        break;
                    }

                    if (response.StatusCode == HttpStatusCode.Conflict)
                    {
                        Interlocked.Increment(ref conflicts);
                        continue;
                    }

                    Interlocked.Increment(ref failures);
                    Console.Error.WriteLine($"desk: {id} {value}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    break;
                }
            }
        }));
        total.Stop();

        var lost = 0;
        var corrupt = 0;
        foreach (var (id, first) in initial)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, id + ".remiss.yaml"));
            var chain = accepted.Where(a => a.File == id).ToDictionary(a => a.From, a => a);
            var at = first;
            var steps = 0;
            string? last = null;
            while (chain.TryGetValue(at, out var step))
            {
                at = step.To;
                last = step.Value;
                steps++;
            }

            lost += accepted.Count(a => a.File == id) - steps; // an accepted save off the chain was overwritten unseen
            var text = Encoding.UTF8.GetString(bytes);
            if (at != Hash(bytes) || (last is not null && !text.Contains("  dnr: " + last + "\n", StringComparison.Ordinal)) || !Checks(text))
            {
                corrupt++;
            }
        }

        Console.WriteLine($"desk: {accepted.Count} of {saves} saves accepted to {files} files from {clients} clients in {total.Elapsed.TotalSeconds:F1} s " +
            $"({accepted.Count / total.Elapsed.TotalSeconds:F0} saves/s), {conflicts} answered 409 and retried, {failures} failed; lost {lost}, corrupt {corrupt}");
        return lost == 0 && corrupt == 0 && failures == 0 && accepted.Count == saves ? 0 : 1;
    }

    private static string Name(int n) => "desk-" + n.ToString("00", CultureInfo.InvariantCulture);

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The file still reads as the example with another dnr: every line but that one as it was.</summary>
    private static bool Checks(string text) =>
        text.Split('\n').Length == Example.Value.Split('\n').Length
        && text.Split('\n').Zip(Example.Value.Split('\n')).All(p => p.First == p.Second || (p.First.StartsWith("  dnr: ", StringComparison.Ordinal) && p.Second.StartsWith("  dnr: ", StringComparison.Ordinal)));

    public static Lazy<string> Example { get; set; } = new(() => string.Empty);

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var response = await http.GetAsync("api/v1/antiforgery");
        var cookie = string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }

    private static async Task<(string ETag, string Text)> FormAsync(HttpClient http, string id)
    {
        using var response = await http.GetAsync("api/v1/files/" + id);
        return (response.Headers.ETag!.Tag, await response.Content.ReadAsStringAsync());
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient http, string token, string id, string etag, string path, string value)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["edits"] = new[] { new Dictionary<string, string> { ["path"] = path, ["value"] = value } } });
        var request = new HttpRequestMessage(HttpMethod.Patch, "api/v1/files/" + id) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Remiss-Antiforgery", token);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return http.SendAsync(request);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
