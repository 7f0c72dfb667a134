using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Remiss.Templates.Scripting;

/// <summary>Serves <c>include</c> from the template directory only.</summary>
internal sealed class ConfinedTemplateLoader(TemplateSource source) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!source.TryResolve(templateName, out var path, out var problem))
        {
            throw new ScriptRuntimeException(callerSpan, "include refused: " + problem);
        }

        return path;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => source.Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
