namespace Remiss.Core;

/// <summary>
/// The checks of ORGANISATION.md §3 and §4 on a loaded remiss file: the decision record (<c>decision.meetings</c>)
/// and, when an organisation file with meeting calendars applies, the plan against the deadline. Resolves each
/// record's body to the path's spelling, so renderers need no knowledge of ids. Every check depends on the files
/// only, never on today's date.
/// </summary>
internal static class MeetingValidator
{
    /// <summary>The file with its records' bodies resolved; findings are added to <paramref name="diagnostics"/>.</summary>
    public static RemissFile Apply(RemissFile file, SourceMap map, LoadOptions options, ICollection<Diagnostic> diagnostics)
    {
        var report = map.ReportInto(diagnostics);

        var organisation = options.Organisation;
        var resolved = CheckRecords(file, organisation, options, map, report);
        if (organisation is not null)
        {
            CheckPlan(file, organisation, options.OrganisationPath, map, diagnostics, report);
            CheckResumedPlan(file with { Decision = file.Decision with { Meetings = resolved } }, organisation, report);
        }

        return resolved.Equals(file.Decision.Meetings) ? file : file with { Decision = file.Decision with { Meetings = resolved } };
    }

    private static EquatableArray<RecordedMeeting> CheckRecords(RemissFile file, OrganisationFile? organisation, LoadOptions options, SourceMap map, SourceReporter report)
    {
        var organisationPath = options.OrganisationPath ?? OrganisationFile.FileName;
        var routeHeading = organisation?.Minutes.DecisionHeading;
        var records = file.Decision.Meetings;
        var path = file.Decision.Path;
        var result = new List<RecordedMeeting>(records.Count);
        var positions = new Dictionary<int, int>(); // path index → record index
        var previous = (Position: -1, Record: -1);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var at = $"decision.meetings[{i}]";
            var name = BodyName(record.Body, organisation, organisationPath, at + ".body", report);
            if (name is null)
            {
                continue; // misspelt: reported with the body probably meant
            }

            var position = PathIndex(name, path);
            if (position < 0)
            {
                var candidates = path.Concat(path.Select(p => organisation?.FindByName(p)?.Id).OfType<string>());
                var suggestion = Suggestions.Closest(record.Body, candidates);
                report(DiagnosticDescriptors.MeetingBodyNotInPath, at + ".body", record.Body, SwedishText.JoinList(path),
                    suggestion is null ? string.Empty : $"Menade du '{suggestion}'? ");
                continue;
            }

            var resolved = record with { Body = path[position] };
            if (routeHeading is not null && resolved.Proceedings.RouteHeading is null)
            {
                resolved = resolved with { Proceedings = resolved.Proceedings with { RouteHeading = routeHeading } };
            }

            // After a carried referral back or tabling (§7) the same body takes the matter up again at a later meeting.
            var reopened = previous.Record >= 0 && !DecisionRoute.DecidesMatter(records[previous.Record].Proceedings);
            if (positions.TryGetValue(position, out var first) && !(reopened && previous.Position == position))
            {
                report(DiagnosticDescriptors.MeetingBodyTwice, at + ".body", resolved.Body, map[$"decision.meetings[{first}]"].Line);
                continue;
            }

            positions[position] = i;
            if (previous.Record >= 0)
            {
                var before = records[previous.Record];
                if (reopened && position != previous.Position)
                {
                    var procedural = DecisionRoute.CarriedProcedural(before.Proceedings)!;
                    report(DiagnosticDescriptors.RecordAfterReferral, at + ".body", path[previous.Position],
                        procedural.Motion == Motion.ReferBack ? "återremitterade" : "bordlade", before.Date, resolved.Body);
                }
                else if (position < previous.Position)
                {
                    var order = string.Join(", ", records.Select(r => PathIndex(organisation?.Match(r.Body).PrintedName(r.Body) ?? r.Body, path)).Where(p => p >= 0).Distinct().OrderBy(p => p).Select(p => path[p]));
                    report(DiagnosticDescriptors.MeetingsOutOfOrder, at + ".body", resolved.Body, path[previous.Position], order);
                }
                else if (record.Date <= before.Date)
                {
                    report(DiagnosticDescriptors.MeetingDatesBackwards, at + ".date", resolved.Body, record.Date, path[previous.Position], before.Date);
                }
            }

            previous = (position, i);
            resolved = JusteringValidator.Apply(resolved, organisation, at, map, report);
            result.Add(resolved);
            CheckCalendar(resolved, organisation, at, report);
            MeetingRecordValidator.Check(resolved, at, organisation?.FindByName(resolved.Body), options.Registry, file.Decision.Style, report);
        }

