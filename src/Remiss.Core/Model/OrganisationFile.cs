namespace Remiss.Core;

/// <summary>
/// One organisation file (format <c>organisation/1</c>, ORGANISATION.md §1): the organisation's name, the
/// bodies of its decision paths with their meeting calendars, its house style and where its templates are.
/// It applies to every remiss file in its folder and below (the nearest one wins).
/// </summary>
/// <param name="Format">The format tag, <c>organisation/1</c>.</param>
/// <param name="Name">The organisation's name; replaces <c>case.organisation</c> in remiss files.</param>
/// <param name="HouseStyle">How decisions are written: att-clauses or numbered statements.</param>
/// <param name="ReferenceDocx">The reference .docx as written (relative to the file), or null.</param>
/// <param name="Templates">The template folder as written (relative to the file), or null.</param>
/// <param name="Registries">Clause registries as written (relative to the file).</param>
/// <param name="Bodies">The committees that appear in decision paths, in the order written.</param>
public sealed record OrganisationFile(
    string Format,
    string Name,
    HouseStyle HouseStyle,
    string? ReferenceDocx,
    string? Templates,
    EquatableArray<string> Registries,
    EquatableArray<OrganisationBody> Bodies)
{
    /// <summary>An organisation file with how its minutes are written (a constructor, so C# 7.3 and generated code can make one).</summary>
    public OrganisationFile(
        string Format,
        string Name,
        HouseStyle HouseStyle,
        string? ReferenceDocx,
        string? Templates,
        EquatableArray<string> Registries,
        EquatableArray<OrganisationBody> Bodies,
        OrganisationMinutes Minutes)
        : this(Format, Name, HouseStyle, ReferenceDocx, Templates, Registries, Bodies) => this.Minutes = Minutes;

    /// <summary>How the organisation's minutes are written (<c>minutes</c>, ORGANISATION.md §7).</summary>
    public OrganisationMinutes Minutes { get; init; } = OrganisationMinutes.Default;

    /// <summary>The format tag this version of the library reads.</summary>
    public const string CurrentFormat = "organisation/1";

    /// <summary>The file name the nearest-ancestor search looks for.</summary>
    public const string FileName = "organisation.yaml";

    /// <summary>What writes the PDFs (<c>pdf_engine</c>), or null when the file does not say (then <see cref="Core.PdfEngine.Native"/>).</summary>
    public PdfEngine? PdfEngine { get; init; }

    /// <summary>The standards the native PDFs claim (<c>pdf_profile</c>), or null when the file does not say (then <see cref="Core.PdfProfile.PdfUA"/>).</summary>
    public PdfProfile? PdfProfile { get; init; }

    /// <summary>The body with this id (exact, ordinal), or null.</summary>
    public OrganisationBody? FindById(string id) => Bodies.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal));

    /// <summary>The body with exactly this name (ordinal), or null.</summary>
    public OrganisationBody? FindByName(string name) => Bodies.FirstOrDefault(b => string.Equals(b.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Which body a <c>decision.path</c> item names (ORGANISATION.md §2): an id or exactly a name; a name (or id)
    /// in another letter case; a name a letter or two off (<see cref="BodyMatch.MaxNearMissDistance"/>); or none.
    /// </summary>
    public BodyMatch Match(string written)
    {
        var text = written.Trim();
        if (FindById(text) is { } byId)
        {
            return new BodyMatch(BodyMatchKind.Id, byId);
        }

        if (FindByName(text) is { } byName)
        {
            return new BodyMatch(BodyMatchKind.Name, byName);
        }

        var caseless = Bodies.FirstOrDefault(b => string.Equals(b.Name, text, StringComparison.OrdinalIgnoreCase))
            ?? Bodies.FirstOrDefault(b => string.Equals(b.Id, text, StringComparison.OrdinalIgnoreCase));
        if (caseless is not null)
        {
            return new BodyMatch(BodyMatchKind.LetterCase, caseless);
        }

        OrganisationBody? nearest = null;
        var nearestDistance = int.MaxValue;
        var lower = text.ToLowerInvariant();
        foreach (var body in Bodies)
        {
            var distance = Suggestions.Distance(lower, body.Name.ToLowerInvariant());
            if (distance <= BodyMatch.MaxNearMissDistance(body.Name) && distance < nearestDistance)
            {
                (nearest, nearestDistance) = (body, distance);
            }
        }

        return nearest is null ? new BodyMatch(BodyMatchKind.Unknown, null) : new BodyMatch(BodyMatchKind.NearMiss, nearest);
    }
}

/// <summary>How a <c>decision.path</c> item relates to the bodies of an organisation file.</summary>
public enum BodyMatchKind
{
    /// <summary>The item is a body's id.</summary>
    Id,

    /// <summary>The item is exactly a body's name.</summary>
    Name,

    /// <summary>The item is a body's name (or id) in another letter case: a warning, and the body's name is printed.</summary>
    LetterCase,

    /// <summary>The item is a letter or two off a body's name: an error with "Menade du".</summary>
    NearMiss,

    /// <summary>The item names no body of the file: a warning, and it is printed as written.</summary>
    Unknown,
}

/// <summary>The body a <c>decision.path</c> item names, and how (<see cref="OrganisationFile.Match"/>).</summary>
/// <param name="Kind">How the item matched.</param>
/// <param name="Body">The body named (for <see cref="BodyMatchKind.NearMiss"/>: the one probably meant); null when unknown.</param>
public sealed record BodyMatch(BodyMatchKind Kind, OrganisationBody? Body)
{
    /// <summary>
    /// How many edits (ignoring letter case) make a misspelling of <paramref name="name"/> rather than another
    /// body: 2 for names of 16 characters or more, 1 from 8, none below. Real committee names are long and
    /// differ by whole words, so this catches "Hälsö-"/"Hälsa-" and leaves distinct short names alone.
    /// </summary>
    public static int MaxNearMissDistance(string name) => name.Length >= 16 ? 2 : name.Length >= 8 ? 1 : 0;

    /// <summary>The name the documents print for the item: the body's name, or the item as written when no body matched.</summary>
    public string PrintedName(string written) =>
        Body is not null && Kind is BodyMatchKind.Id or BodyMatchKind.Name or BodyMatchKind.LetterCase ? Body.Name : written.Trim();
}

/// <summary>How an organisation writes its minutes (ORGANISATION.md §7).</summary>
/// <param name="DecisionHeading">
/// The heading over the decision route in a protocol extract, e.g. <c>Propositionsordning</c>; null:
/// <see cref="MeetingProceedings.DefaultRouteHeading"/> (<c>Beslutsgång</c>).
/// </param>
/// <param name="KeptAt">Where the minutes are kept (förvaringsplats, ORGANISATION.md §8), printed on every justering notice; null: not said.</param>
/// <param name="CertifiedBy">Who certifies the justering notices (their signature), e.g. the registry office's secretary; null: an unnamed signature line.</param>
public sealed record OrganisationMinutes(string? DecisionHeading = null, string? KeptAt = null, Signatory? CertifiedBy = null)
{
    /// <summary>Nothing said: the defaults.</summary>
    public static OrganisationMinutes Default { get; } = new();
}

/// <summary>How an organisation writes its decision clauses (ORGANISATION.md §5).</summary>
public enum HouseStyle
{
    /// <summary>The att-form of FORMAT.md §3 (the default).</summary>
    Att = 0,

    /// <summary>Numbered statements: <c>1. Yttrandet … antas och överlämnas till ….</c></summary>
    Numbered,
}

/// <summary>A committee (nämnd, utskott, styrelse) of the organisation and its meeting calendar.</summary>
/// <param name="Id">Kebab-case id, unique in the file; usable in <c>decision.path</c> instead of the name.</param>
/// <param name="Name">The name as it is written in the minutes; the documents always print this.</param>
/// <param name="PapersDueDays">Calendar days before a meeting that its papers are due (default 0).</param>
/// <param name="AdjustmentDays">Calendar days after a meeting by which its minutes are adjusted (default 14).</param>
/// <param name="Meetings">The meeting dates, strictly increasing.</param>
/// <param name="Signatories">Who signs an yttrande this body decides.</param>
public sealed record OrganisationBody(
    string Id,
    string Name,
    int PapersDueDays,
    int AdjustmentDays,
    EquatableArray<CalendarDate> Meetings,
    EquatableArray<Signatory> Signatories)
{
    /// <summary>The default of <see cref="PapersDueDays"/>.</summary>
    public const int DefaultPapersDueDays = 0;

    /// <summary>The default of <see cref="AdjustmentDays"/>.</summary>
    public const int DefaultAdjustmentDays = 14;
}
