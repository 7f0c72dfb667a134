using Remiss.Core;

namespace Remiss.Cli.Commands;

/// <summary>The organisation file that applies to a new remiss file, as loaded (or why it could not be).</summary>
/// <param name="Path">The organisation file's path.</param>
/// <param name="File">The organisation, or null when the file has errors.</param>
/// <param name="Diagnostics">What loading it reported.</param>
internal sealed record FoundOrganisation(string Path, OrganisationFile? File, EquatableArray<Diagnostic> Diagnostics);

/// <summary>Finds the organisation file that applies to the remiss file about to be written at a path, or null.</summary>
internal delegate FoundOrganisation? OrganisationFinder(string remissFilePath);

/// <summary>The organisation lookup <c>remiss new --from</c> uses: the nearest <c>organisation.yaml</c> (ORGANISATION.md §1).</summary>
internal static class NewOrganisation
{
    /// <summary>The nearest organisation file above <paramref name="remissFilePath"/>, loaded through Core's workspace; null when there is none.</summary>
    public static FoundOrganisation? Nearest(string remissFilePath) =>
        new RemissWorkspace().OrganisationFor(remissFilePath) is { } organisation
            ? new FoundOrganisation(organisation.Path, organisation.File, organisation.Diagnostics)
            : null;
}