        if (result.LastOrDefault() is { } deciding && deciding.Body == path[path.Count - 1])
        {
            var at = $"decision.meetings[{positions[path.Count - 1]}]";
            if (deciding.Date > file.Remiss.EffectiveDeadline)
            {
                report(DiagnosticDescriptors.DecidingMeetingAfterDeadline, at + ".date", deciding.Date, file.Remiss.EffectiveDeadline);
            }

            if (DecisionRoute.CarriedAlternative(deciding.Proceedings)?.Motion == Motion.Reject)
            {
                report(DiagnosticDescriptors.RejectedAtDecidingBody, map.Contains(at + ".outcome") ? at + ".outcome" : at, deciding.Body, deciding.Date);
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The name a record's body prints as, by the rules of a <c>decision.path</c> item (ORGANISATION.md §2): an id,
    /// a name, a letter-case variant (a warning) or a body not in the organisation file (as written); null for a
    /// misspelt name (an error with the body probably meant). Without an organisation file: as written.
    /// </summary>
    private static string? BodyName(string written, OrganisationFile? organisation, string organisationPath, string at, SourceReporter report)
    {
        if (organisation is null)
        {
            return written;
        }

        var match = organisation.Match(written);
        RemissOrganisation.ReportMatch(match, written, organisationPath, at, report);
        return match.Kind == BodyMatchKind.NearMiss ? null : match.PrintedName(written);
    }

    /// <summary>Where a body stands in the path (exactly as printed there, else ignoring letter case, as without an organisation file); -1 when not in it.</summary>
    private static int PathIndex(string name, EquatableArray<string> path)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (string.Equals(path[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < path.Count; i++)
        {
            if (string.Equals(path[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static void CheckCalendar(RecordedMeeting record, OrganisationFile? organisation, string at, SourceReporter report)
    {
        if (organisation?.FindByName(record.Body) is { Meetings.IsEmpty: false } body && !body.Meetings.Contains(record.Date))
        {
            report(DiagnosticDescriptors.MeetingNotInCalendar, at + ".date", body.Name, record.Date, string.Join(", ", body.Meetings));
        }
    }

    /// <summary>
    /// A matter left open by a carried referral back or tabling (ORGANISATION.md §7) whose next meeting along the path
    /// falls after the deadline: the extension to ask for.
    /// </summary>
    private static void CheckResumedPlan(RemissFile file, OrganisationFile organisation, SourceReporter report)
    {
        if (file.Remiss.Deadline == default || ResumedPlan.For(file, organisation) is not { ExtensionUntil: { } until } plan)
        {
            return;
        }

        var records = file.Decision.Meetings;
        var open = plan.Record;
        report(DiagnosticDescriptors.ReopenedAfterDeadline, $"decision.meetings[{records.Count - 1}].outcome", open.Body,
            plan.Motion == Motion.ReferBack ? "återremitterade" : "bordlade", open.Date, plan.DecidingMeeting!.Date, plan.Deadline, until);
    }

    private static void CheckPlan(RemissFile file, OrganisationFile organisation, string? organisationPath, SourceMap map, ICollection<Diagnostic> diagnostics, SourceReporter report)
    {
        if (file.Remiss.Deadline == default || MeetingPlan.For(file, organisation) is not { } plan)
        {
            return; // no deadline to plan against (already reported), or a path body without a calendar
        }

        var remiss = file.Remiss;
        var deadlinePath = remiss.IsExtended ? $"remiss.extensions[{remiss.Extensions.Count - 1}].until" : "remiss.deadline";
        switch (plan.Status)
        {
            case MeetingPlanStatus.Planned when plan.NeedsImmediateAdjustment && !DecisionClauses.DeclaresImmediateAdjustment(file.Decision.Clauses):
                var deciding = plan.DecidingMeeting!;
                report(DiagnosticDescriptors.ImmediateAdjustmentMissing, "decision.clauses", deciding.Body, deciding.Date, plan.AdjustedBy, plan.Deadline);
                break;
            case MeetingPlanStatus.NoPlanBeforeDeadline:
                report(DiagnosticDescriptors.NoPlanBeforeDeadline, deadlinePath, plan.Deadline, plan.Blocker!.Body, plan.Blocker.Needed);
                break;
            case MeetingPlanStatus.CalendarDoesNotReach:
                var blocker = plan.Blocker!;
                object?[] args = [blocker.Body, plan.Deadline, blocker.CalendarFrom, blocker.CalendarTo, blocker.Needed, blocker.BodyId];
                if (organisationPath is null)
                {
                    report(DiagnosticDescriptors.CalendarDoesNotReach, deadlinePath, args);
                }
                else
                {
                    // About the organisation file, not the remiss: reported there.
                    diagnostics.Add(DiagnosticDescriptors.CalendarDoesNotReach.Create(organisationPath, SourceSpan.Start, args));
                }

                break;
        }
    }
}
