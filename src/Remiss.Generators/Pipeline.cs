using System.Collections.Immutable;
using Remiss.Core;

namespace Remiss.Generators;

/// <summary>
/// The steps of <see cref="RemissGenerator"/>'s pipeline as plain functions of equatable values. None
/// throws: an exception becomes Core's internal-error diagnostic at the file (never CS8785).
/// </summary>
internal static class Pipeline
{
    // ---- Remiss files ----

    /// <summary>
    /// The remiss file with the organisation file nearest above it (ORGANISATION.md §1, <see cref="OrganisationLocator.FindAmong"/>).
    /// Equal for every remiss file whose organisation did not change, so editing one organisation file reloads only the remiss files below it.
    /// </summary>
    public static RemissInput WithOrganisation(YamlSource source, EquatableArray<OrganisationEntry> organisations)
    {
        var nearest = OrganisationLocator.FindAmong(source.Path, organisations.Select(o => o.Path));
        return new RemissInput(source, nearest is null ? null : organisations.First(o => o.Path == nearest));
    }

    public static RemissProperty LoadRemiss(RemissInput input, EquatableArray<ClauseDefinition> regionClauses)
    {
        var source = input.Source;
        var fallbackName = NameFromPath(source.Path);
        try
        {
            if (source.Text is null)
            {
                return new RemissProperty(source.Path, fallbackName, null, EquatableArray.Create(Unreadable(source.Path)));
            }

            // Core's workspace wires loader, organisation and registry, and names the organisation file, as remiss check does;
            // the pipeline has already chosen (FindAmong) and loaded the organisation file, so it passes that in.
            var registry = regionClauses.IsEmpty ? ClauseRegistry.BuiltIn : ClauseRegistry.BuiltIn.With(regionClauses);
            var organisation = input.Organisation is { } entry ? new OrganisationSetup(entry.Path, entry.File, null, registry, default) : null;
            var result = RemissWorkspace.LoadText(source.Path, source.Text, organisation, registry).Result;
            var lineStarts = Locations.LineStarts(source.Text);
            var diagnostics = result.Diagnostics.Select(d => Locations.Locate(d, source.Path, source.Text, lineStarts)).ToEquatableArray();
            var number = result.File?.Remiss.Number;
            var name = number?.ToIdentifier() ?? fallbackName;
            var nameSpan = number is null ? SourceSpan.Start : result.Sources?.Find("remiss.number") ?? SourceSpan.Start;
            return new RemissProperty(source.Path, name, result.File, diagnostics) { NameSpan = nameSpan };
        }
        catch (Exception ex)
        {
            return new RemissProperty(source.Path, fallbackName, null, EquatableArray.Create(InternalError(source.Path, ex)));
        }
    }

    /// <summary>
    /// The names <paramref name="loaded"/> may take (<see cref="RemissNameClaim"/>); only files that load claim one. A file
    /// without a number is already named by its file, so it has nothing to be told apart by.
    /// </summary>
    public static RemissNameClaim NameClaim(RemissProperty loaded)
    {
        if (loaded.File?.Remiss.Number is null)
        {
            return new RemissNameClaim(loaded.Name, loaded.Path, null, null);
        }

        // S2018/04189 → Sou2018_46_S2018_04189: the dnr's parts stay apart, as the department writes them.
        var dnr = loaded.File.Remiss.DepartmentDnr?.Text;
        var byDnr = dnr is null ? null : loaded.Name + "_" + new string(dnr.Select(c => c < 128 && char.IsLetterOrDigit(c) ? c : '_').ToArray());
        return new RemissNameClaim(loaded.Name, loaded.Path, byDnr, $"{loaded.Name}_{NameFromPath(loaded.Path)}");
    }

