using System.CommandLine;
using Remiss.Cli.Output;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Commands;

/// <summary><c>remiss render PATH…</c>: the finished documents, named the way the department asks.</summary>
internal static class RenderCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = CommonOptions.Paths();
        var document = new Option<string>("--document", "-d")
        {
            Description = "Vilket dokument: yttrande, tjansteutlatande, protokollsutdrag (ett per sammanträde i decision.meetings), anslag (anslag/bevis om justeringen, ett per sammanträde med 'adjusted') eller all (alla).",
            DefaultValueFactory = _ => "all",
        };
        document.AcceptOnlyFromAmong([.. DocumentKinds.All.Select(DocumentKinds.Name), AllDocuments]);
        var format = new Option<string>("--format", "-f")
        {
            Description = "Format, kommaseparerade: docx, pdf (ingen LibreOffice behövs, se --pdf-engine), md, html, eml (e-postutkast till departementet med yttrandet som Word och PDF) eller all (alla; eml när det beslutande sammanträdet finns i decision.meetings).",
            DefaultValueFactory = _ => "docx",
            HelpName = "docx,pdf,md,html,eml|all",
        };
        format.Validators.Add(result =>
        {
            if (RenderRequest.ParseFormats(result.GetValueOrDefault<string>() ?? string.Empty, out var problem) is null)
            {
                result.AddError(problem!);
            }
        });
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Mapp att skriva till (skapas vid behov). Standard: remissfilens mapp.",
            HelpName = "DIR",
        };
        var templates = new Option<string?>("--templates")
        {
            Description = "Mapp med egna Scriban-mallar (yttrande.md.scriban, tjansteutlatande.md.scriban).",
            HelpName = "DIR",
        };
        var referenceDoc = new Option<string?>("--reference-doc")
        {
            Description = "En .docx vars formatmallar, typsnitt och brevhuvud Word-filerna får.",
            HelpName = "FILE",
        };
        var pdfEngine = new Option<string?>("--pdf-engine")
        {
            Description = "Vem som skriver PDF:en: native (Remiss själv, standard) eller libreoffice (LibreOffice skriver ut .docx-filen; kräver LibreOffice). Standard: organisationsfilens pdf_engine, annars native.",
            HelpName = "native|libreoffice",
        };
        pdfEngine.AcceptOnlyFromAmong([.. OrganisationSchema.PdfEngineValues]);
        var pdfProfile = new Option<string?>("--pdf-profile")
        {
            Description = "Vilka standarder PDF:en följer: pdf-ua (tillgänglig PDF, standard) eller pdfa-2a (PDF/A-2a och PDF/UA-1 i samma fil, för arkivering). Standard: organisationsfilens pdf_profile, annars pdf-ua.",
            HelpName = "pdf-ua|pdfa-2a",
        };
        pdfProfile.AcceptOnlyFromAmong([.. OrganisationSchema.PdfProfileValues]);
        var seal = new Option<string?>("--seal")
        {
            Description = "Försegla protokollsutdragen (PDF) med organisationens certifikat, en .p12- eller .pfx-fil. Lösenordet läses från --seal-password-file eller miljövariabeln " + SealOptions.PasswordVariable + ", aldrig från kommandoraden.",
            HelpName = "CERT.p12",
        };
        var sealPassword = new Option<string?>("--seal-password-file")
        {
            Description = "En fil med certifikatets lösenord (första raden).",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force")
        {
            Description = "Ersätt filer även om de har ändrats sedan förra renderingen (t.ex. redigerats i Word).",
        };
        var registry = new RegistryOption();
        var organisation = new OrganisationOption();

        var command = new Command("render", "Skriv yttrandet, tjänsteutlåtandet, protokollsutdragen och anslagen om justering för en eller flera remissfiler.")
        {
            paths, document, format, output, templates, referenceDoc, pdfEngine, pdfProfile, seal, sealPassword, force, registry, organisation,
        };
        command.SetAction(parse =>
        {
            // The certificate is opened before anything is rendered: a wrong password writes nothing.
            using var certificate = SealOptions.Open(parse.GetValue(seal), parse.GetValue(sealPassword), env, out var refused);
            if (refused)
            {
                return ExitCodes.Errors;
            }

            var request = new RenderRequest(
                RemissFiles.Expand(parse.GetRequiredValue(paths)),
                RenderRequest.ParseDocuments(parse.GetValue(document)!),
                RenderRequest.ParseFormats(parse.GetValue(format)!, out _)!,
                parse.GetValue(output),
                parse.GetValue(force),
                new RenderOptions
                {
                    TemplateDirectory = ExistingDirectory(parse.GetValue(templates), "--templates"),
                    ReferenceDocx = ExistingFile(parse.GetValue(referenceDoc), "--reference-doc"),
                    Seal = certificate is null ? null : PdfSeal.For(certificate),
                },
                organisation.Resolve(parse, registry.LoadGiven(parse, env), RemissFiles.Folders(parse.GetRequiredValue(paths))))
            {
                AllFormats = RenderRequest.IsAllFormats(parse.GetValue(format)!),
                PdfEngine = OrganisationSchema.ParsePdfEngine(parse.GetValue(pdfEngine)),
                PdfProfile = OrganisationSchema.ParsePdfProfile(parse.GetValue(pdfProfile)),
            };
            if (request.Formats.Contains(OutputFormat.Eml) && !request.AllFormats && !request.Documents.Contains(DocumentKind.Yttrande))
            {
                throw new UsageException("--format eml: e-postutkastet skickar yttrandet; ange --document yttrande eller all.");
            }

            return new RenderRun(env, request).Execute();
        });
        return command;
    }

    /// <summary>The <c>--document</c> value that asks for every document.</summary>
    public const string AllDocuments = "all";

    private static string? ExistingDirectory(string? path, string option) =>
        path is null || Directory.Exists(path) ? path : throw new UsageException($"{option}: hittar inte mappen '{path}'.");

    private static string? ExistingFile(string? path, string option) =>
        path is null || File.Exists(path) ? path : throw new UsageException($"{option}: hittar inte filen '{path}'.");
}

