namespace Remiss.Cli.Tests;

public sealed class WordingCommandTests
{
    [Fact]
    public void Prints_the_format_example_exactly()
    {
        var result = Cli.Run("wording",
            "--path", "Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden",
            "--clause", "submit-response", "immediate-adjustment",
            "--title", "Stärkt medicinsk kompetens i kommunal hälso- och sjukvård", "--kind", "betänkande", "--number", "SOU 2024:72");

        Assert.Equal(0, result.ExitCode);
        var expected = string.Join(Environment.NewLine,
            "Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar",
            string.Empty,
            "att avge ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)”; samt",
            string.Empty,
            "att förklara paragrafen för omedelbart justerad.") + Environment.NewLine;
        Assert.Equal(expected, result.Out);
    }

    [Fact]
    public void Ids_with_arguments_and_own_text_mix_and_are_punctuated()
    {
        var result = Cli.Run("wording", "-p", "Utskottet", "-p", "Nämnden", "-p", "Fullmäktige",
            "-c", "refer-without-proposal: regionstyrelsen", "-c", "att ge direktören i uppdrag att återkomma.", "-c", "file-information");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Utskottet föreslår att Nämnden beslutar föreslå Fullmäktige besluta",
                "att överlämna ärendet till regionstyrelsen utan eget förslag till beslut;",
                "att ge direktören i uppdrag att återkomma; samt",
                "att lägga informationen till handlingarna.",
            ],
            result.OutLines);
    }

    [Fact]
    public void A_mistyped_id_is_an_error_with_a_suggestion()
    {
        var result = Cli.Run("wording", "-p", "Nämnden", "-c", "immediate-adjustmnet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Menade du 'immediate-adjustment'?", result.Error);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void A_clause_that_names_the_remiss_asks_for_its_title()
    {
        var result = Cli.Run("wording", "-p", "Nämnden", "-c", "submit-response");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--title", result.Error);
    }

    [Fact]
    public void A_missing_argument_says_how_to_give_it()
    {
        var result = Cli.Run("wording", "-p", "Nämnden", "-c", "refer-without-proposal");

        Assert.Equal(1, result.ExitCode);
        // Core's clause check, in the words a remiss file gets (one rule for the file, the CLI and the API).
        Assert.Contains("RMS0042: Att-satsen \"refer-without-proposal\" tar argumentet {body}. Skriv '- refer-without-proposal: …'.", result.Error);
    }

    [Fact]
    public void A_registry_adds_clauses_with_named_arguments()
    {
        using var folder = new TempFolder();
        var registry = folder.Write("region.wording.yaml", """
            format: wording/1
            clauses:
              - id: approve-annual-report
                text: godkänna årsredovisningen för {year} för {body}
            """);

        var result = Cli.Run("wording", "-p", "Regionstyrelsen", "-c", "approve-annual-report: year=2024; body=Norrlandstrafik AB", "--registry", registry);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("att godkänna årsredovisningen för 2024 för Norrlandstrafik AB.", result.OutLines[^1]);
    }

    [Fact]
    public void Path_and_clause_are_required()
    {
        Assert.Equal(2, Cli.Run("wording", "-c", "file-information").ExitCode);
        Assert.Equal(2, Cli.Run("wording", "-p", "Nämnden").ExitCode);
    }
}
