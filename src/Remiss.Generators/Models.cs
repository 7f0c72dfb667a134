using Remiss.Core;

namespace Remiss.Generators;

// The values the incremental pipeline carries. Each is small and compares by value (records of strings,
// ints and EquatableArray), so Roslyn can tell an unchanged step from a changed one and skip the rest.

/// <summary>The generator's MSBuild settings.</summary>
internal sealed record GeneratorOptions(string Namespace, string RemisserClass, string WordingClass, EquatableArray<LocatedDiagnostic> Problems)
{
    /// <summary>False when the compilation does not reference Remiss.Core: then no source is written (it could not compile).</summary>
    public bool CoreReferenced { get; init; } = true;

    public const string DefaultNamespace = "Remiss.Generated";
    public const string DefaultRemisserClass = "Remisser";
    public const string DefaultWordingClass = "Wording";
}

/// <summary>One YAML additional file: where it is and what it says.</summary>
internal sealed record YamlSource(string Path, string? Text);

/// <summary>A Core diagnostic turned into a place Roslyn can point at (0-based positions and a character span).</summary>
internal sealed record LocatedDiagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string Path,
    int Start,
    int Length,
    int Line,
    int Column,
    int EndLine,
    int EndColumn);

/// <summary>A remiss file after Core's loader: the model when it has no errors, the property name it gets, and every diagnostic.</summary>
internal sealed record RemissProperty(string Path, string Name, RemissFile? File, EquatableArray<LocatedDiagnostic> Diagnostics)
{
    /// <summary>Where the name comes from (the <c>number:</c> value, else the file's start), for a clash diagnostic.</summary>
    public SourceSpan NameSpan { get; init; } = SourceSpan.Start;
}

/// <summary>A generated name a file wants, and the file (for the clash check).</summary>
internal sealed record NameClaim(string Name, string Path);

/// <summary>
/// The property name a remiss file wants (from its number), and the names that tell it apart from another remiss file with
/// the same number (a report remitted in two parts, a promemoria that supplements an SOU): by its department dnr, else by
/// its file name.
/// </summary>
internal sealed record RemissNameClaim(string Name, string Path, string? ByDnr, string? ByFile);

/// <summary>A file whose generated name is already taken by another file.</summary>
internal sealed record NameConflict(string Path, string Name, string TakenBy);

/// <summary>One clause definition of a wording registry with where its id is written.</summary>
internal sealed record LocatedClause(ClauseDefinition Definition, string Path, int Start, int Length, int Line, int Column);

/// <summary>A wording registry after Core's loader.</summary>
internal sealed record LoadedWording(string Path, EquatableArray<LocatedClause> Clauses, EquatableArray<LocatedDiagnostic> Diagnostics);

/// <summary>What is added for one input file (<paramref name="InputPath"/> empty: for the whole project): its source (if any) and its diagnostics.</summary>
internal sealed record GeneratedFile(string InputPath, string HintName, string? Source, EquatableArray<LocatedDiagnostic> Diagnostics);

/// <summary>
/// The remiss property names in use, the files that lost a name to another file, and the files told apart from another
/// with the same number (their name is not the number's). Emitting a file depends only on the last two, which are
/// almost always empty, so adding a file does not re-emit the others.
/// </summary>
internal sealed record RemisserNames(EquatableArray<NameClaim> Winners, EquatableArray<NameConflict> Conflicts, EquatableArray<NameClaim> Renamed);

/// <summary>
/// Every registry's accepted clauses (first definition of an id wins), the clashes between files, and
/// each registry's name for its generated source (from its file name, made unique).
/// </summary>
internal sealed record RegionClauses(EquatableArray<LocatedClause> Accepted, EquatableArray<LocatedDiagnostic> Conflicts, EquatableArray<NameClaim> Files)
{
    /// <summary>The definitions to add to the built-in registry.</summary>
    public EquatableArray<ClauseDefinition> Definitions => Accepted.Select(c => c.Definition).ToEquatableArray();
}

/// <summary>An organisation file after Core's loader: the model when it has no errors, where each body's id stands, and every diagnostic.</summary>
internal sealed record LoadedOrganisation(string Path, OrganisationFile? File, EquatableArray<SourceSpan> BodyIdSpans, EquatableArray<LocatedDiagnostic> Diagnostics);

/// <summary>An organisation file as a remiss file sees it: where it is, and its model (null when it has errors).</summary>
internal sealed record OrganisationEntry(string Path, OrganisationFile? File);

/// <summary>A remiss file and the organisation file nearest above it (null: none), the input of its load step.</summary>
internal sealed record RemissInput(YamlSource Source, OrganisationEntry? Organisation);
