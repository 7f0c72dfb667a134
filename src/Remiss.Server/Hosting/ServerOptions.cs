using System.Net;
using Remiss.Core;

namespace Remiss.Server.Hosting;

/// <summary>What <c>remiss serve</c> was asked for.</summary>
public sealed record ServerOptions
{
    /// <summary>The port when none is given.</summary>
    public const int DefaultPort = 5080;

    /// <summary>The environment variable that may hold the API key (a command line is visible to other users of the machine).</summary>
    public const string ApiKeyVariable = "REMISS_API_KEY";

    /// <summary>The shortest API key accepted: anything shorter can be guessed over a network.</summary>
    public const int MinimumApiKeyLength = 16;

    /// <summary>The folder whose remiss files the page shows (searched recursively).</summary>
    public required string Folder { get; init; }

    /// <summary>The address to listen on; loopback unless an API key is given.</summary>
    public IPAddress Listen { get; init; } = IPAddress.Loopback;

    /// <summary>The port; 0 picks a free one (printed when the server starts).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>When set, every request needs <c>Authorization: Bearer {key}</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// <c>--read-only</c>: the page and the API read as before, and every write of the desk (PATCH and POST under
    /// <c>/api/v1/files</c>) is refused with 403 (RMS0255).
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// Connections open at once; more wait in the system's queue until one closes. Null: 100 on loopback (one
    /// officer's browser and scripts) and 1,000 on a network address (a region's systems, or a load balancer).
    /// </summary>
    public int? MaxConnections { get; init; }

    /// <summary>The connection limit in force: <see cref="MaxConnections"/> or its default for <see cref="Listen"/>.</summary>
    public int ConnectionLimit => MaxConnections ?? (IPAddress.IsLoopback(Listen) ? 100 : 1000);

    /// <summary>How long a request may take before it is answered 503 (RMS0172); the page's live-update stream has none.</summary>
    public TimeSpan RequestTimeLimit { get; init; } = Api.ApiLimits.RequestTime;

    /// <summary>PDFs the native engine writes at once (each takes a thread for milliseconds): twice the processors by default.</summary>
    public int PdfConcurrency { get; init; } = Environment.ProcessorCount * 2;

    /// <summary>Native PDF requests that may wait for a free slot; more are answered 503 with Retry-After.</summary>
    public int PdfQueueLimit { get; init; } = 1024;

    /// <summary>
    /// PDF requests that may wait for LibreOffice (<c>pdf_engine: libreoffice</c>), which converts one document at a
    /// time, since each conversion is a LibreOffice process; more are answered 503 with Retry-After.
    /// </summary>
    public int LibreOfficeQueueLimit { get; init; } = 8;

    /// <summary>Today's date, for the deadlines on the page.</summary>
    public Func<CalendarDate> Today { get; init; } = () => CalendarDate.FromDateTime(DateTime.Now);

    /// <summary>How long the folder must be quiet after a change before the page is told (editors save in several steps).</summary>
    public TimeSpan ChangeDebounce { get; init; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Where the server's warnings and errors are written, one line each (<c>remiss serve</c>: standard error).</summary>
    public TextWriter Log { get; init; } = Console.Error;

    /// <summary>
    /// Keeps an unexpected exception's details (stack trace included) and returns where, for the log line to name;
    /// null (the default) keeps none, and the line has the exception's type and message only.
    /// </summary>
    public Func<Exception, string?>? SaveErrorDetails { get; init; }

    /// <summary>Makes a PDF inside its slot (by default: renders it); tests wrap it to hold slots and count them.</summary>
    internal Func<Func<byte[]>, byte[]> MakePdf { get; init; } = render => render();

    /// <summary>
    /// The key in <paramref name="path"/> (<c>--api-key-file</c>, as a service unit or a secret mount gives it): its
    /// first line, trimmed; or the Swedish reason it cannot be used (RMS0176). A file others may read is used, with a
    /// warning, since the key is then no secret on this machine.
    /// </summary>
    public static (string? Key, string? Problem, string? Warning) ReadApiKeyFile(string path)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, $"{Remiss.Core.DiagnosticDescriptors.ApiKeyFileCode}: --api-key-file: hittar inte filen '{path}'. Ange filen som innehåller nyckeln (t.ex. skapad med 'openssl rand -hex 32 > {path}').", null);
            }

            if (info.Length > 4096)
            {
                return (null, $"{Remiss.Core.DiagnosticDescriptors.ApiKeyFileCode}: --api-key-file: '{path}' är {info.Length} byte, för stor för en nyckel. Filen ska bara innehålla nyckeln.", null);
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{Remiss.Core.DiagnosticDescriptors.ApiKeyFileCode}: --api-key-file: kan inte läsa '{path}' ({e.Message}). Kontrollera att filen finns och att den som kör remiss får läsa den.", null);
        }

        var key = text.Split('\n', 2)[0].Trim();
        if (key.Length == 0)
        {
            return (null, $"{Remiss.Core.DiagnosticDescriptors.ApiKeyFileCode}: --api-key-file: '{path}' är tom. Skriv nyckeln på första raden, t.ex. med 'openssl rand -hex 32 > {path}'.", null);
        }

        var warning = !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & (UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0
            ? $"nyckelfilen '{path}' kan läsas av alla på datorn; begränsa den med 'chmod 600 {path}'."
            : null;
        return (key, null, warning);
    }

    /// <summary>
    /// Why these options must not start a server, in Swedish, or null when they may: a non-loopback address
    /// without an API key would hand every remiss in the folder (and the API) to the whole network.
    /// </summary>
    public string? Refusal()
    {
        if (!Directory.Exists(Folder))
        {
            return $"Hittar inte mappen '{Folder}'. Ange en mapp med remissfiler (*.remiss.yaml).";
        }

        if (Port is < 0 or > 65535)
        {
            return $"--port {Port} är ingen giltig port. Ange ett tal mellan 1 och 65535 (0 väljer en ledig port).";
        }

        if (ApiKey is { } key && key.Trim().Length < MinimumApiKeyLength)
        {
            return $"API-nyckeln är för kort ({key.Trim().Length} tecken). Använd minst {MinimumApiKeyLength} slumpmässiga tecken, t.ex. från 'openssl rand -hex 32'.";
        }

        if (Listen.IsIPv4MappedToIPv6)
        {
            // IsLoopback says yes to ::ffff:127.0.0.1, and the socket then fails: say it plainly instead.
            return ListenAddress.Parse(Listen.ToString()).Problem;
        }

        if (!IPAddress.IsLoopback(Listen) && ApiKey is null)
        {
            return $"{Api.ServerProblems.NotLoopbackWithoutKey}: --listen {Listen} gör sidan och API:t nåbara från nätverket, och då krävs en API-nyckel. " +
                $"Starta med --api-key NYCKEL (eller miljövariabeln {ApiKeyVariable}), så måste varje anrop ha 'Authorization: Bearer NYCKEL'; " +
                "eller utelämna --listen för att bara lyssna på den här datorn (127.0.0.1).";
        }

        return null;
    }
}
