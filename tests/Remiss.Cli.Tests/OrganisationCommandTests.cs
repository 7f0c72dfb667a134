using Remiss.Cli.Output;
using Remiss.Core;

namespace Remiss.Cli.Tests;

/// <summary>The organisation file on the command line: discovery, --organisation, check, render, init, schema, wording, new.</summary>
public sealed class OrganisationCommandTests
{
    public static string ExampleOrganisationPath => Path.Combine(AppContext.BaseDirectory, "Data", "region", "organisation.yaml");

    /// <summary>The example with its path written as <paramref name="path"/>, and organisation and signatories left to the organisation file.</summary>
    private static string ExampleFor(string path) => Examples.ExampleText
        .Replace("    - Hälso- och sjukvårdsutskottet\n    - Hälso- och sjukvårdsnämnden\n", path, StringComparison.Ordinal)
        .Replace("  organisation: Region Västernorrland\n", string.Empty, StringComparison.Ordinal)
        .Replace("  signatories:\n    - name: Viktoria Jansson\n      role: Ordförande, hälso- och sjukvårdsnämnden\n", string.Empty, StringComparison.Ordinal);

    private static string[] Tree(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(directory, f)).Order(StringComparer.Ordinal).ToArray();

    private static string[] Lines(string path) => File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();

    [Fact]
    public void A_region_and_a_kommun_in_sibling_folders_render_each_file_with_its_own()
    {
        using var folder = new TempFolder();
        folder.Write("region/organisation.yaml", OrganisationTexts.Region);
        folder.Write("kommun/organisation.yaml", OrganisationTexts.Kommun);
        folder.Write("region/2025/sou-2024-72.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n"));
        folder.Write("kommun/sou-2024-72.remiss.yaml", ExampleFor("    - ks\n    - kf\n"));

        var check = Cli.Run("check", folder.Path);
        Assert.Equal("2 filer kontrollerade: 0 fel, 0 varningar.", Assert.Single(check.OutLines));

        var result = Cli.Run("render", folder.Path, "--format", "md");

        Assert.Equal(0, result.ExitCode);
        var regionMemo = Lines(folder.File("region/2025/Tjänsteutlåtande 24HSN5898.md"));
        var kommunMemo = Lines(folder.File("kommun/Tjänsteutlåtande 24HSN5898.md"));
        Assert.Contains("author: \"Region Västernorrland\"", regionMemo);
        Assert.Contains("Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar", regionMemo);
        Assert.Contains("att förklara paragrafen för omedelbart justerad.", regionMemo);
        Assert.Contains("Regionens svar har tagits fram i dialog med Region Norrbotten och Region Västerbotten.", regionMemo);

        Assert.Contains("author: \"Sundsvalls kommun\"", kommunMemo);
        Assert.Contains("Kommunstyrelsen föreslår att Kommunfullmäktige beslutar", kommunMemo);
        Assert.Contains("1\\. Yttrandet ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)” antas och överlämnas till Socialdepartementet.", kommunMemo);
        Assert.Contains("2\\. Paragrafen justeras omedelbart.", kommunMemo);
        Assert.Contains("Sundsvalls kommun har beretts tillfälle att lämna synpunkter på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72).", kommunMemo);
        Assert.Contains("Kommunens svar har tagits fram i dialog med Region Norrbotten och Region Västerbotten.", kommunMemo);

