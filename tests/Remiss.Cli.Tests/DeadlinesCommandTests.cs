using System.Text.Json;

namespace Remiss.Cli.Tests;

public sealed class DeadlinesCommandTests
{
    private static TempFolder ThreeReferrals()
    {
        var folder = new TempFolder();
        folder.Write("later.remiss.yaml", Examples.Referral("SOU 2025:9", "Senare utredning", "2025-05-05"));
        folder.Write("overdue.remiss.yaml", Examples.Referral("Ds 2024:30", "Försenad promemoria", "2025-02-03"));
        // Its original deadline is the earliest, but the extension makes it the middle one.
        folder.Write("extended.remiss.yaml", Examples.Referral("SOU 2024:99", "Förlängd utredning", "2025-01-31", extendedUntil: "2025-03-10"));
        return folder;
    }

    [Fact]
    public void Json_lists_every_referral_by_effective_deadline_and_parses_back()
    {
        using var folder = ThreeReferrals();

        var result = Cli.Run("deadlines", folder.Path, "--today", "2025-03-01", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("2025-03-01", root.GetProperty("today").GetString());
        var rows = root.GetProperty("referrals").EnumerateArray().ToList();
        Assert.Equal(["Ds 2024:30", "SOU 2024:99", "SOU 2025:9"], rows.Select(r => r.GetProperty("number").GetString()!).ToArray());

        var overdue = rows[0];
        Assert.Equal("2025-02-03", overdue.GetProperty("effectiveDeadline").GetString());
        Assert.Equal(-26, overdue.GetProperty("daysLeft").GetInt32());
        Assert.Equal("overdue", overdue.GetProperty("state").GetString());

        var extended = rows[1];
        Assert.Equal("2025-01-31", extended.GetProperty("deadline").GetString());
        Assert.Equal("2025-03-10", extended.GetProperty("effectiveDeadline").GetString());
        Assert.Equal(9, extended.GetProperty("daysLeft").GetInt32());
        Assert.True(extended.GetProperty("extended").GetBoolean());
        Assert.Equal("dueSoon", extended.GetProperty("state").GetString());

        Assert.Equal("later", rows[2].GetProperty("state").GetString());
        Assert.False(rows[2].GetProperty("extended").GetBoolean());
    }

    [Fact]
    public void Without_today_the_environment_date_is_used()
    {
        using var folder = ThreeReferrals();

        var result = Cli.Run("deadlines", folder.Path, "--json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("2025-03-01", json.RootElement.GetProperty("today").GetString()); // Cli.Today
    }

    [Fact]
    public void Redirected_output_is_a_plain_table_with_status_words()
    {
        using var folder = ThreeReferrals();

        var result = Cli.Run("deadlines", folder.Path, "--today", "2025-03-01");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out);
        var lines = result.OutLines;
        Assert.Matches(@"^Nummer\s+Titel\s+Departement\s+Svarstid\s+Dagar kvar\s+Förlängd\s+Handlingar senast\s+Beslutsmöte\s+Status$", lines[0].Trim());
        Assert.Matches(@"^Ds 2024:30\s+Försenad promemoria\s+Socialdepartementet\s+2025-02-03\s+-26\s+nej\s+–\s+–\s+försenad$", lines[1].Trim());
        // The status column is the remiss's one status (RemissStatus): open and on time without meeting calendars is "utkast".
        Assert.Matches(@"^SOU 2024:99\s+Förlängd utredning\s+Socialdepartementet\s+2025-03-10\s+9\s+ja\s+–\s+–\s+utkast$", lines[2].Trim());
        Assert.Matches(@"^SOU 2025:9\s+Senare utredning\s+Socialdepartementet\s+2025-05-05\s+65\s+nej\s+–\s+–\s+utkast$", lines[3].Trim());
    }

    [Fact]
    public void A_terminal_gets_colour_unless_no_color_is_set()
    {
        using var folder = ThreeReferrals();

        var coloured = Cli.Run(terminal: true, noColor: false, "deadlines", folder.Path, "--today", "2025-03-01");
        var noColor = Cli.Run(terminal: true, noColor: true, "deadlines", folder.Path, "--today", "2025-03-01");

        Assert.Contains("\u001b[", coloured.Out);
        Assert.Contains("försenad", coloured.Out);
        Assert.DoesNotContain('\u001b', noColor.Out);
        Assert.Contains("försenad", noColor.Out);
    }

    [Fact]
    public void Long_titles_are_shortened_in_the_table_but_not_in_json()
    {
        using var folder = new TempFolder();
        var title = "En mycket lång titel på en utredning som aldrig tycks ta slut och fortsätter";
        folder.Write("lang.remiss.yaml", Examples.Referral("SOU 2025:1", title, "2025-05-05"));

        var table = Cli.Run("deadlines", folder.Path, "--today", "2025-03-01");
        var json = Cli.Run("deadlines", folder.Path, "--today", "2025-03-01", "--json");

        Assert.Contains("En mycket lång titel på en utredning som aldrig…", table.Out);
        Assert.DoesNotContain("fortsätter", table.Out);
        Assert.Contains(title, json.Out);
    }

    [Fact]
    public void A_broken_file_is_named_and_the_rest_are_still_listed()
    {
        using var folder = ThreeReferrals();
        folder.Write("trasig.remiss.yaml", "format: remiss/1\nremiss: [\n");

        var result = Cli.Run("deadlines", folder.Path, "--today", "2025-03-01", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("trasig.remiss.yaml", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(3, json.RootElement.GetProperty("referrals").GetArrayLength());
    }

    [Fact]
    public void A_malformed_today_is_bad_usage()
    {
        Assert.Equal(2, Cli.Run("deadlines", Examples.ExamplePath, "--today", "1 mars").ExitCode);
    }
}

public sealed class DeadlinesNonWorkingDayTests
{
    [Fact]
    public void A_deadline_on_a_non_working_day_says_why_in_the_table_and_the_json()
    {
        using var folder = new TempFolder();
        folder.Write("lordag.remiss.yaml", Examples.Referral("SOU 2025:4", "Lördagsremiss", "2025-03-22")); // a Saturday

        var json = Cli.Run("deadlines", folder.Path, "--today", "2025-03-01", "--json");
        var table = Cli.Run("deadlines", folder.Path, "--today", "2025-03-01");

        using var document = System.Text.Json.JsonDocument.Parse(json.Out);
        var reason = document.RootElement.GetProperty("referrals")[0].GetProperty("nonWorkingReason").GetString();
        Assert.False(string.IsNullOrEmpty(reason));
        Assert.Contains($"2025-03-22 ({reason})", table.Out);
    }
}
