namespace Remiss.Core;

// The server's own answers (remiss serve, RMS0120–RMS0129): problem+json for a request it cannot take, and the two
// reasons it does not start. Codes only, like the pipeline's: the server writes each problem's Swedish detail where it
// knows the request (Remiss.Server's ServerProblems).
public static partial class DiagnosticDescriptors
{
    /// <summary>The request's JSON cannot be read, or a field is missing or of the wrong kind (400, 405, 415).</summary>
    public const string InvalidRequestCode = "RMS0120";

    /// <summary>The request's body is larger than the server takes (413).</summary>
    public const string RequestTooLargeCode = "RMS0121";

    /// <summary>A parameter has a value the server does not know, or asks for what the files do not have.</summary>
    public const string InvalidParameterCode = "RMS0122";

    /// <summary>The API key is missing or wrong (401).</summary>
    public const string UnauthorizedCode = "RMS0123";

    /// <summary>Every PDF (or pull) place is taken and the queue is full (503).</summary>
    public const string PdfBusyCode = "RMS0124";

    /// <summary>The PDF could not be made (500).</summary>
    public const string PdfFailedCode = "RMS0125";

    /// <summary>The document could not be rendered (422).</summary>
    public const string RenderFailedCode = "RMS0126";

    /// <summary>No such address or remiss (404).</summary>
    public const string NotFoundCode = "RMS0127";

    /// <summary>A listen address that is not the machine's own without an API key: the server does not start.</summary>
    public const string NotLoopbackWithoutKeyCode = "RMS0128";

    /// <summary>The server cannot listen on the address or port: it does not start.</summary>
    public const string CannotListenCode = "RMS0129";

    /// <summary>Every code of the server's range, for the documentation test.</summary>
    public static IReadOnlyList<string> ServerCodes { get; } =
    [
        InvalidRequestCode, RequestTooLargeCode, InvalidParameterCode, UnauthorizedCode, PdfBusyCode, PdfFailedCode, RenderFailedCode,
        NotFoundCode, NotLoopbackWithoutKeyCode, CannotListenCode,
    ];
}
