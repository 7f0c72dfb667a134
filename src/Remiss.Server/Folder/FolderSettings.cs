using Remiss.Core;
using Remiss.Server.Hosting;
using Remiss.Templates;

namespace Remiss.Server.Folder;

/// <summary>
/// The folder's side of Core's <see cref="RemissWorkspace"/>: every remiss file of the folder is loaded through one
/// workspace (the nearest <c>organisation.yaml</c>, its registries, the naming <c>remiss check</c> uses), and rendered
/// with its organisation's templates and reference .docx. Renderers are rebuilt when the folder changes (an edited
/// template shows at once) and shared by every file under one organisation file.
/// </summary>
internal sealed class FolderSettings(ServerOptions options)
{
    private readonly Lock _gate = new();

    // Every file of the served folder (remiss, organisation and registry files) is read by the folder's rule: regular files
    // only, at most 1 MiB, and a link only when it leads to a file inside the folder (RegularFile).
    private readonly FileSystemSource _source = FileSystemSource.Within([options.Folder]);
    private readonly RemissWorkspace _workspace = new(new WorkspaceOptions { Source = FileSystemSource.Within([options.Folder]) });
    private readonly Dictionary<OrganisationSetup, (long Version, RemissRenderer Renderer)> _renderers = new(ReferenceEqualityComparer.Instance);
    private readonly RemissRenderer _plain = new();

    /// <summary>The bytes of a file of the folder, or null and the diagnostic that says why they were not read.</summary>
    public byte[]? Read(string fullPath, out Diagnostic? failure) => _source.Read(fullPath, out failure);

    /// <summary>The folder's workspace: what a save loads the file and its new text with.</summary>
    public RemissWorkspace Workspace => _workspace;

    /// <summary>The file's bytes loaded with its organisation, as read from <paramref name="fullPath"/>.</summary>
    public LoadedRemiss Load(string fullPath, byte[] bytes) => _workspace.Load(fullPath, bytes);

    /// <summary>The organisation file that applies to the file now (null for none): what its cached load depends on.</summary>
    public OrganisationSetup? OrganisationFor(string fullPath) => _workspace.OrganisationFor(fullPath);

    /// <summary>The renderer for a file loaded with <paramref name="organisation"/>; <paramref name="folderVersion"/> invalidates what changed in the folder.</summary>
    public RemissRenderer RendererFor(OrganisationSetup? organisation, long folderVersion)
    {
        if (organisation?.Paths is not { } paths)
        {
            return _plain;
        }

        lock (_gate)
        {
            if (_renderers.TryGetValue(organisation, out var cached) && cached.Version == folderVersion)
            {
                return cached.Renderer;
            }
        }

        RemissRenderer renderer;
        try
        {
            renderer = new RemissRenderer(RenderOptions.For(paths, organisation.Registry));
        }
        catch (RenderException)
        {
            // The loader has already reported a missing template folder at its line; render with the built-in ones meanwhile.
            renderer = new RemissRenderer(RenderOptions.For(paths, organisation.Registry) with { TemplateDirectory = null });
        }

        lock (_gate)
        {
            _renderers[organisation] = (folderVersion, renderer);
        }

        return renderer;
    }
}
