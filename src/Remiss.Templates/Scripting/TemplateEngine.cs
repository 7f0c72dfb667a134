using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Remiss.Templates.Scripting;

/// <summary>
/// Parses each document's template, and each file it includes, once and renders it under fixed limits.
/// Thread-safe: a parsed <see cref="Template"/> is immutable and every render gets its own <see cref="TemplateContext"/>.
/// </summary>
internal sealed class TemplateEngine
{
    private readonly TemplateSource _source;
    private readonly ConcurrentDictionary<string, Lazy<Template>> _templates = new(StringComparer.Ordinal);

    /// <summary>Included templates parsed by earlier renders, by path; Scriban's own cache lives only as long as one context.</summary>
    private readonly ConcurrentDictionary<string, Template> _includes = new(StringComparer.Ordinal);

    public TemplateEngine(TemplateSource source) => _source = source;

    /// <summary>
    /// Renders the template of <paramref name="kind"/> with <paramref name="model"/> as its globals; the values of
    /// <paramref name="marks"/> are printed between their markers (<see cref="Marks.MarkedText"/>).
    /// </summary>
    /// <exception cref="RenderException">The template has an error or hit a limit; the message is <c>file(line,col): error …</c>.</exception>
    public string Render(DocumentKind kind, ScriptObject model, Marks.MarkRegistry marks) => Render(TemplateSource.FileName(kind), model, marks);

    /// <summary>Renders the template file <paramref name="name"/> (built in or in the template directory) with <paramref name="model"/> as its globals; a text without fields (the e-mail) needs no marks.</summary>
    /// <exception cref="RenderException">The template has an error or hit a limit; the message is <c>file(line,col): error …</c>.</exception>
    public string Render(string name, ScriptObject model, Marks.MarkRegistry? marks = null)
    {
        var template = _templates.GetOrAdd(name, n => new Lazy<Template>(() => Parse(n))).Value;
        using var timeout = new CancellationTokenSource(TemplateLimits.Timeout);
        var context = NewContext(model, marks ?? new Marks.MarkRegistry(), timeout.Token);
        string output;
        try
        {
            output = template.Render(context);
            foreach (var (path, included) in context.CachedTemplates)
            {
                _includes.TryAdd(path, included);
            }
        }
        catch (ScriptParserRuntimeException ex)
        {
            // An included template failed to parse.
            throw new RenderException(string.Join(Environment.NewLine, ex.ParserMessages.Select(Format)), ex);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new RenderException(Format(ex.Span, ex.OriginalMessage), ex);
        }
        catch (OperationCanceledException ex)
        {
            throw new RenderException($"{template.SourceFilePath}: error: {RanTooLong}", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException or InsufficientExecutionStackException)
        {
            throw new RenderException($"{template.SourceFilePath}: error: {ex.Message}", ex);
        }

        // Scriban 7 truncates with "..." at the output limit unless told to throw; we tell it to, and check anyway.
        if (output.Length >= TemplateLimits.OutputCharacters)
        {
            throw new RenderException($"{template.SourceFilePath}: error: the output reached the limit of {TemplateLimits.OutputCharacters} characters; a real document is far smaller, look for a loop that repeats text.");
        }

        return output;
    }

    private Template Parse(string name)
    {
        if (!_source.TryResolve(name, out var path, out var problem))
        {
            throw new RenderException($"{name}: error: {problem}");
        }

        var template = Template.Parse(_source.Read(path), path, ParserOptions());
        if (template.HasErrors)
        {
            throw new RenderException(string.Join(Environment.NewLine, template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(Format)));
        }

        return template;
    }

    private static ParserOptions ParserOptions() => new() { ExpressionDepthLimit = TemplateLimits.ExpressionDepth };

    private TemplateContext NewContext(ScriptObject model, Marks.MarkRegistry marks, CancellationToken cancellation)
    {
        var context = new MarkingTemplateContext(marks)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedIndexerAccess = false,
            EnableRelaxedFunctionAccess = false,
            LoopLimit = TemplateLimits.LoopLimit,
            RecursiveLimit = TemplateLimits.RecursiveLimit,
            LimitToString = TemplateLimits.OutputCharacters,
            OutputLimit = TemplateLimits.OutputCharacters,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = new ConfinedTemplateLoader(_source),
            TemplateLoaderParserOptions = ParserOptions(),
            CancellationToken = cancellation,
        };
        foreach (var (path, included) in _includes)
        {
            context.CachedTemplates[path] = included;
        }

        context.PushGlobal(model);
        return context;
    }

    private static readonly string RanTooLong =
        $"the template ran longer than {TemplateLimits.Timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)} s and was stopped; look for a loop that never ends or repeats too much work";

    private static string Format(LogMessage message) => Format(message.Span, message.Message);

    private static string Format(SourceSpan span, string message)
    {
        var file = string.IsNullOrEmpty(span.FileName) ? "template" : span.FileName;
        return $"{file}({span.Start.Line + 1},{span.Start.Column + 1}): error {Clean(message)}";
    }

    private static string Clean(string message)
    {
        var text = message.Trim();
        if (text.Contains("OutputLimit", StringComparison.Ordinal) || text.Contains("LimitToString", StringComparison.Ordinal))
        {
            return text + $" (a document may be at most {TemplateLimits.OutputCharacters} characters; look for a loop that repeats text)";
        }

        if (text.Contains("loop", StringComparison.OrdinalIgnoreCase) && text.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return text + $" (loops may run at most {TemplateLimits.LoopLimit} times in all; look for a loop that never ends)";
        }

        if (text.Contains("cancel", StringComparison.OrdinalIgnoreCase))
        {
            return RanTooLong;
        }

        if (text.Contains("recursi", StringComparison.OrdinalIgnoreCase))
        {
            return text + $" (calls and includes may nest at most {TemplateLimits.RecursiveLimit} deep; look for a function or include that calls itself)";
        }

        return text;
    }
}
