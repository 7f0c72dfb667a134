using System.Globalization;

namespace Remiss.Core;

/// <summary>
/// The sentences of what happened at a meeting (ORGANISATION.md §7), to the character: each proposal, the decision
/// route, the vote, reservations, entries, jäv and members not taking part, under their headings in the extract's
/// order, and the <c>Beslut:</c> that follows the outcome. The one place a record becomes text: the extract, the
/// <c>wording</c> command and the API print what this returns.
/// </summary>
public sealed class MeetingRecordWording
{
    /// <summary>The path's first body decides on this.</summary>
    public const string PreparedProposal = "beredningens förslag";

    /// <summary>The heading of the disqualified members.</summary>
    public const string DisqualifiedHeading = "Jäv";

    /// <summary>The heading of the members not taking part.</summary>
    public const string NotTakingPartHeading = "Deltagande i beslut";

    /// <summary>The heading of the vote.</summary>
    public const string VoteHeading = "Omröstning";

    private readonly ClauseRegistry _registry;
    private readonly ClauseContext _context;
    private readonly HouseStyle _style;

    /// <summary>Words records whose clauses (of an <c>add</c> or <c>amend</c>) resolve in <paramref name="registry"/> with <paramref name="context"/>, printed in <paramref name="style"/>.</summary>
    public MeetingRecordWording(ClauseRegistry registry, ClauseContext context, HouseStyle style)
    {
        _registry = registry;
        _context = context;
        _style = style;
    }

    /// <summary>The wording of a remiss file's records: its clause context and house style, ids resolved in <paramref name="registry"/>.</summary>
    public static MeetingRecordWording For(RemissFile file, ClauseRegistry? registry = null) =>
        new(registry ?? ClauseRegistry.BuiltIn, ClauseContext.From(file), file.Decision.Style);

    /// <summary>
    /// <c>{förslaget}</c>: for the path's first body <c>beredningens förslag</c>, for a later body the previous body's
    /// name in lower case in the genitive, <c>hälso- och sjukvårdsutskottets förslag</c>.
    /// </summary>
    public static string ProposalOf(IReadOnlyList<string> path, int bodyIndex) =>
        bodyIndex <= 0 || bodyIndex > path.Count ? PreparedProposal : Genitive(BodyWord(path[bodyIndex - 1])) + " förslag";

    /// <summary><c>{organet}</c>: the body's name in lower case, <c>hälso- och sjukvårdsnämnden</c>.</summary>
    public static string BodyWord(string body) => body.Trim().ToLowerInvariant();

    /// <summary>The text with its first letter upper case: <c>{Organet}</c> at the start of a sentence.</summary>
    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text.Substring(1);

    /// <summary>The Swedish genitive of a word: <c>s</c> added, except after s, x and z (<c>utskottets</c>, <c>Lars</c>).</summary>
    public static string Genitive(string word)
    {
        var text = word.TrimEnd();
        return text.Length > 0 && "sxzSXZ".IndexOf(text[text.Length - 1]) >= 0 ? text : text + "s";
    }

    /// <summary>
    /// <c>{N:s yrkande}</c>: one proposer's name with the genitive s before the party (<c>Anna Bergs (V) yrkande</c>),
    /// or for several <c>yrkandet från {names}</c>.
    /// </summary>
    public static string ProposersProposal(IReadOnlyList<string> by)
    {
        if (by.Count != 1)
        {
            return "yrkandet från " + SwedishText.JoinList(by);
        }

        var name = by[0].Trim();
        var open = name.EndsWith(")", StringComparison.Ordinal) ? name.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        return open > 0
            ? $"{Genitive(name.Substring(0, open))}{name.Substring(open)} yrkande"
            : $"{Genitive(name)} yrkande";
    }

    /// <summary>How <c>{carried}</c>, <c>{yes}</c> and <c>{no}</c> name a proposal: an <c>approve</c> as <c>{förslaget}</c>, any other as <c>{N:s yrkande}</c>.</summary>
    public static string NameOf(Proposal proposal, string proposalName) =>
        proposal.Motion == Motion.Approve ? proposalName : ProposersProposal(proposal.By);

    /// <summary>The clause of a carried <c>reject</c>: <c>avslå {förslaget}</c>; as a statement <c>{Förslaget} avslås.</c></summary>
    public static ClauseReference RejectClause(string proposalName) =>
        ClauseReference.ForText("avslå " + proposalName, Capitalise(proposalName) + " avslås.");

