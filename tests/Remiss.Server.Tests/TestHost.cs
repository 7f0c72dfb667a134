using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Remiss.Core;
using Remiss.Server.Hosting;

namespace Remiss.Server.Tests;

/// <summary>The real app (same builder as <c>remiss serve</c>) on an in-memory TestServer, over a temporary folder.</summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHost(WebApplication app, TempFolder folder)
    {
        _app = app;
        Folder = folder;
        Client = app.GetTestClient();
    }

    public TempFolder Folder { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestHost> StartAsync(Func<ServerOptions, ServerOptions>? configure = null, bool withExample = true)
    {
        var folder = new TempFolder();
        if (withExample)
        {
            folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);
        }

        var options = new ServerOptions { Folder = folder.Path, Port = 0, Today = () => new CalendarDate(2025, 3, 1) };
        options = configure?.Invoke(options) ?? options;
        var app = RemissServer.Build(options, builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestHost(app, folder);
    }

    /// <summary>Finds the folder's files again now, instead of waiting for the watcher.</summary>
    public void Rescan() => ((Folder.RemissFolder)Services.GetService(typeof(Folder.RemissFolder))!).Rescan();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        Folder.Dispose();
    }
}
