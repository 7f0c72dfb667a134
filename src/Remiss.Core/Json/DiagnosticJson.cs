#if NET
namespace Remiss.Core.Json;

/// <summary>One diagnostic, as <c>remiss check</c> prints it: the shape of the API's and the page's diagnostics.</summary>
/// <param name="Code">The stable code, e.g. <c>RMS0013</c>.</param>
/// <param name="Severity"><c>error</c> or <c>warning</c>.</param>
/// <param name="Message">What is wrong and what to do, in Swedish.</param>
/// <param name="File">Which text it is in: <c>remiss</c> or <c>organisation</c> for the API; the file's path in the folder for the page.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="EndLine">1-based line where the span ends.</param>
/// <param name="EndColumn">1-based column where the span ends (exclusive).</param>
public sealed record DiagnosticJson(string Code, string Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The JSON of a diagnostic.</summary>
    public static DiagnosticJson From(Diagnostic d) =>
        new(d.Code, d.IsError ? "error" : "warning", d.Message, d.FilePath, d.Span.Line, d.Span.Column, d.Span.EndLine, d.Span.EndColumn);
}
#endif
