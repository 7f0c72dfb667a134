using System.Text.Json;

namespace Remiss.Cli.Tests;

/// <summary>
/// The justering notices (ORGANISATION.md §8) through the CLI: <c>render --document anslag</c>, and their dates in
/// <c>plan</c>, <c>plan --json</c> and the .ics. The example region's organisation file says where the minutes are kept.
/// </summary>
public class JusteringCommandTests
{
    private static string OrganisationText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "region", "organisation.yaml"));

    /// <summary>
    /// The utskott's minutes justerade on Thursday 2025-03-20 (the notice may go up until Monday 03-24), the nämnd's on
    /// skärtorsdagen 2025-04-17 after a meeting that day (the notice may go up until Tuesday 04-22, after Easter).
    /// </summary>
    private static string Justerad => Examples.WithMeetingRecords("""
            - body: Hälso- och sjukvårdsutskottet
              date: 2025-03-13
              paragraph: 25
              adjusted: 2025-03-20
            - body: Hälso- och sjukvårdsnämnden
              date: 2025-03-19
              paragraph: 41
              adjusted: 2025-04-17
              notice_posted: 2025-04-17

        """);

    private static TempFolder Folder()
    {
        var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Justerad);
        folder.Write("organisation.yaml", OrganisationText);
        return folder;
    }

    [Fact]
    public void Render_anslag_writes_one_notice_per_justerad_meeting()
    {
        using var folder = Folder();

        var result = Cli.Run("render", folder.File("sou-2024-72.remiss.yaml"), "--document", "anslag", "--format", "docx,pdf,md", "--output", folder.File("ut"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                "Anslag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.docx",
                "Anslag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.md",
                "Anslag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.pdf",
                "Anslag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.docx",
                "Anslag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.md",
                "Anslag Hälso- och sjukvårdsutskottet 2025-03-13 § 25.pdf",
            ],
            Directory.GetFiles(folder.File("ut")).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
        var md = File.ReadAllText(folder.File("ut/Anslag Hälso- och sjukvårdsnämnden 2025-03-19 § 41.md"));
        Assert.Contains("**Datum då anslaget sätts upp:** 2025-04-17", md, StringComparison.Ordinal);
        Assert.Contains("**Datum då anslaget tas ned:** 2025-05-09", md, StringComparison.Ordinal);
        Assert.Contains("**Förvaringsplats för protokollet:** Regionkansliet, Härnösand", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_anslag_without_a_justerad_meeting_fails_and_says_what_to_do()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);

        var result = Cli.Run("render", file, "--document", "anslag");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("har inga anslag att skriva: skriv under 'adjusted'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_prints_each_notices_dates_across_the_weekend_and_easter()
    {
        using var folder = Folder();

        var result = Cli.Run("plan", folder.File("sou-2024-72.remiss.yaml"), "--today", "2025-03-01");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines.Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();
        var utskott = lines.IndexOf("Anslag Hälso- och sjukvårdsutskottet § 25:");
        Assert.Equal(
            [
                "Protokollet justerat 2025-03-20",
                "Anslaget sätts upp 2025-03-20 (senast 2025-03-24)",
                "Sista dag att överklaga 2025-04-10",
                "Anslaget tas ned 2025-04-11",
                "Anslag Hälso- och sjukvårdsnämnden § 41:",
                "Protokollet justerat 2025-04-17",
                "Anslaget sätts upp 2025-04-17",
                "Sista dag att överklaga 2025-05-08",
                "Anslaget tas ned 2025-05-09",
            ],
            lines.Skip(utskott + 1).Take(9));
    }

    [Fact]
    public void Plan_json_carries_the_notices()
    {
        using var folder = Folder();

        var result = Cli.Run("plan", folder.File("sou-2024-72.remiss.yaml"), "--today", "2025-03-01", "--json");

        var notice = JsonDocument.Parse(result.Out).RootElement.GetProperty("plans")[0].GetProperty("notices")[1];
        Assert.Equal(
            ("Hälso- och sjukvårdsnämnden", 41, "2025-04-17", "2025-04-22", "2025-05-08", "2025-05-09", "Regionkansliet, Härnösand"),
            (notice.GetProperty("body").GetString(), notice.GetProperty("paragraph").GetInt32(), notice.GetProperty("posted").GetString(),
                notice.GetProperty("latestPosting").GetString(), notice.GetProperty("lastDayToAppeal").GetString(), notice.GetProperty("takenDown").GetString(),
                notice.GetProperty("keptAt").GetString()));
    }

    [Fact]
    public void The_ics_has_the_days_each_notice_goes_up_the_last_day_to_appeal_and_the_day_it_comes_down()
    {
        using var folder = Folder();
        var ics = folder.File("remisser.ics");

        Assert.Equal(0, Cli.Run("plan", folder.Path, "--today", "2025-03-01", "--ics", ics).ExitCode);

        var events = Ical.Net.Calendar.Load(File.ReadAllText(ics))!.Events.Where(e => e.Uid!.Contains("-sjukvardsnamnden-", StringComparison.Ordinal))
            .OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(
            [
                ("anslag-upp-halso-och-sjukvardsnamnden-20250319-41.24hsn5898@remiss", "2025-04-17", "Anslag sätts upp, Hälso- och sjukvårdsnämnden 2025-03-19 § 41: SOU 2024:72"),
                ("overklagande-halso-och-sjukvardsnamnden-20250319-41.24hsn5898@remiss", "2025-05-08", "Sista dag att överklaga, Hälso- och sjukvårdsnämnden 2025-03-19 § 41: SOU 2024:72"),
                ("anslag-ned-halso-och-sjukvardsnamnden-20250319-41.24hsn5898@remiss", "2025-05-09", "Anslag tas ned, Hälso- och sjukvårdsnämnden 2025-03-19 § 41: SOU 2024:72"),
            ],
            events.Select(e => (e.Uid!, e.DtStart!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Summary!)));
    }
}
