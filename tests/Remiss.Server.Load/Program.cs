// Load for `remiss serve`: N POST /api/v1/render requests from C concurrent clients against a running
// server; prints errors, latency percentiles and throughput. Not a test: figures depend on the machine.
//
//   dotnet run -c Release --project tests/Remiss.Server.Load -- URL REMISS_FILE [requests=1000] [clients=16] [format=docx]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

// Remiss.Server.Load --probes URL REMISS_FILE ORGANISATION_FILE: issue 21's reproductions, answers and time bounds.
if (args is ["--probes", var probeUrl, var probeRemiss, var probeOrganisation])
{
    var failed = await Probes.RunAsync(probeUrl.TrimEnd('/'), probeRemiss, probeOrganisation);
    Console.WriteLine(failed == 0 ? "probes: all answered as expected within their bounds" : $"probes: {failed} failed");
    return failed == 0 ? 0 : 1;
}

// Remiss.Server.Load --pipeline URL [connections=200] [seconds=60]: issue 26's attacks on the request pipeline (PipelineProbes).
if (args is ["--pipeline", var pipelineUrl, .. var pipelineRest])
{
    var connections = pipelineRest.Length > 0 ? int.Parse(pipelineRest[0], CultureInfo.InvariantCulture) : 200;
    var seconds = pipelineRest.Length > 1 ? int.Parse(pipelineRest[1], CultureInfo.InvariantCulture) : 60;
    var failed = await PipelineProbes.RunAsync(pipelineUrl, connections, TimeSpan.FromSeconds(seconds));
    Console.WriteLine(failed == 0 ? "pipeline: every attack answered as expected" : $"pipeline: {failed} failed");
    return failed == 0 ? 0 : 1;
}

// Remiss.Server.Load --work URL REMISS_FILE SERVER_PID [burst]: issue 26's work per request, with time and resident memory
// ("burst": only the forty 23 MiB pulls at once).
if (args is ["--work", var workUrl, var workRemiss, var workPid, .. var workOnly])
{
    var failed = await WorkProbes.RunAsync(workUrl.TrimEnd('/'), workRemiss, int.Parse(workPid, CultureInfo.InvariantCulture), workOnly.FirstOrDefault());
    Console.WriteLine(failed == 0 ? "work probes: every request bounded" : $"work probes: {failed} failed");
    return failed == 0 ? 0 : 1;
}

// Remiss.Server.Load --desk URL FOLDER [files=50] [saves=500] [clients=8]: the desk's saves (issue 25; DeskLoad.cs).
if (args is ["--desk", var deskUrl, var deskFolder, ..])
{
    DeskLoad.Example = new(() => File.ReadAllText(Path.Combine(deskFolder, "desk-01.remiss.yaml")));
    _ = DeskLoad.Example.Value; // read before any save
    return await DeskLoad.RunAsync(deskUrl.TrimEnd('/'), deskFolder,
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50,
        args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 500,
        args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 8);
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Remiss.Server.Load URL REMISS_FILE [requests=1000] [clients=16] [format=docx] [api-key]");
    return 2;
}

var baseUrl = args[0].TrimEnd('/');
var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["remiss"] = File.ReadAllText(args[1]) });
var requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000;
var clients = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 16;
var format = args.Length > 4 ? args[4] : "docx";
var key = args.Length > 5 ? args[5] : null;
var url = $"{baseUrl}/api/v1/render?document=yttrande&format={format}";

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromMinutes(5),
};

async Task<(bool Ok, double Milliseconds, string? Error)> OneAsync()
{
    using var content = new StringContent(body, Encoding.UTF8, "application/json");
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    if (key is not null)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    var watch = Stopwatch.StartNew();
    try
    {
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        return response.IsSuccessStatusCode && bytes.Length > 0
            ? (true, watch.Elapsed.TotalMilliseconds, null)
            : (false, watch.Elapsed.TotalMilliseconds, $"{(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
    }
    catch (HttpRequestException e)
    {
        return (false, watch.Elapsed.TotalMilliseconds, e.Message);
    }
}

// Warm-up (JIT, first render, connection pool), not counted.
for (var i = 0; i < Math.Min(clients, requests); i++)
{
    await OneAsync();
}

var results = new (bool Ok, double Milliseconds, string? Error)[requests];
var next = -1;
var total = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
{
    int i;
    while ((i = Interlocked.Increment(ref next)) < requests)
    {
        results[i] = await OneAsync();
    }
}));
total.Stop();

var latencies = results.Select(r => r.Milliseconds).Order().ToArray();
double Percentile(double p) => latencies[Math.Clamp((int)Math.Ceiling(p / 100 * latencies.Length) - 1, 0, latencies.Length - 1)];
var errors = results.Where(r => !r.Ok).ToList();
Console.WriteLine(FormattableString.Invariant($"{requests} POST {url} from {clients} clients in {total.Elapsed.TotalSeconds:0.00} s"));
Console.WriteLine(FormattableString.Invariant($"errors {errors.Count} (503: {errors.Count(e => e.Error?.StartsWith("503 ", StringComparison.Ordinal) == true)}), p50 {Percentile(50):0.0} ms, p95 {Percentile(95):0.0} ms, p99 {Percentile(99):0.0} ms, max {latencies[^1]:0.0} ms, {requests / total.Elapsed.TotalSeconds:0} req/s"));
foreach (var error in errors.Select(e => e.Error).Distinct().Take(5))
{
    Console.WriteLine("  error: " + error);
}

return errors.Count == 0 ? 0 : 1;
