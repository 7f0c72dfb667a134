using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Server.Folder;

/// <summary>How a remiss file of the folder is loaded and rendered, and what is wrong with the files that decide it.</summary>
/// <param name="Load">The loader's options: the organisation and the clause registries.</param>
/// <param name="Renderer">The renderer: the organisation's templates and reference .docx, else the built-in ones.</param>
/// <param name="Diagnostics">The organisation file's and registries' own diagnostics; an error among them means the remiss cannot be rendered.</param>
/// <param name="OrganisationPath">The organisation file as the page shows it, or null when none applies.</param>
internal sealed record RemissSettings(LoadOptions Load, RemissRenderer Renderer, IReadOnlyList<Diagnostic> Diagnostics, string? OrganisationPath)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Applies the nearest <c>organisation.yaml</c> (ORGANISATION.md §1, Core's <see cref="OrganisationLocator"/>
/// and <see cref="OrganisationSetup"/>, as the CLI does) to each remiss file of the folder: its name, bodies and
/// signatories through the loader, its registries, templates and reference .docx relative to it. Settings are rebuilt when the folder changes (an edited
/// template or registry shows at once) and shared by every file under one organisation file.
/// </summary>
internal sealed class FolderSettings
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Stamp, RemissSettings Settings)> _byOrganisation = new(StringComparer.Ordinal);
    private readonly RemissSettings _plain = new(LoadOptions.Default, new RemissRenderer(), [], null);

    /// <summary>The settings for <paramref name="remissPath"/>; <paramref name="folderVersion"/> invalidates what changed in the folder.</summary>
    public RemissSettings For(string remissPath, string root, long folderVersion)
    {
        if (OrganisationLocator.Find(remissPath) is not { } organisationPath)
        {
            return _plain;
        }

        var stamp = Stamp(organisationPath, folderVersion);
        lock (_gate)
        {
            if (_byOrganisation.TryGetValue(organisationPath, out var cached) && cached.Stamp == stamp)
            {
                return cached.Settings;
            }
        }

        var settings = Build(organisationPath, root);
        lock (_gate)
        {
            _byOrganisation[organisationPath] = (stamp, settings);
        }

        return settings;
    }

    private static RemissSettings Build(string organisationPath, string root)
    {
        var shown = Shown(organisationPath, root);
        var setup = OrganisationSetup.Load(organisationPath);
        var diagnostics = setup.Diagnostics.Select(d => d with { FilePath = Shown(d.FilePath, root) }).ToList();
        if (setup.LoadOptions(shown) is not { } load || setup.Paths is not { } paths)
        {
            return new RemissSettings(LoadOptions.Default, new RemissRenderer(), diagnostics, shown);
        }

        RemissRenderer renderer;
        try
        {
            renderer = new RemissRenderer(new RenderOptions { TemplateDirectory = paths.Templates, ReferenceDocx = paths.ReferenceDocx, Registry = setup.Registry, PdfEngine = paths.PdfEngine ?? PdfEngine.Native });
        }
        catch (RenderException)
        {
            // The loader has already reported a missing template folder at its line; render with the built-in ones meanwhile.
            renderer = new RemissRenderer(new RenderOptions { ReferenceDocx = paths.ReferenceDocx, Registry = setup.Registry, PdfEngine = paths.PdfEngine ?? PdfEngine.Native });
        }

        return new RemissSettings(load, renderer, diagnostics, shown);
    }

    /// <summary>A path as the page shows it: relative to the served folder when inside it, else as it is.</summary>
    private static string Shown(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string Stamp(string path, long folderVersion)
    {
        try
        {
            var info = new FileInfo(path);
            return $"{folderVersion}:{info.Length}:{info.LastWriteTimeUtc.Ticks}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"{folderVersion}:?";
        }
    }
}