    /// <summary>The sentence of a proposal, and for <c>add</c> and <c>amend</c> its clause lines.</summary>
    public MinutesParagraph Proposal(Proposal proposal, string proposalName, string body)
    {
        var names = SwedishText.JoinList(proposal.By);
        return proposal.Motion switch
        {
            Motion.Approve => new MinutesParagraph($"{names} yrkar bifall till {proposalName}."),
            Motion.Reject => new MinutesParagraph($"{names} yrkar avslag på {proposalName}."),
            Motion.Add => new MinutesParagraph($"{names} yrkar bifall till {proposalName} med följande tillägg:", ClauseLines(proposal.Clauses)),
            Motion.Amend => new MinutesParagraph($"{names} yrkar att {BodyWord(body)} i stället beslutar", ClauseLines(proposal.Clauses)),
            Motion.ReferBack => new MinutesParagraph($"{names} yrkar att ärendet ska återremitteras till {proposal.ReferBackTo} med följande motivering: {proposal.Reason?.Trim()}"),
            Motion.Table => new MinutesParagraph($"{names} yrkar att ärendet ska bordläggas till sammanträdet {TabledTo(proposal)}."),
            _ => throw new ArgumentOutOfRangeException(nameof(proposal), proposal.Motion, null),
        };
    }

    /// <summary>
    /// Every section of the record in the extract's order: <c>Jäv</c>, <c>Deltagande i beslut</c>, <c>Yrkanden</c>
    /// (<c>Yrkande</c> for one), the decision route (<see cref="MeetingProceedings.DecisionRouteHeading"/>), <c>Omröstning</c>,
    /// <c>Reservation</c>/<c>Reservationer</c>, <c>Protokollsanteckning</c>/<c>Protokollsanteckningar</c>; a section only
    /// when it has something. <paramref name="bodyIndex"/> is the meeting's body's place in <paramref name="path"/>.
    /// </summary>
    public EquatableArray<MinutesSection> Sections(IReadOnlyList<string> path, int bodyIndex, MeetingProceedings proceedings)
    {
        var body = path[bodyIndex];
        var proposalName = ProposalOf(path, bodyIndex);
        var sections = new List<MinutesSection>();
        if (!proceedings.Disqualified.IsEmpty)
        {
            sections.Add(Section(DisqualifiedHeading, new MinutesParagraph($"{SwedishText.JoinList(proceedings.Disqualified)} deltar inte i handläggningen av ärendet på grund av jäv.")));
        }

        if (!proceedings.NotTakingPart.IsEmpty)
        {
            sections.Add(Section(NotTakingPartHeading, new MinutesParagraph($"{SwedishText.JoinList(proceedings.NotTakingPart)} deltar inte i beslutet.")));
        }

        if (!proceedings.Proposals.IsEmpty)
        {
            sections.Add(Section(proceedings.Proposals.Count == 1 ? "Yrkande" : "Yrkanden", proceedings.Proposals.Select(p => Proposal(p, proposalName, body)).ToArray()));
            sections.Add(Section(proceedings.DecisionRouteHeading, Route(proceedings, proposalName, body).ToArray()));
        }

        if (proceedings.Vote is { } vote && DecisionRoute.ProposalAt(proceedings, vote.Yes) is not null && DecisionRoute.ProposalAt(proceedings, vote.No) is not null)
        {
            sections.Add(Section(VoteHeading, VoteParagraphs(vote, proceedings, proposalName, body).ToArray()));
        }

        if (!proceedings.Reservations.IsEmpty)
        {
            sections.Add(Section(proceedings.Reservations.Count == 1 ? "Reservation" : "Reservationer", proceedings.Reservations.Select(r => Reservation(r, proceedings)).ToArray()));
        }

        if (!proceedings.Entries.IsEmpty)
        {
            var paragraphs = proceedings.Entries.SelectMany(e => new[]
            {
                new MinutesParagraph($"{SwedishText.JoinList(e.By)} antecknar följande till protokollet:"),
                new MinutesParagraph(e.Text.Trim(), IsMarkdown: true),
            }).ToArray();
            sections.Add(Section(proceedings.Entries.Count == 1 ? "Protokollsanteckning" : "Protokollsanteckningar", paragraphs));
        }

        return sections.ToEquatableArray();
    }

    /// <summary>The sections of one of <paramref name="file"/>'s recorded meetings (<see cref="Sections(IReadOnlyList{string}, int, MeetingProceedings)"/>).</summary>
    /// <exception cref="ArgumentException">The meeting's body is not in the decision path.</exception>
    public EquatableArray<MinutesSection> Sections(RemissFile file, RecordedMeeting meeting) =>
        Sections(file.Decision.Path, BodyIndex(file.Decision.Path, meeting), meeting.Proceedings);

