namespace Remiss.Core;

/// <summary>
/// The templates, reference .docx and clause registries an organisation file names, resolved against its
/// folder (ORGANISATION.md §1), so every host (CLI, generator, server) finds the same files.
/// </summary>
/// <param name="ReferenceDocx">The reference .docx, or null.</param>
/// <param name="Templates">The template folder, or null.</param>
/// <param name="Registries">The clause registries, in the order written.</param>
public sealed record OrganisationPaths(string? ReferenceDocx, string? Templates, EquatableArray<string> Registries)
{
    /// <summary>
    /// The file's <c>pdf_engine</c>, or null when it does not say: carried here beside the reference .docx, since
    /// every host that renders takes both from the same place.
    /// </summary>
    public PdfEngine? PdfEngine { get; init; }

    /// <summary>The file's <c>pdf_profile</c>, or null when it does not say; carried beside <see cref="PdfEngine"/> for the same reason.</summary>
    public PdfProfile? PdfProfile { get; init; }

    /// <summary>The paths of <paramref name="file"/>, which was read from <paramref name="organisationPath"/>.</summary>
    public static OrganisationPaths For(OrganisationFile file, string organisationPath) => new(
        file.ReferenceDocx is null ? null : Resolve(organisationPath, file.ReferenceDocx),
        file.Templates is null ? null : Resolve(organisationPath, file.Templates),
        file.Registries.Select(r => Resolve(organisationPath, r)).ToEquatableArray())
    {
        PdfEngine = file.PdfEngine,
        PdfProfile = file.PdfProfile,
    };

    /// <summary>
    /// <paramref name="written"/> relative to the folder of <paramref name="organisationPath"/> (an absolute path
    /// stays as it is). Either slash separates folders, so a file written on Windows works on a Linux build server.
    /// Pure: nothing is read from disk.
    /// </summary>
    public static string Resolve(string organisationPath, string written)
    {
        var relative = written.Trim().Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar);
        var folder = Path.GetDirectoryName(organisationPath);
        return string.IsNullOrEmpty(folder) ? relative : Path.Combine(folder, relative);
    }
}
