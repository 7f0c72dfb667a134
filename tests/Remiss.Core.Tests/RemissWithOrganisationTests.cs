using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>A remiss file loaded with its organisation file (ORGANISATION.md §2), with exact messages.</summary>
public class RemissWithOrganisationTests
{
    private const string OrganisationPath = "region/organisation.yaml";

    private static readonly OrganisationFile Organisation = LoadOrganisation();

    private static OrganisationFile LoadOrganisation()
    {
        var result = OrganisationLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Data", "organisation.yaml"));
        Assert.Empty(result.Diagnostics);
        return result.File!;
    }

    private static readonly LoadOptions WithOrganisation = new() { Organisation = Organisation, OrganisationPath = OrganisationPath };

    private static LoadResult Load(string yaml) => RemissLoader.Load(yaml, "region/a.remiss.yaml", WithOrganisation);

    private static string ExampleWith(string find, string replace)
    {
        Assert.Contains(find, TestFiles.ExampleText);
        return TestFiles.ExampleText.Replace(find, replace);
    }

    /// <summary>The example's path, written <paramref name="first"/> and <paramref name="second"/>.</summary>
    private static string ExampleWithPath(string first, string second) =>
        ExampleWith("    - Hälso- och sjukvårdsutskottet\n    - Hälso- och sjukvårdsnämnden\n", $"    - {first}\n    - {second}\n");

    [Fact]
    public void The_example_loads_to_the_same_model_with_and_without_the_organisation_file()
    {
        var without = RemissLoader.Load(TestFiles.ExampleText, "region/a.remiss.yaml");
        var with = Load(TestFiles.ExampleText);
        Assert.Empty(with.Diagnostics);
        Assert.Equal(without.File, with.File);
        Assert.Same(Organisation, with.Organisation);
        Assert.Null(without.Organisation);
    }

    [Fact]
    public void Ids_organisation_and_signatories_left_to_the_organisation_file_give_the_same_model()
    {
        var yaml = ExampleWithPath("hsu", "hsn")
            .Replace("  organisation: Region Västernorrland\n", string.Empty)
            .Replace("  signatories:\n    - name: Viktoria Jansson\n      role: Ordförande, hälso- och sjukvårdsnämnden\n", string.Empty);
        Assert.DoesNotContain("signatories", yaml);
        var result = Load(yaml);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(TestFiles.LoadExample(), result.File);
        Assert.Equal(new[] { "Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden" }, result.File!.Decision.Path);
        Assert.Equal("Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar", DecisionText.For(result.File).Intro);
    }

    [Fact]
    public void Without_an_organisation_file_case_organisation_is_still_required()
    {
        var yaml = TestFiles.Minimal.Replace("  organisation: Region Västernorrland\n", string.Empty).Replace("[Nämnden]", "[hsn]");
        Assert.Equal(
            "test.remiss.yaml(9,3): error RMS0010: Nyckeln 'organisation' saknas i 'case'. Lägg till 'organisation: …'.",
            Assert.Single(TestFiles.Load(yaml).Diagnostics).ToString());
        Assert.Empty(TestFiles.Load(yaml, WithOrganisation).Diagnostics);
        Assert.Equal("Region Västernorrland", TestFiles.Load(yaml, WithOrganisation).File!.Case.Organisation);
    }

    [Fact]
    public void An_empty_case_organisation_is_taken_from_the_organisation_file() =>
        Assert.Equal("Region Västernorrland", TestFiles.Load(TestFiles.Minimal.Replace("  organisation: Region Västernorrland", "  organisation:"), WithOrganisation with { Organisation = Organisation with { Bodies = default } }).File!.Case.Organisation);