/// <summary>
/// What the user asked <c>render</c> for. <paramref name="RenderOptions"/> holds the command line's templates and
/// reference .docx, which win over an organisation file's (<paramref name="Organisations"/>), as <see cref="PdfEngine"/> does.
/// </summary>
internal sealed record RenderRequest(
    IReadOnlyList<string> Files,
    IReadOnlyList<DocumentKind> Documents,
    IReadOnlyList<OutputFormat> Formats,
    string? OutputDirectory,
    bool Force,
    RenderOptions RenderOptions,
    Organisations Organisations)
{
    /// <summary>The command line's <c>--pdf-engine</c>, or null when not given (then the organisation file's, else native).</summary>
    public PdfEngine? PdfEngine { get; init; }

    /// <summary>The command line's <c>--pdf-profile</c>, or null when not given (then the organisation file's, else pdf-ua).</summary>
    public PdfProfile? PdfProfile { get; init; }

    public static IReadOnlyList<DocumentKind> ParseDocuments(string value) =>
        DocumentKinds.Parse(value) is { } kind ? [kind] : DocumentKinds.All;

    /// <summary>
    /// True for <c>--format all</c>: every format, the e-mail draft only for a decided remiss (ORGANISATION.md §4), since an
    /// undecided answer is not sent. <c>--format eml</c> writes the draft whenever asked.
    /// </summary>
    public bool AllFormats { get; init; }

    /// <summary>The <c>--format</c> value that asks for every format.</summary>
    public const string EveryFormat = "all";

    /// <summary>True when <paramref name="value"/> is <c>all</c> (letter case and spaces aside).</summary>
    public static bool IsAllFormats(string value) => string.Equals(value.Trim(), EveryFormat, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when only extracts were asked for: then a file without recorded meetings is an error, not nothing to do.</summary>
    public bool OnlyExtracts => Documents.Count == 1 && Documents[0] == DocumentKind.Protokollsutdrag;

    /// <summary>True when only justering notices were asked for: then a file without a justerad meeting is an error, not nothing to do.</summary>
    public bool OnlyNotices => Documents.Count == 1 && Documents[0] == DocumentKind.Anslag;

    /// <summary>Parses <c>docx,pdf</c>; null with a message for an unknown format.</summary>
    public static IReadOnlyList<OutputFormat>? ParseFormats(string value, out string? problem)
    {
        problem = null;
        if (IsAllFormats(value))
        {
            return OutputFormats.All;
        }

        var formats = new List<OutputFormat>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var format = OutputFormats.Parse(part.ToLowerInvariant() switch
            {
                "word" => "docx",
                "markdown" => "md",
                var name => name,
            });
            if (format is null)
            {
                problem = $"Okänt format '{part}'. Välj bland docx, pdf, md, html och eml, kommaseparerade (t.ex. --format docx,pdf), eller all.";
                return null;
            }

            if (!formats.Contains(format.Value))
            {
                formats.Add(format.Value);
            }
        }

        if (formats.Count == 0)
        {
            problem = "Ange minst ett format: docx, pdf, md, html eller eml (eller all).";
            return null;
        }

        return formats;
    }
}
