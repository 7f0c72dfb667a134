using Remiss.Core;

namespace Remiss.Templates.Tests;

/// <summary>A region's own clause ids (its <c>*.wording.yaml</c>) reach the decision through <see cref="RenderOptions.Registry"/>.</summary>
public class RegistryTests
{
    private static readonly ClauseRegistry Region = ClauseRegistry.BuiltIn.With(
        [new ClauseDefinition("send-to-municipalities", "skicka {document_name} till länets kommuner för kännedom")]);

    private static RemissFile LoadWithRegionClause()
    {
        var yaml = TestFiles.ExampleText.Replace("    - immediate-adjustment\n", "    - immediate-adjustment\n    - send-to-municipalities\n", StringComparison.Ordinal);
        var result = RemissLoader.Load(yaml, "test.remiss.yaml", new LoadOptions { Registry = Region });
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.File!;
    }

    [Fact]
    public void A_region_clause_is_worded_in_the_decision()
    {
        var markdown = new RemissRenderer(new RenderOptions { Registry = Region }).RenderMarkdown(LoadWithRegionClause(), DocumentKind.Tjansteutlatande);

        Assert.Contains(
            "\n\natt förklara paragrafen för omedelbart justerad; samt\n\natt skicka betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72) till länets kommuner för kännedom.\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_without_the_registry_the_file_was_loaded_with_is_a_clear_error()
    {
        var ex = Assert.Throws<RenderException>(() => new RemissRenderer().RenderMarkdown(LoadWithRegionClause(), DocumentKind.Tjansteutlatande));

        Assert.Contains("'send-to-municipalities'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("RenderOptions.Registry", ex.Message, StringComparison.Ordinal);
    }
}
