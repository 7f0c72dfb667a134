namespace Remiss.Server.Tests.Desk;

/// <summary>
/// A folder with the example's organisation file and one remiss file, served by a real <c>remiss serve</c> process:
/// what every desk test starts from. Disposing stops the server, then removes the folder.
/// </summary>
internal sealed class ServedExample : IAsyncDisposable
{
    private ServedExample(TempFolder folder, ServeProcess server) => (Folder, Server) = (folder, server);

    public TempFolder Folder { get; }

    public ServeProcess Server { get; }

    /// <summary>The remiss file's path.</summary>
    public string RemissFile => Folder.File("sou-2024-72.remiss.yaml");

    /// <summary>The page of the list.</summary>
    public string ListUrl => Server.Url;

    /// <summary>The page of the remiss with its form.</summary>
    public string RemissUrl => Server.Url + "#/r/sou-2024-72";

    /// <param name="remiss">The remiss file's text; the example's when null.</param>
    /// <param name="options">More options of <c>remiss serve</c>, e.g. <c>--read-only</c>.</param>
    public static async Task<ServedExample> StartAsync(string? remiss = null, params string[] options)
    {
        var folder = new TempFolder();
        folder.Write("organisation.yaml", Examples.OrganisationText);
        folder.Write("sou-2024-72.remiss.yaml", remiss ?? Examples.ExampleText);
        try
        {
            return new ServedExample(folder, await ServeProcess.StartAsync(folder.Path, options: options));
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }
}
