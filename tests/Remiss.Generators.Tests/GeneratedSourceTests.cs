using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Remiss.Core;
using static Remiss.Generators.Tests.GeneratorHarness;

namespace Remiss.Generators.Tests;

/// <summary>What the generator writes for the shared example and a wording registry, and that it compiles and means the same.</summary>
public sealed class GeneratedSourceTests
{
    [Fact]
    public void Example_property_source_matches_the_approved_file()
    {
        var (result, _, _) = Run(new[] { File("sou-2024-72.remiss.yaml", TestData.Example) });

        Assert.Empty(result.Diagnostics());
        Approvals.Verify(result.Source("Remisser.Sou2024_72.g.cs"), "Remisser.Sou2024_72");
        Approvals.Verify(result.Source("Remisser.g.cs"), "Remisser");
    }

    [Fact]
    public void Wording_registry_source_matches_the_approved_file()
    {
        var (result, _, _) = Run(new[] { File("region.wording.yaml", TestData.Registry) });

        Assert.Empty(result.Diagnostics());
        Approvals.Verify(result.Source("Wording.Region.g.cs"), "Wording.Region");
        Approvals.Verify(result.Source("Wording.g.cs"), "Wording");
    }

    [Fact]
    public void Generated_code_compiles_without_errors_against_net10_and_Remiss_Core()
    {
        var consumer = """
            using Remiss.Generated;
            public static class Use
            {
                public static string Title => Remisser.Sou2024_72.Remiss.Title;
                public static int Count => Remisser.All.Count;
                public static string Clause => Wording.ApproveAnnualReport("2024");
                public static string Id => Wording.Ids.CloseCase;
            }
            """;
        var (result, output, _) = Run(
            new[] { File("sou-2024-72.remiss.yaml", TestData.Example), File("region.wording.yaml", TestData.Registry) },
            consumerSources: consumer);

        Assert.Empty(result.Diagnostics());
        Assert.Empty(output.Errors());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generated_code_is_plain_CSharp_7_3_so_netstandard2_0_projects_can_use_it()
    {
        var files = new[] { File("sou-2024-72.remiss.yaml", TestData.Example), File("region.wording.yaml", TestData.Registry) };
        var consumer = "public static class Use { public static object A { get { return Remiss.Generated.Remisser.All; } } }";
        Driver(files, version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)
            .RunGeneratorsAndUpdateCompilation(Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3, consumer), out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void A_decided_remiss_carries_its_recorded_meetings_in_CSharp_7_3()
    {
        var decided = TestData.Example.Replace("decision:\n  path:", "decision:\n  meetings:\n    - body: Hälso- och sjukvårdsutskottet\n      date: 2025-03-13\n      paragraph: 25\n      note: Pia Lundin (SJVP) avstår.\n  path:", StringComparison.Ordinal);
        Assert.NotEqual(TestData.Example, decided);
        var loaded = RemissLoader.Load(decided, Root + "sou-2024-72.remiss.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));

        var assembly = CompileAndLoad(new[] { File("sou-2024-72.remiss.yaml", decided) });
        var generated = (RemissFile)assembly.GetType("Remiss.Generated.Remisser")!.GetProperty("Sou2024_72")!.GetValue(null)!;
        Driver(new[] { File("sou-2024-72.remiss.yaml", decided) }, version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)
            .RunGeneratorsAndUpdateCompilation(Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3), out var output, out _);

        Assert.Equal(loaded.File, generated);
        Assert.Equal(new RecordedMeeting("Hälso- och sjukvårdsutskottet", new CalendarDate(2025, 3, 13), 25, "Pia Lundin (SJVP) avstår."), Assert.Single(generated.Decision.Meetings));
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void A_justerad_meeting_carries_its_notice_values_in_CSharp_7_3()
    {
        // ORGANISATION.md §8: the justering date and the notice's keys, typed like the rest of the record.
        var justerad = TestData.Example.Replace("decision:\n  path:", "decision:\n  meetings:\n    - body: Hälso- och sjukvårdsutskottet\n      date: 2025-03-13\n      paragraph: 25\n      adjusted: 2025-03-20\n      notice_posted: 2025-03-21\n      kept_at: Regionkansliet\n      certified_by: { name: Anna Sekreterare, role: Nämndsekreterare }\n  path:", StringComparison.Ordinal);
        Assert.NotEqual(TestData.Example, justerad);
        var loaded = RemissLoader.Load(justerad, Root + "sou-2024-72.remiss.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));

        var assembly = CompileAndLoad(new[] { File("sou-2024-72.remiss.yaml", justerad) });
        var generated = (RemissFile)assembly.GetType("Remiss.Generated.Remisser")!.GetProperty("Sou2024_72")!.GetValue(null)!;
        Driver(new[] { File("sou-2024-72.remiss.yaml", justerad) }, version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)
            .RunGeneratorsAndUpdateCompilation(Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3), out var output, out _);

        Assert.Equal(loaded.File, generated);
        Assert.Equal(
            new MinutesJustering(new CalendarDate(2025, 3, 20), new CalendarDate(2025, 3, 21), "Regionkansliet", new Signatory("Anna Sekreterare", "Nämndsekreterare")),
            Assert.Single(generated.Decision.Meetings).Justering);
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void The_reply_addresses_and_the_sent_date_are_generated_in_CSharp_7_3()
    {
        var delivered = TestData.Example
            .Replace("  department: Socialdepartementet\n", "  department: Socialdepartementet\n  reply_to: s.remissvar@regeringskansliet.se\n  reply_cc: [s.fs@regeringskansliet.se]\n", StringComparison.Ordinal)
            .Replace("response:\n", "response:\n  sent: 2025-03-20\n", StringComparison.Ordinal);
        Assert.NotEqual(TestData.Example, delivered);
        var loaded = RemissLoader.Load(delivered, Root + "sou-2024-72.remiss.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));

        var assembly = CompileAndLoad(new[] { File("sou-2024-72.remiss.yaml", delivered) });
        var generated = (RemissFile)assembly.GetType("Remiss.Generated.Remisser")!.GetProperty("Sou2024_72")!.GetValue(null)!;
        Driver(new[] { File("sou-2024-72.remiss.yaml", delivered) }, version: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3)
            .RunGeneratorsAndUpdateCompilation(Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp7_3), out var output, out _);

        Assert.Equal(loaded.File, generated);
        Assert.Equal(["s.remissvar@regeringskansliet.se"], generated.Remiss.ReplyTo);
        Assert.Equal(new CalendarDate(2025, 3, 20), generated.Response.Sent);
        Assert.Empty(output.Errors());
    }

    [Fact]
    public void Generated_property_equals_what_the_loader_reads_from_the_same_file()
    {
        var loaded = RemissLoader.Load(TestData.Example, Root + "sou-2024-72.remiss.yaml");
        var assembly = CompileAndLoad(new[] { File("sou-2024-72.remiss.yaml", TestData.Example) });

        var remisser = assembly.GetType("Remiss.Generated.Remisser")!;
        var generated = (RemissFile)remisser.GetProperty("Sou2024_72")!.GetValue(null)!;
        var all = (IReadOnlyList<RemissFile>)remisser.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(loaded.File, generated); // records compare every field, lists included
        Assert.Same(generated, Assert.Single(all));
    }

    [Fact]
    public void Unusual_characters_the_loader_accepts_come_out_of_the_generated_CSharp_as_they_went_in()
    {
        // Issue 27: C1 controls, a soft hyphen, a joiner, a noncharacter, an emoji and private use survive the literal.
        var text = TestData.Example.Replace("    - section: \"6\"", "    - section: \"6\\x80\\u00AD\\u200D\\uFDD0\\U0001F600\\x9F\\uE000\"", StringComparison.Ordinal);
        Assert.NotEqual(TestData.Example, text);
        var loaded = RemissLoader.Load(text, Root + "sou-2024-72.remiss.yaml");
        var assembly = CompileAndLoad(new[] { File("sou-2024-72.remiss.yaml", text) });

        var generated = (RemissFile)assembly.GetType("Remiss.Generated.Remisser")!.GetProperty("Sou2024_72")!.GetValue(null)!;

        Assert.Equal("6\u0080\u00AD\u200D\uFDD0\U0001F600\u009F\uE000", generated.Response.Comments[0].Section);
        Assert.Equal(loaded.File, generated);
    }

    [Fact]
    public void Wording_methods_return_the_clause_text_with_the_arguments_filled_in()
    {
        var assembly = CompileAndLoad(new[] { File("region.wording.yaml", TestData.Registry) });
        var wording = assembly.GetType("Remiss.Generated.Wording")!;

        Assert.Equal("godkänna årsredovisningen för 2024", Invoke(wording, "ApproveAnnualReport", "2024"));
        Assert.Equal("överlämna ärendet till regionstyrelsen för yttrande över ”Yttrande över X”",
            Invoke(wording, "ReferToBoard", "regionstyrelsen", "Yttrande över X"));
        Assert.Equal("avsluta ärendet", Invoke(wording, "CloseCase"));
        Assert.Equal(new[] { "att godkänna årsredovisningen för 2024; samt", "att avsluta ärendet." },
            DecisionClauses.Punctuate(new[] { Invoke(wording, "ApproveAnnualReport", "2024"), Invoke(wording, "CloseCase") }));

        var registry = (ClauseRegistry)wording.GetProperty("Registry")!.GetValue(null)!;
        Assert.True(registry.Contains("approve-annual-report"));
        Assert.True(registry.Contains("submit-response"));
        Assert.Equal("close-case", wording.GetNestedType("Ids")!.GetField("CloseCase")!.GetValue(null));
    }

    [Fact]
    public void Wording_methods_give_the_text_Core_renders_for_the_same_clause()
    {
        var registry = """
            format: wording/1
            clauses:
              - id: approve-annual-report
                text: godkänna årsredovisningen för {year}
              - id: repeat-and-join
                text: "{first}{second} och {first} i {organisation}, {year}-talet"
              - id: only-placeholder
                text: "{body_name}"
              - id: near-names
                text: "{a_b} och {a__b}"
            """;
        var definitions = WordingLoader.Load(registry, Root + "region.wording.yaml").Definitions;
        var wording = CompileAndLoad(new[] { File("region.wording.yaml", registry) }).GetType("Remiss.Generated.Wording")!;

        Assert.Equal(4, definitions.Count);
        foreach (var definition in definitions)
        {
            var values = definition.Placeholders.Select((p, i) => (p, Value: $"v{i}")).ToList();
            var expected = definition.Render(values.ToDictionary(v => v.p, v => v.Value));
            Assert.Equal(expected, Invoke(wording, definition.MethodName, values.Select(v => (object)v.Value).ToArray()));
        }
    }

    [Fact]
    public void Remiss_file_may_use_the_registry_ids_of_the_same_project()
    {
        var remiss = TestData.Minimal("SOU 2024:1", clauses: "    - approve-annual-report: \"2024\"\n    - close-case");
        var withRegistry = Run(new[] { File("a.remiss.yaml", remiss), File("region.wording.yaml", TestData.Registry) });
        var withoutRegistry = Run(new[] { File("a.remiss.yaml", remiss) });

        Assert.Empty(withRegistry.Result.Diagnostics());
        Assert.Empty(withRegistry.Output.Errors());
        Assert.Contains("ClauseReference.ForId(\"approve-annual-report\", \"2024\")", withRegistry.Result.Source("Remisser.Sou2024_1.g.cs"));
        Assert.Equal(new[] { "RMS0041", "RMS0041" }, withoutRegistry.Result.Diagnostics().Select(d => d.Id));
    }

    [Fact]
    public void Namespace_and_class_names_come_from_MSBuild_properties()
    {
        var properties = new Dictionary<string, string>
        {
            ["RemissNamespace"] = "Region.Vasternorrland",
            ["RemissClassName"] = "Referrals",
            ["RemissWordingClassName"] = "Clauses",
        };
        var consumer = "public static class Use { public static object A => Region.Vasternorrland.Referrals.Sou2024_72; public static string B => Region.Vasternorrland.Clauses.CloseCase(); }";
        var (result, output, _) = Run(
            new[] { File("sou-2024-72.remiss.yaml", TestData.Example), File("region.wording.yaml", TestData.Registry) }, properties, consumer);

        Assert.Empty(result.Diagnostics());
        Assert.Empty(output.Errors());
        Assert.Contains(result.Results.Single().GeneratedSources, s => s.HintName == "Referrals.Sou2024_72.g.cs");
    }

    private static string Invoke(Type type, string method, params object[] arguments) =>
        (string)type.GetMethod(method)!.Invoke(null, arguments)!;
}
