using System.CommandLine;
using Remiss.Core;
using Remiss.Templates;
using Remiss.Templates.Archive;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss archive FILE [-o DIR|FILE.zip]</c>: the closed case as an E-ARK SIP 2.1 (FGS Paketstruktur 2.0) for the
/// archive: METS, CITS ERMS, PREMIS and the documents as PDF (docs/archive.md). A case that is not decided and sent is
/// refused at the key to fill in.
/// </summary>
internal static class ArchiveCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("FILE") { Description = "Remissfilen (*.remiss.yaml) för ärendet som ska arkiveras." };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Paketet som en mapp, eller som en zip-fil om namnet slutar på .zip. Standard: en mapp med ärendets diarienummer bredvid remissfilen.",
            HelpName = "DIR|FILE.zip",
        };
        var force = new Option<bool>("--force") { Description = "Ersätt ett paket som redan finns på platsen." };
        var registry = new RegistryOption();
        var organisation = new OrganisationOption();
        var command = new Command("archive", "Arkivera ett avslutat ärende: ett E-ARK-paket (SIP 2.1, FGS Paketstruktur) med METS, ERMS, PREMIS och dokumenten som PDF.")
        {
            file, output, force, registry, organisation,
        };
        command.SetAction(parse =>
        {
            var source = parse.GetRequiredValue(file);
            if (!File.Exists(source))
            {
                throw new UsageException($"Hittar inte remissfilen '{source}'.");
            }

            var organisations = organisation.Resolve(parse, registry.LoadGiven(parse, env));
            return Run(env, organisations, source, parse.GetValue(output), parse.GetValue(force));
        });
        return command;
    }

    private static int Run(CliEnvironment env, Organisations organisations, string source, string? output, bool force)
    {
        var loaded = organisations.Load(source, d => env.Out.WriteLine(d.ToString()));
        foreach (var diagnostic in loaded.Diagnostics)
        {
            env.Out.WriteLine(diagnostic.ToString());
        }

        if (loaded.File is not { } remiss)
        {
            env.Error.WriteLine($"remiss: {source} har fel och arkiverades inte. Rätta felen ovan (kör 'remiss check {source}') och försök igen.");
            return ExitCodes.Errors;
        }

        var missive = ArchiveMissive.Read(remiss, source, loaded.Result.Sources, out var missiveProblem);
        var refusals = new List<Diagnostic>(ArchiveReadiness.Check(remiss, source, loaded.Result.Sources));
        if (missiveProblem is not null)
        {
            refusals.Add(missiveProblem);
        }
        if (refusals.Count > 0)
        {
            foreach (var refusal in refusals)
            {
                env.Out.WriteLine(refusal.ToString());
            }

            env.Error.WriteLine($"remiss: {source} arkiverades inte.");
            return ExitCodes.Errors;
        }

        var target = output ?? Path.Combine(Path.GetDirectoryName(source) is { Length: > 0 } folder ? folder : ".", SipLayout.SafeName(remiss.Case.Dnr));
        if (!force && SipOutput.Exists(target))
        {
            env.Out.WriteLine(DiagnosticDescriptors.ArchiveTargetExists.Create(target, SourceSpan.Start, target).ToString());
            return ExitCodes.Errors;
        }

        SipPackage package;
        try
        {
            package = ArchiveRun.Package(RendererFor(loaded), remiss, DateTimeOffset.Now, missive);
        }
        catch (RenderException e)
        {
            env.Error.WriteLine($"remiss: {source} arkiverades inte:");
            env.Error.WriteLine(e.Message);
            return ExitCodes.Errors;
        }

        SipOutput.Write(package, target);
        var documents = package.Entries.Count(e => e.Path.StartsWith(SipLayout.DataFolder, StringComparison.Ordinal));
        env.Out.WriteLine($"Skrev {target}: E-ARK-paket (SIP 2.1) med {documents} dokument som PDF, METS, ERMS och PREMIS.");
        return ExitCodes.Success;
    }

    // The organisation's templates, reference .docx and PDF engine, as render uses them, so the package holds the documents render writes.
    private static RemissRenderer RendererFor(LoadedRemiss loaded) => new(RenderOptions.For(loaded.Organisation?.Paths, loaded.Registry));
}
