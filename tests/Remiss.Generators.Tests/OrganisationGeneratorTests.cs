using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;
using Remiss.Core;
using static Remiss.Generators.Tests.GeneratorHarness;

namespace Remiss.Generators.Tests;

/// <summary>Organisation files in the generator: nearest-ancestor per remiss file, Core's diagnostics at the YAML line, a typed class per file.</summary>
public sealed class OrganisationGeneratorTests
{
    private static string Organisation => TestData.Read("organisation.yaml");

    /// <summary>The example with its path written <paramref name="path"/> and the organisation and signatories left to the organisation file.</summary>
    private static string ExampleFor(string path) => TestData.Example
        .Replace("    - Hälso- och sjukvårdsutskottet\n    - Hälso- och sjukvårdsnämnden\n", path, StringComparison.Ordinal)
        .Replace("  organisation: Region Västernorrland\n", string.Empty, StringComparison.Ordinal)
        .Replace("  signatories:\n    - name: Viktoria Jansson\n      role: Ordförande, hälso- och sjukvårdsnämnden\n", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void A_remiss_file_is_loaded_with_its_nearest_organisation_file_as_the_loader_does()
    {
        var files = new[]
        {
            File("region/organisation.yaml", Organisation),
            File("region/2025/sou-2024-72.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n")),
            File("kommun/organisation.yaml", OrganisationTexts.KommunStyrelsen),
            File("kommun/ds.remiss.yaml", ExampleFor("    - ks\n").Replace("SOU 2024:72", "Ds 2025:1", StringComparison.Ordinal).Replace("kind: betänkande", "kind: promemoria", StringComparison.Ordinal)),
        };
        var assembly = CompileAndLoad(files);
        var remisser = assembly.GetType("Remiss.Generated.Remisser")!;
        var region = (RemissFile)remisser.GetProperty("Sou2024_72")!.GetValue(null)!;
        var kommun = (RemissFile)remisser.GetProperty("Ds2025_1")!.GetValue(null)!;

        // The same model as the example without any organisation file: names, organisation and signatories filled in.
        Assert.Equal(RemissLoader.Load(TestData.Example, Root + "region/2025/sou-2024-72.remiss.yaml").File, region);
        Assert.Equal("Sundsvalls kommun", kommun.Case.Organisation);
        Assert.Equal(["Kommunstyrelsen"], kommun.Decision.Path);
        Assert.Equal(HouseStyle.Numbered, kommun.Decision.Style);
        Assert.Equal("2. Paragrafen justeras omedelbart.", DecisionText.For(kommun).Clauses[1]);
    }

    [Fact]
    public void The_typed_organisation_class_has_the_name_and_each_body_by_id()
    {
        var assembly = CompileAndLoad([File("organisation.yaml", Organisation), File("kommun/organisation.yaml", OrganisationTexts.KommunStyrelsen)]);
        var region = assembly.GetType("Remiss.Generated.Organisations+RegionVasternorrland")!;
        Assert.Equal("Region Västernorrland", region.GetField("Name")!.GetValue(null));
        var hsu = (OrganisationBody)region.GetProperty("Hsu")!.GetValue(null)!;
        Assert.Equal("Hälso- och sjukvårdsutskottet", hsu.Name);
        Assert.Equal(new CalendarDate(2025, 3, 13), hsu.Meetings[1]);
        Assert.Equal(OrganisationLoader.Load(Organisation, "organisation.yaml").File, region.GetProperty("Organisation")!.GetValue(null));
        Assert.Equal("Kommunstyrelsen", ((OrganisationBody)assembly.GetType("Remiss.Generated.Organisations+SundsvallsKommun")!.GetProperty("Ks")!.GetValue(null)!).Name);
    }

