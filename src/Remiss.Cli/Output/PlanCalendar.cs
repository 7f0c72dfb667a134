using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Output;

/// <summary>
/// The iCalendar file (RFC 5545) of <c>plan --ics</c> and <c>deadlines --ics</c>, written with Ical.Net: per remiss,
/// all-day events for the papers due, each planned meeting and the deadline. Each event's UID is made from our dnr
/// and what the event is, so importing the file again updates the events instead of duplicating them.
/// </summary>
internal static class PlanCalendar
{
    /// <summary>
    /// One remiss and its outlook: the chain to follow goes in the calendar with the deadline; a sent remiss leaves the
    /// calendar, a decided one keeps only its deadline (the day to send by; its meetings are held, so it has no chain).
    /// </summary>
    public sealed record Entry(RemissFile File, RemissOutlook Outlook);

    /// <summary>The calendar as text; <paramref name="stamp"/> is every event's DTSTAMP (the day the plan was made).</summary>
    public static string Write(IEnumerable<Entry> entries, CalendarDate stamp)
    {
        var calendar = new Calendar { ProductId = "-//Remiss//remiss plan//SV" };
        calendar.AddProperty("X-WR-CALNAME", "Remisser");
        var dtStamp = new CalDateTime(stamp.Year, stamp.Month, stamp.Day, 0, 0, 0, CalDateTime.UtcTzId);
        foreach (var (file, outlook) in entries)
        {
            if (!outlook.Status.IsInCalendar)
            {
                continue;
            }

            var chain = outlook.Chain;
            var reference = file.Remiss.Number?.Text ?? OutputNames.Shorten(file.Remiss.Title, 60);
            var key = Slug(file.Case.Dnr);
            var about = $"{StandardWording.ResponseTitle(file.Remiss)}\nDnr {file.Case.Dnr}";
            if (chain is not null)
            {
                calendar.Events.Add(Event($"handlingar.{key}", chain.PapersDue, $"Handlingar senast till {chain.FirstBody}: {reference}", about, dtStamp));
                for (var i = 0; i < chain.Meetings.Count; i++)
                {
                    var meeting = chain.Meetings[i];
                    var decides = i == chain.Meetings.Count - 1 ? " (beslutar)" : string.Empty;
                    calendar.Events.Add(Event($"sammantrade-{Slug(meeting.BodyId)}.{key}", meeting.Date, $"{meeting.Body}{decides}: {reference}", about, dtStamp));
                }
            }

            calendar.Events.Add(Event($"svarstid.{key}", file.Remiss.EffectiveDeadline, $"Svarstid: {reference}", about, dtStamp));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent Event(string uid, CalendarDate date, string summary, string description, CalDateTime stamp) => new()
    {
        Uid = uid + "@remiss",
        Summary = summary,
        Description = description,
        // All-day: DTSTART;VALUE=DATE and DTEND the next day (RFC 5545 §3.6.1: the end is exclusive).
        DtStart = new CalDateTime(date.Year, date.Month, date.Day),
        DtEnd = new CalDateTime(date.AddDays(1).Year, date.AddDays(1).Month, date.AddDays(1).Day),
        DtStamp = stamp,
        Transparency = "TRANSPARENT",
    };

    /// <summary>Lower-case letters, digits and '-': <c>24HSN5898</c> → <c>24hsn5898</c>.</summary>
    private static string Slug(string text)
    {
        var chars = text.Trim().ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-').ToArray();
        return new string(chars).Trim('-');
    }
}
