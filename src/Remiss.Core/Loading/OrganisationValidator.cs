namespace Remiss.Core;

/// <summary>
/// The checks of an organisation file that concern meaning rather than shape (ORGANISATION.md §1): ids and
/// names once each, meetings in date order, no negative day counts, referenced paths that exist.
/// </summary>
internal static class OrganisationValidator
{
    public static IEnumerable<Diagnostic> Validate(OrganisationFile file, SourceMap map, Func<string, ReferencedPathKind, bool>? pathExists)
    {
        var found = new List<Diagnostic>();
        var report = map.ReportInto(found);

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < file.Bodies.Count; i++)
        {
            var body = file.Bodies[i];
            var at = $"bodies[{i}]";
            if (body.Id.Length > 0)
            {
                if (!ClauseDefinition.IsValidId(body.Id))
                {
                    report(DiagnosticDescriptors.InvalidBodyId, at + ".id", body.Id);
                }
                else if (ids.TryGetValue(body.Id, out var first))
                {
                    report(DiagnosticDescriptors.DuplicateBodyId, at + ".id", body.Id, map[$"bodies[{first}].id"].Line);
                }
                else
                {
                    ids[body.Id] = i;
                }
            }

            if (body.Name.Length > 0)
            {
                if (names.TryGetValue(body.Name, out var first))
                {
                    report(DiagnosticDescriptors.DuplicateBodyName, at + ".name", body.Name, map[$"bodies[{first}].name"].Line);
                }
                else
                {
                    names[body.Name] = i;
                }
            }

            CheckDays(body.PapersDueDays, at + ".papers_due_days");
            CheckDays(body.AdjustmentDays, at + ".adjustment_days");
            CheckMeetings(body, at);
        }

        if (pathExists is not null)
        {
            CheckPath(file.ReferenceDocx, "reference_docx", ReferencedPathKind.File);
            CheckPath(file.Templates, "templates", ReferencedPathKind.Directory);
            for (var i = 0; i < file.Registries.Count; i++)
            {
                CheckPath(file.Registries[i], $"registries[{i}]", ReferencedPathKind.File);
            }
        }

        return found;

        void CheckDays(int days, string path)
        {
            if (days < 0)
            {
                report(DiagnosticDescriptors.NegativeDays, path, path, days);
            }
        }

        void CheckMeetings(OrganisationBody body, string at)
        {
            // Meetings the reader dropped (invalid dates) leave the indexes of the rest unknown, so only a
            // complete list is compared; the invalid date is already an error.
            if (!map.Contains($"{at}.meetings") || map.Contains($"{at}.meetings[{body.Meetings.Count}]"))
            {
                return;
            }

            for (var m = 1; m < body.Meetings.Count; m++)
            {
                var (previous, date) = (body.Meetings[m - 1], body.Meetings[m]);
                if (date <= previous)
                {
                    report(DiagnosticDescriptors.MeetingOutOfOrder, $"{at}.meetings[{m}]", date,
                        date == previous ? "står två gånger i listan" : $"står efter {previous}, som är senare");
                }
            }
        }

        void CheckPath(string? written, string key, ReferencedPathKind kind)
        {
            if (written is null)
            {
                return;
            }

            var resolved = OrganisationPaths.Resolve(map.FilePath, written);
            if (!pathExists(resolved, kind))
            {
                var folder = Path.GetDirectoryName(map.FilePath);
                report(DiagnosticDescriptors.ReferencedPathMissing, key, key, kind == ReferencedPathKind.Directory ? "mappen" : "filen", written,
                    string.IsNullOrEmpty(folder) ? "." : folder);
            }
        }
    }
}
