namespace Remiss.Core;

/// <summary>
/// The decision text without a remiss file (<c>remiss wording</c>, <c>/api/v1/wording</c>): the path, the clauses as
/// written, the remiss facts they may name, the house style, the registry and optionally what happened at the meeting
/// (ORGANISATION.md §7) give the intro and clauses (with a meeting: <c>Beslut:</c> and the §'s sections), or the first
/// problem, located by <see cref="WordingField"/> for the host to name in its own terms (an option, a JSON field).
/// </summary>
public static class DecisionWording
{
    /// <summary>Composes the text; never throws for what the user wrote.</summary>
    /// <param name="path">The bodies in order, proposing first, deciding last.</param>
    /// <param name="clauses">The clauses as written (with a meeting: the proposal the body decided on; may be empty).</param>
    /// <param name="facts">The remiss facts clauses may name.</param>
    /// <param name="style">The house style's name (<c>att</c>, <c>numbered</c>); null for <c>att</c>.</param>
    /// <param name="registry">The clause registry (the standard one, or the organisation's).</param>
    /// <param name="meeting">What happened at the meeting, or null.</param>
    /// <param name="names">How the host names what a remiss fact is given with (<c>--title</c>, <c>"remiss": { "title": … }</c>).</param>
    public static DecisionWordingResult Compose(
        IReadOnlyList<string?> path,
        IReadOnlyList<WrittenClause?> clauses,
        WordingFacts facts,
        string? style,
        ClauseRegistry registry,
        WordingMeeting? meeting,
        Func<WordingField, string> names)
    {
        var bodies = path.Select(b => b?.Trim() ?? string.Empty).Where(b => b.Length > 0).ToList();
        if (bodies.Count == 0)
        {
            return Fail(WordingField.Path, "ange minst ett organ: det som föreslår först och det som beslutar sist.");
        }

        if (clauses.Count == 0 && meeting is null)
        {
            return Fail(WordingField.Clauses, "ange minst en att-sats (ett id eller egen text), eller ett sammanträde.");
        }

        if ((style is null ? HouseStyle.Att : OrganisationSchema.ParseHouseStyle(style)) is not { } houseStyle)
        {
            return Fail(WordingField.Style, $"'{style}' är ingen husstil. Tillåtna värden: {string.Join(", ", OrganisationSchema.HouseStyleValues)} (som house_style i organisationsfilen).");
        }

        if (facts.Kind is { } kind && RemissSchema.ParseKind(kind) is null)
        {
            return Fail(WordingField.Kind, $"'{kind}' är inget slag av remiss. Tillåtna värden: {string.Join(", ", RemissSchema.KindValues)}.");
        }

        var context = facts.ToClauseContext();
        var texts = new List<string>(clauses.Count);
        var references = new List<ClauseReference>(clauses.Count);
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause is null || (clause.Id is null) == (clause.Text is null))
            {
                return Fail(WordingField.Clause, "ska ha antingen ett id (en standardsats) eller egen text, inte båda och inte ingen.", i);
            }

            if (clause.Text is not null)
            {
                var own = DecisionClauses.Normalize(clause.Text, houseStyle);
                texts.Add(own);
                references.Add(houseStyle == HouseStyle.Numbered ? ClauseReference.ForStatement(own) : ClauseReference.ForText(own));
                continue;
            }

            var id = clause.Id!.Trim();
            var reference = clause.Arguments is { Count: > 0 } named
                ? ClauseReference.ForId(id, named)
                : clause.Argument is { } argument ? ClauseReference.ForId(id, argument) : ClauseReference.ForId(id);
            if (registry.Check(reference, houseStyle) is { } wrong)
            {
                // Core's check, in the words a remiss file gets; only where it points is the request's.
                return Fail(WordingField.Clause, wrong.Message, i, wrong.Code);
            }

            var missing = registry.TryGet(id, out var definition)
                ? definition.PlaceholdersIn(houseStyle).Where(p => ClauseDefinition.ContextPlaceholders.Contains(p) && !facts.Has(p)).Select(p => WordingFacts.Describe(p, names)).Distinct().ToList()
                : [];
            if (missing.Count > 0)
            {
                return Fail(WordingField.Clause, $"att-satsen \"{id}\" nämner remissen och behöver {string.Join(" och ", missing)}.", i, DiagnosticDescriptors.ClauseArguments.Code);
            }

