using System.CommandLine;
using DiffPlex.Renderer;
using Remiss.Cli.Output;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss pull DOCX… [--into FILE] [--accept-changes] [--dry-run]</c> (ROUNDTRIP.md §2): what was written in rendered
/// Word documents goes back into their remiss file, edited in place. Prints what it took in, field by field, at the
/// remiss file's lines; exits 0 / 1 like <c>check</c>. Any error leaves the remiss file byte for byte as it was.
/// </summary>
internal static class PullCommand
{
    public static Command Create(CliEnvironment env)
    {
        var documents = new Argument<string[]>("DOCX")
        {
            Description = "Word-dokument som 'remiss render' skrev (yttrande, tjänsteutlåtande, protokollsutdrag) och som har redigerats.",
            Arity = ArgumentArity.OneOrMore,
        };
        var into = new Option<string?>("--into")
        {
            Description = "Remissfilen att föra in ändringarna i. Standard: den fil dokumentet skapades från (står i dokumentet).",
            HelpName = "FILE",
        };
        var acceptChanges = new Option<bool>("--accept-changes")
        {
            Description = "Ta spårade ändringar i fälten som godkända (de listas). Utan: spårade ändringar är fel.",
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "Visa ändringen av remissfilen som en diff och skriv ingenting.",
        };
        var registry = new RegistryOption();
        var organisation = new OrganisationOption();
        var command = new Command("pull", "För in det som skrivits i Word-dokumenten i remissfilen (ROUNDTRIP.md): fälten ändras på plats, kommentarer och allt annat i filen lämnas orört.")
        {
            documents, into, acceptChanges, dryRun, registry, organisation,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(documents),
            parse.GetValue(into),
            new PullOptions { AcceptChanges = parse.GetValue(acceptChanges) },
            parse.GetValue(dryRun),
            organisation.Resolve(parse, registry.LoadGiven(parse, env)),
            env));
        return command;
    }

    private static int Run(IReadOnlyList<string> documents, string? into, PullOptions options, bool dryRun, Organisations organisations, CliEnvironment env)
    {
        var failed = false;
        foreach (var docx in documents)
        {
            failed |= !Pull(docx, into, options, dryRun, organisations, env);
        }

        return failed ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>One document; false when it was refused (the remiss file is then as it was).</summary>
    private static bool Pull(string docx, string? into, PullOptions options, bool dryRun, Organisations organisations, CliEnvironment env)
    {
        if (!File.Exists(docx))
        {
            throw new UsageException($"Hittar inte Word-dokumentet '{docx}'.");
        }

        var readOptions = new WordReadOptions { AcceptChanges = options.AcceptChanges };
        if (RegularFile.Read(docx, readOptions.MaxDocxBytes, out var unread, tooLarge: size => DiagnosticDescriptors.WordTooLarge.Create(docx, SourceSpan.Start,
            Path.GetFileName(docx), $"filen är {size} byte, mer än gränsen {readOptions.MaxDocxBytes} byte")) is not { } bytes)
        {
            env.Out.WriteLine(unread);
            return false;
        }

        var read = WordReader.Read(bytes, docx, readOptions);
        var remissPath = into ?? Origin(docx, read.Origin);
        if (remissPath is null)
        {
            // The real cause first: a damaged document is reported for what is wrong with it, at the document; that it
            // names no remiss file is the news only when it could be read.
            var errors = read.Problems.Where(p => p.IsError).ToList();
            foreach (var problem in errors)
            {
                env.Out.WriteLine(problem.ToDiagnostic(docx, SourceSpan.Start));
            }

            if (errors.Count == 0)
            {
                env.Out.WriteLine(DiagnosticDescriptors.PullNoRemissFile.Create(docx, SourceSpan.Start, Path.GetFileName(docx)));
            }

            return false;
        }

        if (!File.Exists(remissPath))
        {
            env.Out.WriteLine(DiagnosticDescriptors.FileUnreadable.Create(remissPath, SourceSpan.Start,
                $"filen som {Path.GetFileName(docx)} skapades från finns inte; ange remissfilen med --into"));
            return false;
        }

        if (RegularFile.Read(remissPath, LoadOptions.Default.MaxFileBytes, out var unreadRemiss) is not { } remissBytes)
        {
            env.Out.WriteLine(unreadRemiss);
            return false;
        }

        var loaded = organisations.Load(remissPath, d => env.Out.WriteLine(d));
        var result = RemissPull.Pull(read, loaded, remissBytes, LastPull(docx));
        foreach (var diagnostic in result.Diagnostics)
        {
            env.Out.WriteLine(diagnostic);
        }

        if (result.HasErrors)
        {
            env.Out.WriteLine($"{Path.GetFileName(docx)}: inget fördes in; {remissPath} är oförändrad.");
            return false;
        }

        foreach (var change in result.Changes)
        {
            env.Out.WriteLine($"{remissPath}({change.Span.Line},{change.Span.Column}): {change.Path}: {change.Description}");
        }

        if (!result.IsChanged)
        {
            env.Out.WriteLine($"{Path.GetFileName(docx)}: inga ändringar att föra in; {remissPath} är oförändrad.");
            Adopt(docx, bytes, remissPath, dryRun, result.Baseline, env);
            return true;
        }

        if (dryRun)
        {
            env.Out.Write(UnidiffRenderer.GenerateUnidiff(Text(remissBytes), result.Text!, remissPath, remissPath + " (efter pull)"));
            env.Out.WriteLine($"{Path.GetFileName(docx)}: {Count(result.Changes.Count)} (--dry-run: inget skrevs).");
            return true;
        }

        var written = RemissFileWriter.Replace(remissPath, result.Text!, remissBytes);
        foreach (var diagnostic in written.Diagnostics)
        {
            env.Out.WriteLine(diagnostic);
        }

        if (written.HasErrors)
        {
            env.Out.WriteLine($"{Path.GetFileName(docx)}: inget fördes in; {remissPath} är oförändrad.");
            return false;
        }

        Adopt(docx, bytes, remissPath, dryRun, result.Baseline, env);
        env.Out.WriteLine($"{Path.GetFileName(docx)}: {Count(result.Changes.Count)} förd{(result.Changes.Count == 1 ? "" : "a")} in i {remissPath}.");
        return true;
    }

    /// <summary>
    /// The document's text is in the remiss file now: the render record of its folder takes the document as render's own,
    /// so the next <c>remiss render</c> replaces it without <c>--force</c>; and what it said now is the base of its next pull
    /// </summary>
    private static void Adopt(string docx, byte[] bytes, string remissPath, bool dryRun, PullBaseline? pulled, CliEnvironment env)
    {
        if (dryRun)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(docx))!;
        using var folderLock = OutputFolderLock.Acquire(folder, TimeSpan.FromSeconds(30), () => env.Error.WriteLine($"Väntar på att en annan 'remiss render' i {folder} ska bli klar …"));
        var manifest = RenderManifest.Load(folder, out _);
        manifest.Adopt(Path.GetFileName(docx), bytes, remissPath, pulled);
    }

    /// <summary>What the document said at its last pull, from its folder's render record; null when it was never pulled (or rendered since).</summary>
    private static PullBaseline? LastPull(string docx)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(docx))!;
        return RenderManifest.Load(folder, out _).Files.TryGetValue(Path.GetFileName(docx), out var entry) ? entry.Pulled : null;
    }

    /// <summary>The remiss file the document records it came from, relative to the document; null when it records none.</summary>
    private static string? Origin(string docx, WordOrigin? origin)
    {
        if (origin?.RemissPath is not { Length: > 0 } relative)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(docx);
        var path = Path.Combine(string.IsNullOrEmpty(folder) ? "." : folder, relative.Replace('/', Path.DirectorySeparatorChar));
        return DisplayPath.Of(Path.GetFullPath(path));
    }

    private static string Text(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes.AsSpan(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0));

    private static string Count(int n) => CommonOptions.Count(n, "ändring", "ändringar");
}
