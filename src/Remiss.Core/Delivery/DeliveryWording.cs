namespace Remiss.Core;

/// <summary>
/// The wording of the e-mail that takes the answer to the department: its subject, as missives ask for it
/// (<c>Ange diarienumret S2024/… och remissinstansens namn i ämnesraden</c>), and the sentences of the short covering
/// text. Templates arrange these sentences (an organisation may reorder or replace them); they never compose wording.
/// </summary>
public static class DeliveryWording
{
    /// <summary>
    /// The subject: <c>{department dnr} {organisation}</c> (<c>S2024/02145 Region Västernorrland</c>); without a
    /// department dnr the number, else the title, takes its place.
    /// </summary>
    public static string Subject(RemissFile file)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        var reference = file.Remiss.DepartmentDnr?.Text ?? file.Remiss.Number?.Text ?? file.Remiss.Title;
        return $"{reference} {file.Case.Organisation}";
    }

    /// <summary>The salutation: <c>Till Socialdepartementet</c>.</summary>
    public static string Salutation(Referral remiss) => $"Till {remiss.Department}";

    /// <summary>
    /// What the e-mail is: <c>Region Västernorrland översänder härmed sitt yttrande ”Yttrande över remiss; betänkandet … (SOU 2024:72)”.</c>
    /// (the response title in Swedish quotes, U+201D on both sides, as in the decision).
    /// </summary>
    public static string Enclosing(RemissFile file) =>
        $"{file.Case.Organisation} översänder härmed sitt yttrande ”{StandardWording.ResponseTitle(file.Remiss)}”.";

    /// <summary><c>Ert dnr: S2024/02145</c>, or null without a department dnr.</summary>
    public static string? TheirReference(Referral remiss) => remiss.DepartmentDnr is { } dnr ? "Ert dnr: " + dnr.Text : null;

    /// <summary><c>Vårt dnr: 24HSN5898</c>.</summary>
    public static string OurReference(CaseInfo info) => "Vårt dnr: " + info.Dnr;

    /// <summary>
    /// The decided answer's line (ORGANISATION.md §4) when the deciding meeting is recorded, else null:
    /// <c>Yttrandet har beslutats av Hälso- och sjukvårdsnämnden den 19 mars 2025, § 41.</c>
    /// </summary>
    public static string? DecidedBy(RemissFile file) => ResponseWording.DecidingMeeting(file) is { } deciding
        ? $"Yttrandet har beslutats av {deciding.Body} {SwedishText.LongDate(deciding.Date)}, § {deciding.Paragraph}."
        : null;

    /// <summary>What is attached: <c>Yttrandet bifogas som Word- och pdf-fil.</c></summary>
    public const string Attachments = "Yttrandet bifogas som Word- och pdf-fil.";

    /// <summary>The closing: <c>Med vänlig hälsning</c>.</summary>
    public const string Closing = "Med vänlig hälsning";

    /// <summary>
    /// The day the e-mail draft is dated (so the same file gives the same draft every day): the deciding meeting when it
    /// is recorded, else the case's date, else the day the remiss came in, else the effective deadline.
    /// </summary>
    public static CalendarDate DraftDate(RemissFile file) =>
        ResponseWording.DecidingMeeting(file)?.Date ?? file.Case.Date ?? file.Remiss.Received ?? file.Remiss.EffectiveDeadline;

    /// <summary>Who signs the e-mail: the case's officers (handläggare), else its responsible officer; empty when neither is given.</summary>
    public static EquatableArray<string> Senders(CaseInfo info) =>
        !info.Officers.IsEmpty ? info.Officers : info.Responsible is { } responsible ? EquatableArray.Create(responsible) : default;
}
