using Remiss.Core;
using Remiss.Tests.Shared;
using static Remiss.Core.Tests.MeetingRecordWordingTests;
using static Remiss.Tests.Shared.ExampleOrganisation;

namespace Remiss.Core.Tests;

/// <summary>The justering keys of a recorded meeting (ORGANISATION.md §8): read, filled from the organisation file, checked with located messages.</summary>
public class JusteringTests
{
    private static readonly OrganisationFile WithMinutes = Example with
    {
        Minutes = new OrganisationMinutes(KeptAt: "Regionkansliet, Härnösand", CertifiedBy: new Signatory("Anna Sekreterare", "Nämndsekreterare")),
    };

    private static LoadResult Load(string records, OrganisationFile? organisation = null) =>
        RemissLoader.Load(WithRecords(records), "sou-2024-72.remiss.yaml", new LoadOptions { Organisation = organisation ?? WithMinutes, OrganisationPath = "organisation.yaml" });

    private static string WithRecords(string records) =>
        Examples.ExampleText.Replace("\r\n", "\n").Replace("  notify: [Socialdepartementet]\n", "  notify: [Socialdepartementet]\n  meetings:\n" + records, StringComparison.Ordinal);

    /// <summary><c>(line,column)</c> of <paramref name="value"/> on the line that contains <paramref name="line"/>.</summary>
    private static string At(string records, string line, string value)
    {
        var lines = WithRecords(records).Split('\n');
        var index = Array.FindLastIndex(lines, l => l.Contains(line, StringComparison.Ordinal));
        return $"({index + 1},{lines[index].IndexOf(value, StringComparison.Ordinal) + 1})";
    }

    private static string Single(string records, string code, OrganisationFile? organisation = null) =>
        Assert.Single(Load(records, organisation).Diagnostics, d => d.Code == code).ToString();

    [Fact]
    public void A_justerad_meeting_takes_where_the_minutes_are_kept_and_who_certifies_from_the_organisation_file()
    {
        var result = Load(Hsu + "      adjusted: 2025-03-20\n" + Hsn);

        Assert.Empty(result.Diagnostics);
        var notice = Assert.Single(JusteringNotice.AllOf(result.File!));
        Assert.Equal("Hälso- och sjukvårdsutskottet", notice.Meeting.Body);
        Assert.Equal(("Regionkansliet, Härnösand", new Signatory("Anna Sekreterare", "Nämndsekreterare")), (notice.KeptAt, notice.CertifiedBy));
        Assert.Equal((D("2025-03-20"), D("2025-03-24"), D("2025-04-10"), D("2025-04-11")),
            (notice.Dates.Posted, notice.Dates.LatestPosting, notice.Dates.LastDayToAppeal, notice.Dates.TakenDown));
        Assert.Equal("Anslag Hälso- och sjukvårdsutskottet 2025-03-13 § 25", notice.FileName);
        Assert.Null(JusteringNotice.For(result.File!, result.File!.Decision.Meetings[1]));
    }

    [Fact]
    public void The_records_own_values_win_over_the_organisation_files()
    {
        var result = Load(Hsn + "      adjusted: 2025-03-19\n      notice_posted: 2025-03-20\n      kept_at: Nämndkansliet, Sundsvall\n      certified_by: { name: Per Persson }\n");

        var notice = Assert.Single(JusteringNotice.AllOf(result.File!));
        Assert.Equal(("Nämndkansliet, Sundsvall", new Signatory("Per Persson", null), D("2025-03-20")), (notice.KeptAt, notice.CertifiedBy, notice.Dates.Posted));
    }

    [Fact]
    public void Minutes_justerade_before_the_meeting_is_an_error_at_the_date()
    {
        var records = Hsn + "      adjusted: 2025-03-18\n";

        Assert.Equal(
            "sou-2024-72.remiss.yaml" + At(records, "adjusted: 2025-03-18", "2025") + ": error RMS0300: Protokollet kan inte ha justerats 2025-03-18, före sammanträdet den 2025-03-19. Skriv under 'adjusted' dagen då protokollet justerades (åååå-mm-dd), sammanträdesdagen eller senare.",
            Single(records, "RMS0300"));
    }

    [Fact]
    public void A_notice_key_without_a_justering_date_is_an_error_at_the_key()
    {
        var records = Hsn + "      notice_posted: 2025-03-20\n";

        Assert.Equal(
            "sou-2024-72.remiss.yaml" + At(records, "notice_posted:", "2025") + ": error RMS0301: 'notice_posted' gäller anslaget om justeringen, men sammanträdet den 2025-03-19 har inget justeringsdatum. Skriv 'adjusted: åååå-mm-dd' (dagen då protokollet justerades), eller ta bort 'notice_posted'.",
            Single(records, "RMS0301"));
    }

    [Fact]
    public void A_notice_posted_before_the_justering_is_an_error()
    {
        var records = Hsn + "      adjusted: 2025-03-20\n      notice_posted: 2025-03-19\n";

        Assert.Contains("error RMS0302: Anslaget kan inte ha satts upp 2025-03-19, före justeringen den 2025-03-20.", Single(records, "RMS0302"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_posted_after_the_second_day_is_a_warning_that_names_the_moved_day()
    {
        // Justering on skärtorsdagen 2025-04-17: the second day after is påskafton, so the last day is Tuesday 04-22.
        var records = Hsn.Replace("2025-03-19", "2025-04-17", StringComparison.Ordinal) + "      adjusted: 2025-04-17\n      notice_posted: 2025-04-23\n";
        var result = Load(records, WithMinutes with { Bodies = EquatableArray.Create(Utskott, Namnd with { Meetings = Dates("2025-02-19", "2025-03-19", "2025-04-17") }) });

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RMS0303");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(
            "Anslaget sattes upp 2025-04-23, men justeringen den 2025-04-17 ska tillkännages senast 2025-04-22 (andra dagen efter justeringen 2025-04-19, som är en lördag, flyttad till nästa vardag, kommunallagen 8 kap. 12 §). Kontrollera datumet mot anslagstavlan; tiden för överklagande räknas från dagen då anslaget sattes upp.",
            warning.Message);
    }

    [Fact]
    public void A_notice_that_cannot_say_where_the_minutes_are_kept_is_a_warning()
    {
        var records = Hsn + "      adjusted: 2025-03-19\n";

        Assert.Contains("warning RMS0304: Anslaget om justeringen den 2025-03-19 ska säga var protokollet förvaras", Single(records, "RMS0304", Example), StringComparison.Ordinal);
        Assert.DoesNotContain(Load(records).Diagnostics, d => d.Code == "RMS0304");
    }
}
