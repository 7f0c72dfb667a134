using Remiss.Core;
using static Remiss.Tests.Shared.ExampleOrganisation;

namespace Remiss.Core.Tests;

/// <summary>The plan's warnings and the decision record's rules (ORGANISATION.md §3 and §4) as the loader reports them.</summary>
public class MeetingDiagnosticsTests
{
    private const string Notify = "  notify: [Socialdepartementet]\n";
    private const string Extension = "  extensions:\n    - until: 2025-03-21\n";

    private static string Example(string oldText = "", string newText = "")
    {
        var text = TestFiles.ExampleText.Replace("\r\n", "\n");
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return oldText.Length == 0 ? text : text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static string WithMeetings(string meetings, string? text = null) =>
        (text ?? Example()).Replace(Notify, Notify + "  meetings:\n" + meetings, StringComparison.Ordinal);

    private static LoadResult Load(string yaml, LoadOptions? options = null) => RemissLoader.Load(yaml, "sou-2024-72.remiss.yaml", options ?? Options);

    private static string Line(string yaml, string startsWith) =>
        (yaml.Split('\n').Select((l, i) => (l, i)).First(p => p.l.TrimStart().StartsWith(startsWith, StringComparison.Ordinal)).i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_example_with_immediate_adjustment_has_no_meeting_warnings()
    {
        var result = Load(Example());

        Assert.DoesNotContain(result.Diagnostics, d => string.CompareOrdinal(d.Code, "RMS0090") >= 0 && string.CompareOrdinal(d.Code, "RMS0109") <= 0);
        Assert.Same(Remiss.Tests.Shared.ExampleOrganisation.Example, result.Organisation);
    }

    [Fact]
    public void Immediate_adjustment_needed_but_missing_names_the_meeting_the_adjusted_by_date_and_the_deadline()
    {
        var yaml = Example("    - immediate-adjustment\n", string.Empty);
        var result = Load(yaml);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RMS0090");
        Assert.Equal(
            $"sou-2024-72.remiss.yaml({Line(yaml, "- submit-response")},5): warning RMS0090: Det beslutande sammanträdet i Hälso- och sjukvårdsnämnden den 2025-03-19 justeras senast 2025-03-26, efter svarstiden 2025-03-21. Lägg till '- immediate-adjustment' i 'decision.clauses' så att paragrafen förklaras omedelbart justerad.",
            warning.ToString());
        Assert.NotNull(result.File);
    }

    [Fact]
    public void Without_the_extension_the_February_meetings_need_no_immediate_adjustment()
    {
        var result = Load(Example(Extension, string.Empty).Replace("    - immediate-adjustment\n", string.Empty, StringComparison.Ordinal));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RMS0090" or "RMS0091" or "RMS0092");
    }

    [Fact]
    public void No_plan_before_the_deadline_names_the_body_without_a_meeting()
    {
        var yaml = Example(Extension, string.Empty).Replace("deadline: 2025-03-10", "deadline: 2025-02-10", StringComparison.Ordinal);
        var result = Load(yaml);

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RMS0091");
        Assert.Equal(
            $"sou-2024-72.remiss.yaml({Line(yaml, "deadline:")},13): warning RMS0091: Remissen hinner inte beslutas före svarstiden 2025-02-10: Hälso- och sjukvårdsnämnden har inget sammanträde senast 2025-02-10 enligt organisationsfilen. Begär förlängd svarstid ('remiss plan' visar till vilket datum) och skriv in den under 'remiss.extensions'.",
            warning.ToString());
    }

    [Fact]
    public void A_calendar_that_does_not_reach_is_a_warning_about_the_organisation_file()
    {
        var result = Load(Example("until: 2025-03-21", "until: 2025-06-30"));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == "RMS0092");
        Assert.Equal("organisation.yaml", warning.FilePath);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(
            "Sammanträdena för Hälso- och sjukvårdsnämnden i organisationsfilen räcker inte för svarstiden 2025-06-30: kalendern gäller 2025-02-06–2025-04-23, men planen behöver 2025-06-30. Lägg till sammanträdena under 'hsn' i organisationsfilen; i remissfilen är det inget fel.",
            warning.Message);
        Assert.NotNull(result.File);
    }

    [Fact]
    public void Without_an_organisation_file_nothing_is_planned()
    {
        var result = Load(Example("    - immediate-adjustment\n", string.Empty), LoadOptions.Default);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RMS0090" or "RMS0091" or "RMS0092");
    }

    [Fact]
    public void Recorded_bodies_by_id_or_name_are_written_as_in_the_path()
    {
        var yaml = WithMeetings("""
                - body: hsu
                  date: 2025-03-13
                  paragraph: 25
                  note: Pia Lundin (SJVP) avstår från att delta i beslutet.
                - body: hälso- och sjukvårdsnämnden
                  date: 2025-03-19
                  paragraph: 41

            """);
        var result = Load(yaml);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [
                new RecordedMeeting("Hälso- och sjukvårdsutskottet", D("2025-03-13"), 25, "Pia Lundin (SJVP) avstår från att delta i beslutet."),
                new RecordedMeeting("Hälso- och sjukvårdsnämnden", D("2025-03-19"), 41),
            ],
            result.File!.Decision.Meetings);
    }

