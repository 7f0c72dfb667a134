using System.CommandLine;
using Remiss.Cli.Output;
using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>
/// What <c>plan</c> and <c>deadlines</c> both take (<c>PATH… [--today yyyy-mm-dd] [--json] [--ics FILE] [--registry FILE]
/// [--organisation FILE]</c>) and what they make of it, so the two overviews read their command lines alike.
/// </summary>
internal static class OverviewOptions
{
    /// <summary>
    /// The command with the shared arguments and options; <paramref name="run"/> gets them parsed, checked in the
    /// order the user sees failures (an unwritable <c>--ics</c> first, then the paths, then the registries).
    /// </summary>
    public static Command Command(string name, string description, string todayDescription, string jsonDescription, CliEnvironment env, Func<OverviewRequest, int> run)
    {
        var paths = CommonOptions.Paths();
        var today = CommonOptions.Date("--today", todayDescription, "2025-03-01");
        var json = new Option<bool>("--json") { Description = jsonDescription };
        var ics = CommonOptions.IcsFile();
        var registry = new RegistryOption();
        var organisation = new OrganisationOption();
        var command = new Command(name, description) { paths, today, json, ics, registry, organisation };
        command.SetAction(parse =>
        {
            var icsPath = CommonOptions.WritablePath(parse.GetValue(ics), "--ics");
            return run(new OverviewRequest(
                RemissFiles.Expand(parse.GetRequiredValue(paths)),
                parse.GetValue(today) ?? env.Today(),
                parse.GetValue(json),
                icsPath,
                organisation.Resolve(parse, registry.LoadGiven(parse, env), RemissFiles.Folders(parse.GetRequiredValue(paths))),
                env));
        });
        return command;
    }
}

/// <summary>One run of an overview: the remiss files, the day, the output asked for and each file's organisation.</summary>
internal sealed record OverviewRequest(IReadOnlyList<string> Files, CalendarDate Today, bool Json, string? IcsPath, Organisations Organisations, CliEnvironment Env)
{
    /// <summary>
    /// Loads a remiss file with its organisation, its organisation file's diagnostics going to standard error (the
    /// table or JSON on standard output stays clean); null after saying on standard error that the file <paramref name="notShown"/>.
    /// </summary>
    public LoadResult? Load(string path, string notShown)
    {
        var result = Organisations.Load(path, d => Env.Error.WriteLine(d)).Result;
        if (result.File is null)
        {
            Env.Error.WriteLine($"remiss: {path} har fel och {notShown}; kör 'remiss check {path}'.");
            return null;
        }

        return result;
    }

    /// <summary>Files named on standard error so far because they have errors (<see cref="Load"/>).</summary>
    public int Broken { get; private set; }

    /// <summary>
    /// Each remiss file that loads, with its organisation file and its outlook on <see cref="Today"/> (Core's one answer for
    /// every overview); a file with errors is named on standard error (it <paramref name="notShown"/>) and counted in <see cref="Broken"/>.
    /// </summary>
    public IEnumerable<(string Path, RemissFile File, OrganisationFile? Organisation, RemissOutlook Outlook)> Outlooks(string notShown)
    {
        foreach (var path in Files)
        {
            if (Load(path, notShown) is { File: { } file } result)
            {
                yield return (path, file, result.Organisation, RemissOutlook.For(file, result.Organisation, Today));
            }
            else
            {
                Broken++;
            }
        }
    }

    /// <summary>Writes the <c>--ics</c> file when one was asked for, and says so where it does not mix with JSON.</summary>
    public void WriteCalendar(IReadOnlyList<PlanCalendar.Entry> entries)
    {
        if (IcsPath is null)
        {
            return;
        }

        AtomicFile.WriteAllText(IcsPath, PlanCalendar.Write(entries, Today));
        (Json ? Env.Error : Env.Out).WriteLine($"Skrev {IcsPath} ({CommonOptions.Count(entries.Count, "remiss", "remisser")}).");
    }
}
