using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Remiss.Cli.Output;
using Remiss.Core;
using Remiss.Core.Json;

namespace Remiss.Cli.Commands;

/// <summary>
/// <c>remiss plan PATH…</c>: each remiss planned backwards from its deadline through its committees' meetings
/// (ORGANISATION.md §3), and, when there is no plan or the papers are late, the plan from today and the extension to ask for.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliEnvironment env) => OverviewOptions.Command(
        "plan",
        "Planera remisserna bakåt från svarstiden genom organens sammanträden: när handlingarna ska vara klara, vilka sammanträden, om omedelbar justering behövs.",
        "Planera framåt från detta datum i stället för i dag (åååå-mm-dd).",
        "Skriv JSON (för skript och andra system) i stället för text.",
        env,
        Run);

    private static int Run(OverviewRequest request)
    {
        var (env, today) = (request.Env, request.Today);
        var rows = new List<PlanRow>();
        var entries = new List<PlanCalendar.Entry>();
        var text = new List<string>();
        var unplanned = 0;
        foreach (var (path, file, organisation, outlook) in request.Outlooks("planeras inte"))
        {
            if (PlanRow.From(path, file, outlook) is not { } row)
            {
                unplanned++;
                env.Error.WriteLine(organisation is null
                    ? $"remiss: {path} planeras inte: ingen organisationsfil gäller. Lägg organisation.yaml med organens sammanträden i mappen (eller en mapp ovanför), eller ange --organisation FILE."
                    : $"remiss: {path} planeras inte: {MeetingPlan.NotApplicableReason(file)}.");
                continue;
            }

            rows.Add(row);
            entries.Add(new PlanCalendar.Entry(file, outlook));
            text.AddRange(Describe(path, file, outlook, today));
        }

        if (request.Json)
        {
            env.Out.WriteLine(JsonSerializer.Serialize(new PlanReport(today.ToDateOnly(), rows), CliJsonContext.Report.PlanReport));
        }
        else
        {
            text.ForEach(env.Out.WriteLine);
        }

        request.WriteCalendar(entries);
        return request.Broken + unplanned > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    /// <summary>The plan of one remiss as aligned lines of text.</summary>
    private static IEnumerable<string> Describe(string path, RemissFile file, RemissOutlook outlook, CalendarDate today)
    {
        var (status, plan, forward, resumed) = (outlook.Status, outlook.Plan!, outlook.Forward, outlook.Resumed);
        var title = file.Remiss.Number is { } number ? $"{number.Text} {file.Remiss.Title}" : file.Remiss.Title;
        var lines = new List<(string Label, string Value)> { ("Svarstid", Date(plan.Deadline) + (file.Remiss.IsExtended ? " (förlängd)" : string.Empty)) };
        // Open remisser say where they stand through their plan; a decided or sent one says so first.
        if (status.DecidingMeeting is { } deciding && status.State == RemissState.Decided)
        {
            lines.Add(("Status", $"{status.Text} ({deciding.Body} {Date(deciding.Date)} § {deciding.Paragraph})"));
        }
        else if (status.Sent is { } sent)
        {
            lines.Add(("Status", $"{status.Text} {Date(sent)}"));
        }
        var notes = new List<string>();
        if (plan.IsPlanned)
        {
            lines.Add(("Handlingar senast", Date(plan.PapersDue!.Value)));
            lines.AddRange(Chain(plan.Meetings));
            lines.Add(("Justerat senast", Date(plan.AdjustedBy!.Value)));
            var present = DecisionClauses.DeclaresImmediateAdjustment(file.Decision.Clauses);
            lines.Add(("Omedelbar justering", plan.NeedsImmediateAdjustment
                ? present ? "behövs (finns bland att-satserna)" : "behövs – lägg till '- immediate-adjustment' i decision.clauses"
                : "behövs inte"));
            if (forward is not null)
            {
                notes.Add($"Handlingarna skulle ha varit klara {Date(plan.PapersDue.Value)}.");
            }
        }
        else
        {
            notes.Add((plan.Status == MeetingPlanStatus.NoPlanBeforeDeadline ? "Ingen plan före svarstiden: " : "Kalendern räcker inte: ")
                + plan.Blocker!.Describe(plan.Status) + ".");
        }

        var forwardLines = new List<(string Label, string Value)>();
        if (forward is { IsPlanned: true })
        {
            forwardLines.Add(("Handlingar senast", Date(forward.PapersDue!.Value)));
            forwardLines.AddRange(Chain(forward.Meetings));
            forwardLines.Add(("Begär förlängd svarstid till", Date(forward.ExtensionUntil!.Value)));
        }
        else if (forward is not null)
        {
            notes.Add($"Ingen plan från {Date(today)}: kalendern räcker inte: {forward.Blocker!.Describe(forward.Status)}.");
        }

        var resumedLines = new List<(string Label, string Value)>();
        string? resumedHeading = null;
        if (resumed is not null)
        {
            var record = resumed.Record;
            var referred = resumed.Motion == Motion.ReferBack;
            notes.Add($"{(referred ? "Återremitterat" : "Bordlagt")} av {record.Body} {Date(record.Date)} (§ {record.Paragraph}): ärendet är inte avgjort.");
            if (resumed.IsPlanned)
            {
                resumedHeading = referred ? "Efter återremissen:" : "Efter bordläggningen:";
                resumedLines.Add(("Handlingar senast", Date(resumed.PapersDue!.Value)));
                resumedLines.AddRange(Chain(resumed.Meetings));
                if (resumed.ExtensionUntil is { } until)
                {
                    resumedLines.Add(("Begär förlängd svarstid till", Date(until)));
                }
                else if (resumed.NeedsImmediateAdjustment)
                {
                    resumedLines.Add(("Omedelbar justering", DecisionClauses.DeclaresImmediateAdjustment(file.Decision.Clauses)
                        ? "behövs (finns bland att-satserna)"
                        : "behövs – lägg till '- immediate-adjustment' i decision.clauses"));
                }
            }
            else
            {
                notes.Add("Ingen ny plan: kalendern räcker inte: " + resumed.Blocker!.Describe(resumed.Status) + ".");
            }
        }

        // The justering notices (§8): each meeting whose minutes are justerade, with the law's dates.
        var notices = JusteringNotice.AllOf(file).Select(n => (Heading: $"Anslag {n.Meeting.Body} § {n.Meeting.Paragraph}:", Lines: NoticeLines(n))).ToList();

        // Values in one column: forward, resumed and notice lines are indented two more, so their labels get two less.
        var width = new[]
        {
            lines.Max(l => l.Label.Length) + 2,
            forwardLines.Concat(resumedLines).Concat(notices.SelectMany(n => n.Lines)).Select(l => l.Label.Length + 4).DefaultIfEmpty(0).Max(),
        }.Max();
        yield return $"{path}: {title}";
        foreach (var (label, value) in lines)
        {
            yield return "  " + label.PadRight(width) + value;
        }

        foreach (var note in notes)
        {
            yield return "  " + note;
        }

        if (forwardLines.Count > 0)
        {
            yield return $"  Plan från {Date(today)}:";
            foreach (var (label, value) in forwardLines)
            {
                yield return "    " + label.PadRight(width - 2) + value;
            }
        }

        if (resumedHeading is not null)
        {
            yield return "  " + resumedHeading;
            foreach (var (label, value) in resumedLines)
            {
                yield return "    " + label.PadRight(width - 2) + value;
            }
        }

        foreach (var (heading, noticeLines) in notices)
        {
            yield return "  " + heading;
            foreach (var (label, value) in noticeLines)
            {
                yield return "    " + label.PadRight(width - 2) + value;
            }
        }

        yield return string.Empty;
    }

    /// <summary>A notice's dates: justering, up (with the last day the law allows when the record does not say), the last day to appeal, down.</summary>
    private static List<(string Label, string Value)> NoticeLines(JusteringNotice notice)
    {
        var dates = notice.Dates;
        var posted = notice.Meeting.Justering?.NoticePosted is null
            ? $"{Date(dates.Posted)} (senast {Date(dates.LatestPosting)})"
            : Date(dates.Posted) + (dates.PostedLate ? $" (efter {Date(dates.LatestPosting)}, den sista dagen lagen medger)" : string.Empty);
        return
        [
            ("Protokollet justerat", Date(dates.Adjusted)),
            ("Anslaget sätts upp", posted),
            ("Sista dag att överklaga", Date(dates.LastDayToAppeal)),
            ("Anslaget tas ned", Date(dates.TakenDown)),
        ];
    }

    private static IEnumerable<(string Label, string Value)> Chain(IReadOnlyList<PlannedMeeting> meetings) =>
        meetings.Select((m, i) => (m.Body, Date(m.Date) + (i == meetings.Count - 1 ? " (beslutar)" : string.Empty)));

    private static string Date(CalendarDate date) => date.ToString();
}
