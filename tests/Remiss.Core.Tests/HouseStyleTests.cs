using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>The house style "numbered" (ORGANISATION.md §5), to the character.</summary>
public class HouseStyleTests
{
    private static readonly OrganisationFile Numbered = new("organisation/1", "Region Västernorrland", HouseStyle.Numbered, null, null, default,
        EquatableArray.Create(new OrganisationBody("hsn", "Hälso- och sjukvårdsnämnden", 0, 14, default, default)));

    private static LoadOptions Options(OrganisationFile organisation, ClauseRegistry? registry = null) =>
        new() { Organisation = organisation, OrganisationPath = "organisation.yaml", Registry = registry ?? ClauseRegistry.BuiltIn };

    private static LoadResult LoadClauses(string clauses, OrganisationFile? organisation = null, ClauseRegistry? registry = null) =>
        TestFiles.Load(
            TestFiles.Minimal.Replace("  path: [Nämnden]", "  path: [hsn]").Replace("  clauses: [submit-response]", "  clauses:\n" + clauses),
            Options(organisation ?? Numbered, registry));

    [Fact]
    public void The_example_in_the_numbered_style()
    {
        var organisation = Numbered with { Bodies = EquatableArray.Create(new OrganisationBody("hsu", "Hälso- och sjukvårdsutskottet", 0, 14, default, default), Numbered.Bodies[0]) };
        var result = RemissLoader.Load(TestFiles.ExampleText, "a.remiss.yaml", Options(organisation));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(HouseStyle.Numbered, result.File!.Decision.Style);
        Assert.Equal(
            "Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar\n\n" +
            "1. Yttrandet ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)” antas och överlämnas till Socialdepartementet.\n\n" +
            "2. Paragrafen justeras omedelbart.",
            DecisionText.For(result.File).ToText());
    }

    [Fact]
    public void The_att_style_is_unchanged_by_an_organisation_file()
    {
        var result = RemissLoader.Load(TestFiles.ExampleText, "a.remiss.yaml", Options(Numbered with { HouseStyle = HouseStyle.Att, Bodies = default }));
        Assert.Equal(DecisionText.For(TestFiles.LoadExample()), DecisionText.For(result.File!));
        Assert.Equal(HouseStyle.Att, TestFiles.LoadExample().Decision.Style);
    }

    [Fact]
    public void Statement_forms_of_the_built_in_clauses()
    {
        var result = LoadClauses("    - submit-response\n    - immediate-adjustment\n    - file-information\n    - approve-report\n    - refer-without-proposal: regionstyrelsen\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[]
        {
            "1. Yttrandet ”Yttrande över remiss; betänkandet En utredning (SOU 2024:1)” antas och överlämnas till Socialdepartementet.",
            "2. Paragrafen justeras omedelbart.",
            "3. Informationen läggs till handlingarna.",
            "4. Redovisningen godkänns och läggs till handlingarna.",
            "5. Ärendet överlämnas till regionstyrelsen utan eget förslag till beslut.",
        }, DecisionText.For(result.File!).Clauses);
        Assert.Equal("Hälso- och sjukvårdsnämnden beslutar", DecisionText.For(result.File!).Intro);
    }