    public static RemisserNames FindConflicts(ImmutableArray<RemissNameClaim> claims, GeneratorOptions options)
    {
        // Deterministic whatever order the compiler lists the files in. Two remiss files with one number are legitimate:
        // each is told apart by its department dnr (when the dnrs differ), else by its file name. Only what is still
        // taken after that (a reserved member, names that differ in letter case only) is a clash: the first path keeps it.
        // Names are compared ignoring case: each is also a source's hint name, which the compiler compares so.
        var reserved = new Dictionary<string, string>(Reserved(options.RemisserClass), StringComparer.OrdinalIgnoreCase);
        reserved["All"] = $"{options.RemisserClass}.All";
        var winners = new List<NameClaim>();
        var conflicts = new List<NameConflict>();
        var byNumber = claims.Where(c => c.ByFile is not null).GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        foreach (var claim in claims.OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            var name = claim.Name;
            if (claim.ByFile is not null && byNumber[claim.Name] is { Count: > 1 } sameNumber && !reserved.ContainsKey(claim.Name))
            {
                var dnrsDiffer = sameNumber.All(c => c.ByDnr is not null)
                    && sameNumber.Select(c => c.ByDnr).Distinct(StringComparer.OrdinalIgnoreCase).Count() == sameNumber.Count;
                name = dnrsDiffer ? claim.ByDnr! : claim.ByFile;
            }

            if (reserved.TryGetValue(name, out var owner))
            {
                conflicts.Add(new NameConflict(claim.Path, name, owner));
                continue;
            }

            reserved[name] = CSharp.FileName(claim.Path);
            winners.Add(new NameClaim(name, claim.Path));
        }

        var renamed = winners.Where(w => claims.First(c => c.Path == w.Path).Name != w.Name).OrderBy(w => w.Path, StringComparer.Ordinal);
        return new RemisserNames(winners.OrderBy(w => w.Name, StringComparer.Ordinal).ToEquatableArray(), conflicts.ToEquatableArray(), renamed.ToEquatableArray());
    }

    public static GeneratedFile EmitRemiss(RemissProperty loaded, RemisserNames names, GeneratorOptions options)
    {
        // Only loaded files claim a name, so a conflict implies a model.
        var conflict = names.Conflicts.FirstOrDefault(c => c.Path == loaded.Path);
        loaded = names.Renamed.FirstOrDefault(r => r.Path == loaded.Path) is { } renamed ? loaded with { Name = renamed.Name } : loaded;
        var diagnostics = conflict is null
            ? loaded.Diagnostics
            : Append(loaded.Diagnostics, Locations.Locate(DiagnosticDescriptors.GeneratedNameClash.Create(loaded.Path, loaded.NameSpan, conflict.Name, conflict.TakenBy), loaded.Path, null));
        return Emit(options, loaded.Path, $"{options.RemisserClass}.{loaded.Name}.g.cs", diagnostics,
            () => loaded.File is null || conflict is not null ? null : RemissEmitter.PropertySource(options, loaded.Name, loaded.Path, loaded.File));
    }

    public static GeneratedFile EmitRemisserClass(EquatableArray<NameClaim> winners, GeneratorOptions options) =>
        Emit(options, string.Empty, $"{options.RemisserClass}.g.cs", default,
            () => winners.IsEmpty ? null : ClassEmitter.Remisser(options, winners));

    // ---- Organisation files ----

    /// <summary>
    /// Loads an organisation file. A compiler has no file system: of the paths it names, only its registries can
    /// be checked, against the project's <c>*.wording.yaml</c> files; the reference .docx and templates are taken as given.
    /// </summary>
    public static LoadedOrganisation LoadOrganisation(YamlSource source, EquatableArray<string> registryPaths)
    {
        try
        {
            if (source.Text is null)
            {
                return new LoadedOrganisation(source.Path, null, default, EquatableArray.Create(Unreadable(source.Path)));
            }

            var options = new OrganisationLoadOptions
            {
                PathExists = (path, kind) => kind == ReferencedPathKind.Directory
                    || !path.EndsWith(RemissGenerator.WordingSuffix, StringComparison.OrdinalIgnoreCase)
                    || registryPaths.Any(r => OrganisationLocator.SameFile(r, path)),
            };
            var result = OrganisationLoader.Load(source.Text, source.Path, options);
            var lineStarts = Locations.LineStarts(source.Text);
            var diagnostics = result.Diagnostics.Select(d => Locations.Locate(d, source.Path, source.Text, lineStarts)).ToEquatableArray();
            var idSpans = result.File is null
                ? default
                : result.File.Bodies.Select((_, i) => result.Sources?.Find($"bodies[{i}].id") ?? SourceSpan.Start).ToEquatableArray();
            return new LoadedOrganisation(source.Path, result.File, idSpans, diagnostics);
        }
        catch (Exception ex)
        {
            return new LoadedOrganisation(source.Path, null, default, EquatableArray.Create(InternalError(source.Path, ex)));
        }
    }

    /// <summary>Each organisation file's class name: from its <c>name</c>, made unique by path order (<c>_2</c>, <c>_3</c>…).</summary>
    public static EquatableArray<NameClaim> OrganisationClasses(ImmutableArray<LoadedOrganisation> organisations)
    {
        var claims = new List<NameClaim>();
        var taken = Reserved(OrganisationEmitter.ContainerClass).Keys.ToList();
        foreach (var organisation in organisations.Where(o => o.File is not null).OrderBy(o => o.Path, StringComparer.Ordinal))
        {
            var name = UniqueName(Identifiers.FromText(organisation.File!.Name), taken);
            taken.Add(name);
            claims.Add(new NameClaim(name, organisation.Path));
        }

        return claims.ToEquatableArray();
    }

