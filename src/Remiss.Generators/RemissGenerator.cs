using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Remiss.Core;

namespace Remiss.Generators;

/// <summary>
/// Turns every <c>*.remiss.yaml</c> additional file into a typed <see cref="RemissFile"/> property of a
/// generated <c>Remisser</c> class, every <c>*.wording.yaml</c> registry into typed clause methods of a
/// generated <c>Wording</c> class, and every <c>organisation.yaml</c> into a typed class nested in
/// <c>Organisations</c>. Each remiss file is loaded with its nearest organisation file. Diagnostics are
/// Core's, at the YAML file, line and column.
/// </summary>
/// <remarks>
/// Pipeline, each step carrying only small equatable values:
/// <code>
/// wording.yaml      → (path, text) → LoadedWording ─┬→ Wording.{file}.g.cs
///                                                   └→ collect → all clause definitions ───────────┐   └→ Wording.g.cs (Definitions, Registry)
/// organisation.yaml → (path, text) → LoadedOrganisation ─┬→ Organisations.{Name}.g.cs               │
///                                                        └→ collect → (path, model) of each ──┐     │
/// remiss.yaml       → (path, text) ── combine: nearest organisation ──────────────────────────┴─ combine ─→ RemissProperty → Remisser.{Name}.g.cs
///                                                                                names → collect → clashes ┘ └→ Remisser.g.cs (All)
/// </code>
/// Editing one remiss file re-runs only that file's load and emit steps; editing a registry re-loads
/// every remiss file (the ids they may use changed), and editing an organisation file re-loads the remiss
/// files below it, but either re-emits only files whose model changed.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class RemissGenerator : IIncrementalGenerator
{
    /// <summary>Tracking names of the pipeline steps (for tests of incrementality).</summary>
    public static class Steps
    {
        /// <summary>A remiss file read: path and text.</summary>
        public const string RemissSource = nameof(RemissSource);

        /// <summary>A remiss file loaded by Core's loader.</summary>
        public const string RemissLoaded = nameof(RemissLoaded);

        /// <summary>The property names of all remiss files and their clashes.</summary>
        public const string RemissNames = nameof(RemissNames);

        /// <summary>A remiss file's C#.</summary>
        public const string RemissEmitted = nameof(RemissEmitted);

        /// <summary>A wording registry loaded.</summary>
        public const string WordingLoaded = nameof(WordingLoaded);

        /// <summary>All registries' clause definitions.</summary>
        public const string RegionClauses = nameof(RegionClauses);

        /// <summary>An organisation file loaded.</summary>
        public const string OrganisationLoaded = nameof(OrganisationLoaded);

        /// <summary>Every organisation file's path and model, as remiss files see them.</summary>
        public const string Organisations = nameof(Organisations);

        /// <summary>A remiss file with the organisation file nearest above it.</summary>
        public const string RemissOrganisation = nameof(RemissOrganisation);

        /// <summary>An organisation file's C#.</summary>
        public const string OrganisationEmitted = nameof(OrganisationEmitted);
    }

    private const string CoreAssembly = "Remiss.Core";

    /// <summary>The suffix of remiss files.</summary>
    public const string RemissSuffix = RemissFile.FileExtension;

    /// <summary>The suffix of wording registries.</summary>
    public const string WordingSuffix = ".wording.yaml";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The generated code builds Remiss.Core types; without the reference it could only add errors. A bool is all
        // that is kept of the compilation, so an edit to C# code leaves the rest of the pipeline cached.
        var coreReferenced = context.CompilationProvider
            .Select(static (c, _) => c.AssemblyName == CoreAssembly || c.ReferencedAssemblyNames.Any(a => a.Name == CoreAssembly));
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .Combine(coreReferenced)
            .Select(static (input, _) => input.Left with { CoreReferenced = input.Right });
        context.RegisterSourceOutput(options, static (spc, o) => Report(spc, o.Problems));

        var anyYaml = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(RemissSuffix, StringComparison.OrdinalIgnoreCase) || t.Path.EndsWith(WordingSuffix, StringComparison.OrdinalIgnoreCase)
                || OrganisationLocator.IsOrganisationFile(t.Path))
            .Collect()
            .Select(static (files, _) => !files.IsEmpty);
        context.RegisterSourceOutput(anyYaml.Combine(coreReferenced), static (spc, input) =>
        {
            if (input.Left && !input.Right)
            {
                spc.ReportDiagnostic(Locations.ToRoslyn(Pipeline.CoreNotReferenced()));
            }
        });

        // Wording registries.
        var wording = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(WordingSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (t, ct) => new YamlSource(t.Path, t.GetText(ct)?.ToString()))
            .Select(static (s, _) => Pipeline.LoadWording(s))
            .WithTrackingName(Steps.WordingLoaded);

        var allClauses = wording.Collect()
            .Combine(options)
            .Select(static (input, _) => Pipeline.CollectClauses(input.Left, input.Right))
            .WithTrackingName(Steps.RegionClauses);

        context.RegisterSourceOutput(wording.Combine(allClauses).Combine(options),
            static (spc, input) => Add(spc, Pipeline.EmitWordingFile(input.Left.Left, input.Left.Right, input.Right)));
        context.RegisterSourceOutput(allClauses.Combine(options),
            static (spc, input) => Add(spc, Pipeline.EmitWordingClass(input.Left, input.Right)));

        // The registry ids remiss files may use; only the definitions, so a registry edit that changes
        // no definition (a comment, a description) leaves the remiss files cached.
        var registry = allClauses.Select(static (c, _) => c.Definitions);

        // Organisation files: each loaded (its registries checked against the project's), its diagnostics and its class.
        var registryPaths = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(WordingSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (t, _) => t.Path)
            .Collect()
            .Select(static (paths, _) => paths.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray());
        var organisations = context.AdditionalTextsProvider
            .Where(static t => OrganisationLocator.IsOrganisationFile(t.Path))
            .Select(static (t, ct) => new YamlSource(t.Path, t.GetText(ct)?.ToString()))
            .Combine(registryPaths)
            .Select(static (input, _) => Pipeline.LoadOrganisation(input.Left, input.Right))
            .WithTrackingName(Steps.OrganisationLoaded);
        var organisationClasses = organisations.Collect().Select(static (all, _) => Pipeline.OrganisationClasses(all));
        context.RegisterSourceOutput(
            organisations.Combine(organisationClasses).Combine(options)
                .Select(static (input, _) => Pipeline.EmitOrganisation(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(Steps.OrganisationEmitted),
            static (spc, file) => Add(spc, file));
        context.RegisterSourceOutput(organisationClasses.Combine(options),
            static (spc, input) => Add(spc, Pipeline.EmitOrganisationsClass(input.Left, input.Right)));

        // What remiss files see of them: path and model only, so an edit that changes neither (a comment) reloads nothing.
        var organisationEntries = organisations
            .Select(static (o, _) => new OrganisationEntry(o.Path, o.File))
            .Collect()
            .Select(static (all, _) => all.OrderBy(o => o.Path, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(Steps.Organisations);

        // Remiss files, each with its nearest organisation file.
        var remisser = context.AdditionalTextsProvider
            .Where(static t => t.Path.EndsWith(RemissSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(static (t, ct) => new YamlSource(t.Path, t.GetText(ct)?.ToString()))
            .WithTrackingName(Steps.RemissSource)
            .Combine(organisationEntries)
            .Select(static (input, _) => Pipeline.WithOrganisation(input.Left, input.Right))
            .WithTrackingName(Steps.RemissOrganisation)
            .Combine(registry)
            .Select(static (input, _) => Pipeline.LoadRemiss(input.Left, input.Right))
            .WithTrackingName(Steps.RemissLoaded);

        var conflicts = remisser
            .Where(static r => r.File is not null)
            .Select(static (r, _) => Pipeline.NameClaim(r))
            .Collect()
            .Combine(options)
            .Select(static (input, _) => Pipeline.FindConflicts(input.Left, input.Right))
            .WithTrackingName(Steps.RemissNames);

        var clashes = conflicts.Select(static (names, _) => names with { Winners = default });
        var emitted = remisser.Combine(clashes).Combine(options)
            .Select(static (input, _) => Pipeline.EmitRemiss(input.Left.Left, input.Left.Right, input.Right))
            .WithTrackingName(Steps.RemissEmitted);
        context.RegisterSourceOutput(emitted, static (spc, file) => Add(spc, file));
        context.RegisterSourceOutput(conflicts.Combine(options),
            static (spc, input) => Add(spc, Pipeline.EmitRemisserClass(input.Left.Winners, input.Right)));
    }

    private static void Add(SourceProductionContext context, GeneratedFile file)
    {
        if (file.Source is not null)
        {
            context.AddSource(file.HintName, file.Source);
        }

        Report(context, file.Diagnostics);
    }

    private static void Report(SourceProductionContext context, EquatableArray<LocatedDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(Locations.ToRoslyn(diagnostic));
        }
    }
}
