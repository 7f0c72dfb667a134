namespace Remiss.Core;

/// <summary>
/// The justering notice (anslag/bevis, ORGANISATION.md §8) of one recorded meeting whose minutes are justerade: what
/// kommunallagen 8 kap. 12 § asks it to say — that the minutes are justerade, where they are kept and the day it went up —
/// with the body, the meeting's date, this remiss's § and the day it comes down, in the words Swedish municipalities use.
/// </summary>
/// <param name="Meeting">The recorded meeting.</param>
/// <param name="Organisation">The organisation, in the page header.</param>
/// <param name="Dates">The notice's dates by the law.</param>
/// <param name="KeptAt">Where the minutes are kept, or null when neither the record nor the organisation file says (RMS0303).</param>
/// <param name="CertifiedBy">Who certifies, or null for an unnamed signature line.</param>
public sealed record JusteringNotice(RecordedMeeting Meeting, string Organisation, NoticeDates Dates, string? KeptAt, Signatory? CertifiedBy)
{
    /// <summary>The document's name, its heading and in its page header.</summary>
    public const string DocumentTitle = "Anslag/bevis";

    /// <summary>The notice's statement.</summary>
    public const string Statement = "Protokollet är justerat. Justeringen har tillkännagetts genom anslag.";

    /// <summary>The label of the body.</summary>
    public const string BodyLabel = "Organ";

    /// <summary>The label of the meeting's date.</summary>
    public const string MeetingDateLabel = "Sammanträdesdatum";

    /// <summary>The label of the §§.</summary>
    public const string ParagraphsLabel = "Paragrafer";

    /// <summary>The label of the day it goes up.</summary>
    public const string PostedLabel = "Datum då anslaget sätts upp";

    /// <summary>The label of the day it comes down.</summary>
    public const string TakenDownLabel = "Datum då anslaget tas ned";

    /// <summary>The label of where the minutes are kept.</summary>
    public const string KeptAtLabel = "Förvaringsplats för protokollet";

    /// <summary>The label of the signature.</summary>
    public const string SignatureLabel = "Underskrift";

    /// <summary>The §§ of this remiss in the minutes: <c>§ 41</c>.</summary>
    public string Paragraphs => "§ " + Meeting.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The file name without extension: <c>Anslag {body name} {yyyy-mm-dd} § {paragraph}</c>.</summary>
    public string FileName => FileNameOf(Meeting);

    /// <summary>The notice's file name without extension, from the meeting alone.</summary>
    public static string FileNameOf(RecordedMeeting meeting) => $"Anslag {meeting.Body} {meeting.Date} § {meeting.Paragraph}";

    /// <summary>The notice of <paramref name="meeting"/>, or null while its minutes are not justerade (no <c>adjusted</c>).</summary>
    public static JusteringNotice? For(RemissFile file, RecordedMeeting meeting)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        return meeting?.Justering is { } justering
            ? new JusteringNotice(meeting, file.Case.Organisation, justering.Dates, justering.KeptAt, justering.CertifiedBy)
            : null;
    }

    /// <summary>
    /// Every notice of the remiss, in the order of <c>decision.meetings</c>: one per recorded meeting with a justering date.
    /// The one place the notices of a case come from (the renderer, the archive package, sealing).
    /// </summary>
    public static IReadOnlyList<JusteringNotice> AllOf(RemissFile file)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        return file.Decision.Meetings.Select(m => For(file, m)).OfType<JusteringNotice>().ToList();
    }
}
