using CsCheck;
using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>
/// ORGANISATION.md §7 for random records that pass validation: the carried proposals in <c>Beslut:</c> are exactly
/// those of <c>outcome</c>, and a vote's result never contradicts it.
/// </summary>
public class MeetingRecordPropertyTests
{
    private static readonly string[] Path = ["Hälso- och sjukvårdsutskottet", "Hälso- och sjukvårdsnämnden"];
    private static readonly string[] Members = ["Anna Berg (V)", "Erica Stenberg (SD)", "Lars Ek (SD)", "Viktoria Jansson (M)", "Dennis Moström (C)"];
    private static readonly CalendarDate Meeting = new(2025, 3, 19);
    private static readonly EquatableArray<ClauseReference> Proposal = EquatableArray.Create(ClauseReference.ForText("grundsats"), ClauseReference.ForId("immediate-adjustment"));
    private static readonly MeetingRecordWording Wording = new(ClauseRegistry.BuiltIn, ClauseContext.For("T", ReferralKind.Other, null, "Socialdepartementet", "Region"), HouseStyle.Att);

    private static readonly Gen<EquatableArray<string>> Names = Gen.Int[0, Members.Length - 1].HashSet[1, 2].Select(set => set.Order().Select(i => Members[i]).ToEquatableArray());

    private static readonly Gen<Motion> Motions = Gen.Int[0, 5].Select(i => (Motion)i);

    private static Proposal Make(EquatableArray<string> by, Motion motion, int number) => motion switch
    {
        Motion.Add or Motion.Amend => new Proposal(by, motion, EquatableArray.Create(ClauseReference.ForText($"sats {number}"))),
        Motion.ReferBack => new Proposal(by, motion, Reason: "Det behöver utredas."),
        Motion.Table => new Proposal(by, motion, Date: new CalendarDate(2025, 4, 23)),
        _ => new Proposal(by, motion),
    };

    /// <summary>A record: 1–4 proposals, an outcome that is often (not always) consistent, and sometimes a vote with counts that often agree.</summary>
    private static readonly Gen<MeetingProceedings> Record =
        Gen.Select(Names, Motions).Array[1, 4].SelectMany(made =>
        {
            var proposals = made.Select((p, i) => Make(p.Item1, p.Item2, i + 1)).ToEquatableArray();
            var count = proposals.Count;
            var outcome = Gen.Int[1, count].HashSet[0, count].Select(set => set.Order().ToEquatableArray());
            var vote = Gen.Select(Gen.Int[1, count], Gen.Int[1, count], Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 3], Gen.Bool)
                .Select((yes, no, y, n, a, casting) => new Vote(yes, no, new VoteTally(y, n, a), casting && y == n));
            var reservations = Gen.Select(Names, Gen.Bool, (by, written) => new Reservation(by, written)).Array[0, 1];
            return Gen.Select(outcome, Gen.Bool, vote, reservations, (o, voted, v, r) =>
                new MeetingProceedings(proposals, voted ? v : null, o, r.ToEquatableArray()));
        });

    private static bool IsValid(MeetingProceedings proceedings, int bodyIndex)
    {
        var errors = new List<Diagnostic>();
        var record = new RecordedMeeting(Path[bodyIndex], Meeting, 1, null, proceedings);
        MeetingRecordValidator.Check(record, "m", null, ClauseRegistry.BuiltIn, HouseStyle.Att, new SourceMap("x").ReportInto(errors));
        return !errors.Any(d => d.IsError);
    }

    [Fact]
    public void The_carried_proposals_in_beslut_are_exactly_the_outcomes_and_a_vote_never_contradicts_it()
    {
        var valid = 0;
        Gen.Select(Record, Gen.Int[0, 1]).Sample((proceedings, bodyIndex) =>
        {
            if (!IsValid(proceedings, bodyIndex))
            {
                return;
            }

            valid++;
            var carried = DecisionRoute.Carried(proceedings).ToHashSet();
            var decision = Wording.Decision(Path, bodyIndex, proceedings, Proposal);
            var procedural = carried.Where(n => proceedings.Proposals[n - 1].IsProcedural).ToList();
            if (procedural.Count > 0)
            {
                Assert.Empty(decision.Clauses);
                Assert.Contains(proceedings.Proposals[procedural[0] - 1].Motion == Motion.ReferBack ? "beslutar att återremittera" : "beslutar att bordlägga", decision.Intro, StringComparison.Ordinal);
                return;
            }

            // Clauses of add and amend proposals in Beslut: exactly the carried ones.
            var inBeslut = Enumerable.Range(1, proceedings.Proposals.Count).Where(n => decision.Clauses.Any(c => c.StartsWith($"att sats {n}", StringComparison.Ordinal))).ToHashSet();
            var changes = carried.Where(n => proceedings.Proposals[n - 1].Motion is Motion.Add or Motion.Amend).ToHashSet();
            Assert.Equal(changes.Order(), inBeslut.Order());
            var rejected = carried.Any(n => proceedings.Proposals[n - 1].Motion == Motion.Reject);
            Assert.Equal(rejected, decision.Clauses.Any(c => c.StartsWith("att avslå ", StringComparison.Ordinal)));
            Assert.Equal(!rejected && !carried.Any(n => proceedings.Proposals[n - 1].Motion == Motion.Amend), decision.Clauses.Any(c => c.StartsWith("att grundsats", StringComparison.Ordinal)));
            Assert.Equal("att förklara paragrafen för omedelbart justerad.", decision.Clauses[^1]);

            if (proceedings.Vote is { } vote)
            {
                var winner = DecisionRoute.Winner(vote, proceedings);
                Assert.NotNull(winner);
                Assert.True(DecisionRoute.CountWinner(vote) is null || DecisionRoute.CountWinner(vote) == winner, "the counts carry the side the outcome carries");
                var loser = winner == vote.Yes ? vote.No : vote.Yes;
                var (won, lost) = (proceedings.Proposals[winner!.Value - 1], proceedings.Proposals[loser - 1]);
                Assert.True(carried.Contains(winner.Value), "the winning side is carried: " + string.Join(", ", proceedings.Proposals.Select(p => p.Motion)));
                Assert.True(!carried.Contains(loser) || (lost.Motion == Motion.Approve && won.Motion == Motion.Add), "the losing side is not carried");
                var closing = Wording.Sections(Path, bodyIndex, proceedings).Single(s => s.Heading == "Omröstning").Paragraphs[^1].Text;
                Assert.EndsWith("enligt " + MeetingRecordWording.NameOf(won, MeetingRecordWording.ProposalOf(Path, bodyIndex)) + ".", closing, StringComparison.Ordinal);
            }
        }, iter: 2000);

        Assert.True(valid > 100, $"only {valid} of the random records passed validation");
    }
}
