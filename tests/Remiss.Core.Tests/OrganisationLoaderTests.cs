using System.Text;
using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>The organisation file of ORGANISATION.md §1: its model and every check, with exact messages.</summary>
public class OrganisationLoaderTests
{
    private const string Path = "org/organisation.yaml";

    /// <summary>A valid file; tests replace one line to make one thing wrong.</summary>
    private const string Minimal = """
        format: organisation/1
        name: Region Västernorrland
        bodies:
          - id: hsu
            name: Hälso- och sjukvårdsutskottet
            papers_due_days: 14
            adjustment_days: 7
            meetings: [2025-02-06, 2025-03-13, 2025-04-10]
          - id: hsn
            name: Hälso- och sjukvårdsnämnden
            meetings: [2025-02-19, 2025-03-19]
            signatories:
              - name: Viktoria Jansson
                role: Ordförande, hälso- och sjukvårdsnämnden
        """;

    private static readonly OrganisationLoadOptions NoDisk = new() { PathExists = null };

    private static OrganisationLoadResult Load(string yaml, OrganisationLoadOptions? options = null) =>
        OrganisationLoader.Load(yaml, Path, options ?? NoDisk);

    private static OrganisationLoadResult LoadWith(string find, string replace)
    {
        Assert.Contains(find, Minimal);
        return Load(Minimal.Replace(find, replace));
    }

    private static string Only(OrganisationLoadResult result)
    {
        var d = Assert.Single(result.Diagnostics);
        Assert.Null(result.File);
        return d.ToString();
    }

    [Fact]
    public void Minimal_file_loads_into_the_model()
    {
        var result = Load(Minimal);
        Assert.Empty(result.Diagnostics);
        var file = result.File!;
        Assert.Equal("Region Västernorrland", file.Name);
        Assert.Equal(HouseStyle.Att, file.HouseStyle);
        Assert.Equal(new[] { "hsu", "hsn" }, file.Bodies.Select(b => b.Id));
        var hsu = file.FindById("hsu")!;
        Assert.Equal((14, 7), (hsu.PapersDueDays, hsu.AdjustmentDays));
        Assert.Equal(new[] { new CalendarDate(2025, 2, 6), new CalendarDate(2025, 3, 13), new CalendarDate(2025, 4, 10) }, hsu.Meetings);
        var hsn = file.FindByName("Hälso- och sjukvårdsnämnden")!;
        Assert.Equal((OrganisationBody.DefaultPapersDueDays, OrganisationBody.DefaultAdjustmentDays), (hsn.PapersDueDays, hsn.AdjustmentDays));
        Assert.Equal(new Signatory("Viktoria Jansson", "Ordförande, hälso- och sjukvårdsnämnden"), Assert.Single(hsn.Signatories));
        Assert.Equal(Load(Minimal), result);
    }

