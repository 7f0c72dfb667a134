namespace Remiss.Core;

/// <summary>
/// What is wrong with a clause reference (<see cref="ClauseRegistry.Check"/>): the diagnostic's kind and its message
/// arguments. The validator places it at the clause in the YAML; <c>remiss wording</c> and <c>/api/v1/wording</c>
/// print the same code and words.
/// </summary>
public sealed class ClauseProblem
{
    private readonly object?[] _arguments;

    internal ClauseProblem(DiagnosticDescriptor descriptor, params object?[] arguments)
    {
        Descriptor = descriptor;
        _arguments = arguments;
    }

    /// <summary>The kind: RMS0041 (unknown id), RMS0042 (arguments), RMS0081 (no statement form), RMS0082 (only a statement form).</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The message's arguments, for reporters that place the descriptor themselves.</summary>
    internal object?[] Arguments => _arguments;

    /// <summary>The code, e.g. <c>RMS0042</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The Swedish message, saying what to do.</summary>
    public string Message => ToDiagnostic(string.Empty, SourceSpan.Start).Message;

    /// <summary>The problem as a diagnostic at a place.</summary>
    public Diagnostic ToDiagnostic(string filePath, SourceSpan span) => Descriptor.Create(filePath, span, _arguments);
}
