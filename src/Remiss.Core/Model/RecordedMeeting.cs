namespace Remiss.Core;

/// <summary>What one body decided in the ärende (ORGANISATION.md §4): at which meeting and under which § of its minutes.</summary>
/// <param name="Body">The body, written as in <c>decision.path</c> (after loading with an organisation file: its name there).</param>
/// <param name="Date">The meeting date.</param>
/// <param name="Paragraph">The § number in that body's minutes, from 1.</param>
/// <param name="Note">What is noted in the minutes (Markdown), e.g. members who did not take part; null when nothing.</param>
public sealed record RecordedMeeting(string Body, CalendarDate Date, int Paragraph, string? Note = null)
{
    /// <summary>
    /// A record with what happened at the meeting (a constructor, so C# 7.3 and generated code, which cannot set
    /// init-only properties, can make one).
    /// </summary>
    public RecordedMeeting(string Body, CalendarDate Date, int Paragraph, string? Note, MeetingProceedings Proceedings)
        : this(Body, Date, Paragraph, Note) => this.Proceedings = Proceedings;

    /// <summary>A record with what happened at the meeting and the justering of its minutes (for C# 7.3 and generated code, like the constructor above).</summary>
    public RecordedMeeting(string Body, CalendarDate Date, int Paragraph, string? Note, MeetingProceedings Proceedings, MinutesJustering? Justering)
        : this(Body, Date, Paragraph, Note, Proceedings) => this.Justering = Justering;

    /// <summary>
    /// What happened at the meeting (ORGANISATION.md §7): proposals, the vote, the outcome, reservations, entries,
    /// jäv and members not taking part; <see cref="MeetingProceedings.None"/> when only the decision is recorded.
    /// </summary>
    public MeetingProceedings Proceedings { get; init; } = MeetingProceedings.None;

    /// <summary>
    /// When the minutes were justerade and what the notice of it says (ORGANISATION.md §8), or null while they are not
    /// (then the meeting has no notice, <see cref="JusteringNotice"/>).
    /// </summary>
    public MinutesJustering? Justering { get; init; }
}