            texts.Add(registry.Resolve(reference, context, houseStyle));
            references.Add(reference);
        }

        return meeting is null
            ? new DecisionWordingResult(DecisionText.For(bodies, texts, houseStyle), null, null, [])
            : ForMeeting(meeting, bodies, references, new MeetingRecordWording(registry, context, houseStyle), registry, houseStyle);
    }

    /// <summary>The meeting's <c>Beslut:</c> and sections (ORGANISATION.md §7): the record read and checked by Core, worded by Core.</summary>
    private static DecisionWordingResult ForMeeting(WordingMeeting meeting, List<string> path, List<ClauseReference> proposal, MeetingRecordWording wording, ClauseRegistry registry, HouseStyle style)
    {
        var result = meeting.Text is { } text
            ? MeetingRecordLoader.Load(text, meeting.Name, path, registry, style)
            : MeetingRecordLoader.LoadFile(meeting.Name, path, registry, style);
        if (result.Meeting is not { } record)
        {
            var first = result.Diagnostics.First(d => d.IsError);
            return Fail(WordingField.Meeting, $"sammanträdet har {result.Diagnostics.Count(d => d.IsError)} fel. Det första: rad {first.Line}, kolumn {first.Column}: {first.Message}", null, first.Code) with
            {
                MeetingDiagnostics = result.Diagnostics,
                Line = first.Line,
                Column = first.Column,
            };
        }

        if (proposal.Count == 0 && DecisionRoute.DecidesMatter(record.Proceedings))
        {
            return Fail(WordingField.Clauses, "ange förslagets att-satser: sammanträdet avgjorde ärendet, och Beslut: skrivs med dem.") with { MeetingDiagnostics = result.Diagnostics };
        }

        var index = DecisionRoute.PathIndex(path, record);
        return new DecisionWordingResult(wording.Decision(path, index, record.Proceedings, proposal), wording.Sections(path, index, record.Proceedings), null, result.Diagnostics);
    }

    private static DecisionWordingResult Fail(WordingField field, string message, int? index = null, string? code = null) =>
        new(null, null, new WordingProblem(field, index, code, message), []);
}

/// <summary>Where a request for decision text is wrong, named by each host in its own terms.</summary>
public enum WordingField
{
    /// <summary>The decision path (<c>--path</c>, <c>path</c>).</summary>
    Path,

    /// <summary>The clauses as a whole (<c>--clause</c>, <c>clauses</c>).</summary>
    Clauses,

    /// <summary>One clause, by its index (<c>--clause …</c>, <c>clauses[i]</c>).</summary>
    Clause,

    /// <summary>The house style (<c>--style</c>, <c>style</c>).</summary>
    Style,

    /// <summary>The remiss's kind (<c>--kind</c>, <c>remiss.kind</c>).</summary>
    Kind,

    /// <summary>The remiss's title, with its kind and number, for clauses that name the remiss.</summary>
    Title,

    /// <summary>The sending department.</summary>
    Department,

    /// <summary>The organisation answering.</summary>
    Organisation,

    /// <summary>What happened at the meeting (<c>--meeting</c>, <c>meeting</c>).</summary>
    Meeting,
}

/// <summary>
/// What is wrong, and where: a clause's or the meeting's RMS code when Core's rules found it (the request is understood but
/// cannot be worded), else null (the request's shape is wrong: nothing given, both or neither of id and text, a value not allowed).
/// </summary>
/// <param name="Field">Where.</param>
/// <param name="Index">The clause's index for <see cref="WordingField.Clause"/>.</param>
/// <param name="Code">The diagnostic code, or null for a request of the wrong shape.</param>
/// <param name="Message">The Swedish message, saying what to do, for the host to put after its name of <see cref="Field"/>.</param>
public sealed record WordingProblem(WordingField Field, int? Index, string? Code, string Message);

