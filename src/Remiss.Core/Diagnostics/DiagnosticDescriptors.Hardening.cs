namespace Remiss.Core;

// Hardening (issue 21): the limits at the toolkit's edges — dates, list lengths, time — and the server's refusals
// of what is not HTTP it can answer. RMS0170–RMS0179; docs/hardening.md says why each limit is where it is.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor DateOutOfRange = new("RMS0170", DiagnosticSeverity.Error, "Date outside the supported range",
        "'{0}' är {1}, utanför de datum Remiss hanterar ({2}–{3}). Kontrollera årtalet.");
    public static readonly DiagnosticDescriptor TooManyItems = new("RMS0171", DiagnosticSeverity.Error, "List longer than any real one",
        "'{0}' har {1} poster, men Remiss tar emot högst {2} ({3}). Korta listan; stämmer den, dela upp filen.");
#pragma warning restore CS1591

    /// <summary>A list in a file or a request is longer than the toolkit does work for (RMS0171).</summary>
    public static string TooManyCode => TooManyItems.Code;

    /// <summary>A request took longer than the server's time limit (RMS0172).</summary>
    public const string RequestTimeoutCode = "RMS0172";

    /// <summary>The HTTP server refused a request it could not read: a malformed request line or headers, a URL or headers too long (RMS0173).</summary>
    public const string MalformedRequestCode = "RMS0173";

    /// <summary>A host name other than the machine's own on a loopback server (RMS0174).</summary>
    public const string HostRefusedCode = "RMS0174";

    /// <summary><c>--listen</c> names an address the server cannot or should not listen on (RMS0175).</summary>
    public const string ListenAddressCode = "RMS0175";

    /// <summary><c>--api-key-file</c> cannot be read or holds no key (RMS0176).</summary>
    public const string ApiKeyFileCode = "RMS0176";

    /// <summary>Every code of the hardening range, for the documentation test.</summary>
    public static IReadOnlyList<string> HardeningCodes { get; } =
        [DateOutOfRange.Code, TooManyCode, RequestTimeoutCode, MalformedRequestCode, HostRefusedCode, ListenAddressCode, ApiKeyFileCode];
}
