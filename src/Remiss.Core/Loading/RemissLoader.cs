using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>
/// Reads a remiss file: bytes or text → <see cref="RemissFile"/> + located diagnostics. Never throws:
/// anything unexpected becomes an <c>RMS0005</c> diagnostic.
/// </summary>
public static class RemissLoader
{
    /// <summary>Reads and loads a file from disk.</summary>
    public static LoadResult LoadFile(string path, LoadOptions? options = null)
    {
        var bytes = SourceText.ReadAllBytes(path, out var failure);
        return bytes is null ? Fail(failure!) : Load(bytes, path, options);
    }

    /// <summary>Loads file bytes, which must be UTF-8 (a BOM is allowed).</summary>
    public static LoadResult Load(byte[] bytes, string filePath, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        var text = SourceText.Read(bytes, filePath, options.MaxFileBytes, out var failure);
        return text is null ? Fail(failure!) : Load(text, filePath, options);
    }

    /// <summary>Loads text already decoded.</summary>
    public static LoadResult Load(string text, string filePath, LoadOptions? options = null)
    {
        options ??= LoadOptions.Default;
        try
        {
            if (text.Length > options.MaxFileBytes)
            {
                return Fail(DiagnosticDescriptors.FileTooLarge.Create(filePath, SourceSpan.Start, text.Length, options.MaxFileBytes));
            }

            var diagnostics = new List<Diagnostic>();
            var root = Parse(text, filePath, diagnostics);
            if (root is null)
            {
                return new LoadResult(null, InsideText(diagnostics, text, filePath).ToEquatableArray());
            }

            var map = new SourceMap(filePath);
            var reader = new YamlNodeReader(filePath, diagnostics, map);
            if (options.Organisation is not null)
            {
                reader.Supplied.Add("case.organisation");
            }

            var file = new RemissReader(reader).Read(root);
            if (file is not null)
            {
                if (options.Organisation is { } organisation)
                {
                    file = RemissOrganisation.Apply(file, map, organisation, options.OrganisationPath, diagnostics);
                }

                diagnostics.AddRange(RemissValidator.Validate(file, map, options.Registry));
                file = MeetingValidator.Apply(file, map, options, diagnostics);
                DeliveryValidator.Check(file, map, diagnostics);
            }

            var ordered = InFileOrder(diagnostics, text, filePath);
            return new LoadResult(ordered.Any(d => d.IsError) ? null : file, ordered) { Sources = map, Organisation = options.Organisation };
        }
        catch (Exception ex)
        {
            // The loader's promise is "never throws": a bug of ours must still reach the user as a diagnostic.
            return Fail(DiagnosticDescriptors.InternalError.Create(filePath, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>
    /// The diagnostics with every span about <paramref name="filePath"/> moved inside <paramref name="text"/>:
    /// YamlDotNet places an error or an empty value at the end of the input one line past the last one,
    /// and an editor can only go to a place that exists. Every loader passes its diagnostics through this.
    /// </summary>
    internal static List<Diagnostic> InsideText(List<Diagnostic> diagnostics, string text, string filePath)
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
    internal static EquatableArray<Diagnostic> InFileOrder(List<Diagnostic> diagnostics, string text, string filePath) =>
        InsideText(diagnostics, text, filePath)
            .OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>Parses one YAML document with the depth and alias guards; null after reporting why not.</summary>
    internal static YamlNode? Parse(string text, string filePath, List<Diagnostic> diagnostics)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        var parser = new GuardedParser(new Parser(scanner));
        try
        {
            stream.Load(parser);
        }
        catch (GuardedParser.GuardException ex)
        {
            diagnostics.Add(ex.Descriptor.Create(filePath, SpanOf(ex.At, ex.At), ex.Argument));
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(SyntaxDiagnostic(ex, text, filePath));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unterminated flow collections ("a: [b").
            var at = SpanOf(parser.LastEnd, parser.LastEnd);
            diagnostics.Add(DiagnosticDescriptors.YamlSyntax.Create(filePath, at, "en lista [ … ] eller mappning { … } avslutas inte"));
            return null;
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet rejects some input with an ArgumentException that has no position, e.g. a tag
            // that is no valid URI ("!!s]t"). The token the scanner stopped at is where the problem is.
            var token = scanner.Current;
            var at = token is null ? SpanOf(parser.LastEnd, parser.LastEnd) : SpanOf(token.Start, token.End);
            diagnostics.Add(DiagnosticDescriptors.YamlSyntax.Create(filePath, at, TranslateArgumentMessage(ex.Message)));
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

    private static LoadResult Fail(Diagnostic diagnostic) => new(null, EquatableArray.Create(diagnostic));
}
