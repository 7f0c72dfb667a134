namespace Remiss.Core;

/// <summary>One remiss file (format <c>remiss/1</c>): what we were sent and our response to it.</summary>
/// <param name="Format">The format tag, <c>remiss/1</c>.</param>
/// <param name="Remiss">What the department sent.</param>
/// <param name="Case">Our ärende.</param>
/// <param name="Decision">The decision path and clauses.</param>
/// <param name="Memo">The tjänsteutlåtande text.</param>
/// <param name="Response">The yttrande text.</param>
public sealed record RemissFile(
    string Format,
    Referral Remiss,
    CaseInfo Case,
    Decision Decision,
    Memo Memo,
    Response Response)
{
    /// <summary>The format tag this version of the library reads.</summary>
    public const string CurrentFormat = "remiss/1";

    /// <summary>How a remiss file's name ends; the tools, the build and the server find remiss files by it.</summary>
    public const string FileExtension = ".remiss.yaml";
}

/// <summary>The kind of remitted document; it decides the kind phrase (<c>betänkandet</c>, <c>promemorian</c>).</summary>
public enum ReferralKind
{
    /// <summary>Any other document: no kind phrase.</summary>
    Other = 0,

    /// <summary>A betänkande (e.g. an SOU).</summary>
    Betankande,

    /// <summary>A promemoria (e.g. a Ds).</summary>
    Promemoria,
}

/// <summary>The remiss we were sent.</summary>
public sealed record Referral(
    string Title,
    ReferralKind Kind,
    DocumentNumber? Number,
    string Department,
    DepartmentDnr? DepartmentDnr,
    CalendarDate? Received,
    CalendarDate Deadline,
    EquatableArray<DeadlineExtension> Extensions,
    EquatableArray<string> ConsultedBodies,
    EquatableArray<string> PreparedWith)
{
    /// <summary>A referral with the addresses its answer goes to (a constructor, so C# 7.3 and generated code, which cannot set init-only properties, can make one).</summary>
    public Referral(
        string Title,
        ReferralKind Kind,
        DocumentNumber? Number,
        string Department,
        DepartmentDnr? DepartmentDnr,
        CalendarDate? Received,
        CalendarDate Deadline,
        EquatableArray<DeadlineExtension> Extensions,
        EquatableArray<string> ConsultedBodies,
        EquatableArray<string> PreparedWith,
        EquatableArray<string> ReplyTo,
        EquatableArray<string> ReplyCc)
        : this(Title, Kind, Number, Department, DepartmentDnr, Received, Deadline, Extensions, ConsultedBodies, PreparedWith)
    {
        this.ReplyTo = ReplyTo;
        this.ReplyCc = ReplyCc;
    }

    /// <summary>
    /// Where the answer is e-mailed (<c>remiss.reply_to</c>, the missive's <c>per e-post till …</c>): addresses, checked by
    /// the loader; empty when the file gives none.
    /// </summary>
    public EquatableArray<string> ReplyTo { get; init; }

    /// <summary>Who gets a copy of the answer (<c>remiss.reply_cc</c>, the missive's <c>med kopia till …</c>); empty when none.</summary>
    public EquatableArray<string> ReplyCc { get; init; }

    /// <summary>
    /// The missive's file as written (<c>remiss.missive</c>), a path from the remiss file's folder, or null when the file
    /// names none: <c>remiss archive</c> packs it with the case.
    /// </summary>
    public string? Missive { get; init; }

    /// <summary>The <c>until</c> of the last extension, else the original deadline.</summary>
    public CalendarDate EffectiveDeadline => Extensions.IsEmpty ? Deadline : Extensions[Extensions.Count - 1].Until;

    /// <summary>True when at least one extension was granted.</summary>
    public bool IsExtended => !Extensions.IsEmpty;
}

/// <summary>A granted extension of the svarstid.</summary>
public sealed record DeadlineExtension(CalendarDate Until, CalendarDate? Granted);

/// <summary>Our ärende.</summary>
public sealed record CaseInfo(
    string Organisation,
    string Dnr,
    string? Responsible,
    EquatableArray<string> Officers,
    CalendarDate? Date);

/// <summary>The decision: who proposes and decides, and the att-clauses.</summary>
public sealed record Decision(
    EquatableArray<string> Path,
    EquatableArray<ClauseReference> Clauses,
    EquatableArray<string> Notify,
    EquatableArray<string> Documents)
{
    /// <summary>A decision written in <paramref name="Style"/> (the organisation's house style).</summary>
    public Decision(
        EquatableArray<string> Path,
        EquatableArray<ClauseReference> Clauses,
        EquatableArray<string> Notify,
        EquatableArray<string> Documents,
        HouseStyle Style)
        : this(Path, Clauses, Notify, Documents) => this.Style = Style;

    /// <summary>
    /// How the clauses are printed: att-clauses, or numbered statements (ORGANISATION.md §5). The organisation
    /// file's house style, set by the loader, so the model prints the same anywhere.
    /// </summary>
    public HouseStyle Style { get; init; }

    /// <summary>A decision with its recorded meetings (a constructor, so C# 7.3 and generated code, which cannot set init-only properties, can make one).</summary>
    public Decision(
        EquatableArray<string> Path,
        EquatableArray<ClauseReference> Clauses,
        EquatableArray<string> Notify,
        EquatableArray<string> Documents,
        EquatableArray<RecordedMeeting> Meetings)
        : this(Path, Clauses, Notify, Documents) => this.Meetings = Meetings;

    /// <summary>A decision in <paramref name="Style"/> with its recorded meetings.</summary>
    public Decision(
        EquatableArray<string> Path,
        EquatableArray<ClauseReference> Clauses,
        EquatableArray<string> Notify,
        EquatableArray<string> Documents,
        HouseStyle Style,
        EquatableArray<RecordedMeeting> Meetings)
        : this(Path, Clauses, Notify, Documents, Style) => this.Meetings = Meetings;

    /// <summary>
    /// What each body decided, at which § of its minutes (ORGANISATION.md §4), in path order; empty until the
    /// meetings are held. After loading, each <see cref="RecordedMeeting.Body"/> is written as in
    /// <see cref="Path"/>.
    /// </summary>
    public EquatableArray<RecordedMeeting> Meetings { get; init; }
}