    [Fact]
    public void Consumer_code_uses_the_organisation_class()
    {
        var (result, output, _) = Run(
            [File("organisation.yaml", Organisation)],
            consumerSources: """
                using Remiss.Generated;
                static class Use
                {
                    static string Name => Organisations.RegionVasternorrland.Name;
                    static string Body => Organisations.RegionVasternorrland.Hsn.Name;
                    static int Count => Organisations.RegionVasternorrland.Bodies.Count;
                    static Remiss.Core.OrganisationFile File => Organisations.RegionVasternorrland.Organisation;
                }
                """);
        Assert.Empty(result.Diagnostics());
        Assert.Empty(output.Errors());
        Approvals.Verify(result.Source("Organisations.RegionVasternorrland.g.cs"), "Organisations.RegionVasternorrland");
    }

    [Fact]
    public async Task A_duplicate_id_is_reported_at_the_organisation_file_and_blocks_the_remiss_files_below_it()
    {
        await new SourceGeneratorTest(
                ("organisation.yaml", Organisation.Replace("  - id: hsn", "  - id: hsu", StringComparison.Ordinal)),
                ("a.remiss.yaml", ExampleFor("    - hsu\n    - hsn\n")))
            .Expect("RMS0070", DiagnosticSeverity.Error, "organisation.yaml", 15, 9, 15, 12)
            .Expect("RMS0080", DiagnosticSeverity.Error, "a.remiss.yaml", 1, 1, 1, 1)
            .RunAsync();
    }

