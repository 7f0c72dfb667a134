using System.CommandLine;
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

    /// <summary>The run's organisations; <paramref name="commandLineRegistry"/> (from <c>--registry</c>) wins over an organisation file's registries.</summary>
    public Organisations Resolve(ParseResult parse, ClauseRegistry? commandLineRegistry)
    {
        var path = parse.GetValue(this);
        if (path is not null && !File.Exists(path))
        {
            throw new UsageException($"--organisation: hittar inte filen '{path}'.");
        }

        return new Organisations(path, commandLineRegistry);
    }
}

/// <summary>
/// The organisation each remiss file of a run uses, each organisation file (and the registries it names)
/// loaded once. Its diagnostics are reported the first time it is used, in the same MSBuild form as a remiss
/// file's, so <c>check</c> covers the organisation files it uses.
/// </summary>
internal sealed class Organisations(string? overridePath, ClauseRegistry? commandLineRegistry)
{
    private readonly Dictionary<string, OrganisationSetup> _loaded = new(StringComparer.Ordinal);

    /// <summary>How to load and render <paramref name="remissPath"/>; new diagnostics of its organisation file go to <paramref name="report"/>.</summary>
    public RemissSetup For(string remissPath, Action<Diagnostic> report)
    {
        var path = overridePath ?? OrganisationLocator.Find(remissPath);
        if (path is null)
        {
            return new RemissSetup(null, new LoadOptions { Registry = commandLineRegistry ?? ClauseRegistry.BuiltIn }, null, null);
        }

        var setup = Get(path, overridePath ?? Display(path), report);

        // Messages about the remiss file name its organisation file relative to it, as the build does.
        var described = OrganisationLocator.Describe(Path.GetFullPath(remissPath), Path.GetFullPath(path));
        if (setup.LoadOptions(described) is not { } options)
        {
            var blocked = DiagnosticDescriptors.OrganisationHasErrors.Create(remissPath, SourceSpan.Start, described);
            return new RemissSetup(setup.Path, new LoadOptions(), null, blocked);
        }

        return new RemissSetup(setup.Path, options, setup.Paths, null);
    }

    /// <summary>
    /// <paramref name="remissPath"/> loaded with its organisation (<see cref="For"/>). When the organisation file has errors
    /// the remiss file is not read: the result is only RMS0080 at it (<see cref="RemissSetup.Blocked"/>).
    /// </summary>
    public (RemissSetup Setup, LoadResult Result) Load(string remissPath, Action<Diagnostic> report)
    {
        var setup = For(remissPath, report);
        return (setup, setup.Blocked is { } blocked ? new LoadResult(null, EquatableArray.Create(blocked)) : RemissLoader.LoadFile(remissPath, setup.LoadOptions));
    }

    /// <summary>Checks an organisation file named on the command line (once, however many remiss files also use it).</summary>
    public void Check(string organisationPath, Action<Diagnostic> report) => Get(organisationPath, organisationPath, report);

    private OrganisationSetup Get(string path, string display, Action<Diagnostic> report)
    {
        var key = Path.GetFullPath(path);
        if (!_loaded.TryGetValue(key, out var setup))
        {
            setup = OrganisationSetup.Load(display, commandLineRegistry);
            foreach (var diagnostic in setup.Diagnostics)
            {
                report(diagnostic);
            }

            _loaded[key] = setup;
        }

        return setup;
    }

    /// <summary>A found organisation file as the user thinks of it: relative to the current folder when below it.</summary>
    private static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}

/// <summary>How one remiss file is loaded and rendered: with its organisation file (shown as <paramref name="OrganisationPath"/>), or none.</summary>
/// <param name="OrganisationPath">The organisation file as shown in messages; null when none applies.</param>
/// <param name="LoadOptions">The loader's options: organisation and clause registry.</param>
/// <param name="Paths">The organisation file's templates, reference .docx and registries, resolved; null without one.</param>
/// <param name="Blocked">RMS0080 at the remiss file when its organisation file has errors (then nothing else is done with it).</param>
internal sealed record RemissSetup(string? OrganisationPath, LoadOptions LoadOptions, OrganisationPaths? Paths, Diagnostic? Blocked);
