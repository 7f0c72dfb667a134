namespace Remiss.Core;

/// <summary>
/// The checks of FORMAT.md §6 that concern meaning rather than shape: dates in order, known number
/// series and dnr prefixes, duplicates, the decision path and clause ids. Runs on the model, pointing
/// at the file through the <see cref="SourceMap"/> the loader made.
/// </summary>
public static class RemissValidator
{
    /// <summary>Every finding for a loaded file.</summary>
    public static IEnumerable<Diagnostic> Validate(RemissFile file, SourceMap map, ClauseRegistry registry)
    {
        var found = new List<Diagnostic>();
        var report = map.ReportInto(found);

        var remiss = file.Remiss;
        CheckNumber(remiss, report);
        CheckDepartmentDnr(remiss, report);
        CheckDates(remiss, report);
        CheckDuplicates(remiss.ConsultedBodies, "remiss.consulted_bodies", map, report);
        CheckDecision(file.Decision, map, registry, report);
        CheckNoComment(file, report);
        return found;
    }

    private static void CheckNoComment(RemissFile file, SourceReporter report)
    {
        if (!file.Response.IsNoComment)
        {
            return;
        }

        var who = file.Case.Organisation.Length > 0 ? file.Case.Organisation : "organisationen";
        if (!file.Response.Comments.IsEmpty)
        {
            report(DiagnosticDescriptors.NoCommentWithContent, "response.comments", who, "response.comments");
        }

        if (file.Response.Summary.Trim().Length > 0)
        {
            report(DiagnosticDescriptors.NoCommentWithContent, "response.summary", who, "response.summary");
        }
    }

    private static void CheckNumber(Referral remiss, SourceReporter report)
    {
        if (remiss.Number is { IsKnownSeries: false } number)
        {
            var suggestion = DocumentNumber.SuggestKnownSpelling(number.Text);
            report(DiagnosticDescriptors.UnknownNumberSeries, "remiss.number", number.Text, suggestion is null
                ? "Andra serier (t.ex. prop. 2023/24:1) är tillåtna; kontrollera att numret är rätt skrivet."
                : $"Menade du \"{suggestion}\"?");
        }
    }

    private static void CheckDepartmentDnr(Referral remiss, SourceReporter report)
    {
        if (remiss.DepartmentDnr is not { } dnr)
        {
            return;
        }

        if (!dnr.IsWellFormed)
        {
            report(DiagnosticDescriptors.MalformedDepartmentDnr, "remiss.department_dnr", dnr.Text);
            return;
        }

        var expected = DepartmentDnr.ExpectedPrefix(remiss.Department);
        if (expected is not null && !string.Equals(expected, dnr.Prefix, StringComparison.Ordinal))
        {
            report(DiagnosticDescriptors.DepartmentDnrPrefix, "remiss.department_dnr", dnr.Text, dnr.Prefix, remiss.Department, expected);
        }
    }

    private static void CheckDates(Referral remiss, SourceReporter report)
    {
        if (remiss.Deadline == default)
        {
            return; // missing or invalid: already reported, nothing to compare against
        }

        if (remiss.Received is { } received && received > remiss.Deadline)
        {
            report(DiagnosticDescriptors.ReceivedAfterDeadline, "remiss.received", received, remiss.Deadline);
        }

        var previous = remiss.Deadline;
        var previousName = "svarstiden";
        for (var i = 0; i < remiss.Extensions.Count; i++)
        {
            var until = remiss.Extensions[i].Until;
            if (until <= previous)
            {
                report(DiagnosticDescriptors.ExtensionNotLater, $"remiss.extensions[{i}].until", until, previous, previousName);
            }

            previous = until;
            previousName = "förlängningen före";
        }

        if (SwedishCalendar.NonWorkingReason(remiss.EffectiveDeadline) is { } reason)
        {
            var path = remiss.IsExtended ? $"remiss.extensions[{remiss.Extensions.Count - 1}].until" : "remiss.deadline";
            report(DiagnosticDescriptors.DeadlineOnNonWorkingDay, path, remiss.EffectiveDeadline, reason);
        }
    }

    private static void CheckDuplicates(EquatableArray<string> items, string path, SourceMap map, SourceReporter report)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var name = items[i];
            if (seen.TryGetValue(name, out var first))
            {
                report(DiagnosticDescriptors.DuplicateConsultedBody, $"{path}[{i}]", name, path, map[$"{path}[{first}]"].Line);
            }
            else
            {
                seen[name] = i;
            }
        }
    }

    private static void CheckDecision(Decision decision, SourceMap map, ClauseRegistry registry, SourceReporter report)
    {
        if (decision.Path.IsEmpty && map.Contains("decision.path"))
        {
            report(DiagnosticDescriptors.EmptyPath, "decision.path");
        }

        if (decision.Clauses.IsEmpty && map.Contains("decision.clauses"))
        {
            report(DiagnosticDescriptors.EmptyClauses, "decision.clauses");
        }

        for (var i = 0; i < decision.Clauses.Count; i++)
        {
            CheckClause(decision.Clauses[i], $"decision.clauses[{i}]", registry, decision.Style, report);
        }
    }

    /// <summary>
    /// One clause as written, through the one clause check (<see cref="ClauseRegistry.Check"/>): the decision's clauses
    /// and a proposal's (ORGANISATION.md §7) alike.
    /// </summary>
    internal static void CheckClause(ClauseReference clause, string path, ClauseRegistry registry, HouseStyle style, SourceReporter report)
    {
        if (registry.Check(clause, style) is { } problem)
        {
            report(problem.Descriptor, path, problem.Arguments);
        }
    }
}
