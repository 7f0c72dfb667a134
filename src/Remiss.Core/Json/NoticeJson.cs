#if NET
#pragma warning disable CS1591 // the records' members are the JSON fields; docs/server.md describes them
namespace Remiss.Core.Json;

/// <summary>
/// One justering notice in the plan (ORGANISATION.md §8): the meeting, when its minutes were justerade, and the notice's
/// dates by the law — the day it goes up (and the last day it may), the last day to appeal and the day it comes down.
/// </summary>
public sealed record NoticeJson(
    string Body,
    DateOnly Date,
    int Paragraph,
    DateOnly Adjusted,
    DateOnly Posted,
    DateOnly LatestPosting,
    DateOnly LastDayToAppeal,
    DateOnly TakenDown,
    string? KeptAt)
{
    /// <summary>The notices of <paramref name="file"/> (<see cref="JusteringNotice.AllOf"/>), in the order of <c>decision.meetings</c>.</summary>
    public static IReadOnlyList<NoticeJson> From(RemissFile file) =>
        JusteringNotice.AllOf(file).Select(n => new NoticeJson(
            n.Meeting.Body,
            n.Meeting.Date.ToDateOnly(),
            n.Meeting.Paragraph,
            n.Dates.Adjusted.ToDateOnly(),
            n.Dates.Posted.ToDateOnly(),
            n.Dates.LatestPosting.ToDateOnly(),
            n.Dates.LastDayToAppeal.ToDateOnly(),
            n.Dates.TakenDown.ToDateOnly(),
            n.KeptAt)).ToList();
}
#endif
