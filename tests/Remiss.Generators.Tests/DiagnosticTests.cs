using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static Remiss.Generators.Tests.GeneratorHarness;

namespace Remiss.Generators.Tests;

/// <summary>Every problem in a YAML file is Core's diagnostic, reported at the file, line and column the build prints.</summary>
public sealed class DiagnosticTests
{
    private static string Example(string find, string replace)
    {
        var text = TestData.Example;
        Assert.Contains(find, text);
        return text.Replace(find, replace);
    }

    [Fact]
    public async Task Impossible_date_is_reported_at_the_value()
    {
        var broken = Example("deadline: 2025-03-10            # illustrative", "deadline: 2025-02-30");

        await new SourceGeneratorTest(("a.remiss.yaml", broken))
            .Expect("RMS0013", DiagnosticSeverity.Error, "a.remiss.yaml", 11, 13, 11, 23)
            .RunAsync();
    }

    [Fact]
    public async Task Misspelt_key_is_reported_at_the_key()
    {
        await new SourceGeneratorTest(("a.remiss.yaml", Example("  title: Stärkt", "  titel: Stärkt")))
            .Expect("RMS0010", DiagnosticSeverity.Error, "a.remiss.yaml", 6, 3, 6, 3)
            .Expect("RMS0011", DiagnosticSeverity.Error, "a.remiss.yaml", 6, 3, 6, 8)
            .RunAsync();
    }

    [Fact]
    public async Task Yaml_syntax_error_is_reported_at_its_line()
    {
        await new SourceGeneratorTest(("a.remiss.yaml", Example("  dnr: 24HSN5898", "  dnr: [24HSN5898")))
            .Expect("RMS0001", DiagnosticSeverity.Error, "a.remiss.yaml", 41, 8, 41, 8)
            .RunAsync();
    }

    [Fact]
    public async Task Warning_is_reported_and_the_property_still_generated()
    {
        var text = Example("number: SOU 2024:72", "number: Prop. 2024/25:1");
        await new SourceGeneratorTest(("a.remiss.yaml", text))
            .Expect("RMS0020", DiagnosticSeverity.Warning, "a.remiss.yaml", 8, 11, 8, 26)
            .RunAsync();

        var (result, output, _) = Run(new[] { File("a.remiss.yaml", text) }, consumerSources: "class Use { object A => Remiss.Generated.Remisser.Prop2024251; }");
        Assert.Empty(output.Errors());
        Assert.Equal("RMS0020", Assert.Single(result.Diagnostics()).Id);
    }

