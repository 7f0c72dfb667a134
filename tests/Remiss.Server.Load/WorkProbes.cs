using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

/// <summary>
/// Issue 26's work per request against a running server whose process id is known: the probe's pull of 120,000
/// paragraphs, forty 23 MiB pull bodies at once, and the largest PDF a checked file makes, alone and eight at once,
/// each with its answer, its time and the server's resident memory before and after (from /proc). A load script's
/// case, never a unit test: the bounds are generous, since the machine may be shared and busy.
/// </summary>
internal static class WorkProbes
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Runs the probes; <paramref name="only"/> "burst" runs only the forty 23 MiB pulls (to measure their memory).</summary>
    public static async Task<int> RunAsync(string baseUrl, string remissFile, int serverPid, string? only = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(3) };
        var remiss = File.ReadAllText(remissFile);
        var failures = 0;
        long Resident() => ResidentMegabytes(serverPid);

        async Task<(int Status, string Body, TimeSpan Time)> PostAsync(string path, string json)
        {
            using var content = new StringContent(json, Encoding.UTF8, "application/json");
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.PostAsync(baseUrl + path, content);
                var text = await response.Content.ReadAsStringAsync();
                return ((int)response.StatusCode, text, watch.Elapsed);
            }
            catch (HttpRequestException e)
            {
                return (0, e.Message, watch.Elapsed);
            }
        }

        void Report(bool ok, string what)
        {
            failures += ok ? 0 : 1;
            Console.WriteLine((ok ? "ok  " : "FAIL") + "  " + what);
        }

        // The yttrande as the server renders it, to pull back.
        var yttrande = await RenderAsync(http, baseUrl, remiss, "docx");

        // The probe's pull: before the fix 120,000 paragraphs took 75.4 s and answered 422 past the time limit.
        foreach (var paragraphs in only == "burst" ? Array.Empty<int>() : new[] { 4_000, 30_000, 120_000 })
        {
            var docx = WithSummaryParagraphs(yttrande, paragraphs);
            var before = Resident();
            var answer = await PostAsync("/api/v1/pull", Pull(remiss, docx));
            var expected = paragraphs <= 5_000 ? answer.Status == 200 : answer.Status == 422 && answer.Body.Contains("\"code\":\"RMS0187\"", StringComparison.Ordinal);
            Report(expected && answer.Time <= Bound, FormattableString.Invariant(
                $"pull of {paragraphs:N0} paragraphs ({docx.Length / 1024} KB .docx): {answer.Status} in {answer.Time.TotalMilliseconds:0} ms, resident {before} → {Resident()} MB"));
        }

        // Forty 23 MiB bodies at once: before the fix 4.9 GB resident afterwards.
        var padded = Pull(remiss, Padded(yttrande, 33 * 1024 * 1024 / 2)); // 23 MB in base64, under the 24 MiB cap
        var baseline = Resident();
        var peak = baseline;
        using (var sampling = new CancellationTokenSource())
        {
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, Resident());
                    await Task.Delay(100);
                }
            });
            var watch = Stopwatch.StartNew();
            var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => PostAsync("/api/v1/pull", padded)));
            var elapsed = watch.Elapsed;
            await sampling.CancelAsync();
            await sampler;
            await Task.Delay(TimeSpan.FromSeconds(3));
            var after = Resident();
            var statuses = string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}"));
            foreach (var failed in answers.Where(a => a.Status is not (200 or 422 or 503)).Take(2))
            {
                Console.WriteLine("      " + (failed.Body.Length > 200 ? failed.Body[..200] : failed.Body));
            }

            // A client still sending when the server answers early (503 before its body is read, or the time limit's 503)
            // may see its connection cut instead of the answer: counted as status 0, and not a failure; no 500 is.
            Report(answers.All(a => a.Status is 0 or 200 or 422 or 503) && after <= baseline + 512, FormattableString.Invariant(
                $"40 pulls of {padded.Length / 1_000_000} MB at once: {statuses} in {elapsed.TotalSeconds:0.0} s, resident {baseline} → peak {peak} → {after} MB 3 s after"));
        }

        if (only == "burst")
        {
            return failures;
        }

        // The largest PDF a checked file makes (just under 5,000 lines, some 235,000 characters), and the probe's 553 KB body.
        var largest = WithBackground(remiss, string.Join("\n\n", Enumerable.Repeat(new string('a', 46) + ".", 4_960)));
        var largestBody = JsonSerializer.Serialize(new Dictionary<string, string> { ["remiss"] = largest });
        var pdfBefore = Resident();
        var one = await PostAsync("/api/v1/render?document=tjansteutlatande&format=pdf", largestBody);
        Report(one.Status == 200 && one.Time <= Bound, FormattableString.Invariant(
            $"largest PDF a checked file makes ({largestBody.Length / 1024} KB body): {one.Status}, {Encoding.UTF8.GetByteCount(one.Body) / 1024} KB in {one.Time.TotalMilliseconds:0} ms, resident {pdfBefore} → {Resident()} MB"));
        var eight = Stopwatch.StartNew();
        var many = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync("/api/v1/render?document=tjansteutlatande&format=pdf", largestBody)));
        Report(many.All(a => a.Status is 200 or 503) && eight.Elapsed <= TimeSpan.FromSeconds(60), FormattableString.Invariant(
            $"eight of them at once: {string.Join(", ", many.GroupBy(a => a.Status).Select(g => $"{g.Count()}× {g.Key}"))}, the last after {eight.Elapsed.TotalSeconds:0.0} s, resident {pdfBefore} → {Resident()} MB"));
        var probe = WithBackground(remiss, string.Join("\n\n", Enumerable.Repeat("Ett stycke text som upprepas.", 18_000)));
        var tooLarge = await PostAsync("/api/v1/render?document=tjansteutlatande&format=pdf", JsonSerializer.Serialize(new Dictionary<string, string> { ["remiss"] = probe }));
        Report(tooLarge.Status == 422 && tooLarge.Body.Contains("\"code\":\"RMS0186\"", StringComparison.Ordinal) && tooLarge.Time <= Bound, FormattableString.Invariant(
            $"the probe's {Encoding.UTF8.GetByteCount(probe) / 1024} KB file as PDF: {tooLarge.Status} RMS0186 in {tooLarge.Time.TotalMilliseconds:0} ms (before: a 17 MB PDF in 15 s)"));

        return failures;
    }

    private static long ResidentMegabytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            }
        }

        return 0;
    }

    private static async Task<byte[]> RenderAsync(HttpClient http, string baseUrl, string remiss, string format)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new Dictionary<string, string> { ["remiss"] = remiss }), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync($"{baseUrl}/api/v1/render?document=yttrande&format={format}", content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string Pull(string remiss, byte[] docx) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["remiss"] = remiss, ["docx"] = Convert.ToBase64String(docx), ["docxName"] = "Yttrande.docx" });

    private static string WithBackground(string remiss, string markdown) =>
        remiss.Replace("  background: |\n", "  background: |\n" + string.Concat(markdown.Split('\n').Select(l => (l.Length == 0 ? string.Empty : "    " + l) + "\n")) + "\n", StringComparison.Ordinal);

    /// <summary>The document with its part <paramref name="name"/> edited or added.</summary>
    private static byte[] WithPart(byte[] docx, string name, Func<string?, byte[]> part, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            string? text = null;
            if (zip.GetEntry(name) is { } entry)
            {
                using (var reader = new StreamReader(entry.Open()))
                {
                    text = reader.ReadToEnd();
                }

                entry.Delete();
            }

            using var written = zip.CreateEntry(name, level).Open();
            written.Write(part(text));
        }

        return stream.ToArray();
    }

    private static byte[] WithSummaryParagraphs(byte[] docx, int count) => WithPart(docx, "word/document.xml", xml =>
    {
        // After the block control's last paragraph (its first paragraph's runs sit in an inline control of their own).
        var end = xml!.IndexOf("</w:p></w:sdtContent>", xml.IndexOf("remiss:response.summary", StringComparison.Ordinal), StringComparison.Ordinal) + "</w:p>".Length;
        return Encoding.UTF8.GetBytes(xml.Insert(end, string.Concat(Enumerable.Repeat("<w:p><w:r><w:t>Ny rad.</w:t></w:r></w:p>", count))));
    });

    /// <summary>The document with an unused part of random bytes, stored: a body as large as a pasted film.</summary>
    private static byte[] Padded(byte[] docx, int bytes) => WithPart(docx, "word/media/film.bin", _ =>
    {
        var random = new byte[bytes];
        new Random(26).NextBytes(random);
        return random;
    }, CompressionLevel.NoCompression);
}
