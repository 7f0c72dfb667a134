namespace Remiss.Core;

/// <summary>
/// The checks of ORGANISATION.md §8 on one recorded meeting: the justering date and the notice's keys. Fills the
/// organisation file's <c>minutes.kept_at</c> and <c>minutes.certified_by</c> into a record that gives none, so the model
/// prints the same anywhere. Depends on the files only, never on today's date.
/// </summary>
internal static class JusteringValidator
{
    private static readonly string[] NoticeKeys = ["notice_posted", "kept_at", "certified_by"];

    /// <summary>The record with the organisation's values filled in; findings go to <paramref name="report"/>.</summary>
    public static RecordedMeeting Apply(RecordedMeeting record, OrganisationFile? organisation, string at, SourceMap map, SourceReporter report)
    {
        if (record.Justering is not { } justering)
        {
            foreach (var key in NoticeKeys.Where(k => map.Contains($"{at}.{k}")))
            {
                report(DiagnosticDescriptors.NoticeWithoutJustering, $"{at}.{key}", key, record.Date);
            }

            return record;
        }

        if (justering.Adjusted < record.Date)
        {
            report(DiagnosticDescriptors.JusteringBeforeMeeting, at + ".adjusted", justering.Adjusted, record.Date);
        }

        var dates = justering.Dates;
        if (justering.NoticePosted is { } posted)
        {
            if (posted < justering.Adjusted)
            {
                report(DiagnosticDescriptors.NoticeBeforeJustering, at + ".notice_posted", posted, justering.Adjusted);
            }
            else if (dates.PostedLate)
            {
                var second = justering.Adjusted.AddDays(NoticeDates.PostingDays);
                var moved = second == dates.LatestPosting ? string.Empty : $" {second}, som är {SwedishCalendar.NonWorkingReason(second)}, flyttad till nästa vardag";
                report(DiagnosticDescriptors.NoticePostedLate, at + ".notice_posted", posted, justering.Adjusted, dates.LatestPosting, moved);
            }
        }

        var filled = justering with
        {
            KeptAt = Blank(justering.KeptAt) ?? Blank(organisation?.Minutes.KeptAt),
            CertifiedBy = justering.CertifiedBy ?? organisation?.Minutes.CertifiedBy,
        };
        if (filled.KeptAt is null)
        {
            report(DiagnosticDescriptors.NoticeWithoutKeptAt, at + ".adjusted", justering.Adjusted);
        }

        return filled == justering ? record : record with { Justering = filled };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
