using Remiss.Core;

namespace Remiss.Templates;

/// <summary>Where templates and the Word reference document come from.</summary>
public sealed record RenderOptions
{
    /// <summary>A directory of the user's own Scriban templates (<c>yttrande.md.scriban</c>, <c>tjansteutlatande.md.scriban</c>); null for the built-in ones.</summary>
    /// <remarks>A template missing from the directory falls back to the built-in one; includes resolve inside the directory only.</remarks>
    public string? TemplateDirectory { get; init; }

    /// <summary>A .docx whose styles, fonts and letterhead the Word output uses, like pandoc's <c>--reference-doc</c>.</summary>
    public string? ReferenceDocx { get; init; }

    /// <summary>
    /// The clause ids the decision may use: pass the registry the file was loaded with (built-in plus a
    /// region's <c>*.wording.yaml</c>) so its own ids resolve. Null for the built-in clauses.
    /// </summary>
    public ClauseRegistry? Registry { get; init; }

    /// <summary>
    /// What writes <see cref="OutputFormat.Pdf"/>: Remiss itself (<see cref="Core.PdfEngine.Native"/>, the default, with
    /// nothing else installed) or LibreOffice printing the .docx (<see cref="Core.PdfEngine.LibreOffice"/>).
    /// </summary>
    public PdfEngine PdfEngine { get; init; } = PdfEngine.Native;

    /// <summary>
    /// The standards a native PDF claims: PDF/UA-1 (<see cref="Core.PdfProfile.PdfUA"/>, the default) or PDF/A-2a and
    /// PDF/UA-1 in one file (<see cref="Core.PdfProfile.PdfA2a"/>). The LibreOffice engine makes PDF/UA only.
    /// </summary>
    public PdfProfile PdfProfile { get; init; } = PdfProfile.PdfUA;

    /// <summary>
    /// Seals every PDF of a kind in <see cref="SealedDocuments.Kinds"/> (a PAdES signature with a visible block), or null
    /// for none. Native engine only.
    /// </summary>
    public PdfSeal? Seal { get; init; }

    /// <summary>
    /// The options an organisation file gives (its templates, reference .docx, <c>pdf_engine</c> and <c>pdf_profile</c>),
    /// with the clause registry the remiss file was loaded with, so every id that checks also renders; the defaults
    /// where <paramref name="paths"/> is null. Every host renders an organisation's files with these; a host's own
    /// choices (the command line's options) replace them with <c>with</c>.
    /// </summary>
    public static RenderOptions For(OrganisationPaths? paths, ClauseRegistry? registry) => new()
    {
        TemplateDirectory = paths?.Templates,
        ReferenceDocx = paths?.ReferenceDocx,
        Registry = registry,
        PdfEngine = paths?.PdfEngine ?? PdfEngine.Native,
        PdfProfile = paths?.PdfProfile ?? PdfProfile.PdfUA,
    };
}