    /// <summary>
    /// The decision route: first, when a referral back or tabling was proposed, whether the matter is decided today
    /// (when not, nothing more); then the main question (a plain question when no alternative to the proposal was
    /// made, else a proposition on the proposals); then each addition, carried or not.
    /// </summary>
    public IEnumerable<MinutesParagraph> Route(MeetingProceedings proceedings, string proposalName, string body)
    {
        var proposals = proceedings.Proposals;
        if (proposals.Any(p => p.IsProcedural))
        {
            var procedural = DecisionRoute.CarriedProcedural(proceedings);
            var found = procedural is null ? "ärendet ska avgöras i dag." : procedural.Motion == Motion.ReferBack ? "ärendet ska återremitteras." : "ärendet ska bordläggas.";
            yield return new MinutesParagraph("Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att " + found);
            if (procedural is not null)
            {
                yield break;
            }
        }

        var alternative = DecisionRoute.CarriedAlternative(proceedings);
        if (proposals.Any(p => p.Motion is Motion.Reject or Motion.Amend))
        {
            var carried = alternative is null ? proposalName : NameOf(alternative, proposalName);
            yield return new MinutesParagraph($"Ordföranden ställer proposition på yrkandena och finner att {carried} har bifallits.");
        }
        else
        {
            yield return new MinutesParagraph($"Ordföranden frågar om {BodyWord(body)} kan besluta enligt {proposalName} och finner att så sker.");
        }

        if (alternative?.Motion == Motion.Reject)
        {
            yield break; // an addition to a rejected proposal is not put
        }

        for (var i = 0; i < proposals.Count; i++)
        {
            if (proposals[i].Motion == Motion.Add)
            {
                var result = DecisionRoute.IsCarried(proceedings, i + 1) ? "bifallits" : "avslagits";
                yield return new MinutesParagraph($"Ordföranden ställer därefter proposition på bifall respektive avslag på {ProposersProposal(proposals[i].By)} och finner att det har {result}.");
            }
        }
    }

    /// <summary>The vote's paragraphs: the request, the voting proposition, the result (and the roll call), and what the body decided by it.</summary>
    public IEnumerable<MinutesParagraph> VoteParagraphs(Vote vote, MeetingProceedings proceedings, string proposalName, string body)
    {
        string Side(int number) => NameOf(DecisionRoute.ProposalAt(proceedings, number)!, proposalName);

        var result = vote.Result;
        yield return new MinutesParagraph("Omröstning begärs.");
        yield return new MinutesParagraph($"Följande voteringsproposition godkänns: Ja-röst för {Side(vote.Yes)}, nej-röst för {Side(vote.No)}.");
        var abstained = result.Abstain > 0 ? $" {result.Abstain} {(result.Abstain == 1 ? "ledamot avstår" : "ledamöter avstår")} från att rösta." : string.Empty;
        yield return new MinutesParagraph($"Omröstningen utfaller med {Count(result.Yes, "ja-röst", "ja-röster")} mot {Count(result.No, "nej-röst", "nej-röster")}.{abstained}");
        if (!result.YesNames.IsEmpty)
        {
            yield return new MinutesParagraph($"Ja: {SwedishText.JoinList(result.YesNames)}.");
        }

        if (!result.NoNames.IsEmpty)
        {
            yield return new MinutesParagraph($"Nej: {SwedishText.JoinList(result.NoNames)}.");
        }

        if (!result.AbstainNames.IsEmpty)
        {
            yield return new MinutesParagraph($"Avstår: {SwedishText.JoinList(result.AbstainNames)}.");
        }

        var organet = Capitalise(BodyWord(body));
        if (DecisionRoute.Winner(vote, proceedings) is { } winner)
        {
            yield return new MinutesParagraph(vote.CastingVote
                ? $"{organet} beslutar med ordförandens utslagsröst enligt {Side(winner)}."
                : $"{organet} beslutar därmed enligt {Side(winner)}.");
        }
    }

