using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// One document of a remiss file: the yttrande, the tjänsteutlåtande, or the protocol extract of one recorded
/// meeting (<paramref name="Meeting"/>, required for <see cref="DocumentKind.Protokollsutdrag"/> and <see cref="DocumentKind.Anslag"/>, null otherwise).
/// </summary>
/// <param name="Kind">Which document.</param>
/// <param name="Meeting">The recorded meeting an extract or a notice is of; null for the other kinds.</param>
public sealed record RemissDocument(DocumentKind Kind, RecordedMeeting? Meeting = null)
{
    /// <summary>
    /// The documents of <paramref name="kinds"/> that <paramref name="file"/> has, in that order: one extract per
    /// recorded meeting (ORGANISATION.md §4), none until the bodies have decided.
    /// </summary>
    public static IReadOnlyList<RemissDocument> Of(RemissFile file, IEnumerable<DocumentKind> kinds) =>
        kinds.SelectMany(kind => kind switch
            {
                DocumentKind.Protokollsutdrag => file.Decision.Meetings.Select(meeting => new RemissDocument(kind, meeting)),
                DocumentKind.Anslag => Notices(file),
                _ => [new RemissDocument(kind)],
            })
            .ToList();

    /// <summary>
    /// Every justering notice of the file (ORGANISATION.md §8): one per recorded meeting with a justering date, in the
    /// order of <c>decision.meetings</c>, from Core's <see cref="JusteringNotice.AllOf"/>. What sealing and the archive take.
    /// </summary>
    public static IReadOnlyList<RemissDocument> Notices(RemissFile file) =>
        JusteringNotice.AllOf(file).Select(notice => new RemissDocument(DocumentKind.Anslag, notice.Meeting)).ToList();
}
