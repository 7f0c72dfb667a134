using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>
/// Reads what happened at a meeting (ORGANISATION.md §7) from one <c>decision.meetings</c> item: proposals, the vote,
/// the outcome, reservations, entries, jäv and members not taking part. Shapes are reported here; the rules between
/// them are <see cref="MeetingRecordValidator"/>'s.
/// </summary>
internal sealed class MeetingRecordReader
{
    private readonly YamlNodeReader _r;

    public MeetingRecordReader(YamlNodeReader reader) => _r = reader;

    /// <summary>The proceedings of the item <paramref name="item"/> (checked against <paramref name="schema"/>); <see cref="MeetingProceedings.None"/> when it records none.</summary>
    public MeetingProceedings Read(YamlNodeReader.Fields? item, SchemaNode schema)
    {
        if (item is null)
        {
            return MeetingProceedings.None;
        }

        var proposals = new List<Proposal>();
        var proposalSchema = schema.Child("proposals")!.Items!;
        var nodes = _r.Sequence(item, "proposals");
        for (var i = 0; i < nodes.Count; i++)
        {
            var proposal = ReadProposal(_r.Mapping(nodes[i], proposalSchema, YamlNodeReader.Join(item.Path, $"proposals[{i}]")));
            if (proposal is not null)
            {
                proposals.Add(proposal);
            }
        }

        var outcome = new List<int>();
        var numbers = _r.Sequence(item, "outcome");
        for (var i = 0; i < numbers.Count; i++)
        {
            if (_r.PositiveInteger(numbers[i], YamlNodeReader.Join(item.Path, $"outcome[{i}]"), DiagnosticDescriptors.NotProposalNumber) is { } number)
            {
                outcome.Add(number);
            }
        }

        var reservations = new List<Reservation>();
        var reservationSchema = schema.Child("reservations")!.Items!;
        nodes = _r.Sequence(item, "reservations");
        for (var i = 0; i < nodes.Count; i++)
        {
            var f = _r.Mapping(nodes[i], reservationSchema, YamlNodeReader.Join(item.Path, $"reservations[{i}]"));
            var by = _r.Names(f, "by", required: true);
            var written = _r.Boolean(f, "written") ?? false;
            if (!by.IsEmpty)
            {
                reservations.Add(new Reservation(by, written));
            }
        }

        var entries = new List<MinutesEntry>();
        var entrySchema = schema.Child("entries")!.Items!;
        nodes = _r.Sequence(item, "entries");
        for (var i = 0; i < nodes.Count; i++)
        {
            var f = _r.Mapping(nodes[i], entrySchema, YamlNodeReader.Join(item.Path, $"entries[{i}]"));
            var by = _r.Names(f, "by", required: true);
            var text = _r.Markdown(f, "text", required: true);
            if (!by.IsEmpty && text.Trim().Length > 0)
            {
                entries.Add(new MinutesEntry(by, text));
            }
        }

        return new MeetingProceedings(
            proposals.ToEquatableArray(),
            ReadVote(_r.Mapping(item.Get("vote"), schema.Child("vote")!, YamlNodeReader.Join(item.Path, "vote")), schema.Child("vote")!),
            outcome.ToEquatableArray(),
            reservations.ToEquatableArray(),
            entries.ToEquatableArray(),
            _r.Names(item, "disqualified"),
            _r.Names(item, "not_taking_part"));
    }

    private Proposal? ReadProposal(YamlNodeReader.Fields? f)
    {
        if (f is null)
        {
            return null;
        }

        var by = _r.Names(f, "by", required: true);
        var motion = RemissSchema.ParseMotion(_r.Choice(f, "motion", RemissSchema.MotionValues));
        var clauses = new List<ClauseReference>();
        var items = _r.Sequence(f, "clauses");
        for (var i = 0; i < items.Count; i++)
        {
            if (ClauseReader.Read(_r, items[i], YamlNodeReader.Join(f.Path, $"clauses[{i}]")) is { } clause)
            {
                clauses.Add(clause);
            }
        }

        var to = _r.Text(f, "to");
        var reason = _r.Text(f, "reason");
        var date = _r.Date(f, "date");
        return by.IsEmpty || motion is not { } m ? null : new Proposal(by, m, clauses.ToEquatableArray(), to, reason, date);
    }

    private Vote? ReadVote(YamlNodeReader.Fields? f, SchemaNode schema)
    {
        if (f is null)
        {
            return null;
        }

        var yes = _r.PositiveInteger(f, "yes", required: true, DiagnosticDescriptors.NotProposalNumber);
        var no = _r.PositiveInteger(f, "no", required: true, DiagnosticDescriptors.NotProposalNumber);
        var result = _r.Mapping(f.Get("result"), schema.Child("result")!, YamlNodeReader.Join(f.Path, "result"));
        var yesVotes = _r.Votes(result, "yes");
        var noVotes = _r.Votes(result, "no");
        var abstain = _r.Votes(result, "abstain") ?? (0, default);
        var casting = _r.Boolean(f, "casting_vote") ?? false;
        if (yes is not { } y || no is not { } n || yesVotes is not { } yv || noVotes is not { } nv)
        {
            return null;
        }

        return new Vote(y, n, new VoteTally(yv.Count, nv.Count, abstain.Count, yv.Names, nv.Names, abstain.Names), casting);
    }
}