    /// <summary>
    /// A reservation: <c>{names} reserverar sig mot beslutet till förmån för det egna yrkandet.</c>, without
    /// <c>till förmån …</c> unless every one of them made a proposal that was not carried; a written one ends
    /// <c>… och anmäler skriftlig reservation.</c>
    /// </summary>
    public static MinutesParagraph Reservation(Reservation reservation, MeetingProceedings proceedings)
    {
        var own = reservation.By.All(name => OwnProposalLost(name, proceedings));
        var text = $"{SwedishText.JoinList(reservation.By)} reserverar sig mot beslutet{(own ? " till förmån för det egna yrkandet" : string.Empty)}";
        return new MinutesParagraph(text + (reservation.Written ? " och anmäler skriftlig reservation." : "."));
    }

    /// <summary>
    /// <c>Beslut:</c> as the outcome has it, for the body at <paramref name="bodyIndex"/> deciding on
    /// <paramref name="proposal"/>: the intro of the path from this body and the decided clauses, or for a carried
    /// referral back or tabling the one sentence <c>{Organet} beslutar att återremittera ärendet till {to}.</c> /
    /// <c>… att bordlägga ärendet till sammanträdet den {date}.</c> (then <see cref="DecisionText.Clauses"/> is empty).
    /// </summary>
    public DecisionText Decision(IReadOnlyList<string> path, int bodyIndex, MeetingProceedings proceedings, IReadOnlyList<ClauseReference> proposal)
    {
        var body = path[bodyIndex];
        if (DecisionRoute.CarriedProcedural(proceedings) is { } procedural)
        {
            var organet = Capitalise(BodyWord(body));
            var sentence = procedural.Motion == Motion.ReferBack
                ? $"{organet} beslutar att återremittera ärendet till {procedural.ReferBackTo}."
                : $"{organet} beslutar att bordlägga ärendet till sammanträdet {TabledTo(procedural)}.";
            return new DecisionText(ProtocolExtract.DecisionLabel, sentence, default);
        }

        var clauses = DecisionRoute.Apply(proposal, proceedings, ProposalOf(path, bodyIndex))!.Value;
        return new DecisionText(ProtocolExtract.DecisionLabel, DecisionClauses.Intro(path.Skip(bodyIndex).ToList()), ClauseLines(clauses));
    }

    /// <summary><c>Beslut:</c> of one of <paramref name="file"/>'s recorded meetings, on the clauses that body decided on (<see cref="DecisionRoute.ProposalClauses"/>).</summary>
    /// <exception cref="ArgumentException">The meeting's body is not in the decision path.</exception>
    public DecisionText Decision(RemissFile file, RecordedMeeting meeting) =>
        Decision(file.Decision.Path, BodyIndex(file.Decision.Path, meeting), meeting.Proceedings, DecisionRoute.ProposalClauses(file, meeting));

    /// <summary><c>Beslut:</c>, the decision and every section, separated by blank lines: what a secretary pastes into the minutes.</summary>
    public static string ToText(DecisionText decision, IEnumerable<MinutesSection> sections, string newLine = "\n")
    {
        var blocks = new List<string> { decision.Heading, decision.Intro };
        blocks.AddRange(decision.Clauses);
        blocks.AddRange(sections.Select(s => s.ToText(newLine)));
        return string.Join(newLine + newLine, blocks);
    }

    /// <summary>Clause references as printed lines in this wording's house style.</summary>
    public EquatableArray<string> ClauseLines(IReadOnlyList<ClauseReference> clauses) =>
        clauses.Count == 0
            ? default
            : DecisionClauses.Lines(clauses.Select(c => _registry.Resolve(c, _context, _style)).ToList(), _style).ToEquatableArray();

    private static bool OwnProposalLost(string name, MeetingProceedings proceedings)
    {
        var made = false;
        for (var i = 0; i < proceedings.Proposals.Count; i++)
        {
            if (proceedings.Proposals[i].By.Any(b => SameName(b, name)))
            {
                made = true;
                if (DecisionRoute.IsCarried(proceedings, i + 1))
                {
                    return false;
                }
            }
        }

        return made;
    }

    /// <summary>Two names of one member: equal after trimming, ignoring letter case.</summary>
    internal static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string TabledTo(Proposal table) => table.Date is { } date ? SwedishText.LongDate(date) : "den …";

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    private static MinutesSection Section(string heading, params MinutesParagraph[] paragraphs) => new(heading, paragraphs.ToEquatableArray());

    private static int BodyIndex(IReadOnlyList<string> path, RecordedMeeting meeting)
    {
        var index = DecisionRoute.PathIndex(path, meeting);
        return index >= 0 ? index : throw new ArgumentException($"'{meeting.Body}' is not in the decision path; load the file so its records are checked and resolved.", nameof(meeting));
    }
}