    [Fact]
    public void Without_an_organisation_file_records_name_the_bodies_of_the_path()
    {
        var yaml = WithMeetings("    - body: Hälso- och sjukvårdsutskottet\n      date: 2025-03-13\n      paragraph: 25\n");
        var result = Load(yaml, LoadOptions.Default);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal("Hälso- och sjukvårdsutskottet", Assert.Single(result.File!.Decision.Meetings).Body);
        Assert.Contains(Load(WithMeetings("    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n"), LoadOptions.Default).Diagnostics, d => d.Code == "RMS0093");
    }

    [Fact]
    public void A_body_not_in_the_path_is_an_error_with_a_hint()
    {
        var yaml = WithMeetings("    - body: Hälso- och sjukvårdsutskotet\n      date: 2025-03-13\n      paragraph: 25\n");
        var result = Load(yaml, LoadOptions.Default);

        var error = Assert.Single(result.Errors);
        Assert.Equal(
            $"sou-2024-72.remiss.yaml({Line(yaml, "- body:")},13): error RMS0093: \"Hälso- och sjukvårdsutskotet\" i 'decision.meetings' är inget av organen i 'decision.path' (Hälso- och sjukvårdsutskottet och Hälso- och sjukvårdsnämnden). Menade du 'Hälso- och sjukvårdsutskottet'? Skriv ett organ ur beslutsvägen, med id eller namn.",
            error.ToString());
        Assert.Null(result.File);
        Assert.Equal("RMS0093", Assert.Single(Load(WithMeetings("    - body: Regionstyrelsen\n      date: 2025-03-13\n      paragraph: 25\n")).Errors).Code);
    }

    [Fact]
    public void With_an_organisation_file_a_recorded_body_follows_the_rules_of_path_items()
    {
        var misspelt = Load(WithMeetings("    - body: Hälso- och sjukvårdsutskotet\n      date: 2025-03-13\n      paragraph: 25\n"));
        var letterCase = Load(WithMeetings("    - body: HSU\n      date: 2025-03-13\n      paragraph: 25\n"));

        Assert.Equal(
            "\"Hälso- och sjukvårdsutskotet\" finns inte bland organen i organisationsfilen organisation.yaml. Menade du 'Hälso- och sjukvårdsutskottet'? Rätta stavningen eller skriv id:t 'hsu'.",
            Assert.Single(misspelt.Errors, d => d.Code == "RMS0078").Message);
        Assert.Single(letterCase.Warnings, d => d.Code == "RMS0077" && d.Line > 50);
        Assert.Equal("Hälso- och sjukvårdsutskottet", Assert.Single(letterCase.File!.Decision.Meetings).Body);
    }

    [Fact]
    public void Two_records_for_one_body_is_an_error_naming_the_first()
    {
        var yaml = WithMeetings("""
                - body: hsu
                  date: 2025-03-13
                  paragraph: 25
                - body: Hälso- och sjukvårdsutskottet
                  date: 2025-03-14
                  paragraph: 26

            """);
        var error = Assert.Single(Load(yaml).Errors);

        Assert.Equal("RMS0094", error.Code);
        Assert.Equal($"Hälso- och sjukvårdsutskottet har redan ett beslut i 'decision.meetings' (rad {Line(yaml, "- body: hsu")}). Varje organ beslutar en gång i ärendet; ta bort den ena posten.", error.Message);
    }

