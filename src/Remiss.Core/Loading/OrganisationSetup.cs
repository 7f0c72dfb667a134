namespace Remiss.Core;

/// <summary>
/// An organisation file with what it brings to the remiss files under it (ORGANISATION.md §1–§2): the file
/// itself, the paths it names resolved against it, and the clause registry of its <c>registries</c> on top of
/// the built-in clauses. One place for the CLI and the server to load it the same way. Never throws.
/// </summary>
/// <param name="Path">The organisation file's path, as read (and as its diagnostics name it).</param>
/// <param name="File">The organisation, or null when the file has errors.</param>
/// <param name="Paths">Its templates, reference .docx and registries resolved; null when <see cref="File"/> is.</param>
/// <param name="Registry">The clauses remiss files under it may use.</param>
/// <param name="Diagnostics">The organisation file's diagnostics, then its registries'.</param>
public sealed record OrganisationSetup(string Path, OrganisationFile? File, OrganisationPaths? Paths, ClauseRegistry Registry, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when the organisation file or one of its registries has an error: then no remiss file should be used with it.</summary>
    public bool HasErrors => File is null || Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// Loads the organisation file at <paramref name="path"/> and the registries it names from the file system. With
    /// <paramref name="registryOverride"/> (a <c>--registry</c> given on the command line) its registries are not
    /// read and the override is the registry.
    /// </summary>
    public static OrganisationSetup Load(string path, ClauseRegistry? registryOverride = null) => Load(path, FileSystemSource.Instance, registryOverride);

    /// <summary>The same, reading from <paramref name="source"/>; a registry the source does not have is the registry's RMS0007.</summary>
    public static OrganisationSetup Load(string path, IRemissSource source, ClauseRegistry? registryOverride = null)
    {
        var bytes = source.Read(path, out var failure);
        var result = bytes is null
            ? new OrganisationLoadResult(null, EquatableArray.Create(failure!))
            : OrganisationLoader.Load(bytes, path, new OrganisationLoadOptions { PathExists = source.PathExists });
        var diagnostics = new List<Diagnostic>(result.Diagnostics);
        if (result.File is not { } file)
        {
            return new OrganisationSetup(path, null, null, registryOverride ?? ClauseRegistry.BuiltIn, diagnostics.ToEquatableArray());
        }

        var paths = OrganisationPaths.For(file, path);
        var registry = registryOverride ?? ClauseRegistry.BuiltIn;
        if (registryOverride is null)
        {
            foreach (var registryPath in paths.Registries)
            {
                var registryBytes = source.Read(registryPath, out var unreadable);
                var wording = registryBytes is null
                    ? new WordingLoadResult(default, EquatableArray.Create(unreadable!))
                    : WordingLoader.Load(registryBytes, registryPath);
                diagnostics.AddRange(wording.Diagnostics);
                registry = registry.With(wording.Definitions);
            }
        }

        return new OrganisationSetup(path, file, paths, registry, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The loader's options for a remiss file under this organisation; <paramref name="shownPath"/> is how
    /// messages name the organisation file (default <see cref="Path"/>). Null when <see cref="HasErrors"/>.
    /// </summary>
    public LoadOptions? LoadOptions(string? shownPath = null) =>
        HasErrors || File is null ? null : new LoadOptions { Registry = Registry, Organisation = File, OrganisationPath = shownPath ?? Path };
}
