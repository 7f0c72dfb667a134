using System.CommandLine;
using Remiss.Cli.Output;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>--organisation FILE</c>: the organisation file for every remiss file of the run. Without it each remiss
/// file uses the nearest <c>organisation.yaml</c> in its folder or a folder above (ORGANISATION.md §1).
/// </summary>
internal sealed class OrganisationOption : Option<string?>
{
    public OrganisationOption()
        : base("--organisation")
    {
        Description = "Organisationsfilen (organisation.yaml) att använda för alla filerna. Standard: närmaste organisation.yaml i remissfilens mapp eller en mapp ovanför.";
        HelpName = "FILE";
    }

    /// <summary>
    /// The run's organisations; <paramref name="commandLineRegistry"/> (from <c>--registry</c>) wins over an organisation file's
    /// registries. The files inside <paramref name="folders"/> (the folders the user named) are read by the folder's link rule.
    /// </summary>
    public Organisations Resolve(ParseResult parse, ClauseRegistry? commandLineRegistry, IReadOnlyList<string>? folders = null)
    {
        var path = parse.GetValue(this);
        if (path is not null && !File.Exists(path))
        {
            throw new UsageException($"--organisation: hittar inte filen '{path}'.");
        }

        return new Organisations(path, commandLineRegistry, folders ?? []);
    }
}

/// <summary>
/// The CLI's edge of Core's <see cref="RemissWorkspace"/>: each organisation file's own diagnostics are reported the first
/// time a remiss file uses it (in the same MSBuild form as a remiss file's, so <c>check</c> covers the organisation files
/// it uses), with its path as the user thinks of it (relative to the current folder when below it).
/// </summary>
internal sealed class Organisations(string? overridePath, ClauseRegistry? commandLineRegistry, IReadOnlyList<string> folders)
{
    private readonly RemissWorkspace _workspace = new(new WorkspaceOptions { Organisation = overridePath, Registry = commandLineRegistry, Source = FileSystemSource.Within(folders) });
    private readonly HashSet<OrganisationSetup> _reported = new(ReferenceEqualityComparer.Instance);

    /// <summary><paramref name="remissPath"/> loaded with its organisation; its organisation file's diagnostics, the first time, go to <paramref name="report"/>.</summary>
    public LoadedRemiss Load(string remissPath, Action<Diagnostic> report)
    {
        var loaded = _workspace.Load(remissPath);
        if (loaded.Organisation is { } organisation)
        {
            Report(organisation, report);
        }

        return loaded;
    }

    /// <summary>Checks an organisation file named on the command line (once, however many remiss files also use it).</summary>
    public void Check(string organisationPath, Action<Diagnostic> report) => Report(_workspace.Organisation(organisationPath), report);

    private void Report(OrganisationSetup organisation, Action<Diagnostic> report)
    {
        if (!_reported.Add(organisation))
        {
            return;
        }

        foreach (var diagnostic in organisation.Diagnostics)
        {
            report(diagnostic with { FilePath = DisplayPath.Of(diagnostic.FilePath) });
        }
    }
}