/// <summary>The text, or the problem; with a meeting, its record's diagnostics (warnings too) either way.</summary>
/// <param name="Decision">The intro and clauses (with a meeting: <c>Beslut:</c> as the outcome has it), or null.</param>
/// <param name="Sections">With a meeting: its sections in the extract's order; else null.</param>
/// <param name="Problem">The first problem, or null.</param>
/// <param name="MeetingDiagnostics">The meeting record's diagnostics.</param>
public sealed record DecisionWordingResult(DecisionText? Decision, EquatableArray<MinutesSection>? Sections, WordingProblem? Problem, IReadOnlyList<Diagnostic> MeetingDiagnostics)
{
    /// <summary>With a meeting record's errors: the first one's line.</summary>
    public int? Line { get; init; }

    /// <summary>With a meeting record's errors: the first one's column.</summary>
    public int? Column { get; init; }

    /// <summary>Intro and clauses separated by blank lines, as in the documents (with a meeting: <c>Beslut:</c> first and the sections after).</summary>
    public string ToText(string newLine = "\n") =>
        Decision is null ? string.Empty
        : Sections is { } sections ? MeetingRecordWording.ToText(Decision, sections, newLine)
        : Decision.ToText(newLine);
}

/// <summary>A clause as written: a registry id with its argument or named arguments, or own text.</summary>
public sealed record WrittenClause(string? Id = null, string? Argument = null, IReadOnlyDictionary<string, string>? Arguments = null, string? Text = null)
{
    /// <summary>
    /// A clause typed on one line: a registry id (<c>immediate-adjustment</c>), an id with its argument
    /// (<c>refer-without-proposal: regionstyrelsen</c>; several as <c>id: name=value; name=value</c>), or own text.
    /// Something shaped like an id (kebab-case with a hyphen) that the registry does not know is a typo, not text.
    /// </summary>
    public static WrittenClause Parse(string written, ClauseRegistry registry)
    {
        written = written.Trim();
        var colon = written.IndexOf(':');
        var id = colon > 0 ? written.Substring(0, colon).Trim() : written;
        if (!registry.TryGet(id, out var definition))
        {
            return colon < 0 && ClauseDefinition.IsValidId(written) && written.IndexOf('-') >= 0
                ? new WrittenClause(Id: written)
                : new WrittenClause(Text: written);
        }

        var argument = colon > 0 ? written.Substring(colon + 1).Trim() : string.Empty;
        return argument.Length == 0 ? new WrittenClause(Id: id)
            : definition.Parameters.Count > 1 ? new WrittenClause(Id: id, Arguments: Named(argument))
            : new WrittenClause(Id: id, Argument: argument);
    }

    private static Dictionary<string, string> Named(string text) =>
        text.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split(new[] { '=' }, 2).Select(p => p.Trim()).ToArray())
            .Where(pair => pair[0].Length > 0)
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Length > 1 ? g.Last()[1] : string.Empty, StringComparer.Ordinal);
}

/// <summary>The remiss facts a clause may name, given without a file.</summary>
public sealed record WordingFacts(string? Title = null, string? Kind = null, string? Number = null, string? Department = null, string? Organisation = null)
{
    /// <summary>True when the fact behind <paramref name="placeholder"/> is given (or not a remiss fact).</summary>
    public bool Has(string placeholder) => placeholder switch
    {
        "response_title" or "document_name" => !string.IsNullOrWhiteSpace(Title),
        "department" => !string.IsNullOrWhiteSpace(Department),
        "organisation" => !string.IsNullOrWhiteSpace(Organisation),
        _ => true,
    };

    /// <summary>The context clauses are resolved with.</summary>
    public ClauseContext ToClauseContext() =>
        ClauseContext.For(Title, RemissSchema.ParseKind(Kind ?? "other") ?? ReferralKind.Other, Number, Department, Organisation);

    /// <summary>What a missing fact is, in Swedish, and how the host takes it.</summary>
    internal static string Describe(string placeholder, Func<WordingField, string> names) => placeholder switch
    {
        "response_title" or "document_name" => "remissens titel: " + names(WordingField.Title),
        "department" => "departementet: " + names(WordingField.Department),
        _ => "organisationen: " + names(WordingField.Organisation),
    };
}

/// <summary>What happened at the meeting: its text (JSON is YAML) named <paramref name="Name"/>, or with no text the file at <paramref name="Name"/>.</summary>
public sealed record WordingMeeting(string Name, string? Text = null);