    [Fact]
    public void A_misspelt_body_is_the_message_remiss_check_prints_at_the_same_line()
    {
        var (result, _, _) = Run([File("organisation.yaml", Organisation), File("a.remiss.yaml", ExampleFor("    - Hälsö- och sjukvårdsutskottet\n    - hsn\n"))]);
        Assert.Equal(
            "/src/Region/a.remiss.yaml(47,7): error RMS0078: \"Hälsö- och sjukvårdsutskottet\" finns inte bland organen i organisationsfilen organisation.yaml. Menade du 'Hälso- och sjukvårdsutskottet'? Rätta stavningen eller skriv id:t 'hsu'.",
            Assert.Single(result.Diagnostics()).ToString());
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("Remisser", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registry_the_project_does_not_have_is_reported_and_one_it_has_is_not()
    {
        var organisation = Organisation.Replace("house_style: att\n", "house_style: att\nregistries: [mallar/region.wording.yaml]\n", StringComparison.Ordinal);
        await new SourceGeneratorTest(("organisation.yaml", organisation))
            .Expect("RMS0074", DiagnosticSeverity.Error, "organisation.yaml", 6, 14, 6, 40)
            .RunAsync();
        await new SourceGeneratorTest(("organisation.yaml", organisation), ("mallar/region.wording.yaml", TestData.Registry)).RunAsync();
    }

    [Fact]
    public async Task A_body_id_that_names_a_member_of_the_class_is_RMS0064()
    {
        await new SourceGeneratorTest(("organisation.yaml", OrganisationTexts.KommunStyrelsen.Replace("id: ks", "id: bodies", StringComparison.Ordinal)))
            .Expect("RMS0064", DiagnosticSeverity.Error, "organisation.yaml", 5, 9, 5, 15)
            .RunAsync();
    }

    [Fact]
    public void Numbered_and_no_comment_files_generate_the_loaders_model()
    {
        var text = ExampleFor("    - ks\n")
            .Replace("    - immediate-adjustment\n", "    - immediate-adjustment\n    - statement: Direktören får i uppdrag att återkomma.\n    - { text: avsluta ärendet, statement: Ärendet avslutas. }\n", StringComparison.Ordinal);
        var noComment = text[..text.IndexOf("memo:", StringComparison.Ordinal)].Replace("SOU 2024:72", "SOU 2024:73", StringComparison.Ordinal) + "response:\n  position: no-comment\n";
        var assembly = CompileAndLoad([File("organisation.yaml", OrganisationTexts.KommunStyrelsen), File("a.remiss.yaml", text), File("b.remiss.yaml", noComment)]);
        var remisser = assembly.GetType("Remiss.Generated.Remisser")!;
        var options = new LoadOptions { Organisation = OrganisationLoader.Load(OrganisationTexts.KommunStyrelsen, Root + "organisation.yaml").File, OrganisationPath = "organisation.yaml" };

        Assert.Equal(RemissLoader.Load(text, Root + "a.remiss.yaml", options).File, remisser.GetProperty("Sou2024_72")!.GetValue(null));
        var generated = (RemissFile)remisser.GetProperty("Sou2024_73")!.GetValue(null)!;
        Assert.Equal(RemissLoader.Load(noComment, Root + "b.remiss.yaml", options).File, generated);
        Assert.True(generated.Response.IsNoComment);
    }

    [Fact]
    public void What_happened_at_the_meeting_is_emitted_as_typed_values_with_the_organisations_route_heading()
    {
        var organisation = OrganisationTexts.KommunStyrelsen.Replace("house_style: numbered\n", "house_style: numbered\nminutes:\n  decision_heading: Propositionsordning\n", StringComparison.Ordinal);
        var text = ExampleFor("    - ks\n").Replace("decision:\n", "decision:\n  meetings:\n" + Record, StringComparison.Ordinal);
        var assembly = CompileAndLoad([File("organisation.yaml", organisation), File("a.remiss.yaml", text)]);
        var options = new LoadOptions { Organisation = OrganisationLoader.Load(organisation, Root + "organisation.yaml").File, OrganisationPath = "organisation.yaml" };
        var loaded = RemissLoader.Load(text, Root + "a.remiss.yaml", options);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));

        var generated = (RemissFile)assembly.GetType("Remiss.Generated.Remisser")!.GetProperty("Sou2024_72")!.GetValue(null)!;
        var proceedings = Assert.Single(generated.Decision.Meetings).Proceedings;

        Assert.Equal(loaded.File, generated);
        Assert.Equal("Propositionsordning", proceedings.DecisionRouteHeading);
        Assert.Equal([Motion.Approve, Motion.Add, Motion.ReferBack], proceedings.Proposals.Select(p => p.Motion));
        Assert.Equal(VoteTally.RollCall(["Anna Berg (V)", "Per Ek (V)"], ["Erica Stenberg (SD)"], ["Lars Ek (SD)"]), proceedings.Vote!.Result);
        var file = (OrganisationFile)assembly.GetType("Remiss.Generated.Organisations+SundsvallsKommun")!.GetProperty("Organisation")!.GetValue(null)!;
        Assert.Equal(new OrganisationMinutes("Propositionsordning"), file.Minutes);

        // Plain C# 7.3, like the rest of the generated code.
        Driver([File("organisation.yaml", organisation), File("a.remiss.yaml", text)], version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)
            .RunGeneratorsAndUpdateCompilation(Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3), out var output, out _);
        Assert.Empty(output.Errors());
    }

    /// <summary>Every key of a §7 record (ORGANISATION.md §7), for the kommunstyrelsen.</summary>
    private const string Record = """
            - body: ks
              date: 2025-03-19
              paragraph: 41
              proposals:
                - by: Viktoria Jansson (M)
                  motion: approve
                - by: [Erica Stenberg (SD), Lars Ek (SD)]
                  motion: add
                  clauses:
                    - statement: Förvaltningen får i uppdrag att följa upp frågan.
                - by: Anna Berg (V)
                  motion: refer-back
                  to: kommunledningskontoret
                  reason: Konsekvenserna behöver belysas.
              vote:
                yes: 1
                no: 2
                result: { yes: [Anna Berg (V), Per Ek (V)], no: [Erica Stenberg (SD)], abstain: [Lars Ek (SD)] }
              outcome: [1]
              reservations:
                - by: Erica Stenberg (SD)
                  written: true
              entries:
                - by: Anna Berg (V)
                  text: Vänsterpartiet vill att uppföljningen redovisas.
              disqualified: Pia Lundin (SJVP)
              not_taking_part: [Dennis Moström (C)]

        """;
}
