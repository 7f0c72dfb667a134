using System.Globalization;

namespace Remiss.Core;

/// <summary>A kind of diagnostic: its stable code, severity, an English title and a Swedish message format.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>A diagnostic of this kind at a place, with the message format filled in.</summary>
    public Diagnostic Create(string filePath, SourceSpan span, params object?[] args) =>
        new(Code, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, args), filePath, span);
}
