namespace Remiss.Core;

/// <summary>
/// The standard Swedish wording of FORMAT.md §2 and §4: document names, titles, headings and the fixed
/// sentences of the tjänsteutlåtande. Everything that prints these calls here, so the registry office,
/// the templates and the generator always agree to the character.
/// </summary>
public static class StandardWording
{
    /// <summary><c>betänkandet</c>, <c>promemorian</c>, or null for other kinds.</summary>
    public static string? KindPhrase(ReferralKind kind) => kind switch
    {
        ReferralKind.Betankande => "betänkandet",
        ReferralKind.Promemoria => "promemorian",
        _ => null,
    };

    /// <summary>
    /// Kind phrase + title (or the title alone), then <c> (number)</c> when there is one:
    /// <c>betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)</c>.
    /// </summary>
    public static string DocumentName(string title, ReferralKind kind, string? number)
    {
        var phrase = KindPhrase(kind);
        var name = phrase is null ? title : phrase + " " + title;
        return string.IsNullOrWhiteSpace(number) ? name : $"{name} ({number!.Trim()})";
    }

    /// <summary>The document name of a referral.</summary>
    public static string DocumentName(Referral remiss) => DocumentName(remiss.Title, remiss.Kind, remiss.Number?.Text);

    /// <summary><c>Yttrande över remiss; {document name}</c>.</summary>
    public static string ResponseTitle(string documentName) => "Yttrande över remiss; " + documentName;

    /// <summary><c>Yttrande över remiss; {document name}</c>.</summary>
    public static string ResponseTitle(Referral remiss) => ResponseTitle(DocumentName(remiss));

    /// <summary><c>Yttrande över remiss från {department}; {document name}</c>.</summary>
    public static string MemoHeading(string department, string documentName) =>
        $"Yttrande över remiss från {department}; {documentName}";

    /// <summary>The memo heading of a referral.</summary>
    public static string MemoHeading(Referral remiss) => MemoHeading(remiss.Department, DocumentName(remiss));

    /// <summary>The position phrase: <c>tillstyrker</c>, <c>avstyrker</c>, …</summary>
    public static string PositionPhrase(Position position) => position switch
    {
        Position.Supports => "tillstyrker",
        Position.Opposes => "avstyrker",
        Position.SupportsWithReservations => "tillstyrker med reservationer",
        Position.NoComment => "har inga synpunkter",
        Position.Comments => "lämnar följande synpunkter",
        _ => throw new ArgumentOutOfRangeException(nameof(position), position, null),
    };

    /// <summary>
    /// The sentence a comment opens with: <c>Region Västernorrland tillstyrker förslaget.</c> Only the
    /// two plain positions take the object <c>förslaget</c>; the other phrases are complete as they are
    /// (<c>… tillstyrker med reservationer.</c>, <c>… har inga synpunkter.</c>, <c>… lämnar följande synpunkter.</c>).
    /// </summary>
    public static string PositionSentence(string organisation, Position position) => position switch
    {
        Position.Supports or Position.Opposes => $"{organisation} {PositionPhrase(position)} förslaget.",
        _ => $"{organisation} {PositionPhrase(position)}.",
    };

    /// <summary>
    /// The whole yttrande of a no-comment answer (ORGANISATION.md §6):
    /// <c>Region Västernorrland har inga synpunkter på betänkandet … (SOU 2024:72).</c>
    /// </summary>
    public static string NoCommentSentence(string organisation, Referral remiss) =>
        $"{organisation} har inga synpunkter på {DocumentName(remiss)}.";

    /// <summary>
    /// Förvaltningens bedömning of a no-comment answer without an assessment of its own (ORGANISATION.md §6):
    /// <c>Förvaltningen föreslår att Region Västernorrland inte lämnar några synpunkter på betänkandet ….</c>
    /// </summary>
    public static string NoCommentAssessment(string organisation, Referral remiss) =>
        $"Förvaltningen föreslår att {organisation} inte lämnar några synpunkter på {DocumentName(remiss)}.";

    /// <summary><c>Förslag till beslut</c>, or <c>Beslut</c> when one body both proposes and decides.</summary>
    public static string DecisionHeading(int pathLength) => pathLength == 1 ? "Beslut" : "Förslag till beslut";

    /// <summary>The Ärendebeskrivning opening sentence.</summary>
    public static string CaseDescription(string organisation, Referral remiss) =>
        KindPhrase(remiss.Kind) is null
            ? $"{organisation} har beretts tillfälle att lämna synpunkter på en remiss från {remiss.Department}: {remiss.Title}."
            : $"{organisation} har beretts tillfälle att lämna synpunkter på {DocumentName(remiss)}.";

    /// <summary><c>Förlängd svarstid till den 21 mars 2025 har beviljats.</c></summary>
    public static string ExtensionGranted(CalendarDate effectiveDeadline) =>
        $"Förlängd svarstid till {SwedishText.LongDate(effectiveDeadline)} har beviljats.";

    /// <summary>
    /// <c>Regionens</c> for <c>Region …</c>, <c>Kommunens</c> for <c>… kommun</c>, else <c>Vårt</c>: the word
    /// before "svar" in the prepared-with sentence.
    /// </summary>
    public static string OrganisationPossessive(string organisation)
    {
        var name = organisation.Trim();
        if (name.StartsWith("Region ", StringComparison.Ordinal) || name == "Region")
        {
            return "Regionens";
        }

        return name.EndsWith(" kommun", StringComparison.OrdinalIgnoreCase) ? "Kommunens" : "Vårt";
    }

    /// <summary><c>Regionens svar har tagits fram i dialog med Region Norrbotten och Region Västerbotten.</c></summary>
    public static string PreparedWith(string organisation, IEnumerable<string> bodies) =>
        $"{OrganisationPossessive(organisation)} svar har tagits fram i dialog med {SwedishText.JoinList(bodies)}.";

    /// <summary>The Beslutsunderlag lines: the remiss, the response title, then the extra documents.</summary>
    public static IReadOnlyList<string> DecisionDocuments(Referral remiss, IEnumerable<string> extraDocuments)
    {
        var lines = new List<string>
        {
            $"Remiss från {remiss.Department}: {DocumentName(remiss)}",
            ResponseTitle(remiss),
        };
        lines.AddRange(extraDocuments);
        return lines;
    }
}
