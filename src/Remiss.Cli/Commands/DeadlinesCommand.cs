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
        var rows = new List<OverviewRow>();
        var entries = new List<PlanCalendar.Entry>();
        // An organisation file with errors is named on standard error like a remiss file with errors: the table stays clean.
        foreach (var (path, file, _, outlook) in request.Outlooks("visas inte"))
        {
            rows.Add(OverviewRow.From(path, file, outlook));
            entries.Add(new PlanCalendar.Entry(file, outlook));
        }

        rows = OverviewRow.Sort(rows);
        if (request.Json)
        {
            env.Out.WriteLine(JsonSerializer.Serialize(new DeadlinesReport(today.ToDateOnly(), rows), CliJsonContext.Report.DeadlinesReport));
        }
        else
        {
            WriteTable(rows, today, env);
        }

        request.WriteCalendar(entries);
        return request.Broken > 0 ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static void WriteTable(List<OverviewRow> rows, CalendarDate today, CliEnvironment env)
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
                Cell(OutputNames.Shorten(row.Title!, TitleWidth)),
                Cell(row.Department!),
                Cell(row.EffectiveDeadline!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + (row.NonWorkingReason is null ? string.Empty : $" ({row.NonWorkingReason})")),
                Cell(row.DaysLeft!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Cell(row.Extended ? "ja" : "nej"),
                Cell(row.PapersDue?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–"),
                Cell(row.DecidingMeeting?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "–"),
                new Markup($"[{Colour(row)}]{Markup.Escape(row.RemissStatusText!)}[/]"));
        }

        console.Write(table);
        console.WriteLine(OverviewRow.Summary(rows, today));

        static Text Cell(string text) => new(text);
    }

    // Late is red; an open remiss yellow when due within 14 days, else green; a decided or sent one needs nothing more urgent than blue and grey.
    private static string Colour(OverviewRow row) => row.Status switch
    {
        RemissState.Late => "red",
        RemissState.Decided => "blue",
        RemissState.Sent => "grey",
        _ => row.State == DeadlineState.DueSoon ? "yellow" : "green",
    };
}

/// <summary>The <c>--json</c> document.</summary>
internal sealed record DeadlinesReport(DateOnly Today, IReadOnlyList<OverviewRow> Referrals);
