using Remiss.Core;

namespace Remiss.Core.Tests;

public class WordingLoaderTests
{
    private static WordingLoadResult Load(string clauses) =>
        WordingLoader.Load("format: wording/1\nclauses:\n" + clauses, "region.wording.yaml");

    [Fact]
    public void Registry_file_gives_definitions_with_parameters()
    {
        var result = Load("  - id: approve-annual-report\n    text: godkänna årsredovisningen för {year}\n    description: Årsredovisning.\n    parameters: [year]\n");
        Assert.Empty(result.Diagnostics);
        var definition = Assert.Single(result.Definitions);
        Assert.Equal("approve-annual-report", definition.Id);
        Assert.Equal(new[] { "year" }, definition.Parameters);
        Assert.Equal("ApproveAnnualReport", definition.MethodName);
        Assert.Equal("Årsredovisning.", definition.Description);
        Assert.Equal(new SourceSpan(3, 9, 3, 30), Assert.Single(result.IdSpans));
    }

    [Fact]
    public void Placeholder_typo_is_reported_with_a_hint()
    {
        var d = Assert.Single(Load("  - id: approve-x\n    text: godkänna {yaer} och {year}\n    parameters: [year]\n").Diagnostics);
        Assert.Equal("RMS0052", d.Code);
        Assert.Equal((4, 11), (d.Line, d.Column));
        Assert.Contains("Menade du '{year}'?", d.Message);
    }

    [Fact]
    public void Duplicate_id_is_reported_at_the_second_definition()
    {
        var d = Assert.Single(Load("  - id: approve-x\n    text: a\n  - id: approve-x\n    text: b\n").Diagnostics);
        Assert.Equal("RMS0050", d.Code);
        Assert.Equal(5, d.Line);
        Assert.Contains("rad 3", d.Message);
    }

    [Fact]
    public void Redefining_a_built_in_id_is_reported() =>
        Assert.Equal("RMS0050", Assert.Single(Load("  - id: submit-response\n    text: a\n").Diagnostics).Code);

    [Fact]
    public void Id_that_is_not_kebab_case_is_reported() =>
        Assert.Equal("RMS0051", Assert.Single(Load("  - id: Approve_X\n    text: a\n").Diagnostics).Code);

    [Fact]
    public void Context_placeholders_are_filled_from_the_remiss()
    {
        var result = Load("  - id: send-to-department\n    text: skicka yttrandet till {department}\n");
        var definition = Assert.Single(result.Definitions);
        Assert.Empty(definition.Parameters);
        var context = new ClauseContext("Yttrande", "X", "Socialdepartementet", "Region Västernorrland");
        Assert.Equal("skicka yttrandet till Socialdepartementet",
            ClauseRegistry.BuiltIn.With(result.Definitions).Resolve(ClauseReference.ForId("send-to-department"), context));
    }
}