/// <summary>
/// One clause as written in the file: a registry id (with an optional argument or named arguments),
/// or free text (an att-clause, a statement for the numbered style, or both).
/// </summary>
public sealed record ClauseReference
{
    private ClauseReference(string? id, string? text, EquatableArray<KeyValuePair<string, string>> arguments, string? statement = null)
    {
        Id = id;
        Text = text;
        Arguments = arguments;
        Statement = statement;
    }

    /// <summary>The registry id, when the clause names one.</summary>
    public string? Id { get; }

    /// <summary>The user's own att-clause text, when the clause is free text and has one.</summary>
    public string? Text { get; }

    /// <summary>The user's own statement (a whole sentence, for the numbered house style), when given.</summary>
    public string? Statement { get; }

    /// <summary>Arguments for the id's placeholders, in the order written. A single unnamed argument has the name <c>""</c>.</summary>
    public EquatableArray<KeyValuePair<string, string>> Arguments { get; }

    /// <summary>A standard id without arguments, e.g. <c>submit-response</c>.</summary>
    public static ClauseReference ForId(string id) => new(id, null, default);

    /// <summary>A standard id with one argument, e.g. <c>refer-without-proposal: hälso- och sjukvårdsnämnden</c>.</summary>
    public static ClauseReference ForId(string id, string argument) =>
        new(id, null, EquatableArray.Create(new KeyValuePair<string, string>(string.Empty, argument)));

    /// <summary>A standard id with named arguments.</summary>
    public static ClauseReference ForId(string id, IEnumerable<KeyValuePair<string, string>> arguments) =>
        new(id, null, arguments.ToEquatableArray());

    /// <summary>The user's own clause text; <c>att </c> and punctuation are added when rendered.</summary>
    public static ClauseReference ForText(string text) => new(null, text, default);

    /// <summary>The user's own clause as an att-clause and as a statement, so it prints in either house style.</summary>
    public static ClauseReference ForText(string text, string statement) => new(null, text, default, statement);

    /// <summary>The user's own statement for the numbered house style (<c>- statement: …</c>); the final <c>.</c> is added when missing.</summary>
    public static ClauseReference ForStatement(string statement) => new(null, null, default, statement);
}

/// <summary>The tjänsteutlåtande's own text (Markdown).</summary>
public sealed record Memo(string Background, string Assessment);

/// <summary>The yttrande's own text.</summary>
public sealed record Response(
    string Summary,
    EquatableArray<ResponseComment> Comments,
    EquatableArray<Signatory> Signatories)
{
    /// <summary>A response with a position on the remiss as a whole.</summary>
    public Response(string Summary, EquatableArray<ResponseComment> Comments, EquatableArray<Signatory> Signatories, Position? Position)
        : this(Summary, Comments, Signatories) => this.Position = Position;

    /// <summary>
    /// The position on the remiss as a whole (<c>response.position</c>), or null when the answer is given by its
    /// comments. <see cref="Remiss.Core.Position.NoComment"/>: the whole answer is one sentence (ORGANISATION.md §6).
    /// </summary>
    public Position? Position { get; init; }

    /// <summary>A response that records when it was sent to the department.</summary>
    public Response(string Summary, EquatableArray<ResponseComment> Comments, EquatableArray<Signatory> Signatories, Position? Position, CalendarDate? Sent)
        : this(Summary, Comments, Signatories, Position) => this.Sent = Sent;

    /// <summary>
    /// The day the answer was sent to the department (<c>response.sent</c>), or null while it has not been: a sent remiss
    /// is done (<see cref="RemissStatus"/>).
    /// </summary>
    public CalendarDate? Sent { get; init; }

    /// <summary>True for an answer without comments ("Inga synpunkter").</summary>
    public bool IsNoComment => Position == Remiss.Core.Position.NoComment;
}

/// <summary>Our position on a proposal.</summary>
public enum Position
{
    /// <summary>We support the proposal (<c>tillstyrker</c>).</summary>
    Supports,

    /// <summary>We oppose the proposal (<c>avstyrker</c>).</summary>
    Opposes,

    /// <summary>We support it with reservations (<c>tillstyrker med reservationer</c>).</summary>
    SupportsWithReservations,

    /// <summary>We have no comments (<c>har inga synpunkter</c>).</summary>
    NoComment,

    /// <summary>We comment without a position (<c>lämnar följande synpunkter</c>).</summary>
    Comments,
}

/// <summary>A comment on one section of the remitted document.</summary>
public sealed record ResponseComment(string? Section, string Heading, Position Position, string Text);

/// <summary>Someone who signs the yttrande.</summary>
public sealed record Signatory(string Name, string? Role);
