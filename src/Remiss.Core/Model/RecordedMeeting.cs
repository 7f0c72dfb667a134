namespace Remiss.Core;

/// <summary>What one body decided in the ärende (ORGANISATION.md §4): at which meeting and under which § of its minutes.</summary>
/// <param name="Body">The body, written as in <c>decision.path</c> (after loading with an organisation file: its name there).</param>
/// <param name="Date">The meeting date.</param>
/// <param name="Paragraph">The § number in that body's minutes, from 1.</param>
/// <param name="Note">What is noted in the minutes (Markdown), e.g. members who did not take part; null when nothing.</param>
public sealed record RecordedMeeting(string Body, CalendarDate Date, int Paragraph, string? Note = null);