    [Fact]
    public void The_example_organisation_file_loads()
    {
        var result = OrganisationLoader.LoadFile(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("Region Västernorrland", result.File!.Name);
        Assert.Equal(new[] { "Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden" }, result.File.Bodies.Select(b => b.Name));
    }

    [Fact]
    public void Only_format_and_name_are_required()
    {
        var result = Load("format: organisation/1\nname: Gävle kommun\nhouse_style: numbered\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal(HouseStyle.Numbered, result.File!.HouseStyle);
        Assert.True(result.File.Bodies.IsEmpty);
    }

    [Fact]
    public void Duplicate_id_is_an_error_at_the_second_naming_the_first_line() =>
        Assert.Equal(
            "org/organisation.yaml(9,9): error RMS0070: Id \"hsu\" används redan av organet på rad 4. Ge varje organ ett eget id.",
            Only(LoadWith("  - id: hsn", "  - id: hsu")));

    [Fact]
    public void Duplicate_name_in_another_letter_case_is_an_error() =>
        Assert.Equal(
            "org/organisation.yaml(10,11): error RMS0071: Namnet \"hälso- och sjukvårdsutskottet\" har redan organet på rad 5. Varje organ står en gång; ta bort dubbletten eller rätta namnet.",
            Only(LoadWith("    name: Hälso- och sjukvårdsnämnden", "    name: hälso- och sjukvårdsutskottet")));

    [Fact]
    public void Id_that_is_not_kebab_case_is_an_error() =>
        Assert.Equal(
            "org/organisation.yaml(4,9): error RMS0075: Id \"HSU\" ska skrivas med små bokstäver, siffror och bindestreck (t.ex. hsn eller rs-au). Rätta id:t.",
            Only(LoadWith("  - id: hsu", "  - id: HSU")));

    [Fact]
    public void Unknown_key_gets_a_hint() =>
        Assert.Equal(
            "org/organisation.yaml(7,5): error RMS0011: Okänd nyckel 'adjustment_day' i 'bodies[0]'. Menade du 'adjustment_days'?",
            Only(LoadWith("    adjustment_days: 7", "    adjustment_day: 7")));

    [Fact]
    public void Meetings_out_of_order_are_an_error_at_the_date() =>
        Assert.Equal(
            "org/organisation.yaml(8,40): error RMS0072: Sammanträdet 2025-03-01 står efter 2025-03-13, som är senare. Skriv sammanträdena i datumordning, varje datum en gång.",
            Only(LoadWith("2025-04-10]", "2025-03-01]")));

    [Fact]
    public void Repeated_meeting_is_an_error_at_the_second() =>
        Assert.Equal(
            "org/organisation.yaml(8,40): error RMS0072: Sammanträdet 2025-03-13 står två gånger i listan. Skriv sammanträdena i datumordning, varje datum en gång.",
            Only(LoadWith("2025-04-10]", "2025-03-13]")));

    [Fact]
    public void Impossible_meeting_date_is_the_date_error_only() =>
        Assert.Equal(
            "org/organisation.yaml(8,28): error RMS0013: 'bodies[0].meetings[1]' är inget giltigt datum: \"2025-02-30\" (den dagen finns inte). Skriv datumet som åååå-mm-dd, t.ex. 2025-03-21.",
            Only(LoadWith("2025-03-13,", "2025-02-30,")));

    [Fact]
    public void Negative_day_count_is_an_error() =>
        Assert.Equal(
            "org/organisation.yaml(6,22): error RMS0073: 'bodies[0].papers_due_days' kan inte vara negativt (-14). Skriv ett antal kalenderdagar, 0 eller fler.",
            Only(LoadWith("papers_due_days: 14", "papers_due_days: -14")));

    [Fact]
    public void Day_count_that_is_not_a_number_is_a_type_error() =>
        Assert.Equal(
            "org/organisation.yaml(7,22): error RMS0012: 'bodies[0].adjustment_days' ska vara ett heltal, men är \"sju\". Skriv om värdet som ett heltal.",
            Only(LoadWith("adjustment_days: 7", "adjustment_days: sju")));

    [Fact]
    public void House_style_that_is_neither_value_gets_a_hint() =>
        Assert.Equal(
            "org/organisation.yaml(3,14): error RMS0014: 'house_style' kan inte vara \"numbred\". Menade du 'numbered'? Tillåtna värden: att, numbered.",
            Only(LoadWith("name: Region Västernorrland\n", "name: Region Västernorrland\nhouse_style: numbred\n")));

    [Fact]
    public void Pdf_engine_that_is_neither_value_gets_a_hint() =>
        Assert.Equal(
            "org/organisation.yaml(3,13): error RMS0014: 'pdf_engine' kan inte vara \"libreofice\". Menade du 'libreoffice'? Tillåtna värden: native, libreoffice.",
            Only(LoadWith("name: Region Västernorrland\n", "name: Region Västernorrland\npdf_engine: libreofice\n")));

    [Theory]
    [InlineData("", null)]
    [InlineData("pdf_engine: native\n", PdfEngine.Native)]
    [InlineData("pdf_engine: libreoffice\n", PdfEngine.LibreOffice)]
    public void Pdf_engine_is_read_and_carried_to_the_paths(string line, PdfEngine? engine)
    {
        var result = Load("format: organisation/1\nname: Gävle kommun\n" + line);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(engine, result.File!.PdfEngine);
        Assert.Equal(engine, OrganisationPaths.For(result.File, "org/organisation.yaml").PdfEngine);
    }

    [Fact]
    public void Pdf_profile_that_is_neither_value_is_located_with_a_hint() =>
        Assert.Equal(
            "org/organisation.yaml(3,14): error RMS0014: 'pdf_profile' kan inte vara \"pdfa-2b\". Menade du 'pdfa-2a'? Tillåtna värden: pdf-ua, pdfa-2a.",
            Only(LoadWith("name: Region Västernorrland\n", "name: Region Västernorrland\npdf_profile: pdfa-2b\n")));

    [Theory]
    [InlineData("", null)]
    [InlineData("pdf_profile: pdf-ua\n", PdfProfile.PdfUA)]
    [InlineData("pdf_profile: pdfa-2a\n", PdfProfile.PdfA2a)]
    public void Pdf_profile_is_read_and_carried_to_the_paths(string line, PdfProfile? profile)
    {
        var result = Load("format: organisation/1\nname: Gävle kommun\n" + line);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(profile, result.File!.PdfProfile);
        Assert.Equal(profile, OrganisationPaths.For(result.File, "org/organisation.yaml").PdfProfile);
    }

    [Fact]
    public void The_seal_codes_are_documented()
    {
        var docs = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "diagnostics.md"));

        Assert.Equal(["RMS0320", "RMS0321", "RMS0322", "RMS0323", "RMS0324"], DiagnosticDescriptors.SealCodes);
        Assert.All(DiagnosticDescriptors.SealCodes, code => Assert.Contains("\n## " + code + "\n", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_name_is_reported() =>
        Assert.Equal(
            "org/organisation.yaml(1,1): error RMS0010: Nyckeln 'name' saknas i 'filen'. Lägg till 'name: …'.",
            Only(LoadWith("name: Region Västernorrland\n", string.Empty)));

    [Fact]
    public void Body_without_name_is_reported_at_the_body() =>
        Assert.Equal(
            "org/organisation.yaml(9,5): error RMS0010: Nyckeln 'name' saknas i 'bodies[1]'. Lägg till 'name: …'.",
            Only(LoadWith("    name: Hälso- och sjukvårdsnämnden\n", string.Empty)));

    [Fact]
    public void Other_format_is_reported() =>
        Assert.Equal(
            "org/organisation.yaml(1,9): error RMS0015: Formatet \"remiss/1\" stöds inte. Skriv 'format: organisation/1' överst i filen.",
            Only(LoadWith("format: organisation/1", "format: remiss/1")));

    [Fact]
    public void Missing_reference_docx_templates_and_registry_are_errors_at_their_values()
    {
        var folder = Directory.CreateTempSubdirectory("remiss-org-").FullName;
        try
        {
            Directory.CreateDirectory(System.IO.Path.Combine(folder, "mallar"));
            File.WriteAllText(System.IO.Path.Combine(folder, "mallar", "region.wording.yaml"), "format: wording/1\nclauses: []\n");
            var path = System.IO.Path.Combine(folder, "organisation.yaml");
            File.WriteAllText(path, """
                format: organisation/1
                name: Region Västernorrland
                reference_docx: mallar/region.docx
                templates: mall
                registries: [mallar/region.wording.yaml, 'mallar\kommun.wording.yaml']
                """);
            var result = OrganisationLoader.LoadFile(path);
            Assert.Null(result.File);
            Assert.Equal(new[]
            {
                $"{path}(3,17): error RMS0074: 'reference_docx' pekar på filen \"mallar/region.docx\", som inte finns. Sökvägen räknas från organisationsfilens mapp ({folder}); rätta den eller ta bort nyckeln.",
                $"{path}(4,12): error RMS0074: 'templates' pekar på mappen \"mall\", som inte finns. Sökvägen räknas från organisationsfilens mapp ({folder}); rätta den eller ta bort nyckeln.",
                $"{path}(5,42): error RMS0074: 'registries[1]' pekar på filen \"mallar\\kommun.wording.yaml\", som inte finns. Sökvägen räknas från organisationsfilens mapp ({folder}); rätta den eller ta bort nyckeln.",
            }, result.Diagnostics.Select(d => d.ToString()));

            // Once they exist the file loads, and the paths resolve against its folder whichever slash was written.
            File.WriteAllBytes(System.IO.Path.Combine(folder, "mallar", "region.docx"), [1]);
            File.WriteAllText(System.IO.Path.Combine(folder, "mallar", "kommun.wording.yaml"), "format: wording/1\nclauses: []\n");
            Directory.CreateDirectory(System.IO.Path.Combine(folder, "mall"));
            result = OrganisationLoader.LoadFile(path);
            Assert.Empty(result.Diagnostics);
            var paths = OrganisationPaths.For(result.File!, path);
            Assert.Equal(System.IO.Path.Combine(folder, "mallar", "region.docx"), paths.ReferenceDocx);
            Assert.Equal(System.IO.Path.Combine(folder, "mall"), paths.Templates);
            Assert.Equal(new[] { System.IO.Path.Combine(folder, "mallar", "region.wording.yaml"), System.IO.Path.Combine(folder, "mallar", "kommun.wording.yaml") }, paths.Registries);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_host_without_a_file_system_answers_for_the_paths_itself()
    {
        var asked = new List<(string, ReferencedPathKind)>();
        var result = OrganisationLoader.Load("format: organisation/1\nname: X\ntemplates: mallar\n", "a/organisation.yaml",
            new OrganisationLoadOptions { PathExists = (p, k) => { asked.Add((p, k)); return true; } });
        Assert.Empty(result.Diagnostics);
        Assert.Equal((System.IO.Path.Combine("a", "mallar"), ReferencedPathKind.Directory), Assert.Single(asked));
    }

    [Theory]
    [InlineData("", "RMS0006")]
    [InlineData("format: [", "RMS0001")]
    [InlineData("- a\n- b\n", "RMS0012")]
    public void Broken_yaml_is_a_located_diagnostic(string yaml, string code) =>
        Assert.Equal(code, Assert.Single(Load(yaml).Diagnostics).Code);

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused()
    {
        var bytes = Encoding.Latin1.GetBytes("format: organisation/1\nname: Region Västernorrland\n");
        var d = Assert.Single(OrganisationLoader.Load(bytes, Path).Diagnostics);
        Assert.Equal("RMS0002", d.Code);
        Assert.Equal((2, 15), (d.Line, d.Column));
    }

    [Fact]
    public void Alias_bomb_and_oversized_files_are_refused()
    {
        var bomb = new StringBuilder("format: organisation/1\nname: X\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 8; i++)
        {
            bomb.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        Assert.Equal("RMS0004", Assert.Single(Load(bomb.ToString()).Diagnostics).Code);
        Assert.Equal("RMS0003", Assert.Single(OrganisationLoader.Load(new byte[2 * 1024 * 1024], Path).Diagnostics).Code);
    }

    [Fact]
    public void Missing_file_is_a_diagnostic_not_an_exception() =>
        Assert.Equal("RMS0007", Assert.Single(OrganisationLoader.LoadFile("/nonexistent/organisation.yaml").Diagnostics).Code);
}
