using System.Text.Json;

namespace Remiss.Cli.Tests;

/// <summary>What happened at the meeting (ORGANISATION.md §7) in the CLI: a referred-back remiss stays open in plan and deadlines, and wording prints a §'s route without a remiss file.</summary>
public class MeetingRecordCommandTests
{
    private const string ReferredBack = """
            - body: hsn
              date: 2025-03-19
              paragraph: 41
              proposals:
                - by: Viktoria Jansson (M)
                  motion: approve
                - by: Anna Berg (V)
                  motion: refer-back
                  reason: Konsekvenserna för kommunerna behöver belysas.
              outcome: [2]

        """;

    private static string OrganisationText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "region", "organisation.yaml"));

    private static TempFolder Folder(params string[] records)
    {
        var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", MeetingRecords.Example(Examples.ExampleText, records));
        folder.Write("organisation.yaml", OrganisationText);
        return folder;
    }

    [Fact]
    public void Plan_keeps_a_referred_back_remiss_open_with_the_next_meeting_and_the_extension_to_ask_for()
    {
        using var folder = Folder(MeetingRecords.UtskottSeed, ReferredBack);
        var file = folder.File("sou-2024-72.remiss.yaml");

        var result = Cli.Run("plan", file, "--today", "2025-02-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"{file}: SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård",
                "  Svarstid                        2025-03-21 (förlängd)",
                "  Handlingar senast               2025-02-27",
                "  Hälso- och sjukvårdsutskottet   2025-03-13",
                "  Hälso- och sjukvårdsnämnden     2025-03-19 (beslutar)",
                "  Justerat senast                 2025-03-26",
                "  Omedelbar justering             behövs (finns bland att-satserna)",
                "  Återremitterat av Hälso- och sjukvårdsnämnden 2025-03-19 (§ 41): ärendet är inte avgjort.",
                "  Efter återremissen:",
                "    Handlingar senast             2025-04-23",
                "    Hälso- och sjukvårdsnämnden   2025-04-23 (beslutar)",
                "    Begär förlängd svarstid till  2025-04-30",
            ],
            result.OutLines);
    }

    [Fact]
    public void Plan_json_and_deadlines_json_show_the_open_matters_next_meeting()
    {
        using var folder = Folder(MeetingRecords.UtskottSeed, ReferredBack);
        var file = folder.File("sou-2024-72.remiss.yaml");

        using var plan = JsonDocument.Parse(Cli.Run("plan", file, "--json", "--today", "2025-02-01").Out);
        using var deadlines = JsonDocument.Parse(Cli.Run("deadlines", file, "--json", "--today", "2025-02-01").Out);

        var resumed = plan.RootElement.GetProperty("plans")[0].GetProperty("resumed");
        Assert.Equal("refer-back", resumed.GetProperty("motion").GetString());
        Assert.Equal("Hälso- och sjukvårdsnämnden", resumed.GetProperty("body").GetString());
        Assert.Equal("2025-04-23", resumed.GetProperty("decidingMeeting").GetString());
        Assert.Equal("2025-04-30", resumed.GetProperty("extensionUntil").GetString());
        var row = deadlines.RootElement.GetProperty("referrals")[0];
        Assert.Equal("2025-04-23", row.GetProperty("papersDue").GetString());
        Assert.Equal("2025-04-23", row.GetProperty("decidingMeeting").GetString());
    }

    [Fact]
    public void Check_warns_that_the_referred_back_matter_needs_an_extension()
    {
        using var folder = Folder(MeetingRecords.UtskottSeed, ReferredBack);

        var result = Cli.Run("check", folder.File("sou-2024-72.remiss.yaml"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning RMS0157: Hälso- och sjukvårdsnämnden återremitterade ärendet den 2025-03-19, och enligt organisationsfilen kan det beslutas först den 2025-04-23, efter svarstiden 2025-03-21.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Wording_prints_the_decision_and_the_route_of_a_meeting_without_a_remiss_file()
    {
        using var folder = new TempFolder();
        // The record's own keys, without the item's body, date and paragraph: body defaults to the last of the path.
        var meeting = folder.Write("paragraf-41.yaml", string.Join("\n", MeetingRecords.NamndVasterbotten.Split('\n').Skip(3).Select(l => l.Length >= 6 ? l[6..] : l)));

        var result = Cli.Run("wording", "-p", "Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden", "-c", "file-information", "--meeting", meeting);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Equal(
            ["Beslut:", "Hälso- och sjukvårdsnämnden beslutar", "att lägga informationen till handlingarna.", .. MeetingRecords.NamndLines],
            result.OutLines.Where(l => l.Length > 0));
    }

    [Fact]
    public void Wording_of_a_referral_back_needs_no_clauses()
    {
        using var folder = new TempFolder();
        var meeting = folder.Write("paragraf-41.yaml", "proposals:\n  - by: Anna Berg (V)\n    motion: refer-back\n    reason: Kostnaderna är inte beräknade.\noutcome: [1]\n");

        var result = Cli.Run("wording", "-p", "Kommunstyrelsen", "--meeting", meeting);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Beslut:",
                "Kommunstyrelsen beslutar att återremittera ärendet till förvaltningen.",
                "Yrkande",
                "Anna Berg (V) yrkar att ärendet ska återremitteras till förvaltningen med följande motivering: Kostnaderna är inte beräknade.",
                "Beslutsgång",
                "Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att ärendet ska återremitteras.",
            ],
            result.OutLines.Where(l => l.Length > 0));
    }

    [Fact]
    public void A_meeting_with_errors_prints_its_located_diagnostics_and_fails()
    {
        using var folder = new TempFolder();
        var meeting = folder.Write("paragraf-41.yaml", "proposals:\n  - by: Anna Berg (V)\n    motion: approve\noutcome: [2]\n");

        var result = Cli.Run("wording", "-p", "Kommunstyrelsen", "-c", "file-information", "--meeting", meeting);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{meeting}(4,11): error RMS0140: 'outcome[0]' nämner yrkande 2, men bara ett yrkande har gjorts.", result.Error, StringComparison.Ordinal);
        Assert.Contains("sammanträdesfilen", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task The_printed_schema_accepts_the_record_and_catches_what_the_loader_rejects()
    {
        var yaml = MeetingRecords.Example(Examples.ExampleText, MeetingRecords.UtskottSeed,
            MeetingRecords.NamndVasterbotten.Replace("result: { yes: 7, no: 4, abstain: 2 }", "result: { yes: [Viktoria Jansson (M), Per Ek (V)], no: 1 }\n        casting_vote: false", StringComparison.Ordinal));
        var schema = Cli.Run("schema").Out;

        Assert.Empty(await SchemaCheck.Validate(schema, yaml));
        var wrong = yaml.Replace("motion: refer-back", "motion: återremiss", StringComparison.Ordinal);
        Assert.Contains("NotInEnumeration #/decision.meetings[1].proposals[2].motion", await SchemaCheck.Validate(schema, wrong));
        Assert.Empty(Remiss.Core.RemissLoader.Load(yaml, "x.remiss.yaml", ExampleOrganisation.Options).Diagnostics);
        Assert.Contains(Remiss.Core.RemissLoader.Load(wrong, "x.remiss.yaml", ExampleOrganisation.Options).Diagnostics, d => d.Code == "RMS0014");
    }

    [Fact]
    public void Wording_without_clauses_or_meeting_is_a_usage_error()
    {
        var result = Cli.Run("wording", "-p", "Nämnden");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--clause", result.Error, StringComparison.Ordinal);
    }
}
