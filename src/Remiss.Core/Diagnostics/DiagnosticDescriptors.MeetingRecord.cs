namespace Remiss.Core;

// What happened at the meeting (ORGANISATION.md §7): proposals, the vote, the outcome, reservations, entries and jäv,
// and what a carried referral back or tabling leaves open. Like the plan's findings, they depend on the files only.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor ProposalNotMade = new("RMS0140", DiagnosticSeverity.Error, "Number names no proposal",
        "'{0}' nämner yrkande {1}, men {2}. Skriv numret (från 1, i den ordning de står under 'proposals') på ett av yrkandena.");
    public static readonly DiagnosticDescriptor VoteAlternatives = new("RMS0141", DiagnosticSeverity.Error, "Vote not between two different proposals",
        "Omröstningen ska stå mellan två olika förslag till beslut, men {0}. Skriv i 'vote.yes' och 'vote.no' numren på de två yrkanden som ställdes mot varandra.");
    public static readonly DiagnosticDescriptor RollCallDisagrees = new("RMS0142", DiagnosticSeverity.Error, "Roll call disagrees with itself",
        "Namnuppropet stämmer inte: {0}, så antalet röster blir fel. Rätta namnlistorna i 'vote.result' mot protokollet; varje ledamot röstar en gång.");
    public static readonly DiagnosticDescriptor VoteContradictsOutcome = new("RMS0143", DiagnosticSeverity.Error, "Vote result contradicts the outcome",
        "Omröstningen gav {0} ja-röster mot {1} nej-röster, alltså bifall till {2}, men 'outcome' {3}. Rätta 'outcome' eller rösterna i 'vote.result' mot protokollet.");
    public static readonly DiagnosticDescriptor TieWithoutCastingVote = new("RMS0144", DiagnosticSeverity.Error, "Tie without the casting vote",
        "Omröstningen slutade lika, {0} mot {1}{2}. Vid lika röstetal avgör ordförandens utslagsröst: skriv 'casting_vote: true' och i 'outcome' det yrkande ordföranden röstade för.");
    public static readonly DiagnosticDescriptor CastingVoteWithoutTie = new("RMS0145", DiagnosticSeverity.Error, "Casting vote without a tie",
        "'casting_vote: true', men omröstningen slutade {0} mot {1}. Ordförandens utslagsröst avgör bara vid lika röstetal; ta bort 'casting_vote' eller rätta rösterna.");
    public static readonly DiagnosticDescriptor ReservationAgainstOwnProposal = new("RMS0146", DiagnosticSeverity.Error, "Reservation against one's own carried proposal",
        "{0} reserverar sig mot beslutet, men det egna yrkandet (nummer {1}) bifölls. Den som har fått sitt yrkande bifallet kan inte reservera sig mot det; ta bort reservationen eller rätta 'outcome'.");
    public static readonly DiagnosticDescriptor DisqualifiedTakesPart = new("RMS0147", DiagnosticSeverity.Error, "Disqualified member takes part",
        "{0} har jäv ('disqualified') men {1}. Den som har jäv deltar inte i handläggningen av ärendet; ta bort namnet från 'disqualified' eller från {2}.");
    public static readonly DiagnosticDescriptor MotionWithoutClauses = new("RMS0148", DiagnosticSeverity.Error, "Addition or amendment without clauses",
        "Yrkandet '{0}' ({1}) har inga att-satser. Skriv dess att-satser under 'clauses', t.ex. '- text: uppdra åt förvaltningen att följa upp frågan om läkarbemanning'.");
    public static readonly DiagnosticDescriptor ReferBackWithoutReason = new("RMS0149", DiagnosticSeverity.Error, "Referral back without a reason",
        "Yrkandet om återremiss saknar motivering. Skriv den under 'reason', t.ex. 'reason: Konsekvenserna för kommunerna behöver belysas.'");
    public static readonly DiagnosticDescriptor TableWithoutDate = new("RMS0150", DiagnosticSeverity.Error, "Tabling without a date",
        "Yrkandet om bordläggning saknar datum. Skriv det sammanträde som ärendet bordläggs till under 'date' (åååå-mm-dd).");
    public static readonly DiagnosticDescriptor TableDateNotLater = new("RMS0151", DiagnosticSeverity.Error, "Tabled to a date that is not a later meeting",
        "Ärendet kan inte bordläggas till {0}: det är inte efter sammanträdet den {1}. Skriv datumet för ett senare sammanträde i {2}.");
    public static readonly DiagnosticDescriptor TableDateNotInCalendar = new("RMS0152", DiagnosticSeverity.Warning, "Tabled to a date not in the body's calendar",
        "{0} har inget sammanträde den {1} enligt organisationsfilen (sammanträden: {2}). Kontrollera datumet för bordläggningen mot protokollet, eller lägg till sammanträdet i organisationsfilen.");
    public static readonly DiagnosticDescriptor OutcomeContradictory = new("RMS0153", DiagnosticSeverity.Error, "Outcome carries proposals that exclude each other",
        "'outcome' bifaller yrkanden som inte kan bifallas samtidigt: {0}. Skriv bara de yrkanden som bifölls enligt protokollet.");
    public static readonly DiagnosticDescriptor KeyNotForMotion = new("RMS0154", DiagnosticSeverity.Error, "Key does not belong to the motion",
        "'{0}' hör inte till ett yrkande med 'motion: {1}': {2}. Ta bort nyckeln, eller ändra 'motion'.");
    public static readonly DiagnosticDescriptor RecordAfterReferral = new("RMS0155", DiagnosticSeverity.Error, "Another body recorded before the referred matter is decided",
        "{0} {1} ärendet den {2}, så nästa post i 'decision.meetings' ska vara ett senare sammanträde i {0}, inte {3}. Lägg till {0}s beslut före {3}s, eller rätta 'outcome' för sammanträdet den {2}.");
    public static readonly DiagnosticDescriptor RejectedAtDecidingBody = new("RMS0156", DiagnosticSeverity.Warning, "The deciding body rejected the proposal",
        "{0} avslog förslaget den {1}, så inget yttrande är beslutat och yttrandet skrivs inte som beslutat. Kontrollera 'outcome' mot protokollet; vill organisationen ändå svara behövs ett nytt beslut.");
    public static readonly DiagnosticDescriptor ReopenedAfterDeadline = new("RMS0157", DiagnosticSeverity.Warning, "Referred-back matter decided after the deadline",
        "{0} {1} ärendet den {2}, och enligt organisationsfilen kan det beslutas först den {3}, efter svarstiden {4}. Begär förlängd svarstid till {5} ('remiss plan' visar planen) och skriv in den under 'remiss.extensions'.");
    public static readonly DiagnosticDescriptor NotProposalNumber = new("RMS0158", DiagnosticSeverity.Error, "Not a proposal's number",
        "'{0}' ska vara ett yrkandes nummer, ett heltal från 1 (1 för det första under 'proposals'), men är \"{1}\". Skriv bara siffrorna.");
#pragma warning restore CS1591
}
