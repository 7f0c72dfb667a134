using System.Diagnostics;
using System.Text.Json;
using Ical.Net.CalendarComponents;

namespace Remiss.Cli.Tests;

/// <summary><c>remiss plan</c> and the plan columns of <c>remiss deadlines</c> on the example and examples/organisation.yaml (ORGANISATION.md §3).</summary>
public class PlanCommandTests
{
    private static string OrganisationText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "region", "organisation.yaml"));

    /// <summary>A folder with the example (edited) and the organisation file beside it.</summary>
    private static TempFolder Folder(string? remissText = null)
    {
        var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", remissText ?? Examples.ExampleText);
        folder.Write("organisation.yaml", OrganisationText);
        return folder;
    }

    [Fact]
    public void Plan_prints_the_chain_papers_due_adjusted_by_and_immediate_adjustment()
    {
        using var folder = Folder();
        var file = folder.File("sou-2024-72.remiss.yaml");

        var result = Cli.Run("plan", file, "--today", "2025-02-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"{file}: SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård",
                "  Svarstid                       2025-03-21 (förlängd)",
                "  Handlingar senast              2025-02-27",
                "  Hälso- och sjukvårdsutskottet  2025-03-13",
                "  Hälso- och sjukvårdsnämnden    2025-03-19 (beslutar)",
                "  Justerat senast                2025-03-26",
                "  Omedelbar justering            behövs (finns bland att-satserna)",
            ],
            result.OutLines);
    }

    [Fact]
    public void Immediate_adjustment_written_as_own_text_counts_as_check_counts_it()
    {
        using var folder = Folder(Examples.ExampleWith("    - immediate-adjustment\n", "    - text: förklara paragrafen för omedelbart justerad\n"));
        var file = folder.File("sou-2024-72.remiss.yaml");

        var check = Cli.Run("check", file);
        var plan = Cli.Run("plan", file, "--today", "2025-02-01");

        Assert.DoesNotContain("RMS0090", check.Out, StringComparison.Ordinal);
        Assert.Contains("  Omedelbar justering            behövs (finns bland att-satserna)", plan.OutLines);
    }

    [Fact]
    public void Without_the_extension_and_a_deadline_of_2025_03_10_the_plan_moves_to_february()
    {
        using var folder = Folder(Examples.ExampleText.Replace("  extensions:\n    - until: 2025-03-21\n", string.Empty, StringComparison.Ordinal));

        var result = Cli.Run("plan", folder.Path, "--today", "2025-01-10");

        Assert.Equal(
            [
                "  Svarstid                       2025-03-10",
                "  Handlingar senast              2025-01-23",
                "  Hälso- och sjukvårdsutskottet  2025-02-06",
                "  Hälso- och sjukvårdsnämnden    2025-02-19 (beslutar)",
                "  Justerat senast                2025-02-26",
                "  Omedelbar justering            behövs inte",
            ],
            result.OutLines.Skip(1));
    }

    [Fact]
    public void Late_papers_give_the_forward_plan_and_the_extension_to_ask_for()
    {
        using var folder = Folder();

        var result = Cli.Run("plan", folder.Path, "--today", "2025-03-01");

        Assert.Equal(
            [
                "  Handlingarna skulle ha varit klara 2025-02-27.",
                "  Plan från 2025-03-01:",
                "    Handlingar senast              2025-03-27",
                "    Hälso- och sjukvårdsutskottet  2025-04-10",
                "    Hälso- och sjukvårdsnämnden    2025-04-23 (beslutar)",
                "    Begär förlängd svarstid till   2025-04-30",
            ],
            result.OutLines.Skip(7));
    }

    [Fact]
    public void No_plan_before_the_deadline_names_the_body_and_plans_forward()
    {
        using var folder = Folder(Examples.ExampleText
            .Replace("  extensions:\n    - until: 2025-03-21\n", string.Empty, StringComparison.Ordinal)
            .Replace("deadline: 2025-03-10", "deadline: 2025-02-10", StringComparison.Ordinal));

        var result = Cli.Run("plan", folder.Path, "--today", "2025-01-20");

        Assert.Contains("  Ingen plan före svarstiden: Hälso- och sjukvårdsnämnden har inget sammanträde senast 2025-02-10.", result.OutLines);
        Assert.Contains("    Begär förlängd svarstid till   2025-02-26", result.OutLines);
    }

    [Fact]
    public void Plan_json_has_the_plan_and_the_forward_plan_with_camel_case_states()
    {
        using var folder = Folder();

        var result = Cli.Run("plan", folder.Path, "--today", "2025-03-01", "--json");

        using var json = JsonDocument.Parse(result.Out);
        var plan = json.RootElement.GetProperty("plans")[0];
        Assert.Equal("planned", plan.GetProperty("status").GetString());
        Assert.Equal("2025-02-27", plan.GetProperty("papersDue").GetString());
        Assert.Equal("2025-03-19", plan.GetProperty("decidingMeeting").GetString());
        Assert.Equal("2025-03-26", plan.GetProperty("adjustedBy").GetString());
        Assert.True(plan.GetProperty("immediateAdjustment").GetBoolean());
        Assert.Equal("Hälso- och sjukvårdsutskottet", plan.GetProperty("meetings")[0].GetProperty("body").GetString());
        Assert.Equal("2025-04-30", plan.GetProperty("forward").GetProperty("extensionUntil").GetString());
    }

    [Fact]
    public void Deadlines_gains_the_papers_due_and_deciding_meeting_columns_and_fields()
    {
        using var folder = Folder();

        var table = Cli.Run("deadlines", folder.Path, "--today", "2025-02-01");
        var json = Cli.Run("deadlines", folder.Path, "--today", "2025-02-01", "--json");

        Assert.Contains("Handlingar senast", table.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("Beslutsmöte", table.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("2025-02-27        2025-03-19", table.OutLines[1], StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Out);
        var row = document.RootElement.GetProperty("referrals")[0];
        Assert.Equal("2025-02-27", row.GetProperty("papersDue").GetString());
        Assert.Equal("2025-03-19", row.GetProperty("decidingMeeting").GetString());
        Assert.Equal("later", row.GetProperty("state").GetString());
    }

    [Fact]
    public void The_ics_file_has_all_day_events_with_stable_uids_read_back_by_ical_net()
    {
        using var folder = Folder();
        var ics = folder.File("remisser.ics");

        var first = Cli.Run("plan", folder.Path, "--today", "2025-02-01", "--ics", ics);
        var text = File.ReadAllText(ics);
        Cli.Run("deadlines", folder.Path, "--today", "2025-02-01", "--ics", ics);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(text, File.ReadAllText(ics)); // plan and deadlines write the same calendar; a second run the same UIDs
        var calendar = Ical.Net.Calendar.Load(text)!;
        var events = calendar.Events.OrderBy(e => e.DtStart!.Value).ToList();
        Assert.Equal(
            [
                ("handlingar.24hsn5898@remiss", "2025-02-27", "Handlingar senast till Hälso- och sjukvårdsutskottet: SOU 2024:72"),
                ("sammantrade-hsu.24hsn5898@remiss", "2025-03-13", "Hälso- och sjukvårdsutskottet: SOU 2024:72"),
                ("sammantrade-hsn.24hsn5898@remiss", "2025-03-19", "Hälso- och sjukvårdsnämnden (beslutar): SOU 2024:72"),
                ("svarstid.24hsn5898@remiss", "2025-03-21", "Svarstid: SOU 2024:72"),
            ],
            events.Select(e => (e.Uid!, e.DtStart!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), e.Summary!)));
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        Assert.All(events, e => Assert.Equal(e.DtStart!.Value.AddDays(1), e.DtEnd!.Value));
    }

    [Fact]
    public void The_ics_file_is_read_back_by_a_second_parser()
    {
        using var folder = Folder();
        var ics = folder.File("remisser.ics");
        Cli.Run("plan", folder.Path, "--today", "2025-03-01", "--ics", ics);

        // Python's icalendar (Debian python3-icalendar), an independent RFC 5545 implementation.
        const string script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in cal.walk('VEVENT'):
                start, end = e.decoded('DTSTART'), e.decoded('DTEND')
                print(e['UID'], type(start).__name__, start.isoformat(), (end - start).days, e['SUMMARY'], sep='|')
            """;
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(ics);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, $"python3-icalendar is needed (apt-get install python3-icalendar): {error}");
        Assert.Equal(
            [
                "handlingar.24hsn5898@remiss|date|2025-03-27|1|Handlingar senast till Hälso- och sjukvårdsutskottet: SOU 2024:72",
                "sammantrade-hsu.24hsn5898@remiss|date|2025-04-10|1|Hälso- och sjukvårdsutskottet: SOU 2024:72",
                "sammantrade-hsn.24hsn5898@remiss|date|2025-04-23|1|Hälso- och sjukvårdsnämnden (beslutar): SOU 2024:72",
                "svarstid.24hsn5898@remiss|date|2025-03-21|1|Svarstid: SOU 2024:72",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_malformed_today_is_bad_usage()
    {
        using var folder = Folder();

        var result = Cli.Run("plan", folder.Path, "--today", "2025-13-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--today: '2025-13-01' är inget datum; skriv åååå-mm-dd, t.ex. 2025-03-01.", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("file-as-folder")]
    public void An_ics_path_that_cannot_be_written_fails_and_writes_nothing(string kind)
    {
        using var folder = Folder();
        var blocker = folder.Write("fil", "inte en mapp");
        var ics = kind == "folder" ? folder.Path : Path.Combine(blocker, "remisser.ics");

        var result = Cli.Run("plan", folder.Path, "--ics", ics);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("remiss: --ics: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
        Assert.Equal(["fil", "organisation.yaml", "sou-2024-72.remiss.yaml"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_remiss_without_an_organisation_file_is_named_and_fails()
    {
        using var folder = new TempFolder();
        folder.Write("sou-2024-72.remiss.yaml", Examples.ExampleText);

        var result = Cli.Run("plan", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("planeras inte: ingen organisationsfil gäller", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_organisation_option_overrides_the_nearest_file()
    {
        using var folder = new TempFolder();
        folder.Write("remisser/sou-2024-72.remiss.yaml", Examples.ExampleText);
        var organisation = folder.Write("annan/organisation.yaml", OrganisationText);

        var result = Cli.Run("plan", folder.File("remisser"), "--organisation", organisation, "--today", "2025-02-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  Hälso- och sjukvårdsnämnden    2025-03-19 (beslutar)", result.OutLines);
    }
}
