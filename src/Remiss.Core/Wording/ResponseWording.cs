namespace Remiss.Core;

/// <summary>The wording of the yttrande (FORMAT.md §5) that the tjänsteutlåtande does not share.</summary>
public static class ResponseWording
{
    /// <summary>A comment's heading: <c>{section} {heading}</c> when a section is given (<c>6 Medicinsk bedömning dygnet runt</c>), else the heading.</summary>
    public static string CommentHeading(ResponseComment comment) =>
        string.IsNullOrWhiteSpace(comment.Section) ? comment.Heading : comment.Section!.Trim() + " " + comment.Heading;

    /// <summary>
    /// The deciding body's recorded meeting (ORGANISATION.md §4): the record for the last body of the path, or null
    /// while the ärende is not decided — also when that meeting referred the matter back, tabled it or rejected the
    /// proposal (§7, <see cref="DecisionRoute.DecidingRecord"/>). A decided yttrande is dated that day.
    /// </summary>
    public static RecordedMeeting? DecidingMeeting(RemissFile file) => DecisionRoute.DecidingRecord(file);

    /// <summary><c>Detta yttrande har beslutats av Hälso- och sjukvårdsnämnden den 19 mars 2025, § 41.</c>: the decided yttrande's line before the signatories.</summary>
    public static string DecidedBy(RecordedMeeting deciding) =>
        $"Detta yttrande har beslutats av {deciding.Body} {SwedishText.LongDate(deciding.Date)}, § {deciding.Paragraph}.";
}
