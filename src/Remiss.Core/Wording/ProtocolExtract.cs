namespace Remiss.Core;

/// <summary>
/// The wording of a protocol extract (protokollsutdrag, ORGANISATION.md §4): one body's § on the ärende, as the
/// registry office writes it into that body's minutes. The rest of its body is the memo's (FORMAT §4.3, §4.5–§4.9).
/// </summary>
/// <param name="Meeting">The recorded meeting the extract is of.</param>
/// <param name="Organisation">The organisation, first in the page header.</param>
/// <param name="Heading"><c>§ {paragraph} {memo heading}</c>.</param>
/// <param name="Decision">
/// The decision as this body minutes it, following the outcome (ORGANISATION.md §7): the intro of the path from this
/// body to the end and the decided clauses, or the one sentence of a carried referral back or tabling.
/// </param>
public sealed record ProtocolExtract(RecordedMeeting Meeting, string Organisation, string Heading, DecisionText Decision)
{
    /// <summary>What happened at the meeting, after <c>Beslutsunderlag</c>: each section under its heading, in §7's order; empty when only the decision is recorded.</summary>
    public EquatableArray<MinutesSection> Sections { get; init; }

    /// <summary>The document's name in its page header.</summary>
    public const string DocumentTitle = "Protokollsutdrag";

    /// <summary>The line before the decision.</summary>
    public const string DecisionLabel = "Beslut:";

    /// <summary>The line before the note.</summary>
    public const string NoteLabel = "Noteras till protokollet:";

    /// <summary>The line every page of an extract ends with: room for the adjusting members' signatures and the certification.</summary>
    public const string AttestationLine = "Justerandes signatur    Utdragsbestyrkande";

    /// <summary><c>Sammanträdesdatum {yyyy-mm-dd}</c>, in the page header.</summary>
    public string MeetingDateLine => MeetingDateLineOf(Meeting);

    /// <summary>The file name without extension: <c>Protokollsutdrag {body name} {yyyy-mm-dd} § {paragraph}</c>.</summary>
    public string FileName => FileNameOf(Meeting);

    /// <summary><c>§ {paragraph} {memo heading}</c>.</summary>
    public static string HeadingOf(RemissFile file, RecordedMeeting meeting) => $"§ {meeting.Paragraph} {StandardWording.MemoHeading(file.Remiss)}";

    /// <summary><c>Sammanträdesdatum {yyyy-mm-dd}</c> of a meeting.</summary>
    public static string MeetingDateLineOf(RecordedMeeting meeting) => "Sammanträdesdatum " + meeting.Date;

    /// <summary>The extract's file name without extension, from the meeting alone (no clause needs resolving for it).</summary>
    public static string FileNameOf(RecordedMeeting meeting) => $"{DocumentTitle} {meeting.Body} {meeting.Date} § {meeting.Paragraph}";

    /// <summary>The extract of <paramref name="meeting"/>, one of <paramref name="file"/>'s recorded meetings; clause ids resolved in <paramref name="registry"/>.</summary>
    /// <exception cref="ArgumentException">The meeting's body is not in the decision path.</exception>
    public static ProtocolExtract For(RemissFile file, RecordedMeeting meeting, ClauseRegistry? registry = null)
    {
        var wording = MeetingRecordWording.For(file, registry);
        return new ProtocolExtract(meeting, file.Case.Organisation, HeadingOf(file, meeting), wording.Decision(file, meeting))
        {
            Sections = wording.Sections(file, meeting),
        };
    }
}
