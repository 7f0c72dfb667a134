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
