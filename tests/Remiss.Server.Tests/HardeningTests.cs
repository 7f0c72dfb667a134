using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Remiss.Core;
using Remiss.Server.Folder;
using Remiss.Server.Hosting;
using Remiss.Templates;

namespace Remiss.Server.Tests;

/// <summary>Issue 21's reproductions and the edges around them: links in the folder, dates, list caps, time, HTTP errors, addresses, keys, temporary folders.</summary>
public sealed class HardeningTests
{
    [Fact]
    public async Task A_folder_with_a_link_loop_is_served_and_lists_its_remiss_once()
    {
        await using var host = await TestHost.StartAsync();
        Directory.CreateSymbolicLink(host.Folder.File("a"), ".");
        Directory.CreateSymbolicLink(host.Folder.File("b"), ".");
        host.Rescan();

        var listing = await Json.ReadAsync(await host.Client.GetAsync("/ui/remisser"));

        Assert.Equal(["sou-2024-72.remiss.yaml"], listing.GetProperty("remisser").EnumerateArray().Select(r => r.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task A_link_out_of_the_folder_is_neither_listed_nor_shown()
    {
        using var outside = new TempFolder();
        outside.Write("hemlig.remiss.yaml", Examples.ExampleText.Replace("SOU 2024:72", "SOU 2099:1", StringComparison.Ordinal));
        await using var host = await TestHost.StartAsync();
        Directory.CreateSymbolicLink(host.Folder.File("ut"), outside.Path);
        File.CreateSymbolicLink(host.Folder.File("hemlig.remiss.yaml"), outside.File("hemlig.remiss.yaml"));
        host.Rescan();

        var listing = await (await host.Client.GetAsync("/ui/remisser")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("hemlig", listing, StringComparison.Ordinal);
        Assert.DoesNotContain("2099", listing, StringComparison.Ordinal);
        await Json.AssertProblemAsync(await host.Client.GetAsync("/ui/remisser/hemlig"), 404, "RMS0127");
        await Json.AssertProblemAsync(await host.Client.GetAsync("/ui/remisser/ut-hemlig"), 404, "RMS0127");
    }

    [Fact]
    public async Task A_scan_that_finishes_after_a_newer_one_does_not_replace_its_index()
    {
        await using var host = await TestHost.StartAsync();
        var folder = (RemissFolder)host.Services.GetService(typeof(RemissFolder))!;
        var older = folder.BeginScan();
        var newer = folder.BeginScan();

        Assert.True(folder.Show(newer, ["ny.remiss.yaml"]));
        Assert.False(folder.Show(older, ["gammal-1.remiss.yaml", "gammal-2.remiss.yaml"]));

        Assert.Equal(["ny.remiss.yaml"], folder.Entries.Select(e => e.RelativePath));
        Assert.Null(folder.Find("gammal-1"));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2200-01-01")]
    [InlineData("1899-12-31")]
    public async Task A_plan_from_a_day_outside_the_range_is_a_located_400_not_a_500(string today)
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync($"/api/v1/plan?today={today}", Json.Body(new { remiss = Examples.ByIds, organisation = Examples.OrganisationText }));

        var problem = await Json.AssertProblemAsync(response, 400, "RMS0170");
        Assert.Equal($"'today' är {today}, utanför de datum Remiss hanterar (1900-01-01–2199-12-31). Kontrollera årtalet.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_plan_from_the_last_supported_day_is_answered()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client.PostAsync("/api/v1/plan?today=2199-12-31", Json.Body(new { remiss = Examples.ByIds, organisation = Examples.OrganisationText }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var forward = (await Json.ReadAsync(response)).GetProperty("forward");
        Assert.Equal("calendarDoesNotReach", forward.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_date_in_the_remiss_text_outside_the_range_is_a_diagnostic_at_its_line()
    {
        await using var host = await TestHost.StartAsync();
        var text = Examples.ExampleWith(Examples.DeadlineLine, "  deadline: 9999-12-31");

        var check = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/check", Json.Remiss(text)));

        var diagnostic = check.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "RMS0170");
        Assert.Equal("'remiss.deadline' är 9999-12-31, utanför de datum Remiss hanterar (1900-01-01–2199-12-31). Kontrollera årtalet.", diagnostic.GetProperty("message").GetString());
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains("9999-12-31", StringComparison.Ordinal)) + 1, diagnostic.GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Wording_with_the_probes_80000_path_entries_is_refused_before_any_work()
    {
        await using var host = await TestHost.StartAsync();
        var path = Enumerable.Range(0, 80_000).Select(i => "O" + i).ToArray(); // 789 KB, as in the probe: under the body cap

        var response = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path, clauses = new[] { new { id = "submit-response" } } }));

        var problem = await Json.AssertProblemAsync(response, 400, "RMS0171");
        Assert.Equal("'path' har 80000 poster, men Remiss tar emot högst 12 (en beslutsväg har sällan fler än fem organ). Korta listan; stämmer den, dela upp filen.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Wording_takes_a_path_and_clauses_up_to_their_caps()
    {
        await using var host = await TestHost.StartAsync();
        var path = Enumerable.Range(1, ListLimits.PathBodies).Select(i => "Organ " + i).ToArray();
        var clauses = Enumerable.Range(1, ListLimits.Clauses).Select(i => new { text = "sats " + i }).ToArray();

        var full = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path, clauses }));
        var tooMany = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path, clauses = clauses.Append(new { text = "en till" }).ToArray() }));
        var longPath = await host.Client.PostAsync("/api/v1/wording", Json.Body(new { path = path.Append("Organ 13").ToArray(), clauses }));

