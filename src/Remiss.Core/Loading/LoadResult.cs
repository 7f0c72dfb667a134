namespace Remiss.Core;

/// <summary>What loading a remiss file gave: the model (null when there are errors) and every diagnostic.</summary>
public sealed record LoadResult(RemissFile? File, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);

    /// <summary>
    /// Where each value stands in the file (<c>remiss.number</c>, <c>decision.clauses[0]</c>, …), for tools
    /// that report their own findings at the YAML; null when the file could not be parsed.
    /// </summary>
    public SourceMap? Sources { get; init; }

    /// <summary>
    /// The organisation file the remiss was loaded with (<see cref="LoadOptions.Organisation"/>), or null.
    /// When set, <see cref="RemissFile"/>'s <c>decision.path</c> holds the bodies' names as the organisation
    /// file writes them (an id or a letter-case variant is replaced by the name), so renderers need no
    /// knowledge of the organisation.
    /// </summary>
    public OrganisationFile? Organisation { get; init; }
}

/// <summary>Settings for <see cref="RemissLoader"/>.</summary>
public sealed record LoadOptions
{
    /// <summary>The default settings.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>Clause ids a file may use: the built-in ones, plus a region's own.</summary>
    public ClauseRegistry Registry { get; init; } = ClauseRegistry.BuiltIn;

    /// <summary>Larger files are refused before parsing (real remiss files are a few kilobytes).</summary>
    public int MaxFileBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// The organisation file that applies to the remiss (ORGANISATION.md §2), or null for none. Its name,
    /// bodies, signatories and house style are used when the remiss file leaves them out.
    /// </summary>
    public OrganisationFile? Organisation { get; init; }

    /// <summary>The organisation file's path, for diagnostics that point into it; null when not from a file.</summary>
    public string? OrganisationPath { get; init; }
}
