using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Remiss.Core;
using CoreDiagnostic = Remiss.Core.Diagnostic;
using CoreSeverity = Remiss.Core.DiagnosticSeverity;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace Remiss.Generators;

/// <summary>Turns Core's 1-based line/column spans into Roslyn locations and diagnostics.</summary>
internal static class Locations
{
    private const string Category = "Remiss";

    // One Roslyn descriptor per Core descriptor: Core owns the codes, titles, severities and (Swedish) messages.
    private static readonly Dictionary<string, RoslynDescriptor> Descriptors = DiagnosticDescriptors.All
        .ToDictionary(d => d.Code, d => ToRoslyn(d.Code, d.Title, d.Severity), StringComparer.Ordinal);

    /// <summary>Where each line of <paramref name="text"/> starts (line breaks: \n, \r\n or \r, as YAML reads them).</summary>
    public static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    /// <summary>The 0-based line that the character at <paramref name="offset"/> is on.</summary>
    public static int LineIndex(int[] lineStarts, int offset)
    {
        var line = Array.BinarySearch(lineStarts, offset);
        return line >= 0 ? line : ~line - 1;
    }

    /// <summary>A Core diagnostic with its character span in <paramref name="text"/> (null text: the span stays at the start).</summary>
    public static LocatedDiagnostic Locate(CoreDiagnostic diagnostic, string path, string? text, int[]? lineStarts = null)
    {
        var span = diagnostic.Span;
        var start = 0;
        var end = 0;
        if (text is not null)
        {
            lineStarts ??= LineStarts(text);
            start = Offset(lineStarts, text.Length, span.Line, span.Column);
            end = Math.Max(start, Offset(lineStarts, text.Length, span.EndLine, span.EndColumn));
        }

        // Roslyn rejects a line span that ends before it starts (an exception would be CS8785): clamp it.
        var (line, column) = (Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        var (endLine, endColumn) = (Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1));
        if (endLine < line || (endLine == line && endColumn < column))
        {
            (endLine, endColumn) = (line, column);
        }

        return new LocatedDiagnostic(diagnostic.Code, diagnostic.Severity, diagnostic.Message, path, start, end - start, line, column, endLine, endColumn);
    }

    /// <summary>The character offset of a 1-based line and column, clamped to the text.</summary>
    public static int Offset(int[] lineStarts, int textLength, int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        if (line > lineStarts.Length)
        {
            return textLength;
        }

        return Math.Min(textLength, lineStarts[line - 1] + Math.Max(0, column - 1));
    }

    /// <summary>The Roslyn diagnostic, pointing at the YAML file so the build prints <c>file.remiss.yaml(line,col): error RMS…</c>.</summary>
    public static RoslynDiagnostic ToRoslyn(LocatedDiagnostic diagnostic)
    {
        if (!Descriptors.TryGetValue(diagnostic.Code, out var descriptor))
        {
            descriptor = ToRoslyn(diagnostic.Code, diagnostic.Code, diagnostic.Severity);
        }

        var location = diagnostic.Path.Length == 0 ? Location.None : Location.Create(
            diagnostic.Path,
            new TextSpan(diagnostic.Start, diagnostic.Length),
            new LinePositionSpan(new LinePosition(diagnostic.Line, diagnostic.Column), new LinePosition(diagnostic.EndLine, diagnostic.EndColumn)));
        return RoslynDiagnostic.Create(descriptor, location, diagnostic.Message);
    }

    private static RoslynDescriptor ToRoslyn(string code, string title, CoreSeverity severity) => new(
        code,
        title,
        "{0}",
        Category,
        severity == CoreSeverity.Error ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
        isEnabledByDefault: true);
}
