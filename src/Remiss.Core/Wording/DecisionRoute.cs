namespace Remiss.Core;

/// <summary>
/// What a recorded meeting decided (ORGANISATION.md §7, "The decision follows the outcome"): which proposals were
/// carried, which side of a vote won, what a body decided on along the path, and whether the matter is still open
/// after a referral back or a tabling. The loader's rules, the extract's <c>Beslut:</c>, the yttrande and the plans all
/// read a record through here, so they cannot disagree.
/// </summary>
public static class DecisionRoute
{
    /// <summary>
    /// The proposals carried, 1-based: <see cref="MeetingProceedings.Outcome"/> as written, else the <c>approve</c>
    /// proposals (none when nobody proposed: then the proposal itself is carried).
    /// </summary>
    public static EquatableArray<int> Carried(MeetingProceedings proceedings)
    {
        if (!proceedings.Outcome.IsEmpty)
        {
            return proceedings.Outcome;
        }

        var approved = new List<int>();
        for (var i = 0; i < proceedings.Proposals.Count; i++)
        {
            if (proceedings.Proposals[i].Motion == Motion.Approve)
            {
                approved.Add(i + 1);
            }
        }

        return approved.ToEquatableArray();
    }

    /// <summary>True when proposal <paramref name="number"/> (1-based) was carried.</summary>
    public static bool IsCarried(MeetingProceedings proceedings, int number) => Carried(proceedings).Contains(number);

    /// <summary>The carried proposals themselves, in the order they were made (numbers that name no proposal are left out).</summary>
    public static IEnumerable<Proposal> CarriedProposals(MeetingProceedings proceedings)
    {
        var carried = Carried(proceedings);
        return proceedings.Proposals.Where((_, i) => carried.Contains(i + 1));
    }

    /// <summary>The carried referral back or tabling, or null when the matter was decided at this meeting.</summary>
    public static Proposal? CarriedProcedural(MeetingProceedings proceedings) => CarriedProposals(proceedings).FirstOrDefault(p => p.IsProcedural);

    /// <summary>
    /// The carried alternative to the proposal on the main question, a <c>reject</c> or an <c>amend</c>; null when the
    /// proposal itself was carried (or nothing was decided).
    /// </summary>
    public static Proposal? CarriedAlternative(MeetingProceedings proceedings) =>
        CarriedProcedural(proceedings) is null ? CarriedProposals(proceedings).FirstOrDefault(p => p.Motion is Motion.Reject or Motion.Amend) : null;

    /// <summary>The carried additions, in the order made; none when the proposal was rejected or nothing was decided.</summary>
    public static IEnumerable<Proposal> CarriedAdditions(MeetingProceedings proceedings) =>
        CarriedProcedural(proceedings) is not null || CarriedAlternative(proceedings)?.Motion == Motion.Reject
            ? Enumerable.Empty<Proposal>()
            : CarriedProposals(proceedings).Where(p => p.Motion == Motion.Add);

    /// <summary>True unless a referral back or a tabling was carried: then nothing is decided on the matter.</summary>
    public static bool DecidesMatter(MeetingProceedings proceedings) => CarriedProcedural(proceedings) is null;

    /// <summary>
    /// The side of the vote that the counts carry (1-based proposal number): the side with more votes; null on a tie
    /// (then only the chair's casting vote decides, and the outcome says which way).
    /// </summary>
    public static int? CountWinner(Vote vote) =>
        vote.Result.Yes > vote.Result.No ? vote.Yes : vote.Result.No > vote.Result.Yes ? vote.No : null;

    /// <summary>
    /// The side of the vote that the outcome carries, or null when the outcome carries neither or both. Against a side
    /// that stands for the proposal as it is (<c>approve</c> against an addition or an alternative, or anything against a
    /// referral back or tabling: deciding the matter today) the other side wins when it is carried, even when the
    /// standing side is carried too (an addition is carried on top of the proposal).
    /// </summary>
    public static int? OutcomeWinner(Vote vote, MeetingProceedings proceedings)
    {
        if (ProposalAt(proceedings, vote.Yes) is not { } yes || ProposalAt(proceedings, vote.No) is not { } no)
        {
            return null;
        }

        if (StandingSide(yes, no) is { } yesStands)
        {
            var (standing, challenger) = yesStands ? (vote.Yes, vote.No) : (vote.No, vote.Yes);
            return IsCarried(proceedings, challenger) ? challenger : IsCarried(proceedings, standing) ? standing : null;
        }

        var yesCarried = IsCarried(proceedings, vote.Yes);
        return yesCarried == IsCarried(proceedings, vote.No) ? null : yesCarried ? vote.Yes : vote.No;
    }

    /// <summary>The side the vote's closing sentence names: the outcome's, else the counts'.</summary>
    public static int? Winner(Vote vote, MeetingProceedings proceedings) => OutcomeWinner(vote, proceedings) ?? CountWinner(vote);

    /// <summary>
    /// Which side of a vote stands for deciding on the proposal as it is: true for the yes side, false for the no side,
    /// null when neither does (two alternatives that both change it).
    /// </summary>
    internal static bool? StandingSide(Proposal yes, Proposal no)
    {
        if (yes.IsProcedural != no.IsProcedural)
        {
            return no.IsProcedural;
        }

        if ((yes.Motion == Motion.Approve) != (no.Motion == Motion.Approve))
        {
            return yes.Motion == Motion.Approve;
        }

        return null;
    }

