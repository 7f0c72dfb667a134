using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>
/// Issue 21's reproductions against a running server, each with its answer and a generous time bound (the machine
/// may be shared and busy; the quadratic wording took 30 s, the bound is 5): a load script's case, never a unit test.
/// </summary>
internal static class Probes
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string baseUrl, string remissFile, string organisationFile)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var remiss = File.ReadAllText(remissFile);
        var organisation = File.ReadAllText(organisationFile);
        var failures = 0;

        async Task<(int Status, string Body, TimeSpan Time)> PostAsync(string path, object body)
        {
            using var content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
            var watch = Stopwatch.StartNew();
            using var response = await http.PostAsync(baseUrl + path, content);
            var text = await response.Content.ReadAsStringAsync();
            return ((int)response.StatusCode, text, watch.Elapsed);
        }

        void Expect(string what, (int Status, string Body, TimeSpan Time) answer, int status, string code)
        {
            var ok = answer.Status == status && answer.Body.Contains($"\"code\":\"{code}\"", StringComparison.Ordinal) && answer.Time <= Bound;
            failures += ok ? 0 : 1;
            Console.WriteLine(FormattableString.Invariant($"{(ok ? "ok" : "FAIL")}  {what}: {answer.Status} {code}? in {answer.Time.TotalMilliseconds:0} ms (bound {Bound.TotalSeconds:0} s)"));
            if (!ok)
            {
                Console.WriteLine("      " + (answer.Body.Length > 300 ? answer.Body[..300] : answer.Body));
            }
        }

        // 80,000 path entries, 789 KB: under the body cap; was 30 s and 724 MB.
        var path = Enumerable.Range(0, 80_000).Select(i => "O" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var wording = new { path, clauses = new[] { new { id = "submit-response" } } };
        Expect("wording, 80,000 path entries", await PostAsync("/api/v1/wording", wording), 400, "RMS0171");

        // Four at once, and an ordinary render beside them (was 77 s each, and the render 4.5 s).
        var four = Enumerable.Range(0, 4).Select(_ => PostAsync("/api/v1/wording", wording)).ToList();
        var render = PostAsync("/api/v1/render?document=yttrande&format=docx", new { remiss });
        foreach (var one in four)
        {
            Expect("wording, 80,000 path entries, four at once", await one, 400, "RMS0171");
        }

        var rendered = await render;
        var renderOk = rendered.Status == 200 && rendered.Time <= Bound;
        failures += renderOk ? 0 : 1;
        Console.WriteLine(FormattableString.Invariant($"{(renderOk ? "ok" : "FAIL")}  render beside them: {rendered.Status} in {rendered.Time.TotalMilliseconds:0} ms"));

        // One own clause of 40,000 marks and prefixes (each stripped in linear time now).
        var marks = new { path = new[] { "A", "B" }, clauses = new[] { new { text = string.Concat(Enumerable.Repeat("att ", 40_000)) + "godkänna" + string.Concat(Enumerable.Repeat("; samt", 40_000)) } } };
        var marked = await PostAsync("/api/v1/wording", marks);
        var marksOk = marked.Status == 200 && marked.Body.Contains("att godkänna.", StringComparison.Ordinal) && marked.Time <= Bound;
        failures += marksOk ? 0 : 1;
        Console.WriteLine(FormattableString.Invariant($"{(marksOk ? "ok" : "FAIL")}  wording, one clause with 40,000 marks: {marked.Status} in {marked.Time.TotalMilliseconds:0} ms"));

        // The plan from the calendar's last day: was 500 RMS0005 and a new log file per request.
        for (var i = 0; i < 50; i++)
        {
            var plan = await PostAsync("/api/v1/plan?today=9999-12-31", new { remiss, organisation });
            if (i is 0 or 49)
            {
                Expect($"plan?today=9999-12-31 (request {i + 1} of 50)", plan, 400, "RMS0170");
            }
        }

        return failures;
    }
}