    [Fact]
    public void Diagnostic_prints_in_the_MSBuild_form_with_Cores_Swedish_message()
    {
        var (result, _, _) = Run(new[] { File("a.remiss.yaml", Example("deadline: 2025-03-10            # illustrative", "deadline: 2025-02-30")) });

        var rms0013 = result.Diagnostics().Single(d => d.Id == "RMS0013");
        Assert.Equal(
            "/src/Region/a.remiss.yaml(11,13): error RMS0013: 'remiss.deadline' är inget giltigt datum: \"2025-02-30\" (den dagen finns inte). Skriv datumet som åååå-mm-dd, t.ex. 2025-03-21.",
            rms0013.ToString());
        Assert.Equal("Invalid date", rms0013.Descriptor.Title.ToString());
        Assert.DoesNotContain(result.Results.Single().GeneratedSources, s => s.HintName.StartsWith("Remisser", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Placeholder_typo_in_a_registry_is_reported_with_a_hint()
    {
        var registry = """
            format: wording/1
            clauses:
              - id: approve-annual-report
                text: godkänna årsredovisningen för {yaer}
                parameters: [year]
            """;
        await new SourceGeneratorTest(("region.wording.yaml", registry))
            .Expect("RMS0052", DiagnosticSeverity.Error, "region.wording.yaml", 4, 11, 4, 47)
            .Expect("RMS0051", DiagnosticSeverity.Error, "region.wording.yaml", 5, 17, 5, 17)
            .RunAsync();

        var (result, _, _) = Run(new[] { File("region.wording.yaml", registry) });
        Assert.Contains("Menade du '{year}'?", result.Diagnostics().Single(d => d.Id == "RMS0052").GetMessage());
    }

    [Fact]
    public async Task Duplicate_id_in_one_registry_is_reported_at_the_second_id()
    {
        var registry = """
            format: wording/1
            clauses:
              - id: close-case
                text: avsluta ärendet
              - id: close-case
                text: stänga ärendet
            """;
        await new SourceGeneratorTest(("region.wording.yaml", registry))
            .Expect("RMS0050", DiagnosticSeverity.Error, "region.wording.yaml", 5, 9, 5, 19)
            .RunAsync();
    }

    [Fact]
    public async Task Id_defined_in_two_registries_is_reported_in_the_later_file_and_generated_once()
    {
        var first = "format: wording/1\nclauses:\n  - id: close-case\n    text: avsluta ärendet\n";
        var second = "format: wording/1\nclauses:\n  - id: open-case\n    text: öppna ärendet\n  - id: close-case\n    text: stänga ärendet\n";
        await new SourceGeneratorTest(("a.wording.yaml", first), ("b.wording.yaml", second))
            .Expect("RMS0050", DiagnosticSeverity.Error, "b.wording.yaml", 5, 9, 5, 19)
            .RunAsync();

        var (result, output, _) = Run(new[] { File("b.wording.yaml", second), File("a.wording.yaml", first) },
            consumerSources: "class Use { string A => Remiss.Generated.Wording.CloseCase() + Remiss.Generated.Wording.OpenCase(); }");
        Assert.Contains("(på rad 3 i a.wording.yaml)", Assert.Single(result.Diagnostics()).GetMessage());
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Two_remisser_with_one_number_are_told_apart_by_their_department_dnr()
    {
        // A report remitted in two parts: two real remisser with one number, each its own department dnr.
        var first = TestData.Minimal("SOU 2018:46").Replace("  department: Socialdepartementet\n", "  department: Socialdepartementet\n  department_dnr: S2018/04189\n");
        var second = TestData.Minimal("SOU 2018:46").Replace("  department: Socialdepartementet\n", "  department: Socialdepartementet\n  department_dnr: S2018/05301\n");
        var (result, output, _) = Run(new[] { File("del-2.remiss.yaml", second), File("del-1.remiss.yaml", first) },
            consumerSources: "class Use { object A => Remiss.Generated.Remisser.Sou2018_46_S2018_04189; object B => Remiss.Generated.Remisser.Sou2018_46_S2018_05301; }");

        Assert.Empty(result.Diagnostics());
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Two_remisser_with_one_number_and_no_dnr_are_told_apart_by_their_file_names()
    {
        var remiss = TestData.Minimal("SOU 2024:1");
        var (result, output, _) = Run(new[] { File("b.remiss.yaml", remiss), File("a.remiss.yaml", remiss) },
            consumerSources: "class Use { object A => Remiss.Generated.Remisser.Sou2024_1_A; object B => Remiss.Generated.Remisser.Sou2024_1_B; object N => Remiss.Generated.Remisser.All.Count; }");

        Assert.Empty(result.Diagnostics());
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void File_named_like_a_generated_member_is_reported_not_compiled_into_a_clash()
    {
        var remiss = TestData.Minimal("Bilaga 1");
        var (result, output, _) = Run(new[] { File("all.remiss.yaml", remiss.Replace("  number: Bilaga 1\n", string.Empty)) });

        Assert.Equal("RMS0060", Assert.Single(result.Diagnostics()).Id);
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Clause_whose_method_would_hide_an_object_member_is_reported()
    {
        var registry = "format: wording/1\nclauses:\n  - id: to-string\n    text: skriva ut ärendet\n";
        var (result, output, _) = Run(new[] { File("region.wording.yaml", registry) });

        var clash = Assert.Single(result.Diagnostics());
        Assert.Equal("RMS0063", clash.Id);
        Assert.Equal(new LinePosition(2, 8), clash.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("Satsen \"to-string\" ger metodnamnet 'ToString', som redan används av object.ToString. Ge satsen ett annat id.", clash.GetMessage());
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Invalid_MSBuild_setting_is_reported_and_the_default_used()
    {
        var (result, output, _) = Run(
            new[] { File("a.remiss.yaml", TestData.Minimal("SOU 2024:1")) },
            new Dictionary<string, string> { ["RemissNamespace"] = "Region.1Bad", ["RemissClassName"] = "class" },
            "class Use { object A => Remiss.Generated.Remisser.Sou2024_1; }");

        Assert.Equal(new[] { "RMS0061", "RMS0061" }, result.Diagnostics().Select(d => d.Id));
        Assert.All(result.Diagnostics(), d => Assert.Equal(Location.None, d.Location));
        Assert.Contains("'RemissNamespace' har värdet \"Region.1Bad\"", result.Diagnostics()[0].GetMessage());
        Assert.Empty(output.Errors());
    }

    [Theory]
    [InlineData("Referrals", "Referrals", "RemissWordingClassName", "Remiss.Generated.Referrals.Sou2024_1", "Remiss.Generated.Wording.CloseCase()")]
    [InlineData("Wording", null, "RemissClassName", "Remiss.Generated.Remisser.Sou2024_1", "Remiss.Generated.Wording.CloseCase()")]
    public void One_class_name_for_remisser_and_wording_is_reported_and_a_default_used(string remisser, string? wording, string reported, string property, string method)
    {
        var properties = new Dictionary<string, string> { ["RemissClassName"] = remisser };
        if (wording is not null)
        {
            properties["RemissWordingClassName"] = wording;
        }

        var (result, output, _) = Run(
            new[] { File("a.remiss.yaml", TestData.Minimal("SOU 2024:1")), File("region.wording.yaml", TestData.Registry) },
            properties,
            $"class Use {{ object A => {property}; string B => {method}; }}");

        Assert.Null(result.Results.Single().Exception);
        var problem = Assert.Single(result.Diagnostics());
        Assert.Equal("RMS0061", problem.Id);
        Assert.StartsWith($"MSBuild-egenskapen '{reported}' har värdet \"{remisser}\", som inte är ett annat klassnamn", problem.GetMessage());
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Project_without_Remiss_Core_gets_one_clear_error_instead_of_generated_code_that_cannot_compile()
    {
        var withoutCore = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Consumer", references: Basic.Reference.Assemblies.Net100.References.All, options: new(OutputKind.DynamicallyLinkedLibrary));
        Driver(new[] { File("a.remiss.yaml", TestData.Minimal("SOU 2024:1")) })
            .RunGeneratorsAndUpdateCompilation(withoutCore, out var output, out var diagnostics);

        Assert.Equal("RMS0062", Assert.Single(diagnostics).Id);
        Assert.Contains("<PackageReference Include=\"Remiss.Core\"", diagnostics[0].GetMessage());
        Assert.Empty(output.SyntaxTrees);
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Registries_with_one_file_name_in_two_folders_both_generate()
    {
        var first = "format: wording/1\nclauses:\n  - id: close-case\n    text: avsluta ärendet\n";
        var second = "format: wording/1\nclauses:\n  - id: open-case\n    text: öppna ärendet\n";
        var (result, output, _) = Run(new[] { File("hsn/region.wording.yaml", first), File("rs/region.wording.yaml", second), File("rs/region-.wording.yaml", second.Replace("open", "reopen")) },
            consumerSources: "class Use { string A => Remiss.Generated.Wording.CloseCase() + Remiss.Generated.Wording.OpenCase() + Remiss.Generated.Wording.ReopenCase(); }");

        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(result.Diagnostics());
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Remiss_files_whose_names_differ_only_in_case_are_a_clash_not_a_generator_crash()
    {
        var remiss = TestData.Minimal("Bilaga 1").Replace("  number: Bilaga 1\n", string.Empty);
        var (result, output, _) = Run(new[] { File("ab.remiss.yaml", remiss), File("aB.remiss.yaml", remiss) },
            consumerSources: "class Use { object A => Remiss.Generated.Remisser.AB; }");

        Assert.Null(result.Results.Single().Exception);
        var clash = Assert.Single(result.Diagnostics());
        Assert.Equal("RMS0060", clash.Id);
        Assert.EndsWith("/ab.remiss.yaml", clash.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Span_that_ends_before_it_starts_is_reported_at_its_start_not_thrown()
    {
        var reversed = new Remiss.Core.Diagnostic("RMS0013", Remiss.Core.DiagnosticSeverity.Error, "Fel.", "/a.remiss.yaml", new Remiss.Core.SourceSpan(3, 5, 2, 1));

        var diagnostic = Locations.ToRoslyn(Locations.Locate(reversed, "/a.remiss.yaml", "a\nbb\nccccc\n"));

        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(new LinePosition(2, 4), span.StartLinePosition);
        Assert.Equal(span.StartLinePosition, span.EndLinePosition);
    }

    [Fact]
    public void Every_generator_diagnostic_is_documented_with_its_own_code()
    {
        var docs = TestData.Read("diagnostics.md");
        Assert.All(GeneratorDiagnostics.All, d => Assert.Contains($"## {d.Code}\n**{d.Severity}", docs));
        // One place per code: the generator's are defined with every other code in Core.
        Assert.Subset(Remiss.Core.DiagnosticDescriptors.All.ToHashSet(), GeneratorDiagnostics.All.ToHashSet());
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n---\n")]
    [InlineData("\u0000\u0001\u0002 binary")]
    [InlineData("format: remiss/1\nremiss: [")]
    [InlineData("a: &a [*a, *a]\n")]
    public void Garbage_becomes_a_diagnostic_never_a_generator_crash(string text)
    {
        var (result, _, _) = Run(new[] { File("a.remiss.yaml", text), File("b.wording.yaml", text) });

        Assert.DoesNotContain(result.Diagnostics(), d => d.Id == "CS8785");
        Assert.Null(result.Results.Single().Exception);
        Assert.Contains(result.Diagnostics(), d => d.Id.StartsWith("RMS", StringComparison.Ordinal) && d.Location.GetLineSpan().Path.EndsWith("a.remiss.yaml", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics(), d => d.Id.StartsWith("RMS", StringComparison.Ordinal) && d.Location.GetLineSpan().Path.EndsWith("b.wording.yaml", StringComparison.Ordinal));
    }
}
