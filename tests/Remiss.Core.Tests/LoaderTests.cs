using System.Diagnostics;
using System.Text;
using Remiss.Core;

namespace Remiss.Core.Tests;

public class LoaderTests
{
    private static LoadResult LoadWith(string find, string replace)
    {
        Assert.Contains(find, TestFiles.Minimal);
        return TestFiles.Load(TestFiles.Minimal.Replace(find, replace));
    }

    private static Diagnostic Single(LoadResult result, string code)
    {
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{string.Join("\n", result.Diagnostics)}");
        return matching[0];
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        Assert.Equal("test.remiss.yaml", diagnostic.FilePath);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Minimal_file_loads_without_diagnostics()
    {
        var result = TestFiles.Load(TestFiles.Minimal);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.File);
        Assert.Equal("En utredning", result.File!.Remiss.Title);
        Assert.Equal(new CalendarDate(2025, 3, 10), result.File.Remiss.EffectiveDeadline);
    }

    [Fact]
    public void Example_file_loads_into_the_model()
    {
        var file = TestFiles.LoadExample();
        Assert.Equal(ReferralKind.Betankande, file.Remiss.Kind);
        Assert.Equal(DocumentSeries.Sou, file.Remiss.Number!.Series);
        Assert.Equal(72, file.Remiss.Number.Ordinal);
        Assert.Equal(new CalendarDate(2025, 3, 21), file.Remiss.EffectiveDeadline);
        Assert.Equal(20, file.Remiss.ConsultedBodies.Count);
        Assert.Equal(new[] { "Sara Hjalmarsson" }, file.Case.Officers);
        Assert.Equal(new[] { ClauseReference.ForId("submit-response"), ClauseReference.ForId("immediate-adjustment") }, file.Decision.Clauses);
        Assert.Equal(2, file.Response.Comments.Count);
        Assert.Equal(Position.Opposes, file.Response.Comments[1].Position);
        Assert.Equal("6", file.Response.Comments[0].Section);
        Assert.Contains("**kritisk**", file.Memo.Assessment);
        Assert.Equal("Ordförande, hälso- och sjukvårdsnämnden", file.Response.Signatories[0].Role);
    }

    [Fact]
    public void Sources_tell_where_each_value_stands()
    {
        var result = TestFiles.Load(TestFiles.Minimal);
        Assert.Equal(new SourceSpan(5, 11, 5, 21), result.Sources!.Find("remiss.number"));
        Assert.Equal(7, result.Sources.Find("remiss.deadline")!.Value.Line);
        Assert.Equal(13, result.Sources.Find("decision.clauses[0]")!.Value.Line);
        Assert.Null(result.Sources.Find("remiss.received"));
        Assert.Equal(result, TestFiles.Load(TestFiles.Minimal));
    }

