#if NET
#pragma warning disable CS1591 // the record's members are the JSON fields; docs/cli.md and docs/server.md describe them
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remiss.Core.Json;

/// <summary>
/// One remiss in an overview, the one row of <c>remiss deadlines</c> (its table and <c>--json</c>) and of the page's list
/// (<c>/ui/remisser</c>): the deadline, its urgency (<c>State</c>: <c>overdue</c>, <c>dueSoon</c>, <c>later</c>), the
/// papers due and deciding meeting of the remiss's <see cref="RemissOutlook"/> (null without meeting calendars, and papers
/// due once decided) and its one status. On the page a file with errors is a row too: only its file, id and counts.
/// </summary>
public sealed record OverviewRow(
    string File,
    string? Number,
    string? Title,
    string? Department,
    string? DepartmentDnr,
    DateOnly? Deadline,
    DateOnly? EffectiveDeadline,
    int? DaysLeft,
    bool Extended,
    [property: JsonConverter(typeof(DeadlineStateConverter))] DeadlineState? State,
    string? StateText,
    string? NonWorkingReason,
    DateOnly? PapersDue,
    DateOnly? DecidingMeeting,
    string? RemissStatus,
    string? RemissStatusText,
    DateOnly? Sent)
{
    /// <summary>The page's id of the file; null in the CLI's report.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    /// <summary>The file's error count on the page; null in the CLI's report, which lists only files without errors.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Errors { get; init; }

    /// <summary>The file's warning count on the page; null in the CLI's report.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Warnings { get; init; }

    /// <summary>The remiss's state for counting (<see cref="Summary"/>); null for a file with errors. Not in the JSON, which has its name and text.</summary>
    [JsonIgnore]
    public RemissState? Status { get; init; }

    /// <summary>The row of a remiss file without errors and its outlook on the day.</summary>
    public static OverviewRow From(string path, RemissFile file, RemissOutlook outlook)
    {
        var deadline = outlook.Status.Deadline;
        return new OverviewRow(
            path,
            file.Remiss.Number?.Text,
            file.Remiss.Title,
            file.Remiss.Department,
            file.Remiss.DepartmentDnr?.Text,
            file.Remiss.Deadline.ToDateOnly(),
            deadline.EffectiveDeadline.ToDateOnly(),
            deadline.DaysLeft,
            deadline.IsExtended,
            deadline.State,
            DeadlineStatus.Describe(deadline.State),
            deadline.NonWorkingReason,
            outlook.PapersDue?.ToDateOnly(),
            outlook.DecidingMeeting?.ToDateOnly(),
            StatusJson.Name(outlook.Status.State),
            outlook.Status.Text,
            outlook.Status.Sent?.ToDateOnly())
        {
            Status = outlook.Status.State,
        };
    }

    /// <summary>The row of a file with errors: nothing to sort by but its path.</summary>
    public static OverviewRow Broken(string path) =>
        new(path, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null);

    /// <summary>Soonest effective deadline first, then by number (or title, or path); files with errors last.</summary>
    public static List<OverviewRow> Sort(IEnumerable<OverviewRow> rows) =>
        rows.OrderBy(r => r.EffectiveDeadline is null)
            .ThenBy(r => r.EffectiveDeadline)
            .ThenBy(r => r.Number ?? r.Title ?? r.File, StringComparer.Ordinal)
            .ToList();

    /// <summary>The summary line under every overview (<see cref="DeadlineStatus.Summary"/>): late remisser, and open ones due within 14 days.</summary>
    public static string Summary(IReadOnlyCollection<OverviewRow> rows, CalendarDate today) =>
        DeadlineStatus.Summary(
            rows.Count,
            rows.Count(r => r.Status == RemissState.Late),
            rows.Count(r => r.Status is RemissState.Draft or RemissState.Planned && r.State == DeadlineState.DueSoon),
            today);
}

/// <summary>The deadline's urgency as a camelCase string (<c>overdue</c>, <c>dueSoon</c>, <c>later</c>), without reflection.</summary>
public sealed class DeadlineStateConverter() : JsonStringEnumConverter<DeadlineState>(JsonNamingPolicy.CamelCase);
#endif
