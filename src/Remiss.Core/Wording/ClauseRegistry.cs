namespace Remiss.Core;

/// <summary>
/// The clause ids a remiss file may use: the built-in standard clauses plus a region's own
/// (loaded from <c>*.wording.yaml</c>). Immutable; <see cref="With"/> returns a new registry.
/// </summary>
public sealed class ClauseRegistry
{
    private readonly Dictionary<string, ClauseDefinition> _byId;

    private ClauseRegistry(IEnumerable<ClauseDefinition> definitions)
    {
        _byId = new Dictionary<string, ClauseDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            _byId[definition.Id] = definition;
        }
    }

    /// <summary>The clauses every registry starts with (FORMAT.md §3).</summary>
    public static ClauseRegistry BuiltIn { get; } = new(new[]
    {
        new ClauseDefinition("submit-response", "avge ”{response_title}”", "Avge yttrandet (svaret på remissen).",
            "Yttrandet ”{response_title}” antas och överlämnas till {department}."),
        new ClauseDefinition("immediate-adjustment", "förklara paragrafen för omedelbart justerad", "Omedelbar justering av paragrafen.",
            "Paragrafen justeras omedelbart."),
        new ClauseDefinition("file-information", "lägga informationen till handlingarna", "Lägga informationen till handlingarna.",
            "Informationen läggs till handlingarna."),
        new ClauseDefinition("approve-report", "godkänna redovisningen och lägga den till handlingarna", "Godkänna redovisningen.",
            "Redovisningen godkänns och läggs till handlingarna."),
        new ClauseDefinition("refer-without-proposal", "överlämna ärendet till {body} utan eget förslag till beslut", "Överlämna ärendet utan eget förslag; argumentet är mottagaren, skrivet som det ska stå.",
            "Ärendet överlämnas till {body} utan eget förslag till beslut."),
    });

    /// <summary>Every definition, ordered by id.</summary>
    public IEnumerable<ClauseDefinition> Definitions => _byId.Values.OrderBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>Every id, ordered.</summary>
    public IEnumerable<string> Ids => _byId.Keys.OrderBy(id => id, StringComparer.Ordinal);

    /// <summary>A registry with these definitions added; a definition with an existing id replaces it.</summary>
    public ClauseRegistry With(IEnumerable<ClauseDefinition> definitions) => new(_byId.Values.Concat(definitions));

    /// <summary>Looks up an id.</summary>
    public bool TryGet(string id, out ClauseDefinition definition) => _byId.TryGetValue(id, out definition!);

    /// <summary>True when the id is known.</summary>
    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>
    /// The clause text (without <c>att </c> and punctuation) for a reference, filling context placeholders
    /// from <paramref name="context"/>. Throws <see cref="KeyNotFoundException"/> for an unknown id or a
    /// missing argument; the loader reports both as diagnostics before this is reached.
    /// </summary>
    public string Resolve(ClauseReference clause, ClauseContext context)
    {
        if (clause.Id is null)
        {
            return DecisionClauses.Normalize(clause.Text ?? throw new KeyNotFoundException("The own clause has only a statement form."));
        }

        var (definition, values) = Values(clause, context);
        return DecisionClauses.Normalize(definition.Render(values));
    }

    /// <summary>The clause in <paramref name="style"/>: <see cref="Resolve(ClauseReference, ClauseContext)"/>, or <see cref="ResolveStatement"/> for the numbered style.</summary>
    public string Resolve(ClauseReference clause, ClauseContext context, HouseStyle style) =>
        style == HouseStyle.Numbered ? ResolveStatement(clause, context) : Resolve(clause, context);

    /// <summary>
    /// The statement form of a reference for the numbered house style (ORGANISATION.md §5), ending in <c>.</c>.
    /// Throws <see cref="KeyNotFoundException"/> for an unknown id, a missing argument or a clause without a
    /// statement form (<see cref="HasStatement"/>); the loader reports all three before this is reached.
    /// </summary>
    public string ResolveStatement(ClauseReference clause, ClauseContext context)
    {
        if (clause.Id is null)
        {
            return DecisionClauses.NormalizeStatement(clause.Statement ?? throw new KeyNotFoundException("The own clause has no statement form."));
        }

        var (definition, values) = Values(clause, context);
        return DecisionClauses.NormalizeStatement(definition.RenderStatement(values) ?? throw new KeyNotFoundException($"Clause '{clause.Id}' has no statement form."));
    }

    /// <summary>True when the reference can be printed in the numbered house style: own text with a statement, or an id whose definition has one.</summary>
    public bool HasStatement(ClauseReference clause) =>
        clause.Id is null ? clause.Statement is not null : TryGet(clause.Id, out var definition) && definition.Statement is not null;

    private (ClauseDefinition Definition, Dictionary<string, string> Values) Values(ClauseReference clause, ClauseContext context)
    {
        if (clause.Id is null || !TryGet(clause.Id, out var definition))
        {
            throw new KeyNotFoundException($"Unknown clause id '{clause.Id}'.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["response_title"] = context.ResponseTitle,
            ["document_name"] = context.DocumentName,
            ["department"] = context.Department,
            ["organisation"] = context.Organisation,
        };
        foreach (var argument in clause.Arguments)
        {
            // A single unnamed argument fills the one parameter the clause has.
            var name = argument.Key.Length == 0 && definition.Parameters.Count == 1 ? definition.Parameters[0] : argument.Key;
            values[name] = argument.Value.Trim();
        }

        return (definition, values);
    }

    /// <summary>
    /// What is wrong with <paramref name="clause"/> in <paramref name="style"/>, or null when it can be printed: an unknown id
    /// (with a "Menade du" hint), arguments that do not match the clause's parameters, no statement form in the numbered
    /// style, or own text with only a statement form in the att style. The one clause check of the toolkit.
    /// </summary>
    public ClauseProblem? Check(ClauseReference clause, HouseStyle style)
    {
        var numbered = style == HouseStyle.Numbered;
        if (clause.Id is null)
        {
            if (numbered && clause.Statement is null)
            {
                return new ClauseProblem(DiagnosticDescriptors.ClauseWithoutStatement, $"\"{clause.Text}\"",
                    "Skriv den som en hel mening: '- statement: …' (eller båda: '- { text: …, statement: … }').");
            }

            return !numbered && clause.Text is null ? new ClauseProblem(DiagnosticDescriptors.StatementWithoutText) : null;
        }

        if (!TryGet(clause.Id, out var definition))
        {
            var suggestion = Suggest(clause.Id);
            return new ClauseProblem(DiagnosticDescriptors.UnknownClause, clause.Id,
                suggestion is null ? string.Empty : $"Menade du '{suggestion}'? ", string.Join(", ", Ids));
        }

        if (ArgumentProblem(clause, definition) is { } hint)
        {
            return new ClauseProblem(DiagnosticDescriptors.ClauseArguments, clause.Id, hint);
        }

        return numbered && definition.Statement is null
            ? new ClauseProblem(DiagnosticDescriptors.ClauseWithoutStatement, $"\"{clause.Id}\"",
                $"Lägg till 'statement: …' för \"{clause.Id}\" i formuleringsregistret (*.wording.yaml), eller skriv satsen som egen text: '- statement: …'.")
            : null;
    }

    /// <summary>Why the reference's arguments do not fit the definition's parameters, or null when they do.</summary>
    private static string? ArgumentProblem(ClauseReference clause, ClauseDefinition definition)
    {
        var parameters = definition.Parameters;
        if (parameters.IsEmpty && !clause.Arguments.IsEmpty)
        {
            return $"tar inget argument. Skriv bara '- {clause.Id}'.";
        }

        if (clause.Arguments.Count == 1 && clause.Arguments[0].Key.Length == 0)
        {
            return parameters.Count > 1
                ? $"tar {parameters.Count} argument. Skriv dem med namn: '- {clause.Id}: {{ {string.Join(", ", parameters.Select(p => p + ": …"))} }}'."
                : null;
        }

        var given = clause.Arguments.Select(a => a.Key).ToList();
        var missing = parameters.Where(p => !given.Contains(p)).ToList();
        var extra = given.Where(g => !parameters.Contains(g)).ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return null;
        }

        var hint = parameters.Count == 1
            ? $"tar argumentet {{{parameters[0]}}}. Skriv '- {clause.Id}: …'."
            : $"tar argumenten {string.Join(", ", parameters.Select(p => "{" + p + "}"))}. Skriv '- {clause.Id}: {{ {string.Join(", ", parameters.Select(p => p + ": …"))} }}'.";
        return extra.Count > 0 ? $"känner inte till {string.Join(", ", extra.Select(e => "'" + e + "'"))} och " + hint : hint;
    }

    /// <summary>The ids closest to <paramref name="id"/>, for a "menade du" hint.</summary>
    public string? Suggest(string id) => Suggestions.Closest(id, _byId.Keys);
}

/// <summary>The values a clause may take from the remiss it belongs to.</summary>
public sealed record ClauseContext(string ResponseTitle, string DocumentName, string Department, string Organisation)
{
    /// <summary>The context of a remiss file.</summary>
    public static ClauseContext From(RemissFile file) => new(
        StandardWording.ResponseTitle(file.Remiss),
        StandardWording.DocumentName(file.Remiss),
        file.Remiss.Department,
        file.Case.Organisation);

    /// <summary>
    /// The context of a remiss known only by its facts (the registry office's decision text without a remiss file);
    /// a fact not given is empty.
    /// </summary>
    public static ClauseContext For(string? title, ReferralKind kind, string? number, string? department, string? organisation)
    {
        var documentName = StandardWording.DocumentName(title?.Trim() ?? string.Empty, kind, number?.Trim());
        return new ClauseContext(StandardWording.ResponseTitle(documentName), documentName, department?.Trim() ?? string.Empty, organisation?.Trim() ?? string.Empty);
    }
}