    [Fact]
    public void Loading_the_same_text_twice_gives_equal_models()
    {
        var a = TestFiles.LoadExample();
        var b = TestFiles.LoadExample();
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Missing_required_key_is_reported_at_its_mapping()
    {
        var result = LoadWith("  title: En utredning\n", string.Empty);
        var d = Single(result, "RMS0010");
        AssertAt(d, 3, 3);
        Assert.Contains("'title'", d.Message);
        Assert.Contains("'remiss'", d.Message);
        Assert.Null(result.File);
    }

    [Fact]
    public void Missing_section_is_reported()
    {
        var result = LoadWith("memo:\n  assessment: Bra.", string.Empty);
        Assert.Contains("'memo'", Single(result, "RMS0010").Message);
    }

    [Fact]
    public void Unknown_key_gets_a_did_you_mean_hint()
    {
        var d = Single(LoadWith("  kind: betänkande", "  knid: betänkande"), "RMS0011");
        AssertAt(d, 4, 3);
        Assert.Contains("Menade du 'kind'?", d.Message);
    }

    [Fact]
    public void Unknown_key_without_close_match_lists_the_allowed_keys()
    {
        var d = Single(LoadWith("  dnr: 24HSN1", "  dnr: 24HSN1\n  färg: blå"), "RMS0011");
        AssertAt(d, 11, 3);
        Assert.Contains("organisation, dnr, responsible, officers, date", d.Message);
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        var d = Single(LoadWith("  title: En utredning", "  title: [a, b]"), "RMS0012");
        AssertAt(d, 3, 10);
        Assert.Contains("remiss.title", d.Message);
    }

    [Fact]
    public void Impossible_date_is_reported()
    {
        var result = LoadWith("  deadline: 2025-03-10", "  deadline: 2025-02-30\n  received: 2024-12-10");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RMS0013", d.Code);
        AssertAt(d, 7, 13);
        Assert.Contains("finns inte", d.Message);
    }

    [Fact]
    public void Date_in_another_shape_is_reported_with_the_expected_shape()
    {
        var d = Single(LoadWith("  deadline: 2025-03-10", "  deadline: 10/3/2025"), "RMS0013");
        Assert.Contains("åååå-mm-dd", d.Message);
    }

    [Fact]
    public void Value_outside_the_allowed_choices_gets_a_hint()
    {
        var d = Single(LoadWith("  kind: betänkande", "  kind: betänkandet"), "RMS0014");
        AssertAt(d, 4, 9);
        Assert.Contains("Menade du 'betänkande'?", d.Message);
        Assert.Contains("betänkande, promemoria, other", d.Message);
    }

    [Fact]
    public void Empty_required_value_is_reported() =>
        AssertAt(Single(LoadWith("  title: En utredning", "  title:"), "RMS0017"), 3, 9);

    [Fact]
    public void Empty_clause_list_is_an_error() =>
        AssertAt(Single(LoadWith("  clauses: [submit-response]", "  clauses: []"), "RMS0043"), 13, 12);

    [Fact]
    public void Unsupported_format_is_reported()
    {
        AssertAt(Single(LoadWith("format: remiss/1", "format: remiss/2"), "RMS0015"), 1, 9);
    }

    [Fact]
    public void Number_of_another_series_is_a_warning_and_the_file_still_loads()
    {
        var result = LoadWith("  number: SOU 2024:1", "  number: prop. 2023/24:1");
        var d = Single(result, "RMS0020");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, 5, 11);
        Assert.NotNull(result.File);
        Assert.Equal(DocumentSeries.Other, result.File!.Remiss.Number!.Series);
    }

    [Fact]
    public void Number_with_wrong_case_suggests_the_right_spelling() =>
        Assert.Contains("Menade du \"SOU 2024:1\"?", Single(LoadWith("  number: SOU 2024:1", "  number: sou 2024:1"), "RMS0020").Message);

    [Fact]
    public void Extension_not_later_than_the_deadline_is_an_error()
    {
        var d = Single(LoadWith("  deadline: 2025-03-10", "  deadline: 2025-03-10\n  extensions:\n    - until: 2025-03-10"), "RMS0030");
        AssertAt(d, 9, 14);
    }

    [Fact]
    public void Extension_not_later_than_the_extension_before_it_is_an_error()
    {
        var result = LoadWith("  deadline: 2025-03-10", "  deadline: 2025-03-10\n  extensions:\n    - until: 2025-03-21\n    - until: 2025-03-14");
        AssertAt(Single(result, "RMS0030"), 10, 14);
    }

    [Fact]
    public void Received_after_the_deadline_is_an_error() =>
        AssertAt(Single(LoadWith("  deadline: 2025-03-10", "  deadline: 2025-03-10\n  received: 2025-04-01"), "RMS0031"), 8, 13);

