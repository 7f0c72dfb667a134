using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Output;

/// <summary>
/// The iCalendar file (RFC 5545) of <c>plan --ics</c> and <c>deadlines --ics</c>, written with Ical.Net: per remiss,
/// all-day events for the papers due, each planned meeting, the deadline and each justering notice's days. Each event's UID is made from our dnr
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
            var reference = file.Remiss.Number?.Text ?? OutputNames.Shorten(file.Remiss.Title, 60);
            var key = Slug(file.Case.Dnr);
            var about = $"{StandardWording.ResponseTitle(file.Remiss)}\nDnr {file.Case.Dnr}";
            if (!outlook.Status.IsInCalendar)
            {
                // A sent remiss leaves the calendar, but the time to appeal its decisions runs on.
                AddNotices(calendar, file, key, reference, about, dtStamp);
                continue;
            }

            var chain = outlook.Chain;
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
            AddNotices(calendar, file, key, reference, about, dtStamp);
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>
    /// Each justering notice's days (ORGANISATION.md §8): up, the last day to appeal and down. They stay after the remiss
    /// is sent (the deciding meeting's notice comes down weeks later); the UID names the meeting, so a changed date moves the event.
    /// </summary>
    private static void AddNotices(Calendar calendar, RemissFile file, string key, string reference, string about, CalDateTime dtStamp)
    {
        foreach (var notice in JusteringNotice.AllOf(file))
        {
            var meeting = notice.Meeting;
            var which = $"{Slug(meeting.Body)}-{meeting.Date.ToString().Replace("-", string.Empty, StringComparison.Ordinal)}-{meeting.Paragraph}.{key}";
            var what = $"{meeting.Body} {meeting.Date} § {meeting.Paragraph}";
            calendar.Events.Add(Event($"anslag-upp-{which}", notice.Dates.Posted, $"Anslag sätts upp, {what}: {reference}", about, dtStamp));
            calendar.Events.Add(Event($"overklagande-{which}", notice.Dates.LastDayToAppeal, $"Sista dag att överklaga, {what}: {reference}", about, dtStamp));
            calendar.Events.Add(Event($"anslag-ned-{which}", notice.Dates.TakenDown, $"Anslag tas ned, {what}: {reference}", about, dtStamp));
        }
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

    /// <summary>Lower-case letters, digits and '-': <c>24HSN5898</c> → <c>24hsn5898</c>, <c>Hälso- och sjukvårdsnämnden</c> → <c>halso-och-sjukvardsnamnden</c>.</summary>
    private static string Slug(string text)
    {
        // Letters lose their marks (å → a, so a body's name reads in the UID); any other run of characters is one '-'.
        var letters = text.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        var builder = new System.Text.StringBuilder();
        foreach (var c in letters)
        {
            var kept = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-';
            if (kept != '-' || builder.Length == 0 || builder[^1] != '-')
            {
                builder.Append(kept);
            }
        }

        return builder.ToString().Trim('-');
    }
}
