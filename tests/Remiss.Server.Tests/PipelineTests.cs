using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Remiss.Core;
using Remiss.Server.Hosting;

namespace Remiss.Server.Tests;

/// <summary>
/// Issue 26's attacks on the request pipeline, each first as the probe made it, over real sockets: broken and slow
/// bodies and clients that go away (client errors, not crashes), a slowloris (connections), and the host check.
/// </summary>
public sealed class PipelineTests
{
    private const string MalformedChunk = "POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";
    private const string Normal = "GET /ui/remisser HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    private const string HalfHeaders = "GET / HTTP/1.1\r\nHost: localhost\r\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Broken_and_slow_bodies_and_clients_that_go_away_are_answered_as_client_errors_and_never_logged_as_crashes()
    {
        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        var temp = Directory.CreateDirectory(folder.File("tmp")).FullName;
        await using var server = await ServeProcess.StartAsync(folder.File("."), new Dictionary<string, string> { ["TMPDIR"] = temp });
        var port = new Uri(server.Url).Port;

        // Clients that go away half-way through their body: one resets the connection, one closes it.
        foreach (var reset in new[] { true, false })
        {
            using var gone = await RawHttp.ConnectAsync(port);
            await gone.SendAsync(Encoding.ASCII.GetBytes("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"remiss\": \""));
            await Task.Delay(100); // the request reaches the endpoint, which waits for the rest
            gone.LingerState = new LingerOption(reset, 0);
            gone.Close();
        }

        // The probe's malformed chunk, twenty times (the probe's 200 clients filled the crash log).
        var malformed = new List<RawResponse>();
        for (var i = 0; i < 20; i++)
        {
            malformed.Add(Single(await RawHttp.ExchangeAsync(port, MalformedChunk, Patience)));
        }

        // A body of 1,000 bytes at a byte every half second: after the grace period it is too slow.
        var slow = Single(await SlowBodyAsync(port));

        var normal = Single(await RawHttp.ExchangeAsync(port, Normal, Patience));
        var log = await server.StopAsync();

        Assert.All(malformed, answer => AssertProblem(answer, 400, "RMS0190", "Begärans kropp kunde inte läsas som HTTP (en felaktig chunk i Transfer-Encoding: chunked"));
        AssertProblem(slow, 408, "RMS0191", "Begärans kropp kom för långsamt (servern tar emot minst 240 byte per sekund efter de första 5 sekunderna).");
        Assert.Equal(200, normal.Status);
        Assert.DoesNotContain("remiss: fel", log, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp, "remiss")) && Directory.EnumerateFiles(Path.Combine(temp, "remiss")).Any(), "a crash log was written");
    }

    [Fact]
    public async Task A_slowloris_of_200_connections_leaves_normal_requests_served_and_none_is_answered_empty()
    {
        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        await using var server = await ServeProcess.StartAsync(folder.Path);
        var port = new Uri(server.Url).Port;
        var held = new List<Socket>();
        try
        {
            // The probe's attack: sockets that send half a request and nothing more (before: 100 locked everyone out).
            for (var i = 0; i < 200; i++)
            {
                var socket = await RawHttp.ConnectAsync(port);
                await socket.SendAsync(Encoding.ASCII.GetBytes(HalfHeaders));
                held.Add(socket);
            }

            // Normal requests while they are held, four at a time like a page and its scripts.
            const int requests = 40;
            var answers = new List<byte[]>();
            for (var i = 0; i < requests; i += 4)
            {
                answers.AddRange(await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RawHttp.ExchangeAsync(port, Normal, Patience))));
            }

            var served = answers.Count(a => a.AsSpan().StartsWith("HTTP/1.1 200 OK\r\n"u8));
            Assert.True(served >= requests * 95 / 100, $"{served} of {requests} normal requests served");
            Assert.DoesNotContain(answers, a => a.Length == 0);
            Assert.All(answers.Where(a => !a.AsSpan().StartsWith("HTTP/1.1 200 OK\r\n"u8)), a => AssertProblem(Single(a), 503, "RMS0192", "Servern har redan så många anslutningar"));
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Past_the_limits_an_idle_connection_then_the_slowest_body_is_closed_for_a_new_one_and_a_working_request_never_is()
    {
        using var folder = new TempFolder();
        await using var app = RemissServer.Build(new ServerOptions { Folder = folder.Path, Port = 0, MaxConnections = 4, MaxConnectionsPerAddress = 3, Log = TextWriter.Null });
        await app.StartAsync();
        var port = new Uri(RemissServer.Addresses(app)[0]).Port;
        var other = IPAddress.Parse("127.0.0.2");
        var sockets = new List<Socket>();
        try
        {
            // From 127.0.0.1: two working requests (the page's live-update stream) and one waiting for its body; from 127.0.0.2 an idle connection.
            sockets.Add(await WorkingAsync(port));
            sockets.Add(await WorkingAsync(port));
            var slowBody = await InProgressAsync(port, from: null);
            var idle = await RawHttp.ConnectAsync(port, from: other);
            await idle.SendAsync(Encoding.ASCII.GetBytes(HalfHeaders));
            await Task.Delay(500);

            // All four taken: a client from 127.0.0.2 gets in by closing the idle connection.
            var first = Single(await RawHttp.ExchangeAsync(port, Normal.Replace("localhost", "127.0.0.2", StringComparison.Ordinal), Patience, from: other));
            Assert.Equal(200, first.Status);
            Assert.Empty(await ReadToEndAsync(idle)); // closed by the server: it had sent no whole request

            // 127.0.0.1 at its three: the request still waiting for its body is closed for the new one.
            var second = Single(await RawHttp.ExchangeAsync(port, Normal, Patience));
            Assert.Equal(200, second.Status);
            Assert.Empty(await ReadToEndAsync(slowBody));

            // 127.0.0.1 at its three, all working: nothing to close, so 503 with Retry-After, never an empty reply.
            sockets.Add(await WorkingAsync(port));
            var third = Single(await RawHttp.ExchangeAsync(port, Normal, Patience));
            AssertProblem(third, 503, "RMS0192", "Servern har redan så många anslutningar som den tar emot, och alla väntar på svar. Försök igen om en stund.");
            Assert.Equal("1", third.Header("Retry-After"));
            idle.Dispose();
            slowBody.Dispose();
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task A_server_listening_on_127_0_0_2_answers_to_its_own_address_and_refuses_an_empty_host()
    {
        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        await using var server = await ServeProcess.StartAsync(folder.Path, null, "--listen", "127.0.0.2");
        var port = new Uri(server.Url).Port;
        var address = IPAddress.Parse("127.0.0.2");

        Task<RawResponse> Get(string host) =>
            RawHttp.ExchangeAsync(port, $"GET /ui/remisser HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n", Patience, address: address).ContinueWith(t => Single(t.Result), TaskScheduler.Default);

        Assert.StartsWith("http://127.0.0.2:", server.Url, StringComparison.Ordinal);
        Assert.Equal(200, (await Get($"127.0.0.2:{port}")).Status);
        Assert.Equal(200, (await Get($"localhost:{port}")).Status);
        Assert.Equal(200, (await Get($"127.0.0.1:{port}")).Status);
        AssertProblem(await Get(string.Empty), 400, "RMS0174", $"Servern lyssnar bara på den här datorn och fick en begäran utan värdnamn (Host). Använd http://localhost:{port}/ eller http://127.0.0.2:{port}/;");
        AssertProblem(await Get("angripare.example"), 400, "RMS0174", "Servern lyssnar bara på den här datorn och svarar inte på adressen 'angripare.example'.");
        AssertProblem(await Get("127.1"), 400, "RMS0174", "Servern lyssnar bara på den här datorn och svarar inte på adressen '127.1'.");
    }

    [Fact]
    public void Every_pipeline_code_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "diagnostics.md"));

        Assert.Equal(["RMS0190", "RMS0191", "RMS0192"], DiagnosticDescriptors.PipelineCodes);
        Assert.All(DiagnosticDescriptors.PipelineCodes, code => Assert.Contains("\n## " + code + "\n", docs, StringComparison.Ordinal));
    }

    /// <summary>A request that stays in progress without waiting for the client: the page's live-update stream.</summary>
    private static async Task<Socket> WorkingAsync(int port)
    {
        var socket = await RawHttp.ConnectAsync(port);
        await socket.SendAsync(Encoding.ASCII.GetBytes("GET /ui/events HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        await Task.Delay(200); // the request reaches its endpoint
        return socket;
    }

    /// <summary>A POST whose body is not complete, with the server's endpoint reading it (its <c>100 Continue</c> says so).</summary>
    private static async Task<Socket> InProgressAsync(int port, IPAddress? from)
    {
        var socket = await RawHttp.ConnectAsync(port, from: from);
        await socket.SendAsync(Encoding.ASCII.GetBytes("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"));
        var buffer = new byte[64];
        using var wait = new CancellationTokenSource(Patience);
        var read = await socket.ReceiveAsync(buffer, SocketFlags.None, wait.Token);
        Assert.StartsWith("HTTP/1.1 100 Continue", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        return socket;
    }

    private static async Task<byte[]> SlowBodyAsync(int port)
    {
        using var socket = await RawHttp.ConnectAsync(port);
        await socket.SendAsync(Encoding.ASCII.GetBytes("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"));
        using var stop = new CancellationTokenSource();
        var sending = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await socket.SendAsync(" "u8.ToArray(), SocketFlags.None, stop.Token);
                    await Task.Delay(500, stop.Token);
                }
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Answered and closed by the server, or done.
            }
        });
        var answer = await ReadToEndAsync(socket);
        await stop.CancelAsync();
        await sending;
        return answer;
    }

    private static async Task<byte[]> ReadToEndAsync(Socket socket)
    {
        var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        using var wait = new CancellationTokenSource(Patience);
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, wait.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (SocketException)
        {
            // Reset after the answer.
        }

        return received.ToArray();
    }

    private static RawResponse Single(byte[] bytes)
    {
        var answers = RawHttp.Parse(bytes, out var problem);
        Assert.True(answers is not null, problem);
        return Assert.Single(answers);
    }

    private static void AssertProblem(RawResponse answer, int status, string code, string detailStart)
    {
        Assert.Equal(status, answer.Status);
        Assert.StartsWith("application/problem+json", answer.Header("Content-Type"), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(answer.Body);
        Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
        Assert.StartsWith(detailStart, body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
