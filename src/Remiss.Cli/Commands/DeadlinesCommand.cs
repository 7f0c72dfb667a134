using System.CommandLine;
using System.Text.Json;
using Remiss.Cli.Output;
using Remiss.Core;
using Remiss.Core.Json;
using Remiss.Templates;
using Spectre.Console;

namespace Remiss.Cli.Commands;

/// <summary><c>remiss deadlines PATH…</c>: what is due, soonest first.</summary>
internal static class DeadlinesCommand
{
    private const int TitleWidth = 50;

    public static Command Create(CliEnvironment env) => OverviewOptions.Command(
        "deadlines",
        "Visa svarstiderna för remisserna, den närmaste först.",
        "Räkna dagar från detta datum i stället för i dag (åååå-mm-dd).",
        "Skriv JSON (för skript och andra system) i stället för en tabell.",
        env,
        Run);

    private static int Run(OverviewRequest request)
    {
        var (env, today) = (request.Env, request.Today);
        var rows = new List<DeadlineRow>();
        var entries = new List<PlanCalendar.Entry>();
        var broken = 0;
        foreach (var path in request.Files)
        {
            // An organisation file with errors is named on standard error like a remiss file with errors: the table stays clean.
            if (request.Load(path, "visas inte") is not { File: { } file } result)
            {
                broken++;
                continue;
            }

            // With an organisation file's calendars: the plan to follow today (ORGANISATION.md §3), and the one status rule.
            var chain = result.Organisation is { } org ? PlanChain.For(file, org, today) : null;
            var status = RemissStatus.For(file, result.Organisation, today);
            rows.Add(DeadlineRow.From(path, file, status, chain));
            entries.Add(new PlanCalendar.Entry(file, chain, status));
        }

        rows = rows.OrderBy(r => r.EffectiveDeadline).ThenBy(r => r.Number ?? r.Title, StringComparer.Ordinal).ToList();
        if (request.Json)
        {
            env.Out.WriteLine(JsonSerializer.Serialize(new DeadlinesReport(today.ToDateOnly(), rows), CliJsonContext.Report.DeadlinesReport));
        }
        else
        {
            WriteTable(rows, today, env);
        }

        request.WriteCalendar(entries);
        return broken > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static void WriteTable(List<DeadlineRow> rows, CalendarDate today, CliEnvironment env)
    {
        var console = env.CreateConsole();
        var table = new Table()
            .Border(env.UseColor ? TableBorder.Rounded : TableBorder.None)
            // Only title and department may wrap on a narrow terminal; numbers and dates must stay whole.
            .AddColumn(new TableColumn("Nummer").NoWrap())
            .AddColumn("Titel")
            .AddColumn("Departement")
            .AddColumn(new TableColumn("Svarstid").NoWrap())
            .AddColumn(new TableColumn("Dagar kvar").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Förlängd").NoWrap())
            .AddColumn(new TableColumn("Handlingar senast").NoWrap())
            .AddColumn(new TableColumn("Beslutsmöte").NoWrap())
            .AddColumn(new TableColumn("Status").NoWrap());
        foreach (var row in rows)
        {
            table.AddRow(
                Cell(row.Number ?? "–"),
                Cell(OutputNames.Shorten(row.Title, TitleWidth)),
                Cell(row.Department),
                Cell(row.EffectiveDeadline.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (row.NonWorkingReason is null ? string.Empty : $" ({row.NonWorkingReason})")),
                Cell(row.DaysLeft.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cell(row.Extended ? "ja" : "nej"),
                Cell(row.PapersDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–"),
                Cell(row.DecidingMeeting?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–"),
                new Markup($"[{Colour(row)}]{Markup.Escape(row.RemissStatusText)}[/]"));
        }

        console.Write(table);
        console.WriteLine(DeadlineStatus.Summary(rows.Count, rows.Count(r => r.Status.State == RemissState.Late), rows.Count(r => r.Status.IsOpen && r.Status.State != RemissState.Late && r.State == DeadlineState.DueSoon), today));

        static Text Cell(string text) => new(text);
    }

    // Late is red; an open remiss yellow when due within 14 days, else green; a decided or sent one needs nothing more urgent than blue and grey.
    private static string Colour(DeadlineRow row) => row.Status.State switch
    {
        RemissState.Late => "red",
        RemissState.Decided => "blue",
        RemissState.Sent => "grey",
        _ => row.State == DeadlineState.DueSoon ? "yellow" : "green",
    };
}

/// <summary>The <c>--json</c> document.</summary>
internal sealed record DeadlinesReport(DateOnly Today, IReadOnlyList<DeadlineRow> Referrals);

/// <summary>One remiss in the overview.</summary>
internal sealed record DeadlineRow(
    string File,
    string? Number,
    string Title,
    string Department,
    string? DepartmentDnr,
    DateOnly Deadline,
    DateOnly EffectiveDeadline,
    int DaysLeft,
    bool Extended,
    DeadlineState State,
    string? NonWorkingReason,
    DateOnly? PapersDue,
    DateOnly? DecidingMeeting,
    string RemissStatus,
    string RemissStatusText,
    DateOnly? Sent)
{
    /// <summary>The remiss's status (Core's one rule); not in the JSON, which has its name and text.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public RemissStatus Status { get; init; } = null!;

    /// <summary>A row; <paramref name="plan"/> is the plan to follow (papers due and deciding meeting), or null without meeting calendars.</summary>
    public static DeadlineRow From(string path, RemissFile file, RemissStatus remissStatus, PlanChain? plan = null) => From(path, file, remissStatus.Deadline, remissStatus, plan);

    private static DeadlineRow From(string path, RemissFile file, DeadlineStatus status, RemissStatus remissStatus, PlanChain? plan) => new(
        path,
        file.Remiss.Number?.Text,
        file.Remiss.Title,
        file.Remiss.Department,
        file.Remiss.DepartmentDnr?.Text,
        file.Remiss.Deadline.ToDateOnly(),
        status.EffectiveDeadline.ToDateOnly(),
        status.DaysLeft,
        status.IsExtended,
        status.State,
        status.NonWorkingReason,
        plan?.PapersDue.ToDateOnly(),
        plan?.DecidingMeeting.Date.ToDateOnly(),
        StatusJson.Name(remissStatus.State),
        remissStatus.Text,
        remissStatus.Sent?.ToDateOnly())
    {
        Status = remissStatus,
    };
}