    [Fact]
    public void Own_statements_end_in_one_full_stop_and_never_in_samt()
    {
        var result = LoadClauses("    - statement: Direktören får i uppdrag att återkomma\n    - statement: Ärendet avslutas; samt\n    - { text: avsluta ärendet, statement: Ärendet avslutas. }\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "1. Direktören får i uppdrag att återkomma.", "2. Ärendet avslutas.", "3. Ärendet avslutas." }, DecisionText.For(result.File!).Clauses);
    }

    [Fact]
    public void An_own_text_without_statement_is_an_error_at_the_clause() =>
        Assert.Equal(
            "test.remiss.yaml(15,7): error RMS0081: Satsen \"ge direktören i uppdrag att återkomma\" har ingen numrerad form (statement), som organisationens stil 'numbered' kräver. Skriv den som en hel mening: '- statement: …' (eller båda: '- { text: …, statement: … }').",
            Assert.Single(LoadClauses("    - submit-response\n    - text: ge direktören i uppdrag att återkomma\n").Diagnostics).ToString());

    [Fact]
    public void A_registry_clause_without_statement_is_an_error_asking_for_one()
    {
        var registry = ClauseRegistry.BuiltIn.With([new ClauseDefinition("close-case", "avsluta ärendet")]);
        Assert.Equal(
            "test.remiss.yaml(14,7): error RMS0081: Satsen \"close-case\" har ingen numrerad form (statement), som organisationens stil 'numbered' kräver. Lägg till 'statement: …' för \"close-case\" i formuleringsregistret (*.wording.yaml), eller skriv satsen som egen text: '- statement: …'.",
            Assert.Single(LoadClauses("    - close-case\n", registry: registry).Diagnostics).ToString());
    }

    [Fact]
    public void A_statement_only_clause_in_the_att_style_is_an_error()
    {
        var expected = "test.remiss.yaml(14,7): error RMS0082: Satsen har bara en numrerad form ('statement'), men beslutet skrivs med att-satser (house_style: att, standard utan organisationsfil). Skriv '- text: …', eller båda: '- { text: …, statement: … }'.";
        Assert.Equal(expected, Assert.Single(LoadClauses("    - statement: Ärendet avslutas.\n", Numbered with { HouseStyle = HouseStyle.Att }).Diagnostics).ToString());
        var without = TestFiles.Load(TestFiles.Minimal.Replace("  clauses: [submit-response]", "  clauses:\n    - statement: Ärendet avslutas.\n"));
        Assert.Equal(expected, Assert.Single(without.Diagnostics).ToString());
    }

    [Fact]
    public void A_clause_with_text_and_statement_prints_in_either_style()
    {
        const string clause = "    - { text: avsluta ärendet, statement: Ärendet avslutas. }\n";
        Assert.Equal("att avsluta ärendet.", Assert.Single(DecisionText.For(LoadClauses(clause, Numbered with { HouseStyle = HouseStyle.Att }).File!).Clauses));
        Assert.Equal("1. Ärendet avslutas.", Assert.Single(DecisionText.For(LoadClauses(clause).File!).Clauses));
    }

    [Fact]
    public void A_registry_statement_fills_the_same_arguments()
    {
        var registry = WordingLoader.Load("""
            format: wording/1
            clauses:
              - id: approve-annual-report
                text: godkänna årsredovisningen för {year}
                statement: Årsredovisningen för {year} godkänns.
            """, "region.wording.yaml");
        Assert.Empty(registry.Diagnostics);
        var result = LoadClauses("    - approve-annual-report: \"2024\"\n", registry: ClauseRegistry.BuiltIn.With(registry.Definitions));
        Assert.Equal("1. Årsredovisningen för 2024 godkänns.", Assert.Single(DecisionText.For(result.File!, ClauseRegistry.BuiltIn.With(registry.Definitions)).Clauses));
    }

    [Fact]
    public void A_registry_statement_with_a_placeholder_the_text_lacks_is_an_error_at_the_statement() =>
        Assert.Equal(
            "region.wording.yaml(5,16): error RMS0051: Satsen \"approve-annual-report\" är felaktig: platshållaren '{yaer}' i statement finns inte i text; skriv samma platshållare i båda. Rätta texten.",
            Assert.Single(WordingLoader.Load("""
                format: wording/1
                clauses:
                  - id: approve-annual-report
                    text: godkänna årsredovisningen för {year}
                    statement: Årsredovisningen för {yaer} godkänns.
                """, "region.wording.yaml").Diagnostics).ToString());

    [Fact]
    public void The_registry_office_gets_numbered_statements_without_a_file()
    {
        var text = DecisionText.For(["Regionstyrelsen"], ["Ärendet avslutas", "Paragrafen justeras omedelbart."], HouseStyle.Numbered);
        Assert.Equal("Regionstyrelsen beslutar\n\n1. Ärendet avslutas.\n\n2. Paragrafen justeras omedelbart.", text.ToText());
        Assert.Equal("Beslut", text.Heading);
    }

    [Theory]
    [InlineData("Ärendet avslutas", "Ärendet avslutas.")]
    [InlineData("  Ärendet avslutas.  ", "Ärendet avslutas.")]
    [InlineData("Ärendet avslutas;", "Ärendet avslutas.")]
    [InlineData("Ärendet avslutas; samt", "Ärendet avslutas.")]
    [InlineData("Att ärendet avslutas är bra", "Att ärendet avslutas är bra.")]
    public void Statements_are_normalised_to_one_sentence(string written, string expected) =>
        Assert.Equal(expected, DecisionClauses.NormalizeStatement(written));
}
