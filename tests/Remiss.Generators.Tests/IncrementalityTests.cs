using Microsoft.CodeAnalysis;
using static Remiss.Generators.Tests.GeneratorHarness;

namespace Remiss.Generators.Tests;

/// <summary>
/// Editing one YAML file among many regenerates that file's output only: the other files' steps come
/// back Cached or Unchanged (tracked with <c>trackIncrementalGeneratorSteps</c>).
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly AdditionalText A = File("a.remiss.yaml", TestData.Minimal("SOU 2024:1"));
    private static readonly AdditionalText B = File("b.remiss.yaml", TestData.Minimal("SOU 2024:2"));
    private static readonly AdditionalText C = File("c.remiss.yaml", TestData.Minimal("SOU 2024:3"));
    private static readonly AdditionalText Registry = File("region.wording.yaml", TestData.Registry);

    private static readonly IncrementalStepRunReason[] Reused = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Fact]
    public void Editing_one_remiss_file_reruns_only_that_files_steps()
    {
        var (first, compilation) = Start(A, B, C, Registry);
        var edited = File("b.remiss.yaml", TestData.Minimal("SOU 2024:2", title: "En ändrad titel"));

        var second = first.ReplaceAdditionalText(B, edited).RunGenerators(compilation).GetRunResult();

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.RemissLoaded, "b.remiss.yaml"));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.RemissEmitted, "b.remiss.yaml"));
        foreach (var other in new[] { "a.remiss.yaml", "c.remiss.yaml" })
        {
            // Cached, not merely Unchanged: their steps did not run at all (Unchanged would mean they re-ran).
            Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissSource, other));
            Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissLoaded, other));
            Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissEmitted, other));
        }

        Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissNames, null)); // the name did not change

        Assert.Contains(Reason(second, RemissGenerator.Steps.WordingLoaded, "region.wording.yaml"), Reused);
        Assert.Contains("En ändrad titel", second.Source("Remisser.Sou2024_2.g.cs"));
    }

    [Fact]
    public void Editing_a_registry_without_changing_its_clauses_leaves_remiss_files_cached()
    {
        var (first, compilation) = Start(A, B, Registry);
        var commented = File("region.wording.yaml", "# Reviewed by the registry office.\n" + TestData.Registry);

        var second = first.ReplaceAdditionalText(Registry, commented).RunGenerators(compilation).GetRunResult();

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.WordingLoaded, "region.wording.yaml"));
        foreach (var file in new[] { "a.remiss.yaml", "b.remiss.yaml" })
        {
            Assert.Contains(Reason(second, RemissGenerator.Steps.RemissLoaded, file), Reused);
            Assert.Contains(Reason(second, RemissGenerator.Steps.RemissEmitted, file), Reused);
        }
    }

    [Fact]
    public void Changing_a_registrys_clauses_reloads_remiss_files_but_reemits_none_whose_model_is_the_same()
    {
        var (first, compilation) = Start(A, B, Registry);
        var extended = File("region.wording.yaml", TestData.Registry + "  - id: reopen-case\n    text: återuppta ärendet\n");

        var second = first.ReplaceAdditionalText(Registry, extended).RunGenerators(compilation).GetRunResult();

        // The ids a remiss file may use changed, so each is validated again (honest cost of a registry edit) …
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.RegionClauses, null));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(second, RemissGenerator.Steps.RemissLoaded, "a.remiss.yaml"));
        // … but a model that came out the same is not emitted again.
        Assert.Contains(Reason(second, RemissGenerator.Steps.RemissEmitted, "a.remiss.yaml"), Reused);
        Assert.Contains("ReopenCase", second.Source("Wording.Region.g.cs"));
    }

    private static readonly AdditionalText Region = File("region/organisation.yaml", OrganisationTexts.RegionBodies);
    private static readonly AdditionalText Kommun = File("kommun/organisation.yaml", "format: organisation/1\nname: Sundsvalls kommun\nbodies:\n  - id: ks\n    name: Kommunstyrelsen\n");
    private static readonly AdditionalText UsesHsn = File("region/a.remiss.yaml", TestData.Minimal("SOU 2024:11").Replace("[Hälso- och sjukvårdsnämnden]", "[hsu, hsn]", StringComparison.Ordinal));
    private static readonly AdditionalText UsesHsu = File("region/b.remiss.yaml", TestData.Minimal("SOU 2024:12").Replace("[Hälso- och sjukvårdsnämnden]", "[hsu]", StringComparison.Ordinal));
    private static readonly AdditionalText InKommun = File("kommun/c.remiss.yaml", TestData.Minimal("SOU 2024:13").Replace("[Hälso- och sjukvårdsnämnden]", "[ks]", StringComparison.Ordinal).Replace("  organisation: Region Västernorrland\n", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void Editing_a_bodys_name_revalidates_the_remiss_files_below_its_organisation_and_reemits_only_those_it_changes()
    {
        var (first, compilation) = Start(Region, Kommun, UsesHsn, UsesHsu, InKommun);
        var renamed = File("region/organisation.yaml", OrganisationTexts.RegionBodies.Replace("Hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden i Västernorrland", StringComparison.Ordinal));

        var second = first.ReplaceAdditionalText(Region, renamed).RunGenerators(compilation).GetRunResult();

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.OrganisationLoaded, "region/organisation.yaml"));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.OrganisationLoaded, "kommun/organisation.yaml"));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.OrganisationEmitted, "region/organisation.yaml"));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.OrganisationEmitted, "kommun/organisation.yaml"));

        // Both remiss files below the region are validated again; the kommun's is not loaded again.
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.RemissLoaded, "region/a.remiss.yaml"));
        Assert.Equal(IncrementalStepRunReason.Unchanged, Reason(second, RemissGenerator.Steps.RemissLoaded, "region/b.remiss.yaml"));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissLoaded, "kommun/c.remiss.yaml"));

        // Only the file whose documents print the new name is emitted again.
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.RemissEmitted, "region/a.remiss.yaml"));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissEmitted, "region/b.remiss.yaml"));
        Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissEmitted, "kommun/c.remiss.yaml"));
        Assert.Contains("\"Hälso- och sjukvårdsnämnden i Västernorrland\"", second.Source("Remisser.Sou2024_11.g.cs"));
    }

    [Fact]
    public void A_comment_in_an_organisation_file_leaves_every_remiss_file_cached()
    {
        var (first, compilation) = Start(Region, Kommun, UsesHsn, InKommun);
        var commented = File("region/organisation.yaml", "# Reviewed by the registry office.\n" + OrganisationTexts.RegionBodies);

        var second = first.ReplaceAdditionalText(Region, commented).RunGenerators(compilation).GetRunResult();

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, RemissGenerator.Steps.OrganisationLoaded, "region/organisation.yaml"));
        Assert.Contains(Reason(second, RemissGenerator.Steps.Organisations, null), Reused);
        foreach (var file in new[] { "region/a.remiss.yaml", "kommun/c.remiss.yaml" })
        {
            Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissOrganisation, file));
            Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissLoaded, file));
            Assert.Equal(IncrementalStepRunReason.Cached, Reason(second, RemissGenerator.Steps.RemissEmitted, file));
        }
    }

    [Fact]
    public void Pipeline_carries_only_small_equatable_values()
    {
        var (driver, _) = Start(A, B, Registry, Region, UsesHsn);
        var run = driver.GetRunResult().Results.Single();
        var names = typeof(RemissGenerator.Steps).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(names.Count, names.Count(run.TrackedSteps.ContainsKey));
        foreach (var output in names.SelectMany(n => run.TrackedSteps[n]).SelectMany(s => s.Outputs))
        {
            Assert.IsNotAssignableFrom<Compilation>(output.Value);
            Assert.IsNotAssignableFrom<ISymbol>(output.Value);
            Assert.IsNotAssignableFrom<SyntaxNode>(output.Value);
            Assert.IsNotAssignableFrom<SemanticModel>(output.Value);
            // Value equality: an equal copy compares equal, which is what lets Roslyn cache the step.
            var type = output.Value.GetType();
            Assert.True(type.IsValueType || type.GetMethod("<Clone>$") is not null, $"{type} is not a record or value type");
        }
    }

    private static (GeneratorDriver Driver, Compilation Compilation) Start(params AdditionalText[] files)
    {
        var compilation = Compilation();
        var driver = Driver(files).RunGenerators(compilation);
        var run = driver.GetRunResult();
        Assert.Empty(run.Diagnostics());
        return (driver, compilation);
    }

    /// <summary>The reason of the one output of a step for a file (null: the step has a single output, e.g. a collect).</summary>
    private static IncrementalStepRunReason Reason(GeneratorDriverRunResult run, string step, string? file)
    {
        var outputs = run.Results.Single().TrackedSteps[step]
            .SelectMany(s => s.Outputs)
            .Where(o => file is null || PathOf(o.Value).EndsWith("/" + file, StringComparison.Ordinal))
            .ToList();
        return Assert.Single(outputs).Reason;
    }

    private static string PathOf(object value) => value switch
    {
        RemissProperty r => r.Path,
        RemissInput i => i.Source.Path,
        LoadedOrganisation o => o.Path,
        LoadedWording w => w.Path,
        GeneratedFile g => g.InputPath,
        YamlSource s => s.Path,
        _ => string.Empty,
    };
}
