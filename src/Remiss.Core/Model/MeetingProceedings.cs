namespace Remiss.Core;

/// <summary>What a proposal (yrkande) asks the body to do (ORGANISATION.md §7).</summary>
public enum Motion
{
    /// <summary><c>approve</c>: bifall till förslaget.</summary>
    Approve,

    /// <summary><c>reject</c>: avslag på förslaget.</summary>
    Reject,

    /// <summary><c>add</c>: bifall med ett tillägg (its clauses come after the proposal's).</summary>
    Add,

    /// <summary><c>amend</c>: the body decides otherwise (its clauses come instead of the proposal's).</summary>
    Amend,

    /// <summary><c>refer-back</c>: återremiss; when carried nothing is decided on the matter.</summary>
    ReferBack,

    /// <summary><c>table</c>: bordläggning to a later meeting; when carried nothing is decided on the matter.</summary>
    Table,
}

/// <summary>One proposal (yrkande) made at the meeting, in the order made.</summary>
/// <param name="By">Who made it: one member or several, each as the minutes write them (<c>Anna Berg (V)</c>).</param>
/// <param name="Motion">What it asks.</param>
/// <param name="Clauses">The clauses of an <see cref="Motion.Add"/> or <see cref="Motion.Amend"/>, in the file's house style; else empty.</param>
/// <param name="To">Whom a <see cref="Motion.ReferBack"/> sends the matter to, as written; null: <see cref="DefaultReferBackTo"/>.</param>
/// <param name="Reason">The motivation of a <see cref="Motion.ReferBack"/>, as written.</param>
/// <param name="Date">The meeting a <see cref="Motion.Table"/> defers the matter to.</param>
public sealed record Proposal(
    EquatableArray<string> By,
    Motion Motion,
    EquatableArray<ClauseReference> Clauses = default,
    string? To = null,
    string? Reason = null,
    CalendarDate? Date = null)
{
    /// <summary>Whom a referral back goes to when the file does not say.</summary>
    public const string DefaultReferBackTo = "förvaltningen";

    /// <summary>Whom a referral back goes to: <see cref="To"/>, else <see cref="DefaultReferBackTo"/>.</summary>
    public string ReferBackTo => string.IsNullOrWhiteSpace(To) ? DefaultReferBackTo : To!.Trim();

    /// <summary>True for a referral back or a tabling: when carried, the matter is not decided at this meeting.</summary>
    public bool IsProcedural => Motion is Motion.ReferBack or Motion.Table;
}

/// <summary>How the members voted: counts, or a roll call (names) from which the counts follow.</summary>
/// <param name="Yes">Ja-röster.</param>
/// <param name="No">Nej-röster.</param>
/// <param name="Abstain">Members who abstained.</param>
/// <param name="YesNames">The roll call's ja-röster, when names were recorded; then <see cref="Yes"/> is their number.</param>
/// <param name="NoNames">The roll call's nej-röster.</param>
/// <param name="AbstainNames">The roll call's abstentions.</param>
public sealed record VoteTally(
    int Yes,
    int No,
    int Abstain = 0,
    EquatableArray<string> YesNames = default,
    EquatableArray<string> NoNames = default,
    EquatableArray<string> AbstainNames = default)
{
    /// <summary>A roll call: the counts are the numbers of names.</summary>
    public static VoteTally RollCall(IEnumerable<string> yes, IEnumerable<string> no, IEnumerable<string>? abstain = null)
    {
        var (y, n, a) = (yes.ToEquatableArray(), no.ToEquatableArray(), (abstain ?? Array.Empty<string>()).ToEquatableArray());
        return new VoteTally(y.Count, n.Count, a.Count, y, n, a);
    }

    /// <summary>True when names were recorded for some side.</summary>
    public bool IsRollCall => !YesNames.IsEmpty || !NoNames.IsEmpty || !AbstainNames.IsEmpty;

    /// <summary>Every name of the roll call, ja, nej and abstentions.</summary>
    public IEnumerable<string> Names => YesNames.Concat(NoNames).Concat(AbstainNames);
}

/// <summary>A vote (omröstning) between two proposals.</summary>
/// <param name="Yes">The proposal (1-based, in <see cref="MeetingProceedings.Proposals"/>) the ja-röst stands for.</param>
/// <param name="No">The proposal the nej-röst stands for.</param>
/// <param name="Result">How the members voted.</param>
/// <param name="CastingVote">True when the chair's casting vote decided a tie.</param>
public sealed record Vote(int Yes, int No, VoteTally Result, bool CastingVote = false);

/// <summary>A reservation against the decision.</summary>
/// <param name="By">Who reserved themselves.</param>
/// <param name="Written">True when they will hand in a written reservation.</param>
public sealed record Reservation(EquatableArray<string> By, bool Written = false);

/// <summary>An entry in the minutes (protokollsanteckning).</summary>
/// <param name="By">Who asked for it.</param>
/// <param name="Text">What is entered (Markdown).</param>
public sealed record MinutesEntry(EquatableArray<string> By, string Text);

/// <summary>
/// What happened at a meeting besides the decision (ORGANISATION.md §7), as the file records it. The outcome is as
/// written; <see cref="DecisionRoute"/> reads what it means (the default outcome, what was decided).
/// </summary>
/// <param name="Proposals">The proposals (yrkanden), in the order made.</param>
/// <param name="Vote">The vote, when one was asked for.</param>
/// <param name="Outcome">The proposals carried (1-based), as written; empty: the default (<see cref="DecisionRoute.Carried"/>).</param>
/// <param name="Reservations">Reservations against the decision.</param>
/// <param name="Entries">Entries in the minutes (protokollsanteckningar).</param>
/// <param name="Disqualified">Members disqualified (jäv).</param>
/// <param name="NotTakingPart">Members who do not take part in the decision.</param>
/// <param name="RouteHeading">
/// The heading of the decision route in the extract: <see cref="DefaultRouteHeading"/>, or the organisation file's
/// <c>minutes.decision_heading</c> (set by the loader, so the model prints the same anywhere).
/// </param>
public sealed record MeetingProceedings(
    EquatableArray<Proposal> Proposals = default,
    Vote? Vote = null,
    EquatableArray<int> Outcome = default,
    EquatableArray<Reservation> Reservations = default,
    EquatableArray<MinutesEntry> Entries = default,
    EquatableArray<string> Disqualified = default,
    EquatableArray<string> NotTakingPart = default,
    string? RouteHeading = null)
{
    /// <summary>The heading of the decision route unless the organisation writes another.</summary>
    public const string DefaultRouteHeading = "Beslutsgång";

    /// <summary>Nothing recorded but the decision.</summary>
    public static MeetingProceedings None { get; } = new();

    /// <summary>The heading the extract prints over the decision route.</summary>
    public string DecisionRouteHeading => string.IsNullOrWhiteSpace(RouteHeading) ? DefaultRouteHeading : RouteHeading!.Trim();

    /// <summary>True when nothing of §7 is recorded (the heading alone is no record).</summary>
    public bool IsEmpty => Proposals.IsEmpty && Vote is null && Outcome.IsEmpty && Reservations.IsEmpty && Entries.IsEmpty
        && Disqualified.IsEmpty && NotTakingPart.IsEmpty;
}