    public static GeneratedFile EmitOrganisation(LoadedOrganisation organisation, EquatableArray<NameClaim> classes, GeneratorOptions options)
    {
        var className = classes.FirstOrDefault(c => c.Path == organisation.Path)?.Name ?? Identifiers.FromText(CSharp.FileName(organisation.Path));
        var diagnostics = organisation.Diagnostics;
        var bodyNames = new List<string?>();
        if (organisation.File is { } file)
        {
            var members = Reserved(className);
            foreach (var member in OrganisationEmitter.Members)
            {
                members[member] = $"{className}.{member}";
            }

            for (var i = 0; i < file.Bodies.Count; i++)
            {
                var body = file.Bodies[i];
                var property = Identifiers.FromText(body.Id);
                if (members.TryGetValue(property, out var owner))
                {
                    var clash = GeneratorDiagnostics.BodyPropertyClash.Create(organisation.Path, organisation.BodyIdSpans[i], body.Id, property, owner);
                    diagnostics = Append(diagnostics, Locations.Locate(clash, organisation.Path, null));
                    bodyNames.Add(null);
                    continue;
                }

                members[property] = $"organet \"{body.Id}\"";
                bodyNames.Add(property);
            }
        }

        return Emit(options, organisation.Path, $"{OrganisationEmitter.ContainerClass}.{className}.g.cs", diagnostics,
            () => organisation.File is null ? null : OrganisationEmitter.ClassSource(options, className, organisation.Path, organisation.File, bodyNames));
    }

    public static GeneratedFile EmitOrganisationsClass(EquatableArray<NameClaim> classes, GeneratorOptions options) =>
        Emit(options, string.Empty, $"{OrganisationEmitter.ContainerClass}.g.cs", default,
            () => classes.IsEmpty ? null : OrganisationEmitter.Container(options, classes));

    // ---- Wording registries ----

    public static LoadedWording LoadWording(YamlSource source)
    {
        try
        {
            if (source.Text is null)
            {
                return new LoadedWording(source.Path, default, EquatableArray.Create(Unreadable(source.Path)));
            }

            var result = WordingLoader.Load(source.Text, source.Path);
            var lineStarts = Locations.LineStarts(source.Text);
            var clauses = result.Definitions.Select((d, i) =>
            {
                var span = result.IdSpans[i];
                var start = Locations.Offset(lineStarts, source.Text.Length, span.Line, span.Column);
                var length = span.EndLine == span.Line ? Math.Max(1, span.EndColumn - span.Column) : d.Id.Length;
                return new LocatedClause(d, source.Path, start, length, span.Line - 1, span.Column - 1);
            }).ToEquatableArray();
            var diagnostics = result.Diagnostics.Select(d => Locations.Locate(d, source.Path, source.Text, lineStarts)).ToEquatableArray();
            return new LoadedWording(source.Path, clauses, diagnostics);
        }
        catch (Exception ex)
        {
            return new LoadedWording(source.Path, default, EquatableArray.Create(InternalError(source.Path, ex)));
        }
    }

    public static RegionClauses CollectClauses(ImmutableArray<LoadedWording> registries, GeneratorOptions options)
    {
        // The first definition (files by path, ordinal) of an id or a method name wins; later ones are reported.
        var byId = new Dictionary<string, LocatedClause>(StringComparer.Ordinal);
        var byMethod = Reserved(options.WordingClass);
        foreach (var member in new[] { "Definitions", "Registry", "Ids" })
        {
            byMethod[member] = $"{options.WordingClass}.{member}";
        }

        var accepted = new List<LocatedClause>();
        var conflicts = new List<LocatedDiagnostic>();
        var files = new List<NameClaim>();
        foreach (var registry in registries.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            files.Add(new NameClaim(UniqueName(WordingFileName(registry.Path), files.Select(f => f.Name)), registry.Path));
            foreach (var clause in registry.Clauses)
            {
                var span = new SourceSpan(clause.Line + 1, clause.Column + 1, clause.Line + 1, clause.Column + 1 + clause.Length);
                Diagnostic? problem = null;
                if (byId.TryGetValue(clause.Definition.Id, out var first))
                {
                    problem = DiagnosticDescriptors.DuplicateClauseId.Create(clause.Path, span, clause.Definition.Id, $"på rad {first.Line + 1} i {CSharp.FileName(first.Path)}");
                }
                else if (byMethod.TryGetValue(clause.Definition.MethodName, out var owner))
                {
                    problem = GeneratorDiagnostics.ClauseMethodClash.Create(clause.Path, span, clause.Definition.Id, clause.Definition.MethodName, owner);
                }

                if (problem is not null)
                {
                    conflicts.Add(Locations.Locate(problem, clause.Path, null) with { Start = clause.Start, Length = clause.Length });
                    continue;
                }

                byId[clause.Definition.Id] = clause;
                byMethod[clause.Definition.MethodName] = $"satsen \"{clause.Definition.Id}\" i {CSharp.FileName(clause.Path)}";
                accepted.Add(clause);
            }
        }

        return new RegionClauses(accepted.ToEquatableArray(), conflicts.ToEquatableArray(), files.ToEquatableArray());
    }