    /// <summary>The proposal with a 1-based number, or null when none has it.</summary>
    public static Proposal? ProposalAt(MeetingProceedings proceedings, int number) =>
        number >= 1 && number <= proceedings.Proposals.Count ? proceedings.Proposals[number - 1] : null;

    /// <summary>Where <paramref name="meeting"/>'s body stands in the path (as printed there, else ignoring letter case); -1 when not in it.</summary>
    public static int PathIndex(IReadOnlyList<string> path, RecordedMeeting meeting)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (string.Equals(path[i], meeting.Body, StringComparison.Ordinal))
            {
                return i;
            }
        }

        for (var i = 0; i < path.Count; i++)
        {
            if (string.Equals(path[i], meeting.Body, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The clauses a body decided on at <paramref name="meeting"/>: for the path's first body the file's
    /// <c>decision.clauses</c>, for a later body the previous body's decision (its last record before this one).
    /// </summary>
    public static EquatableArray<ClauseReference> ProposalClauses(RemissFile file, RecordedMeeting meeting)
    {
        var path = file.Decision.Path;
        var index = PathIndex(path, meeting);
        if (index <= 0)
        {
            return file.Decision.Clauses;
        }

        var records = file.Decision.Meetings;
        var position = IndexOf(records, meeting);
        for (var i = position - 1; i >= 0; i--)
        {
            if (PathIndex(path, records[i]) == index - 1)
            {
                return DecidedClauses(file, records[i]) ?? file.Decision.Clauses;
            }
        }

        return file.Decision.Clauses;
    }

    /// <summary>The clauses <paramref name="meeting"/> decided (<see cref="Apply"/> to its <see cref="ProposalClauses"/>); null when it decided nothing on the matter.</summary>
    public static EquatableArray<ClauseReference>? DecidedClauses(RemissFile file, RecordedMeeting meeting)
    {
        var index = PathIndex(file.Decision.Path, meeting);
        return Apply(ProposalClauses(file, meeting), meeting.Proceedings, MeetingRecordWording.ProposalOf(file.Decision.Path, Math.Max(index, 0)));
    }

    /// <summary>
    /// The decision that follows the outcome: the proposal's clauses, with a carried <c>add</c>'s clauses after them and
    /// a carried <c>amend</c>'s instead of them (the immediate-adjustment clause stays last); for a carried <c>reject</c>
    /// the one clause that rejects <paramref name="proposalName"/>. Null when a referral back or tabling was carried.
    /// </summary>
    public static EquatableArray<ClauseReference>? Apply(IReadOnlyList<ClauseReference> proposal, MeetingProceedings proceedings, string proposalName)
    {
        if (!DecidesMatter(proceedings))
        {
            return null;
        }

        var alternative = CarriedAlternative(proceedings);
        var additions = CarriedAdditions(proceedings).ToList();
        if (alternative is null && additions.Count == 0)
        {
            return proposal is EquatableArray<ClauseReference> same ? same : proposal.ToEquatableArray();
        }

        var adjustment = proposal.Where(IsImmediateAdjustment).ToList();
        var clauses = alternative?.Motion switch
        {
            Motion.Amend => alternative.Clauses.ToList(),
            Motion.Reject => new List<ClauseReference> { MeetingRecordWording.RejectClause(proposalName) },
            _ => proposal.Where(c => !IsImmediateAdjustment(c)).ToList(),
        };
        clauses.AddRange(additions.SelectMany(a => a.Clauses));
        clauses.AddRange(adjustment);
        return clauses.ToEquatableArray();
    }

    /// <summary>
    /// The record that leaves the matter open: the last recorded meeting, when it carried a referral back or a tabling
    /// (no later meeting is recorded yet); null otherwise.
    /// </summary>
    public static RecordedMeeting? OpenRecord(RemissFile file)
    {
        var records = file.Decision.Meetings;
        return !records.IsEmpty && !DecidesMatter(records[records.Count - 1].Proceedings) ? records[records.Count - 1] : null;
    }

    /// <summary>
    /// The deciding body's record of the answer: its last recorded meeting, when that decided the matter and did not
    /// reject the proposal; null while no answer is decided.
    /// </summary>
    public static RecordedMeeting? DecidingRecord(RemissFile file)
    {
        var path = file.Decision.Path;
        if (path.IsEmpty)
        {
            return null;
        }

        var last = file.Decision.Meetings.LastOrDefault(m => m.Body == path[path.Count - 1]);
        return last is not null && DecidesMatter(last.Proceedings) && CarriedAlternative(last.Proceedings)?.Motion != Motion.Reject ? last : null;
    }

    private static bool IsImmediateAdjustment(ClauseReference clause) => DecisionClauses.DeclaresImmediateAdjustment(new[] { clause });

    private static int IndexOf(EquatableArray<RecordedMeeting> records, RecordedMeeting meeting)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (ReferenceEquals(records[i], meeting))
            {
                return i;
            }
        }

        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Equals(meeting))
            {
                return i;
            }
        }

        return records.Count;
    }
}
