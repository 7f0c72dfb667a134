using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Server.Folder;

/// <summary>
/// How a remiss file of the folder is loaded and rendered. Today: the built-in clauses and templates for
/// every file. This is the one place that will also apply the nearest <c>organisation.yaml</c>
/// (ORGANISATION.md §1) once Core can load it.
/// </summary>
internal sealed class FolderSettings
{
    private readonly RemissRenderer _renderer = new();

    public (LoadOptions Load, RemissRenderer Renderer) For(string remissPath) => (LoadOptions.Default, _renderer);
}
