using Markdig;
using Markdig.Syntax;

namespace Remiss.Templates.Writers;

/// <summary>
/// The one Markdown dialect every writer reads: CommonMark plus YAML front matter (skipped in the output),
/// with raw HTML turned off so text from a remiss file can never inject markup into .html or .docx.
/// </summary>
internal static class RemissMarkdown
{
    /// <summary>The shared pipeline (Markdig pipelines are immutable and thread-safe).</summary>
    public static Markdig.MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .DisableHtml()
        .Build();

    /// <summary>Parses the Markdown a template wrote.</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Instance);
}
