namespace Remiss.Core;

/// <summary>
/// The one way to load remiss files with what applies to them (ORGANISATION.md §1–§2): it finds each file's organisation
/// file through its <see cref="IRemissSource"/>, loads every organisation file and its clause registries once (again
/// when they change), loads the remiss file with the right options and names the organisation file in its messages
/// relative to the remiss file (<c>../organisation.yaml</c>), as <c>remiss check</c> prints it. The CLI, the preview
/// page, the HTTP API and the source generator each build one; none wires loader, organisation and registry itself.
/// Thread-safe; never throws.
/// </summary>
public sealed class RemissWorkspace
{
    private readonly object _gate = new();
    private readonly Dictionary<string, (string? Stamp, OrganisationSetup Setup)> _organisations = new(StringComparer.Ordinal);

    /// <summary>A workspace over the file system, or the source and overrides of <paramref name="options"/>.</summary>
    public RemissWorkspace(WorkspaceOptions? options = null) => Options = options ?? new WorkspaceOptions();

    /// <summary>The options in use.</summary>
    public WorkspaceOptions Options { get; }

    /// <summary>The source files are read from.</summary>
    public IRemissSource Source => Options.Source;

    /// <summary>The path of the organisation file that applies to <paramref name="remissPath"/>, or null for none.</summary>
    public string? OrganisationPathFor(string remissPath) => Options.Organisation ?? Source.FindOrganisation(remissPath);

    /// <summary>The organisation file that applies to <paramref name="remissPath"/>, loaded with its registries; null for none.</summary>
    public OrganisationSetup? OrganisationFor(string remissPath) =>
        OrganisationPathFor(remissPath) is { } path ? Organisation(path) : null;

    /// <summary>The organisation file at <paramref name="path"/> and its registries, loaded once and again when one of them changes.</summary>
    public OrganisationSetup Organisation(string path)
    {
        var key = Source.Canonical(path);
        lock (_gate)
        {
            if (_organisations.TryGetValue(key, out var cached) && cached.Stamp == StampOf(path, cached.Setup))
            {
                return cached.Setup;
            }
        }

        var setup = OrganisationSetup.Load(path, Source, Options.Registry);
        var stamp = StampOf(path, setup);
        lock (_gate)
        {
            _organisations[key] = (stamp, setup);
        }

        return setup;
    }

    /// <summary>Reads and loads the remiss file at <paramref name="remissPath"/>.</summary>
    public LoadedRemiss Load(string remissPath)
    {
        var organisation = OrganisationFor(remissPath);
        if (organisation?.HasErrors == true)
        {
            return Blocked(remissPath, organisation);
        }

        var bytes = Source.Read(remissPath, out var failure);
        return bytes is null
            ? new LoadedRemiss(remissPath, new LoadResult(null, EquatableArray.Create(failure!)), organisation)
            : Load(remissPath, bytes, organisation);
    }

    /// <summary>Loads a remiss file's bytes, already read by the host (e.g. to cache by their hash), as if read from <paramref name="remissPath"/>.</summary>
    public LoadedRemiss Load(string remissPath, byte[] bytes) => Load(remissPath, bytes, OrganisationFor(remissPath));

    /// <summary>Loads a remiss file's text as if read from <paramref name="remissPath"/>.</summary>
    public LoadedRemiss Load(string remissPath, string text)
    {
        var organisation = OrganisationFor(remissPath);
        return organisation?.HasErrors == true
            ? Blocked(remissPath, organisation)
            : With(remissPath, organisation, Options.Registry, (path, options) => RemissLoader.Load(text, path, options));
    }

    private LoadedRemiss Load(string remissPath, byte[] bytes, OrganisationSetup? organisation) =>
        organisation?.HasErrors == true
            ? Blocked(remissPath, organisation)
            : With(remissPath, organisation, Options.Registry, (path, options) => RemissLoader.Load(bytes, path, options)) with { Sha256 = LoadedRemiss.HashOf(bytes) };

    /// <summary>
    /// Loads a remiss file's text with an organisation file the host has already loaded and chosen (the source generator,
    /// whose incremental pipeline finds and caches them itself): the same options and the same naming as every other host.
    /// </summary>
    /// <param name="remissPath">The remiss file's path, as its diagnostics name it.</param>
    /// <param name="text">Its text.</param>
    /// <param name="organisation">The organisation file that applies, or null.</param>
    /// <param name="registry">The clause registry; null: the organisation's, else the built-in clauses.</param>
    /// <param name="maxFileBytes">Larger files are refused.</param>
    public static LoadedRemiss LoadText(string remissPath, string text, OrganisationSetup? organisation, ClauseRegistry? registry = null, int? maxFileBytes = null) =>
        organisation?.HasErrors == true
            ? Blocked(remissPath, organisation, path => path)
            : With(remissPath, organisation, registry, (path, options) => RemissLoader.Load(text, path, maxFileBytes is { } max ? options with { MaxFileBytes = max } : options), path => path);

    private LoadedRemiss With(string remissPath, OrganisationSetup? organisation, ClauseRegistry? registry, Func<string, LoadOptions, LoadResult> load) =>
        With(remissPath, organisation, registry, (path, options) => load(path, options with { MaxFileBytes = Options.MaxFileBytes }), Source.Canonical);

    private static LoadedRemiss With(string remissPath, OrganisationSetup? organisation, ClauseRegistry? registry, Func<string, LoadOptions, LoadResult> load, Func<string, string> canonical)
    {
        var options = organisation?.File is { } file
            ? new LoadOptions { Registry = registry ?? organisation.Registry, Organisation = file, OrganisationPath = Describe(remissPath, organisation.Path, canonical) }
            : new LoadOptions { Registry = registry ?? ClauseRegistry.BuiltIn };
        return new LoadedRemiss(remissPath, load(remissPath, options), organisation) { Registry = options.Registry };
    }

    private LoadedRemiss Blocked(string remissPath, OrganisationSetup organisation) => Blocked(remissPath, organisation, Source.Canonical);

    /// <summary>An organisation file with errors: the remiss file is not read, and RMS0080 at it says why.</summary>
    private static LoadedRemiss Blocked(string remissPath, OrganisationSetup organisation, Func<string, string> canonical)
    {
        var blocked = DiagnosticDescriptors.OrganisationHasErrors.Create(remissPath, SourceSpan.Start, Describe(remissPath, organisation.Path, canonical));
        return new LoadedRemiss(remissPath, new LoadResult(null, EquatableArray.Create(blocked)), organisation);
    }

    /// <summary>How a remiss file's messages name its organisation file: relative to the remiss file, with <c>/</c>.</summary>
    private static string Describe(string remissPath, string organisationPath, Func<string, string> canonical) =>
        OrganisationLocator.Describe(canonical(remissPath), canonical(organisationPath));

    /// <summary>The organisation file's stamp and its registries': the setup is reloaded when any of them changes.</summary>
    private string? StampOf(string path, OrganisationSetup setup)
    {
        var stamp = Source.Stamp(path);
        if (setup.Paths is { } paths && Options.Registry is null)
        {
            foreach (var registry in paths.Registries)
            {
                stamp += "|" + Source.Stamp(registry);
            }
        }

        return stamp;
    }
}
