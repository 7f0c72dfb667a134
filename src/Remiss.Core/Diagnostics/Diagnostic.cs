namespace Remiss.Core;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the file is still used.</summary>
    Warning,

    /// <summary>The file cannot be used until this is fixed.</summary>
    Error,
}

/// <summary>A place in a source file: 1-based lines and columns; the end is exclusive.</summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The start of a file.</summary>
    public static SourceSpan Start => new(1, 1, 1, 1);

    /// <summary>A span of zero width at a point.</summary>
    public static SourceSpan At(int line, int column) => new(line, column, line, column);
}

/// <summary>
/// One finding about a file: a stable code (<c>RMS0001</c>…), a severity, a Swedish message that says
/// what to do, and where.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, string FilePath, SourceSpan Span)
{
    /// <summary>True for errors.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The 1-based line.</summary>
    public int Line => Span.Line;

    /// <summary>The 1-based column.</summary>
    public int Column => Span.Column;

    /// <summary>
    /// The MSBuild canonical form that editors and CI pick up:
    /// <c>file(line,col): error RMS0001: message</c>.
    /// </summary>
    public override string ToString() =>
        $"{FilePath}({Span.Line},{Span.Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}