    public static GeneratedFile EmitWordingFile(LoadedWording registry, RegionClauses all, GeneratorOptions options)
    {
        // Unique per registry (region.wording.yaml in two folders, say): a repeated hint name would make the compiler reject every source.
        var fileName = all.Files.FirstOrDefault(f => f.Path == registry.Path)?.Name ?? WordingFileName(registry.Path);
        var hintName = $"{options.WordingClass}.{fileName}.g.cs";
        var diagnostics = registry.Diagnostics.Concat(all.Conflicts.Where(c => c.Path == registry.Path)).ToEquatableArray();
        return Emit(options, registry.Path, hintName, diagnostics, () =>
        {
            var mine = all.Accepted.Where(c => c.Path == registry.Path).ToEquatableArray();
            return mine.IsEmpty ? null : WordingEmitter.Methods(options, registry.Path, mine);
        });
    }

    public static GeneratedFile EmitWordingClass(RegionClauses all, GeneratorOptions options) =>
        Emit(options, string.Empty, $"{options.WordingClass}.g.cs", default,
            () => all.Accepted.IsEmpty ? null : WordingEmitter.Class(options, all.Accepted));

    /// <summary>
    /// One output: the source <paramref name="emit"/> writes (none when Remiss.Core is not referenced: it
    /// could not compile) and the diagnostics; an exception while writing becomes <c>RMS0005</c>.
    /// </summary>
    private static GeneratedFile Emit(GeneratorOptions options, string path, string hintName, EquatableArray<LocatedDiagnostic> diagnostics, Func<string?> emit)
    {
        try
        {
            return new GeneratedFile(path, hintName, options.CoreReferenced ? emit() : null, diagnostics);
        }
        catch (Exception ex)
        {
            return new GeneratedFile(path, hintName, null, Append(diagnostics, InternalError(path, ex)));
        }
    }

    // ---- Helpers ----

    /// <summary>Names a generated member cannot take in a class: the class's own and object's (hiding them is CS0108).</summary>
    private static Dictionary<string, string> Reserved(string className)
    {
        var reserved = new Dictionary<string, string>(StringComparer.Ordinal) { [className] = $"klassen {className}" };
        foreach (var name in new[] { "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" })
        {
            reserved[name] = $"object.{name}";
        }

        return reserved;
    }

    public static LocatedDiagnostic CoreNotReferenced()
    {
        var version = typeof(Pipeline).Assembly.GetName().Version;
        var diagnostic = GeneratorDiagnostics.CoreNotReferenced.Create(string.Empty, SourceSpan.Start, $"{version.Major}.{version.Minor}.{version.Build}");
        return Locations.Locate(diagnostic, string.Empty, null);
    }

    private static string NameFromPath(string path) => Identifiers.FromText(WithoutSuffix(CSharp.FileName(path), RemissGenerator.RemissSuffix));

    private static string WordingFileName(string path) => Identifiers.FromText(WithoutSuffix(CSharp.FileName(path), RemissGenerator.WordingSuffix));

    /// <summary><paramref name="name"/>, or with <c>_2</c>, <c>_3</c>… when it is taken.</summary>
    private static string UniqueName(string name, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase); // the compiler compares hint names ignoring case
        var unique = name;
        for (var i = 2; used.Contains(unique); i++)
        {
            unique = $"{name}_{i}";
        }

        return unique;
    }

    private static string WithoutSuffix(string fileName, string suffix) =>
        fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - suffix.Length) : fileName;

    private static LocatedDiagnostic Unreadable(string path) =>
        Locations.Locate(DiagnosticDescriptors.FileUnreadable.Create(path, SourceSpan.Start, "kompilatorn fick ingen text för filen"), path, null);

    private static LocatedDiagnostic InternalError(string path, Exception ex) =>
        Locations.Locate(DiagnosticDescriptors.InternalError.Create(path, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}"), path, null);

    private static EquatableArray<LocatedDiagnostic> Append(EquatableArray<LocatedDiagnostic> diagnostics, LocatedDiagnostic extra) =>
        diagnostics.Concat(new[] { extra }).ToEquatableArray();
}