    [Fact]
    public void Same_body_consulted_twice_is_a_warning_naming_the_first_line()
    {
        var result = LoadWith("  deadline: 2025-03-10", "  deadline: 2025-03-10\n  consulted_bodies:\n    - Region Gotland\n    - Region Skåne\n    - Region Gotland");
        var d = Single(result, "RMS0032");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, 11, 7);
        Assert.Contains("rad 9", d.Message);
        Assert.NotNull(result.File);
    }

    [Fact]
    public void Empty_path_is_an_error() =>
        AssertAt(Single(LoadWith("  path: [Nämnden]", "  path: []"), "RMS0040"), 12, 9);

    [Fact]
    public void Unknown_clause_id_gets_a_hint()
    {
        var d = Single(LoadWith("  clauses: [submit-response]", "  clauses: [submit-respons]"), "RMS0041");
        AssertAt(d, 13, 13);
        Assert.Contains("Menade du 'submit-response'?", d.Message);
    }

    [Fact]
    public void Clause_argument_given_to_an_id_without_one_is_an_error() =>
        Assert.Contains("tar inget argument", Single(LoadWith("  clauses: [submit-response]", "  clauses: [{immediate-adjustment: nu}]"), "RMS0042").Message);

    [Fact]
    public void Clause_argument_missing_is_an_error() =>
        Assert.Contains("refer-without-proposal: …", Single(LoadWith("  clauses: [submit-response]", "  clauses: [refer-without-proposal]"), "RMS0042").Message);

    [Fact]
    public void Clause_forms_id_argument_and_text_load()
    {
        var result = LoadWith("  clauses: [submit-response]", "  clauses:\n    - submit-response\n    - refer-without-proposal: hälso- och sjukvårdsnämnden\n    - text: ge direktören i uppdrag att återkomma.");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            new[]
            {
                "att avge ”Yttrande över remiss; betänkandet En utredning (SOU 2024:1)”;",
                "att överlämna ärendet till hälso- och sjukvårdsnämnden utan eget förslag till beslut; samt",
                "att ge direktören i uppdrag att återkomma.",
            },
            DecisionText.For(result.File!).Clauses);
        Assert.Equal("Nämnden beslutar", DecisionText.For(result.File!).Intro);
        Assert.Equal("Beslut", DecisionText.For(result.File!).Heading);
    }

    [Fact]
    public void Clause_of_the_wrong_shape_is_an_error() =>
        Single(LoadWith("  clauses: [submit-response]", "  clauses: [[a, b]]"), "RMS0044");

    [Fact]
    public void Deadline_on_a_weekend_is_a_warning() =>
        Assert.Contains("en lördag", Single(LoadWith("  deadline: 2025-03-10", "  deadline: 2025-03-08"), "RMS0033").Message);

    [Fact]
    public void Effective_deadline_on_a_holiday_is_a_warning_at_the_extension()
    {
        var d = Single(LoadWith("  deadline: 2025-03-10", "  deadline: 2025-03-10\n  extensions:\n    - until: 2025-12-25"), "RMS0033");
        AssertAt(d, 9, 14);
        Assert.Contains("juldagen", d.Message);
    }

    [Fact]
    public void Department_dnr_prefix_must_match_the_department()
    {
        var d = Single(LoadWith("  department: Socialdepartementet", "  department: Socialdepartementet\n  department_dnr: Fi2024/00001"), "RMS0022");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("\"S\"", d.Message);
    }

    [Fact]
    public void Department_dnr_of_an_unusual_shape_is_a_warning() =>
        Single(LoadWith("  department: Socialdepartementet", "  department: Socialdepartementet\n  department_dnr: dnr 12"), "RMS0021");

    [Fact]
    public void Old_department_dnr_form_of_a_former_department_is_accepted() =>
        Assert.Empty(LoadWith("  department: Socialdepartementet", "  department: Näringsdepartementet\n  department_dnr: N2015/08441/RS").Diagnostics);

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_occurrence()
    {
        var d = Single(LoadWith("  dnr: 24HSN1", "  dnr: 24HSN1\n  dnr: 24HSN2"), "RMS0016");
        AssertAt(d, 11, 3);
        Assert.Contains("'dnr'", d.Message);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_at_its_position()
    {
        var d = Single(LoadWith("  title: En utredning", "  title: Utredning: del 2"), "RMS0001");
        AssertAt(d, 3, 19); // the second colon
        Assert.Contains("citattecken", d.Message);
    }

    // Found by fuzzing (issue 12): YamlDotNet drops the value of an indented empty key, and rejects a tag
    // that is no URI with an ArgumentException; both were RMS0005 ("Internt fel … Rapportera felet").
    [Theory]
    [InlineData("- : a l", 1, 3)]
    [InlineData(" : 1e309", 1, 2)]
    [InlineData("format: remiss/1\nremiss:\n  - : a l\n", 3, 5)]
    public void A_colon_without_a_key_is_a_located_yaml_error(string yaml, int line, int column)
    {
        var d = Assert.Single(TestFiles.Load(yaml).Diagnostics);
        Assert.Equal("RMS0001", d.Code);
        AssertAt(d, line, column);
        Assert.Equal("YAML-fel: en nyckel saknar värde (oftast ett kolon utan nyckel framför, som ': text'); skriv 'nyckel: värde', eller sätt texten inom citattecken om den börjar med kolon. Rätta raden (indrag, kolon, citattecken) och försök igen.", d.Message);
    }

    [Fact]
    public void A_tag_that_is_no_uri_is_a_located_yaml_error()
    {
        var d = Assert.Single(TestFiles.Load("!!s]t").Diagnostics);
        Assert.Equal("RMS0001", d.Code);
        AssertAt(d, 1, 1);
        Assert.Equal("YAML-fel: taggen (det som börjar med '!') är ingen giltig URI; ta bort den, eller sätt värdet inom citattecken om det ska börja med '!'. Rätta raden (indrag, kolon, citattecken) och försök igen.", d.Message);
    }

    [Fact]
    public void An_alias_inside_the_node_it_names_is_a_located_yaml_error_not_a_stack_overflow()
    {
        var d = Assert.Single(TestFiles.Load("a: &x\n  b: [*x]\n").Diagnostics);
        Assert.Equal("RMS0001", d.Code);
        AssertAt(d, 2, 7);
        Assert.Contains("aliaset *x står inuti noden &x", d.Message);
    }

    [Fact]
    public void Aliases_as_values_and_merge_keys_still_load()
    {
        var yaml = TestFiles.Minimal.Replace("  organisation: Region Västernorrland", "  organisation: &org Region Västernorrland")
            .Replace("  dnr: 24HSN1", "  dnr: 24HSN1\n  responsible: *org");
        Assert.DoesNotContain(TestFiles.Load(yaml).Diagnostics, d => d.Code == "RMS0001");
        Assert.DoesNotContain(TestFiles.Load("a: &d { x: 1 }\nb:\n  <<: *d\n  y: 2\n").Diagnostics, d => d.Code == "RMS0001");
    }

    [Theory]
    [InlineData("a: &x b\n? *x\n: c\n? *x\n: d\n", 2, 3)]
    [InlineData("format: remiss/1\nremiss:\n  ? [title]\n  : x\n", 3, 5)]
    [InlineData("? { a: b }\n: c\n", 1, 3)]
    public void A_key_that_is_a_list_a_mapping_or_an_alias_is_a_located_yaml_error(string yaml, int line, int column)
    {
        var d = Assert.Single(TestFiles.Load(yaml).Diagnostics);
        Assert.Equal("RMS0001", d.Code);
        AssertAt(d, line, column);
        Assert.Equal("YAML-fel: en nyckel är en lista, en mappning eller ett alias (*namn); en nyckel ska vara ett namn, som 'title'. Skriv om raden som 'nyckel: värde'. Rätta raden (indrag, kolon, citattecken) och försök igen.", d.Message);
    }

    [Theory]
    [InlineData("format: remiss/1\nremiss: [a,\n ", "RMS0001", 3, 2)]
    [InlineData("          ?    format", "RMS0017", 1, 22)] // an empty value YamlDotNet places on line 2
    public void A_diagnostic_at_the_end_of_the_file_points_at_a_place_that_exists(string yaml, string code, int line, int column) =>
        AssertAt(Single(TestFiles.Load(yaml), code), line, column);

    [Fact]
    public void Tab_indentation_is_reported_at_the_tab() =>
        AssertAt(Single(LoadWith("  title: En utredning", "\ttitle: En utredning"), "RMS0001"), 3, 1);

    [Fact]
    public void Empty_file_and_two_documents_are_errors()
    {
        Single(TestFiles.Load(string.Empty), "RMS0006");
        Single(TestFiles.Load(TestFiles.Minimal + "\n---\n" + TestFiles.Minimal), "RMS0006");
    }

    [Fact]
    public void Windows_1252_file_gives_one_error_naming_the_encoding_and_no_mojibake()
    {
        var bytes = Encoding.Latin1.GetBytes(TestFiles.Minimal);
        var result = RemissLoader.Load(bytes, "test.remiss.yaml");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RMS0002", d.Code);
        AssertAt(d, 4, 12); // the ä of "betänkande"
        Assert.Contains("UTF-8", d.Message);
        Assert.Contains("Windows-1252", d.Message);
        Assert.Null(result.File);
    }

    [Fact]
    public void Utf16_file_is_refused_with_the_encoding_named()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(TestFiles.Minimal)).ToArray();
        Assert.Contains("UTF-16", Assert.Single(RemissLoader.Load(bytes, "test.remiss.yaml").Diagnostics).Message);
    }

    [Fact]
    public void Utf8_with_bom_loads()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestFiles.Minimal)).ToArray();
        var result = RemissLoader.Load(bytes, "test.remiss.yaml");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("betänkandet En utredning (SOU 2024:1)", StandardWording.DocumentName(result.File!.Remiss));
    }

    [Fact]
    public void Ten_level_alias_bomb_is_rejected_in_well_under_a_second()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 10; level++)
        {
            var previous = $"*a{level - 1}";
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        var watch = Stopwatch.StartNew();
        var result = TestFiles.Load(yaml.ToString());
        watch.Stop();

        Assert.Equal("RMS0004", Assert.Single(result.Diagnostics).Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var d = Assert.Single(TestFiles.Load(new string('[', 100_000)).Diagnostics);
        Assert.Equal("RMS0001", d.Code);
        Assert.Contains("nästlingen", d.Message);
    }

    [Fact]
    public void File_over_the_size_cap_is_refused_before_parsing()
    {
        var result = RemissLoader.Load(new byte[2 * 1024 * 1024], "big.remiss.yaml");
        Assert.Equal("RMS0003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Missing_file_is_a_diagnostic_not_an_exception()
    {
        var d = Assert.Single(RemissLoader.LoadFile("/nonexistent/x.remiss.yaml").Diagnostics);
        Assert.Equal("RMS0007", d.Code);
        Assert.Equal("/nonexistent/x.remiss.yaml", d.FilePath);
    }

    [Fact]
    public void Diagnostics_print_in_msbuild_canonical_form()
    {
        var d = Single(LoadWith("  deadline: 2025-03-10", "  deadline: 2025-02-30"), "RMS0013");
        Assert.StartsWith("test.remiss.yaml(7,13): error RMS0013: ", d.ToString());
    }

    [Fact]
    public void Region_registry_ids_are_accepted_when_given()
    {
        var registry = WordingLoader.Load("format: wording/1\nclauses:\n  - id: approve-annual-report\n    text: godkänna årsredovisningen för {year}\n", "r.wording.yaml");
        Assert.False(registry.HasErrors);
        var yaml = TestFiles.Minimal.Replace("  clauses: [submit-response]", "  clauses:\n    - approve-annual-report: \"2024\"");
        Assert.Equal("RMS0041", Single(TestFiles.Load(yaml), "RMS0041").Code);

        var result = TestFiles.Load(yaml, new LoadOptions { Registry = ClauseRegistry.BuiltIn.With(registry.Definitions) });
        Assert.Empty(result.Diagnostics);
        Assert.Equal("att godkänna årsredovisningen för 2024.", Assert.Single(DecisionText.For(result.File!, ClauseRegistry.BuiltIn.With(registry.Definitions)).Clauses));
    }

    [Fact]
    public void Every_descriptor_is_documented_with_its_code()
    {
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "diagnostics.md"));
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Contains($"## {descriptor.Code}", docs);
        }
    }
}
