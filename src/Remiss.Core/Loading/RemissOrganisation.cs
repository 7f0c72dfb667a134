namespace Remiss.Core;

/// <summary>
/// What a remiss file gains from its organisation file (ORGANISATION.md §2): the organisation's name, the
/// bodies' names in the decision path, the deciding body's signatories, the house style (§5). After this the model is
/// self-contained: renderers and generated code print it without knowing the organisation.
/// </summary>
internal static class RemissOrganisation
{
    public static RemissFile Apply(RemissFile file, SourceMap map, OrganisationFile organisation, string? organisationPath, List<Diagnostic> diagnostics)
    {
        var where = organisationPath ?? OrganisationFile.FileName;
        var report = map.ReportInto(diagnostics);

        var written = file.Case.Organisation;
        if (written.Length > 0 && !string.Equals(written, organisation.Name, StringComparison.Ordinal))
        {
            report(DiagnosticDescriptors.OrganisationMismatch, "case.organisation", written, where, organisation.Name);
        }

        var path = new List<string>(file.Decision.Path.Count);
        OrganisationBody? deciding = null;
        for (var i = 0; i < file.Decision.Path.Count; i++)
        {
            var item = file.Decision.Path[i];
            var match = organisation.Match(item);
            var at = $"decision.path[{i}]";
            ReportMatch(match, item, where, at, report);
            if (match.Kind == BodyMatchKind.Unknown)
            {
                report(DiagnosticDescriptors.BodyUnknown, at, item, where);
            }

            path.Add(match.PrintedName(item));
            deciding = i == file.Decision.Path.Count - 1 && match.Kind != BodyMatchKind.NearMiss ? match.Body : null;
        }

        // Signatories left out are the deciding body's; an explicit list (even an empty one) is the officer's choice.
        var signatories = !map.Contains("response.signatories") && deciding is not null ? deciding.Signatories : file.Response.Signatories;
        return file with
        {
            Case = file.Case with { Organisation = written.Length > 0 ? written : organisation.Name },
            Decision = file.Decision with { Path = path.ToEquatableArray(), Style = organisation.HouseStyle },
            Response = file.Response with { Signatories = signatories },
        };
    }

    /// <summary>
    /// What a body written in the remiss file (a <c>decision.path</c> item or a recorded meeting's body) is told about
    /// how it matched the organisation file (ORGANISATION.md §2): another letter case is a warning with the body's
    /// spelling, a near miss an error with the body probably meant. A body the file does not have is the caller's to judge.
    /// </summary>
    internal static void ReportMatch(BodyMatch match, string written, string organisationPath, string at, SourceReporter report)
    {
        switch (match.Kind)
        {
            case BodyMatchKind.LetterCase:
                report(DiagnosticDescriptors.BodyLetterCase, at, written,
                    string.Equals(written, match.Body!.Id, StringComparison.OrdinalIgnoreCase) ? match.Body.Id : match.Body.Name, organisationPath, match.Body.Id);
                break;
            case BodyMatchKind.NearMiss:
                report(DiagnosticDescriptors.BodyNearMiss, at, written, organisationPath, match.Body!.Name, match.Body.Id);
                break;
        }
    }
}