    [Theory]
    [InlineData("2025-03-13")]
    [InlineData("2025-03-12")]
    public void Dates_that_do_not_increase_along_the_path_are_an_error(string namndDate)
    {
        var yaml = WithMeetings($"""
                - body: hsu
                  date: 2025-03-13
                  paragraph: 25
                - body: hsn
                  date: {namndDate}
                  paragraph: 41

            """);
        var error = Assert.Single(Load(yaml).Errors);

        Assert.Equal("RMS0095", error.Code);
        Assert.Equal($"Sammanträdet i Hälso- och sjukvårdsnämnden den {namndDate} är inte senare än sammanträdet i Hälso- och sjukvårdsutskottet den 2025-03-13, som kommer före i beslutsvägen. Datumen ska öka längs beslutsvägen; kontrollera dem mot protokollen.", error.Message);
        Assert.Equal(int.Parse(Line(yaml, "- body: hsn"), System.Globalization.CultureInfo.InvariantCulture) + 1, error.Line);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("25a")]
    [InlineData("\"25a\"")]
    [InlineData("-3")]
    [InlineData("2.5")]
    [InlineData("025")]
    [InlineData("9999999999")]
    public void A_paragraph_that_is_not_a_positive_whole_number_is_an_error(string paragraph)
    {
        var yaml = WithMeetings($"    - body: hsu\n      date: 2025-03-13\n      paragraph: {paragraph}\n");
        var error = Assert.Single(Load(yaml).Errors);

        Assert.Equal(
            $"sou-2024-72.remiss.yaml({Line(yaml, "paragraph:")},18): error RMS0096: 'decision.meetings[0].paragraph' ska vara paragrafens nummer i protokollet, ett heltal från 1 (t.ex. 25), men är \"{paragraph.Trim('"')}\". Skriv bara siffrorna.",
            error.ToString());
    }

    [Fact]
    public void Records_out_of_path_order_are_an_error()
    {
        var yaml = WithMeetings("""
                - body: hsn
                  date: 2025-03-19
                  paragraph: 41
                - body: hsu
                  date: 2025-03-13
                  paragraph: 25

            """);
        var error = Assert.Single(Load(yaml).Errors);

        Assert.Equal("RMS0099", error.Code);
        Assert.Equal("'decision.meetings' ska stå i beslutsvägens ordning, men Hälso- och sjukvårdsutskottet står efter Hälso- och sjukvårdsnämnden. Flytta posterna så att ordningen blir Hälso- och sjukvårdsutskottet, Hälso- och sjukvårdsnämnden.", error.Message);
    }

    [Fact]
    public void A_date_outside_the_calendar_and_a_deciding_meeting_after_the_deadline_are_warnings()
    {
        var yaml = WithMeetings("""
                - body: hsu
                  date: 2025-03-14
                  paragraph: 25
                - body: hsn
                  date: 2025-04-23
                  paragraph: 41

            """);
        var result = Load(yaml);

        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            "Hälso- och sjukvårdsutskottet har inget sammanträde den 2025-03-14 enligt organisationsfilen (sammanträden: 2025-02-06, 2025-03-13, 2025-04-10). Kontrollera datumet mot protokollet, eller lägg till sammanträdet i organisationsfilen.",
            Assert.Single(result.Warnings, d => d.Code == "RMS0097").Message);
        Assert.Equal(
            "Det beslutande sammanträdet den 2025-04-23 är efter svarstiden 2025-03-21. Kontrollera datumet, eller skriv in den förlängning som har beviljats under 'remiss.extensions'.",
            Assert.Single(result.Warnings, d => d.Code == "RMS0098").Message);
    }

    [Fact]
    public void Meetings_are_read_by_the_schema_the_json_schema_is_made_from()
    {
        var meetings = RemissSchema.Root.Child("decision")!.Child("meetings")!;

        // §4's keys, then what happened at the meeting (§7), then the justering of its minutes (§8).
        Assert.Equal(["body", "date", "paragraph", "note", "proposals", "vote", "outcome", "reservations", "entries", "disqualified", "not_taking_part", "adjusted", "notice_posted", "kept_at", "certified_by"], meetings.Items!.Children.Select(c => c.Name));
        Assert.Equal(SchemaValueKind.PositiveInteger, meetings.Items.Child("paragraph")!.Kind);
        Assert.Contains(Load(WithMeetings("    - body: hsu\n      datum: 2025-03-13\n      paragraph: 25\n")).Errors, d => d.Code == "RMS0011");
    }
}
