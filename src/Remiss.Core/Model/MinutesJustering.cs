namespace Remiss.Core;

/// <summary>
/// When a meeting's minutes were justerade (signed as correct) and what the notice of it on the noticeboard says
/// (ORGANISATION.md §8, kommunallagen 8 kap. 12 §): the record's <c>adjusted</c>, <c>notice_posted</c>, <c>kept_at</c>
/// and <c>certified_by</c>. After loading with an organisation file, <see cref="KeptAt"/> and <see cref="CertifiedBy"/>
/// hold the organisation's <c>minutes</c> values when the record gives none, so the model prints the same anywhere.
/// </summary>
/// <param name="Adjusted">The day the minutes were justerade.</param>
/// <param name="NoticePosted">The day the notice went up on the noticeboard, when the record says; else the earliest day the law allows (<see cref="NoticeDates"/>).</param>
/// <param name="KeptAt">Where the minutes are kept (förvaringsplats), or null when nobody said.</param>
/// <param name="CertifiedBy">Who certifies the notice (its signature), or null for an unnamed signature line.</param>
public sealed record MinutesJustering(CalendarDate Adjusted, CalendarDate? NoticePosted = null, string? KeptAt = null, Signatory? CertifiedBy = null)
{
    /// <summary>The notice's dates by the law's rules (<see cref="NoticeDates.For"/>).</summary>
    public NoticeDates Dates => NoticeDates.For(Adjusted, NoticePosted);
}