        var answer = await Json.ReadAsync(full);
        Assert.Equal("Organ 1 föreslår att Organ 2 beslutar föreslå " + string.Join(" föreslå ", path.Skip(2)) + " besluta", answer.GetProperty("intro").GetString());
        Assert.Equal(ListLimits.Clauses, answer.GetProperty("clauses").GetArrayLength());
        Assert.StartsWith("'clauses' har 51 poster, men Remiss tar emot högst 50", (await Json.AssertProblemAsync(tooMany, 400, "RMS0171")).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("'path' har 13 poster", (await Json.AssertProblemAsync(longPath, 400, "RMS0171")).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_text_with_more_bodies_than_any_region_is_a_located_diagnostic()
    {
        await using var host = await TestHost.StartAsync();
        var organisation = "format: organisation/1\nname: Region Västernorrland\nbodies:\n" + string.Concat(Enumerable.Range(0, ListLimits.Bodies + 1).Select(i => $"  - {{ id: o{i}, name: Organ {i} }}\n"));

        var check = await Json.ReadAsync(await host.Client.PostAsync("/api/v1/check", Json.Body(new { remiss = Examples.ExampleText, organisation })));

        var diagnostic = check.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "RMS0171");
        Assert.Equal("organisation", diagnostic.GetProperty("file").GetString());
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal("'bodies' har 301 poster, men Remiss tar emot högst 300 (en region har några tiotal organ). Korta listan; stämmer den, dela upp filen.", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_openapi_document_states_the_caps()
    {
        await using var host = await TestHost.StartAsync();

        var document = await Json.ReadAsync(await host.Client.GetAsync("/openapi/v1.json"));

        var request = document.GetProperty("components").GetProperty("schemas").GetProperty("WordingRequest").GetProperty("properties");
        Assert.Equal(ListLimits.PathBodies, request.GetProperty("path").GetProperty("maxItems").GetInt32());
        Assert.Equal(ListLimits.Clauses, request.GetProperty("clauses").GetProperty("maxItems").GetInt32());
        var wording = document.GetProperty("paths").GetProperty("/api/v1/wording").GetProperty("post");
        Assert.Contains("Caps (RMS0171): path at most 12 bodies, clauses at most 50", wording.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(wording.GetProperty("responses").TryGetProperty("503", out _));
    }

    [Fact]
    public async Task A_request_over_the_time_limit_is_a_503_problem()
    {
        await using var host = await TestHost.StartAsync(o => o with { RequestTimeLimit = TimeSpan.FromMilliseconds(300) });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/check") { Content = new StreamContent(new NeverEndingBody()) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await host.Client.SendAsync(request);

        var problem = await Json.AssertProblemAsync(response, 503, "RMS0172");
        Assert.StartsWith("Begäran tog längre tid än gränsen 300 millisekunder och avbröts.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrels_own_400_414_and_431_and_the_host_check_answer_problem_json()
    {
        using var folder = new TempFolder();
        await using var app = RemissServer.Build(new ServerOptions { Folder = folder.Path, Port = 0 });
        await app.StartAsync();
        var port = new Uri(RemissServer.Addresses(app)[0]).Port;

        var malformed = await RawAsync(port, "GARBAGE\r\n\r\n");
        var longUrl = await RawAsync(port, $"GET /{new string('a', RemissServer.MaxRequestLineBytes)} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var bigHeaders = await RawAsync(port, $"GET / HTTP/1.1\r\nHost: localhost\r\nX-Stor: {new string('b', RemissServer.MaxRequestHeadersBytes)}\r\n\r\n");
        var rebinding = await RawAsync(port, "GET /ui/remisser HTTP/1.1\r\nHost: angripare.example\r\nConnection: close\r\n\r\n");
        var normal = await RawAsync(port, "GET /ui/remisser HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        AssertProblem(malformed, 400, "RMS0173", "Begäran är inte giltig HTTP");
        AssertProblem(longUrl, 414, "RMS0173", "Adressen är för lång (högst 8192 byte för begärandraden).");
        AssertProblem(bigHeaders, 431, "RMS0173", "Begärans huvuden är för stora (högst 16384 byte).");
        AssertProblem(rebinding, 400, "RMS0174", "Servern lyssnar bara på den här datorn och svarar inte på adressen 'angripare.example'.");
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", normal, StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", "RMS0175: --listen ::ffff:127.0.0.1 är en IPv4-adress skriven som IPv6; skriv den som IPv4: --listen 127.0.0.1.")]
    [InlineData("[::ffff:0.0.0.0]", "RMS0175: --listen [::ffff:0.0.0.0] är en IPv4-adress skriven som IPv6; skriv den som IPv4: --listen 0.0.0.0.")]
    [InlineData("127.1", "RMS0175: --listen 127.1 är en förkortad eller ovanlig form av 127.0.0.1; skriv adressen med fyra tal: --listen 127.0.0.1.")]
    [InlineData("2130706433", "RMS0175: --listen 2130706433 är en förkortad eller ovanlig form av 127.0.0.1; skriv adressen med fyra tal: --listen 127.0.0.1.")]
    [InlineData("224.0.0.1", "RMS0175: --listen 224.0.0.1 är en gruppadress (multicast), som ingen server lyssnar på.")]
    [InlineData("ff02::1", "RMS0175: --listen ff02::1 är en gruppadress (multicast), som ingen server lyssnar på.")]
    [InlineData("255.255.255.255", "RMS0175: --listen 255.255.255.255 är sändningsadressen (broadcast), som ingen server lyssnar på.")]
    [InlineData("server.example", "--listen: 'server.example' är ingen IP-adress.")]
    public void Mapped_and_odd_listen_addresses_get_a_usage_message(string text, string start)
    {
        var (address, problem) = ListenAddress.Parse(text);

        Assert.Null(address);
        Assert.StartsWith(start, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1")]
    [InlineData("localhost", "127.0.0.1")]
    [InlineData("::1", "::1")]
    [InlineData("[::1]", "::1")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("::", "::")]
    [InlineData("10.1.2.3", "10.1.2.3")]
    public void Ordinary_listen_addresses_are_taken(string text, string expected)
    {
        var (address, problem) = ListenAddress.Parse(text);

        Assert.Null(problem);
        Assert.Equal(IPAddress.Parse(expected), address);
    }

    [Fact]
    public void A_mapped_loopback_set_in_code_is_refused_too()
    {
        var refusal = new ServerOptions { Folder = AppContext.BaseDirectory, Listen = IPAddress.Parse("::ffff:127.0.0.1") }.Refusal();

        Assert.StartsWith("RMS0175: --listen ::ffff:127.0.0.1 är en IPv4-adress skriven som IPv6", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_file_gives_its_first_line_and_says_what_is_wrong_with_a_bad_one()
    {
        using var folder = new TempFolder();
        var good = folder.Write("nyckel", "  0123456789abcdef0123456789abcdef \n");
        var empty = folder.Write("tom", "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(good, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Assert.Equal(("0123456789abcdef0123456789abcdef", null, null), ServerOptions.ReadApiKeyFile(good));
        Assert.StartsWith("RMS0176: --api-key-file: ", ServerOptions.ReadApiKeyFile(empty).Problem, StringComparison.Ordinal);
        Assert.Contains("är tom", ServerOptions.ReadApiKeyFile(empty).Problem, StringComparison.Ordinal);
        Assert.Contains("hittar inte filen", ServerOptions.ReadApiKeyFile(folder.File("saknas")).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_others_can_read_is_used_with_a_warning()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes
        }

        using var folder = new TempFolder();
        var open = folder.Write("nyckel", "0123456789abcdef0123456789abcdef");
        File.SetUnixFileMode(open, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);

        var (key, _, warning) = ServerOptions.ReadApiKeyFile(open);

        Assert.Equal("0123456789abcdef0123456789abcdef", key);
        Assert.Equal($"nyckelfilen '{open}' kan läsas av alla på datorn; begränsa den med 'chmod 600 {open}'.", warning);
    }

    [Fact]
    public void Only_our_temporary_folders_of_processes_that_are_gone_are_removed()
    {
        using var temp = new TempFolder();
        const int gone = 99_999_999; // above any system's largest process id
        var guid = Guid.NewGuid().ToString("N");
        var orphans = new[] { $"remiss-lo-{gone}-{guid}", $"remiss-serve-pdf-{gone}-{guid}", $"remiss-pdf-{gone}-{guid}", $"remiss-missiv-{gone}-{guid}" };
        var kept = new[]
        {
            $"remiss-lo-{Environment.ProcessId}-{guid}", // this process: still working
            $"remiss-serve-pdf-{guid}", // no process id: cannot prove whose
            $"remiss-lo-{gone}-{guid}x", // not exactly our form
            $"annan-lo-{gone}-{guid}",
        };
        foreach (var name in orphans.Concat(kept))
        {
            temp.Write(name + "/profil/fil", "x");
        }

        Directory.CreateSymbolicLink(temp.File($"remiss-pdf-{gone}-{Guid.NewGuid():N}"), temp.File(kept[0]));

        var removed = TempFolders.RemoveOrphans(temp.Path);

        Assert.Equal(orphans.Length, removed);
        Assert.All(orphans, o => Assert.False(Directory.Exists(temp.File(o))));
        Assert.All(kept, k => Assert.True(File.Exists(temp.File(k + "/profil/fil"))));
    }

    [Fact]
    public void The_command_refuses_a_mapped_address_and_a_bad_key_file_with_exit_two()
    {
        using var folder = new TempFolder();
        var key = folder.Write("nyckel", "0123456789abcdef0123456789abcdef\n");

        var mapped = RemissProcess.Run(null, "serve", folder.Path, "--listen", "::ffff:127.0.0.1", "--port", "0");
        var missing = RemissProcess.Run(null, "serve", folder.Path, "--api-key-file", folder.File("saknas"), "--port", "0");
        var both = RemissProcess.Run(null, "serve", folder.Path, "--api-key", "0123456789abcdef0123456789abcdef", "--api-key-file", key, "--port", "0");

        Assert.Equal(2, mapped.ExitCode);
        Assert.StartsWith("remiss: RMS0175: --listen ::ffff:127.0.0.1 är en IPv4-adress skriven som IPv6; skriv den som IPv4: --listen 127.0.0.1.", mapped.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith($"remiss: RMS0176: --api-key-file: hittar inte filen '{folder.File("saknas")}'.", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, both.ExitCode);
        Assert.StartsWith("remiss: RMS0176: ange nyckeln med --api-key eller --api-key-file, inte båda.", both.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_hardening_code_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "diagnostics.md"));

        Assert.Equal(["RMS0170", "RMS0171", "RMS0172", "RMS0173", "RMS0174", "RMS0175", "RMS0176"], DiagnosticDescriptors.HardeningCodes);
        Assert.All(DiagnosticDescriptors.HardeningCodes, code => Assert.Contains("\n## " + code + "\n", docs, StringComparison.Ordinal));
    }

    private static void AssertProblem(string response, int status, string code, string detailStart)
    {
        var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, response);
        var head = response[..split];
        Assert.StartsWith($"HTTP/1.1 {status} ", head, StringComparison.Ordinal);
        Assert.Contains("\r\nContent-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        var text = response[(split + 4)..];
        if (head.Contains("\r\nTransfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            text = Unchunk(text);
        }

        using var body = System.Text.Json.JsonDocument.Parse(Encoding.Latin1.GetBytes(text));
        Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
        Assert.Equal(status, body.RootElement.GetProperty("status").GetInt32());
        Assert.StartsWith(detailStart, body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string Unchunk(string chunked)
    {
        var whole = new StringBuilder();
        var at = 0;
        while (true)
        {
            var end = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..end], 16);
            if (size == 0)
            {
                return whole.ToString();
            }

            whole.Append(chunked, end + 2, size);
            at = end + 2 + size + 2;
        }
    }

    /// <summary>Sends raw bytes (what no HTTP client library would send) and reads until the server closes or the answer is whole.</summary>
    private static async Task<string> RawAsync(int port, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var received = new MemoryStream();
        var buffer = new byte[8192];
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // The server reset the connection after its answer.
        }

        return Encoding.Latin1.GetString(received.ToArray()); // a char per byte: chunk sizes count bytes
    }

    /// <summary>A request body that never finishes, like a client that stalls mid-upload.</summary>
    private sealed class NeverEndingBody : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (buffer.Length > 0 && !_started)
            {
                _started = true;
                buffer.Span[0] = (byte)'{';
                return 1;
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private bool _started;
    }
}
