using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>
/// The YAML parsing every loader shares (remiss files, organisation files, wording registries): one document under
/// the depth and alias guards, YamlDotNet's errors translated to Swedish at their place, and the diagnostics kept
/// inside the text and in file order.
/// </summary>
internal static class YamlDocumentParser
{
    /// <summary>
    /// The diagnostics with every span about <paramref name="filePath"/> moved inside <paramref name="text"/>:
    /// YamlDotNet places an error or an empty value at the end of the input one line past the last one,
    /// and an editor can only go to a place that exists. Every loader passes its diagnostics through this.
    /// </summary>
    public static List<Diagnostic> InsideText(List<Diagnostic> diagnostics, string text, string filePath)
    {
        var end = SourceText.End(text);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var span = diagnostics[i].Span;
            if (diagnostics[i].FilePath == filePath && (span.Line > end.Line || (span.Line == end.Line && span.Column > end.Column)))
            {
                diagnostics[i] = diagnostics[i] with { Span = SourceSpan.At(end.Line, end.Column) };
            }
        }

        return diagnostics;
    }

    /// <summary>The diagnostics inside the text (<see cref="InsideText"/>), in the order of the file: line, column, code.</summary>
    public static EquatableArray<Diagnostic> InFileOrder(List<Diagnostic> diagnostics, string text, string filePath) =>
        InsideText(diagnostics, text, filePath)
            .OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>Parses one YAML document with the depth and alias guards; null after reporting why not.</summary>
    public static YamlNode? Parse(string text, string filePath, List<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        if (!TryParse(text, filePath, diagnostics, stream.Load))
        {
            return null;
        }

        if (stream.Documents.Count != 1)
        {
            diagnostics.Add(DiagnosticDescriptors.DocumentCount.Create(filePath, SourceSpan.Start,
                stream.Documents.Count == 0 ? "inget YAML-dokument (den är tom)" : $"{stream.Documents.Count} YAML-dokument"));
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (YamlNodeReader.IsNull(root))
        {
            diagnostics.Add(DiagnosticDescriptors.DocumentCount.Create(filePath, SourceSpan.Start, "inget YAML-dokument (den är tom)"));
            return null;
        }

        return root;
    }

    /// <summary>
    /// Runs <paramref name="load"/> over the guarded parser of <paramref name="text"/> and turns every way
    /// YamlDotNet fails into a located diagnostic; false after reporting. Shared by the loaders and the
    /// editor (<see cref="RemissFileEditor"/>), so a file that cannot be read gets the same message everywhere.
    /// </summary>
    public static bool TryParse(string text, string filePath, List<Diagnostic> diagnostics, Action<IParser> load)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new GuardedParser(new Parser(scanner));
        try
        {
            load(parser);
            return true;
        }
        catch (GuardedParser.GuardException ex)
        {
            diagnostics.Add(ex.Descriptor.Create(filePath, SpanOf(ex.At, ex.At), ex.Argument));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(SyntaxDiagnostic(ex, text, filePath));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unterminated flow collections ("a: [b").
            var at = SpanOf(parser.LastEnd, parser.LastEnd);
            diagnostics.Add(DiagnosticDescriptors.YamlSyntax.Create(filePath, at, "en lista [ … ] eller mappning { … } avslutas inte"));
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet rejects some input with an ArgumentException that has no position, e.g. a tag
            // that is no valid URI ("!!s]t"). The token the scanner stopped at is where the problem is.
            var token = scanner.Current;
            var at = token is null ? SpanOf(parser.LastEnd, parser.LastEnd) : SpanOf(token.Start, token.End);
            diagnostics.Add(DiagnosticDescriptors.YamlSyntax.Create(filePath, at, TranslateArgumentMessage(ex.Message)));
        }

        return false;
    }

    private static Diagnostic SyntaxDiagnostic(YamlException ex, string text, string filePath)
    {
        var span = SpanOf(ex.Start, ex.End);
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        const string duplicate = "Duplicate key";
        var at = message.IndexOf(duplicate, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            return DiagnosticDescriptors.DuplicateKey.Create(filePath, span, message.Substring(at + duplicate.Length).Trim());
        }

        if (message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstTabIndent(text) is { } tab)
        {
            span = tab; // YamlDotNet reports tab indentation at the start of the file
        }

        return DiagnosticDescriptors.YamlSyntax.Create(filePath, span, TranslateSyntaxMessage(message));
    }

    private static SourceSpan? FirstTabIndent(string text)
    {
        var line = 1;
        var column = 1;
        var inIndent = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                inIndent = true;
                continue;
            }

            if (inIndent && c == '\t')
            {
                return new SourceSpan(line, column, line, column + 1);
            }

            inIndent &= c == ' ';
            column++;
        }

        return null;
    }

    private static string TranslateSyntaxMessage(string message)
    {
        // YamlDotNet's messages are English and start with the position; keep the useful part and say it in Swedish where we can.
        var text = message;
        var close = text.IndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith("(", StringComparison.Ordinal) && close > 0)
        {
            text = text.Substring(close + 3);
        }

        if (text.IndexOf("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("found invalid mapping", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "ett kolon står där det inte får stå (sätt texten inom citattecken om den innehåller ': ')";
        }

        if (text.IndexOf("did not find expected key", StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("did not find expected", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "indraget stämmer inte med raderna ovanför, eller en rad saknar 'nyckel: värde'";
        }

        if (text.IndexOf("anchor", StringComparison.OrdinalIgnoreCase) >= 0
            && text.IndexOf("not", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "ett alias (*namn) pekar på ett ankare (&namn) som inte finns";
        }

        if (text.IndexOf("unexpected end of stream", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "texten tar slut innan ett citattecken eller en lista har avslutats";
        }

        if (text.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "tabbtecken får inte användas för indrag; använd mellanslag";
        }

        return text.Trim().TrimEnd('.');
    }

    private static string TranslateArgumentMessage(string message) =>
        message.IndexOf("tag", StringComparison.OrdinalIgnoreCase) >= 0
            ? "taggen (det som börjar med '!') är ingen giltig URI; ta bort den, eller sätt värdet inom citattecken om det ska börja med '!'"
            : "YAML-tolken kunde inte läsa texten här; kontrollera kolon, bindestreck och citattecken, eller sätt värdet inom citattecken";

    private static SourceSpan SpanOf(Mark start, Mark end)
    {
        var line = Math.Max(1, (int)start.Line);
        var column = Math.Max(1, (int)start.Column);
        var endLine = Math.Max(line, (int)end.Line);
        var endColumn = endLine == line ? Math.Max(column, (int)end.Column) : Math.Max(1, (int)end.Column);
        return new SourceSpan(line, column, endLine, endColumn);
    }
}
