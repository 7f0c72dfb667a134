namespace Remiss.Core;

// The request pipeline of remiss serve (issue 26): what a client does wrong on the wire is the client's error, and a
// server full of connections says so. RMS0190–RMS0194; docs/hardening.md ("Round three: the request pipeline").
public static partial class DiagnosticDescriptors
{
    /// <summary>The request's body could not be read as HTTP: a malformed chunked body, a body that ends before its length (RMS0190, 400).</summary>
    public const string UnreadableBodyCode = "RMS0190";

    /// <summary>The request's body arrived more slowly than the server accepts (RMS0191, 408).</summary>
    public const string SlowBodyCode = "RMS0191";

    /// <summary>The server holds as many connections as it serves at once, every one with a request in progress (RMS0192, 503).</summary>
    public const string ConnectionsFullCode = "RMS0192";

    /// <summary>Every code of the pipeline range, for the documentation test.</summary>
    public static IReadOnlyList<string> PipelineCodes { get; } = [UnreadableBodyCode, SlowBodyCode, ConnectionsFullCode];
}