    [Fact]
    public void A_case_organisation_that_differs_is_an_error_saying_which_to_change()
    {
        var result = Load(ExampleWith("  organisation: Region Västernorrland", "  organisation: Region Västernorland"));
        Assert.Null(result.File);
        Assert.Equal(
            "region/a.remiss.yaml(40,17): error RMS0076: 'case.organisation' är \"Region Västernorland\", men organisationsfilen region/organisation.yaml heter \"Region Västernorrland\". Ta bort 'case.organisation' så används organisationsfilens namn, eller ändra i den av filerna som är fel.",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_name_in_another_letter_case_is_a_warning_and_prints_the_organisation_files_spelling()
    {
        var result = Load(ExampleWithPath("hälso- och sjukvårdsutskottet", "HSN"));
        Assert.Equal(new[]
        {
            "region/a.remiss.yaml(48,7): warning RMS0077: \"hälso- och sjukvårdsutskottet\" skrivs \"Hälso- och sjukvårdsutskottet\" i organisationsfilen region/organisation.yaml. Skriv det så, eller med id:t 'hsu'; dokumenten får organisationsfilens stavning.",
            "region/a.remiss.yaml(49,7): warning RMS0077: \"HSN\" skrivs \"hsn\" i organisationsfilen region/organisation.yaml. Skriv det så, eller med id:t 'hsn'; dokumenten får organisationsfilens stavning.",
        }, result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(TestFiles.LoadExample(), result.File);
    }

    [Theory]
    [InlineData("Hälsö- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden", 48, "Hälso- och sjukvårdsutskottet", "hsu")]
    [InlineData("Hälso- och sjukvårdsutskottet", "Hälsa- och sjukvårdsnämnden", 49, "Hälso- och sjukvårdsnämnden", "hsn")]
    [InlineData("Hälso- och sjukvårdsutskotet", "Hälso- och sjukvårdsnämnden", 48, "Hälso- och sjukvårdsutskottet", "hsu")]
    [InlineData("Hälso- och sjukvårdsutskottet", "hälsa- och sjukvårdsnämden", 49, "Hälso- och sjukvårdsnämnden", "hsn")]
    public void The_seeds_misspellings_are_errors_with_menade_du(string first, string second, int line, string meant, string id)
    {
        var written = line == 48 ? first : second;
        var result = Load(ExampleWithPath(first, second));
        Assert.Null(result.File);
        Assert.Equal(
            $"region/a.remiss.yaml({line},7): error RMS0078: \"{written}\" finns inte bland organen i organisationsfilen region/organisation.yaml. Menade du '{meant}'? Rätta stavningen eller skriv id:t '{id}'.",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void An_unknown_body_is_a_warning_and_printed_as_written()
    {
        var result = Load(ExampleWithPath("hsu", "Regionstyrelsen"));
        Assert.Equal(
            "region/a.remiss.yaml(49,7): warning RMS0079: \"Regionstyrelsen\" finns inte bland organen i organisationsfilen region/organisation.yaml och skrivs som det står. Lägg till organet i organisationsfilen (bodies) om det hör till organisationen.",
            Assert.Single(result.Diagnostics).ToString());
        Assert.Equal("Hälso- och sjukvårdsutskottet föreslår att Regionstyrelsen beslutar", DecisionText.For(result.File!).Intro);
    }

    [Fact]
    public void Hälso_och_sjukvårdsnämnden_is_not_a_misspelling_of_the_utskott()
    {
        // Only the utskott in the file: the nämnd is another body, not a typo of it.
        var organisation = Organisation with { Bodies = EquatableArray.Create(Organisation.Bodies[0]) };
        Assert.Equal(BodyMatchKind.Unknown, organisation.Match("Hälso- och sjukvårdsnämnden").Kind);
        Assert.Equal(BodyMatchKind.Unknown, Organisation.Match("Kommunstyrelsen").Kind);
    }

    [Theory]
    [InlineData("hsu", BodyMatchKind.Id, "Hälso- och sjukvårdsutskottet")]
    [InlineData(" Hälso- och sjukvårdsnämnden ", BodyMatchKind.Name, "Hälso- och sjukvårdsnämnden")]
    [InlineData("HÄLSO- OCH SJUKVÅRDSNÄMNDEN", BodyMatchKind.LetterCase, "Hälso- och sjukvårdsnämnden")]
    [InlineData("Hsu", BodyMatchKind.LetterCase, "Hälso- och sjukvårdsutskottet")]
    [InlineData("Hälso och sjukvårdsnämnden", BodyMatchKind.NearMiss, "Hälso- och sjukvårdsnämnden")]
    [InlineData("Socialnämnden", BodyMatchKind.Unknown, null)]
    [InlineData("hs", BodyMatchKind.Unknown, null)]
    public void Matching_rules(string written, BodyMatchKind kind, string? body)
    {
        var match = Organisation.Match(written);
        Assert.Equal(kind, match.Kind);
        Assert.Equal(body, match.Body?.Name);
    }

    [Fact]
    public void Signatories_left_out_are_the_deciding_bodys_and_an_explicit_list_is_kept()
    {
        var minimal = TestFiles.Minimal.Replace("  path: [Nämnden]", "  path: [hsu, hsn]");
        Assert.Equal(new Signatory("Viktoria Jansson", "Ordförande, hälso- och sjukvårdsnämnden"), Assert.Single(TestFiles.Load(minimal, WithOrganisation).File!.Response.Signatories));

        var explicitNone = minimal + "\nresponse:\n  signatories: []\n";
        Assert.Empty(TestFiles.Load(explicitNone, WithOrganisation).File!.Response.Signatories);

        // The deciding body is the last: the utskott has no signatories.
        Assert.Empty(TestFiles.Load(TestFiles.Minimal.Replace("  path: [Nämnden]", "  path: [hsn, hsu]"), WithOrganisation).File!.Response.Signatories);
    }
}
