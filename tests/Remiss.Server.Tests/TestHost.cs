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

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        Folder.Dispose();
    }
}

/// <summary>A fresh folder under the temp folder, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "remiss-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes a file (creating folders) and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The bundled example and small variations of it.</summary>
internal static class Examples
{
    public const string DeadlineLine = "  deadline: 2025-03-10            # illustrative";

    public static string ExamplePath => System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml");

    public static string ExampleText => File.ReadAllText(ExamplePath);

    /// <summary>The example with one line replaced; fails the test if the line is not there.</summary>
    public static string ExampleWith(string oldLine, string newLine)
    {
        var text = ExampleText;
        Assert.Contains(oldLine, text);
        return text.Replace(oldLine, newLine);
    }

    public static string OrganisationText => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml"));

    /// <summary>The example relying on the organisation file: no case.organisation, the path by ids.</summary>
    public static string ByIds => ExampleWith("  organisation: Region Västernorrland\n", string.Empty)
        .Replace("    - Hälso- och sjukvårdsutskottet\n    - Hälso- och sjukvårdsnämnden\n", "    - hsu\n    - hsn\n", StringComparison.Ordinal);

    /// <summary>The example with an impossible deadline: RMS0013 at (11,13).</summary>
    public static string Broken => ExampleWith(DeadlineLine, "  deadline: 2025-02-30");
}
