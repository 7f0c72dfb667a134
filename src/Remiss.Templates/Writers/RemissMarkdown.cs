using Markdig;
using Markdig.Syntax;
using Remiss.Core;

namespace Remiss.Templates.Writers;

/// <summary>
/// The one Markdown dialect every writer reads: CommonMark plus GFM pipe tables and YAML front matter (skipped in the
/// output), with raw HTML turned off so text from a remiss file can never inject markup into .html or .docx.
/// </summary>
internal static class RemissMarkdown
{
    /// <summary>The shared pipeline (Markdig pipelines are immutable and thread-safe).</summary>
    public static Markdig.MarkdownPipeline Instance { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>Parses the Markdown a template wrote.</summary>
    /// <exception cref="RenderException">Nested deeper than Markdig reads (RMS0189): a file's own text is refused by its check first (RMS0185), so only a template that nests can get here.</exception>
    public static MarkdownDocument Parse(string markdown)
    {
        try
        {
            return Markdown.Parse(markdown, Instance);
        }
        catch (ArgumentException e) when (e.Message.Contains("depth limit", StringComparison.Ordinal))
        {
            throw new RenderException(DiagnosticDescriptors.DocumentTooLarge.Code + ": " + string.Format(System.Globalization.CultureInfo.InvariantCulture,
                DiagnosticDescriptors.DocumentTooLarge.MessageFormat, "mallens Markdown är nästlad djupare än 128 nivåer"), e);
        }
    }
}