        var regionYttrande = Lines(folder.File("region/2025/Yttrande SOU 2024-72 Region Västernorrland.md"));
        var kommunYttrande = Lines(folder.File("kommun/Yttrande SOU 2024-72 Sundsvalls kommun.md"));
        Assert.Equal(["Region Västernorrland", "Viktoria Jansson\\", "Ordförande, hälso- och sjukvårdsnämnden"], regionYttrande[^3..]);
        Assert.Equal(["Sundsvalls kommun", "Anna Andersson\\", "Kommunstyrelsens ordförande"], kommunYttrande[^3..]);
        Assert.Contains("Ämnesrad för e-post till departementet (" + folder.File("kommun/sou-2024-72.remiss.yaml") + "): SOU 2024:72 Sundsvalls kommun", result.OutLines);
    }

    [Fact]
    public void The_example_renders_the_same_bytes_with_and_without_the_example_organisation_file()
    {
        using var folder = new TempFolder();
        var without = folder.Write("utan/sou-2024-72.remiss.yaml", Examples.ExampleText);
        var with = folder.Write("med/sou-2024-72.remiss.yaml", Examples.ExampleText);
        File.Copy(ExampleOrganisationPath, folder.File("med/organisation.yaml"));
        var ids = folder.Write("med/id/sou-2024-72.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n"));

        foreach (var source in new[] { without, with, ids })
        {
            var result = Cli.Run("render", source, "--format", "docx,md,html");
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("RMS", result.Out, StringComparison.Ordinal);
        }

        foreach (var name in new[] { "Yttrande SOU 2024-72 Region Västernorrland", "Tjänsteutlåtande 24HSN5898" })
        {
            foreach (var extension in new[] { ".docx", ".md", ".html" })
            {
                var expected = File.ReadAllBytes(folder.File("utan/" + name + extension));
                Assert.Equal(expected, File.ReadAllBytes(folder.File("med/" + name + extension)));
                if (extension == ".docx")
                {
                    // The .docx records the hash of the remiss file it came from (ROUNDTRIP.md §1), and the file with ids differs.
                    Assert.Equal(WithoutSourceHash(expected), WithoutSourceHash(File.ReadAllBytes(folder.File("med/id/" + name + extension))));
                }
                else
                {
                    Assert.Equal(expected, File.ReadAllBytes(folder.File("med/id/" + name + extension)));
                }
            }
        }
    }

    /// <summary>Every part of a .docx as text, with the remiss file's hash in the round-trip part left out.</summary>
    private static string[] WithoutSourceHash(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx), System.IO.Compression.ZipArchiveMode.Read);
        return zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return e.FullName + "\n" + System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "sha256=\"[0-9a-f]{64}\"", "sha256=\"…\"");
        }).ToArray();
    }

    [Fact]
    public void The_organisation_option_overrides_the_search_and_a_missing_file_is_bad_usage()
    {
        using var folder = new TempFolder();
        var organisation = folder.Write("annan/organisation.yaml", OrganisationTexts.Kommun);
        folder.Write("organisation.yaml", OrganisationTexts.Region);
        var source = folder.Write("a.remiss.yaml", ExampleFor("    - ks\n"));

        // The nearest file is the region's, where ks is no body.
        Assert.Contains($"{source}(47,7): warning RMS0079: \"ks\" finns inte bland organen i organisationsfilen organisation.yaml", Cli.Run("check", source).Out, StringComparison.Ordinal);
        var result = Cli.Run("check", source, "--organisation", organisation);
        Assert.Equal("1 fil kontrollerad: 0 fel, 0 varningar.", Assert.Single(result.OutLines));

        var missing = Cli.Run("check", source, "--organisation", folder.File("finns-inte.yaml"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"remiss: --organisation: hittar inte filen '{folder.File("finns-inte.yaml")}'.", missing.Error.TrimEnd());
    }

    [Fact]
    public void Check_prints_the_organisation_files_diagnostics_once_and_blocks_the_files_that_use_it()
    {
        using var folder = new TempFolder();
        var organisation = folder.Write("organisation.yaml", OrganisationTexts.Region.Replace("  - id: hsn", "  - id: hsu", StringComparison.Ordinal));
        var a = folder.Write("a.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n"));
        var b = folder.Write("b/b.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n"));

        var result = Cli.Run("check", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
        [
            $"{organisation}(6,9): error RMS0070: Id \"hsu\" används redan av organet på rad 4. Ge varje organ ett eget id.",
            $"{a}(1,1): error RMS0080: Organisationsfilen organisation.yaml har fel, så remissfilen kunde inte läsas med den. Rätta felen i organisationsfilen och försök igen.",
            $"{b}(1,1): error RMS0080: Organisationsfilen ../organisation.yaml har fel, så remissfilen kunde inte läsas med den. Rätta felen i organisationsfilen och försök igen.",
            "2 filer kontrollerade: 3 fel, 0 varningar (3 filer med fel).",
        ], result.OutLines);

        var named = Cli.Run("check", organisation);
        Assert.Equal(
        [
            $"{organisation}(6,9): error RMS0070: Id \"hsu\" används redan av organet på rad 4. Ge varje organ ett eget id.",
            "1 fil kontrollerad: 1 fel, 0 varningar (1 fil med fel).",
        ], named.OutLines);
    }

    [Fact]
    public void The_organisation_files_registries_templates_and_reference_docx_apply_and_the_command_line_wins()
    {
        using var folder = new TempFolder();
        folder.Write("mallar/region.wording.yaml", """
            format: wording/1
            clauses:
              - id: approve-annual-report
                text: godkänna årsredovisningen för {year}
            """);
        folder.Write("mallar/yttrande.md.scriban", "# Regionens mall\n\n{{ response.title }}\n");
        folder.Write("andra-mallar/yttrande.md.scriban", "# Kommandoradens mall\n");
        folder.Write("organisation.yaml", OrganisationTexts.Region + "\nregistries: [mallar/region.wording.yaml]\ntemplates: mallar\n");
        var source = folder.Write("a.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n").Replace("    - immediate-adjustment", "    - approve-annual-report: \"2024\"", StringComparison.Ordinal));

        var result = Cli.Run("render", source, "-f", "md", "-o", folder.File("ut"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# Regionens mall", File.ReadAllText(folder.File("ut/Yttrande SOU 2024-72 Region Västernorrland.md")), StringComparison.Ordinal);
        Assert.Contains("att godkänna årsredovisningen för 2024.", File.ReadAllText(folder.File("ut/Tjänsteutlåtande 24HSN5898.md")), StringComparison.Ordinal);

        var overridden = Cli.Run("render", source, "-f", "md", "-o", folder.File("ut2"), "--templates", folder.File("andra-mallar"));
        Assert.True(overridden.ExitCode == 0, overridden.ToString());
        Assert.Equal("# Kommandoradens mall\n", File.ReadAllText(folder.File("ut2/Yttrande SOU 2024-72 Region Västernorrland.md")));

        // --registry replaces the organisation file's registries, so the region's id is unknown.
        var registry = folder.Write("tom.wording.yaml", "format: wording/1\nclauses: []\n");
        var replaced = Cli.Run("check", source, "--registry", registry);
        Assert.Contains("error RMS0041: Okänt id för att-sats: \"approve-annual-report\".", replaced.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        {
            "organisation file with a duplicate id", "organisation.yaml", OrganisationTexts.Region.Replace("  - id: hsn", "  - id: hsu", StringComparison.Ordinal),
            "organisation.yaml(6,9): error RMS0070: Id \"hsu\" används redan av organet på rad 4. Ge varje organ ett eget id."
        },
        {
            "organisation file with an unknown key", "organisation.yaml", OrganisationTexts.Region.Replace("name: Region", "namn: Region", StringComparison.Ordinal),
            "organisation.yaml(2,1): error RMS0011: Okänd nyckel 'namn' i 'filen'. Menade du 'name'?"
        },
        {
            "meetings out of order", "organisation.yaml", OrganisationTexts.Region.Replace("    name: Hälso- och sjukvårdsnämnden\n", "    name: Hälso- och sjukvårdsnämnden\n    meetings: [2025-03-19, 2025-02-19]\n", StringComparison.Ordinal),
            "organisation.yaml(8,28): error RMS0072: Sammanträdet 2025-02-19 står efter 2025-03-19, som är senare. Skriv sammanträdena i datumordning, varje datum en gång."
        },
        {
            "a missing reference docx", "organisation.yaml", OrganisationTexts.Region + "\nreference_docx: mallar/region.docx\n",
            "organisation.yaml(11,17): error RMS0074: 'reference_docx' pekar på filen \"mallar/region.docx\", som inte finns. Sökvägen räknas från organisationsfilens mapp ({folder}); rätta den eller ta bort nyckeln."
        },
        {
            "a body one letter off", "a.remiss.yaml", ExampleFor("    - Hälsö- och sjukvårdsutskottet\n    - hsn\n"),
            "a.remiss.yaml(47,7): error RMS0078: \"Hälsö- och sjukvårdsutskottet\" finns inte bland organen i organisationsfilen organisation.yaml. Menade du 'Hälso- och sjukvårdsutskottet'? Rätta stavningen eller skriv id:t 'hsu'."
        },
        {
            "case.organisation and a different organisation name", "a.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n").Replace("  dnr: 24HSN5898", "  organisation: Region Jämtland Härjedalen\n  dnr: 24HSN5898", StringComparison.Ordinal),
            "a.remiss.yaml(40,17): error RMS0076: 'case.organisation' är \"Region Jämtland Härjedalen\", men organisationsfilen organisation.yaml heter \"Region Västernorrland\". Ta bort 'case.organisation' så används organisationsfilens namn, eller ändra i den av filerna som är fel."
        },
        {
            "a numbered style with a clause lacking a statement", "organisation.yaml", OrganisationTexts.Region + "\nhouse_style: numbered\n",
            "a.remiss.yaml(52,7): error RMS0081: Satsen \"ge direktören i uppdrag att återkomma\" har ingen numrerad form (statement), som organisationens stil 'numbered' kräver. Skriv den som en hel mening: '- statement: …' (eller båda: '- { text: …, statement: … }')."
        },
        {
            "no-comment together with comments", "a.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n").Replace("response:\n", "response:\n  position: no-comment\n", StringComparison.Ordinal),
            "a.remiss.yaml(76,5): error RMS0083: 'response.position: no-comment' betyder att Region Västernorrland inte har några synpunkter, men 'response.comments' är ifylld. Ta bort 'response.comments', eller ta bort 'position: no-comment' om ni vill lämna synpunkter."
        },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_a_located_diagnostic_and_nothing_is_written(string what, string file, string text, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("organisation.yaml", OrganisationTexts.Region);
        folder.Write("a.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n").Replace("    - immediate-adjustment", "    - immediate-adjustment\n    - text: ge direktören i uppdrag att återkomma", StringComparison.Ordinal));
        folder.Write(file, text);
        var before = Tree(folder.Path);

        var result = Cli.Run("render", folder.File("a.remiss.yaml"), "--format", "docx,md");

        Assert.True(result.ExitCode == 1, what + "\n" + result);
        var line = Path.Combine(folder.Path, expected.Replace("{folder}", folder.Path, StringComparison.Ordinal));
        Assert.True(result.OutLines.Contains(line), $"expected\n{line}\n{result}");
        Assert.Contains("har fel och renderades inte", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, Tree(folder.Path));
    }

    [Fact]
    public void Init_writes_a_commented_organisation_file_and_its_schema_and_never_overwrites()
    {
        using var folder = new TempFolder();
        var path = folder.File("organisation.yaml");

        var result = Cli.Run("init", "--name", "Region Västernorrland", "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"Skapade {path}", $"Skapade {folder.File("organisation.schema.json")} (för hjälp i editorn)"], result.OutLines[..2]);
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=organisation.schema.json\n", text, StringComparison.Ordinal);
        foreach (var key in Keys(OrganisationSchema.Root))
        {
            Assert.Matches($@"(?m)^[# ]*(- )?{key}:", text);
        }

        var loaded = OrganisationLoader.LoadFile(path);
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal("Region Västernorrland", loaded.File!.Name);

        // Uncommenting the example body (and filling it in) gives a valid file.
        var body = string.Join("\n", text.Split('\n').SkipWhile(l => !l.StartsWith("# bodies:", StringComparison.Ordinal)).Where(l => l.Length > 0).Select(l => l[2..]))
            .Replace("id: \"\"", "id: hsn", StringComparison.Ordinal)
            .Replace("  name: \"\"", "  name: Hälso- och sjukvårdsnämnden", StringComparison.Ordinal)
            .Replace("- name: \"\"", "- name: Viktoria Jansson", StringComparison.Ordinal)
            .Replace("meetings: []", "meetings: [2025-02-19]", StringComparison.Ordinal);
        var filled = OrganisationLoader.Load(text + body, path);
        Assert.Empty(filled.Diagnostics);
        Assert.Equal(new OrganisationBody("hsn", "Hälso- och sjukvårdsnämnden", 0, 14, EquatableArray.Create(new CalendarDate(2025, 2, 19)), EquatableArray.Create(new Signatory("Viktoria Jansson", null))), Assert.Single(filled.File!.Bodies));

        File.WriteAllText(path, "mitt arbete");
        var again = Cli.Run("init", "-o", path);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal($"remiss: {path} finns redan och skrivs inte över. Ändra i den, eller välj en annan mapp med -o.", again.Error.TrimEnd());
        Assert.Equal("mitt arbete", File.ReadAllText(path));

        Assert.Equal(2, Cli.Run("init", "-o", folder.File("org.yaml")).ExitCode);

        static IEnumerable<string> Keys(SchemaNode node) =>
            node.Children.SelectMany(c => Keys(c).Prepend(c.Name)).Concat(node.Items is null ? [] : Keys(node.Items));
    }

    [Fact]
    public async Task Schema_organisation_is_draft_2020_12_and_the_example_and_an_init_file_validate()
    {
        var result = Cli.Run("schema", "--organisation");
        Assert.Equal(0, result.ExitCode);
        var schema = System.Text.Json.Nodes.JsonNode.Parse(result.Out)!.AsObject();
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.Equal(OrganisationFile.CurrentFormat, schema["properties"]!["format"]!["const"]!.GetValue<string>());
        Assert.Equal(["const"], SchemaCheck.Keywords(schema).Distinct().Except(SchemaCheck.Enforced));

        Assert.Empty(await SchemaCheck.Validate(result.Out, File.ReadAllText(ExampleOrganisationPath)));
        Assert.Contains("NotInEnumeration #/house_style", await SchemaCheck.Validate(result.Out, OrganisationTexts.Region + "\nhouse_style: numrerad\n"));
        Assert.Contains("NoAdditionalPropertiesAllowed #/bodies[0].adjustment_day", await SchemaCheck.Validate(result.Out, OrganisationTexts.Region.Replace("    name: Hälso- och sjukvårdsutskottet\n", "    name: Hälso- och sjukvårdsutskottet\n    adjustment_day: 7\n", StringComparison.Ordinal)));
        Assert.Contains("IntegerExpected #/bodies[0].adjustment_days", await SchemaCheck.Validate(result.Out, OrganisationTexts.Region.Replace("    name: Hälso- och sjukvårdsutskottet\n", "    name: Hälso- och sjukvårdsutskottet\n    adjustment_days: sju\n", StringComparison.Ordinal)));

        using var folder = new TempFolder();
        Cli.Run("init", "--name", "Region Västernorrland", "-o", folder.File("organisation.yaml"));
        Assert.Empty(await SchemaCheck.Validate(result.Out, File.ReadAllText(folder.File("organisation.yaml"))));
        Assert.Equal(result.Out.TrimEnd(), File.ReadAllText(folder.File("organisation.schema.json")).TrimEnd());
    }

    [Fact]
    public void Wording_style_numbered_prints_the_statements()
    {
        var result = Cli.Run("wording",
            "--path", "Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden",
            "--clause", "submit-response", "immediate-adjustment", "refer-without-proposal: regionstyrelsen", "Direktören får i uppdrag att återkomma",
            "--title", "Stärkt medicinsk kompetens i kommunal hälso- och sjukvård", "--kind", "betänkande", "--number", "SOU 2024:72",
            "--department", "Socialdepartementet", "--style", "numbered");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
        [
            "Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar",
            "1. Yttrandet ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)” antas och överlämnas till Socialdepartementet.",
            "2. Paragrafen justeras omedelbart.",
            "3. Ärendet överlämnas till regionstyrelsen utan eget förslag till beslut.",
            "4. Direktören får i uppdrag att återkomma.",
        ], result.OutLines);

        var noDepartment = Cli.Run("wording", "--path", "Nämnden", "--clause", "submit-response", "--title", "T", "--style", "numbered");
        Assert.Equal(1, noDepartment.ExitCode);
        Assert.Equal("remiss: --clause 'submit-response': RMS0042: att-satsen \"submit-response\" nämner remissen och behöver departementet: --department.", noDepartment.Error.TrimEnd());

        Assert.Equal(2, Cli.Run("wording", "--path", "Nämnden", "--clause", "file-information", "--style", "numrerad").ExitCode);
    }

    [Fact]
    public void New_no_comment_writes_a_no_comment_file_that_renders_the_one_sentence()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");

        var result = Cli.Run("new", "--number", "SOU 2024:72", "--title", "Stärkt medicinsk kompetens i kommunal hälso- och sjukvård",
            "--department", "Socialdepartementet", "--deadline", "2025-03-10", "--no-comment", "-o", path);

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(path);
        Assert.Contains("\nresponse:", text, StringComparison.Ordinal);
        Assert.Contains("\n  position: no-comment ", text, StringComparison.Ordinal);
        Assert.Contains("\n# memo:", text, StringComparison.Ordinal);

        File.WriteAllText(path, text
            .Replace("organisation: \"\"", "organisation: Region Västernorrland", StringComparison.Ordinal)
            .Replace("  dnr: \"\"", "  dnr: 24HSN5898", StringComparison.Ordinal)
            .Replace("path: []", "path: [Hälso- och sjukvårdsnämnden]", StringComparison.Ordinal));
        Assert.Equal("1 fil kontrollerad: 0 fel, 0 varningar.", Assert.Single(Cli.Run("check", path).OutLines));

        Assert.Equal(0, Cli.Run("render", path, "-f", "md").ExitCode);
        var yttrande = Lines(folder.File("Yttrande SOU 2024-72 Region Västernorrland.md"));
        Assert.Equal("Region Västernorrland har inga synpunkter på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72).", yttrande[^1]);
        Assert.Contains("Förvaltningen föreslår att Region Västernorrland inte lämnar några synpunkter på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72).", Lines(folder.File("Tjänsteutlåtande 24HSN5898.md")));
    }

    [Fact]
    public void New_under_an_organisation_file_leaves_the_organisation_to_it()
    {
        using var folder = new TempFolder();
        folder.Write("organisation.yaml", OrganisationTexts.Region);
        var path = folder.File("2025/ny.remiss.yaml");

        var result = Cli.Run("new", "--number", "SOU 2024:72", "--title", "T", "--department", "Socialdepartementet", "--deadline", "2025-03-10", "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutLines, l => l.StartsWith("Organisationsfilen ", StringComparison.Ordinal) && l.Contains("gäller för filen", StringComparison.Ordinal));
        var text = File.ReadAllText(path);
        Assert.Contains("\n#   organisation: \"\"", text, StringComparison.Ordinal);
        File.WriteAllText(path, text
            .Replace("  dnr: \"\"", "  dnr: 24HSN5898", StringComparison.Ordinal)
            .Replace("path: []", "path: [hsu, hsn]", StringComparison.Ordinal)
            .Replace("assessment: \"\"", "assessment: Bra.", StringComparison.Ordinal));
        Assert.Equal("1 fil kontrollerad: 0 fel, 0 varningar.", Assert.Single(Cli.Run("check", path).OutLines));
    }

    [Fact]
    public void Deadlines_lists_files_that_name_their_bodies_by_id()
    {
        using var folder = new TempFolder();
        folder.Write("organisation.yaml", OrganisationTexts.Region);
        folder.Write("a.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n"));

        var result = Cli.Run("deadlines", folder.Path, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"number\": \"SOU 2024:72\"", result.Out, StringComparison.Ordinal);
    }
}
