namespace Remiss.Tests.Shared;

/// <summary>
/// Records of ORGANISATION.md §7 for the example's two bodies, in the seeds' wording: the utskott's § 25 with
/// <c>Pia Lundin (SJVP) yrkar bifall till beredningens förslag.</c>, and the nämnd's § 41 in the Västerbotten shape
/// (a vote, a written reservation, a protokollsanteckning, jäv and a member not taking part).
/// </summary>
internal static class MeetingRecords
{
    /// <summary>The utskott's § 25 with the seed's proposal.</summary>
    public const string UtskottSeed = """
            - body: hsu
              date: 2025-03-13
              paragraph: 25
              proposals:
                - by: Pia Lundin (SJVP)
                  motion: approve

        """;

    /// <summary>The nämnd's § 41 as ORGANISATION.md §7 writes it.</summary>
    public const string NamndVasterbotten = """
            - body: hsn
              date: 2025-03-19
              paragraph: 41
              proposals:
                - by: Viktoria Jansson (M)
                  motion: approve
                - by: [Erica Stenberg (SD), Lars Ek (SD)]
                  motion: add
                  clauses:
                    - text: uppdra åt förvaltningen att följa upp frågan om läkarbemanning
                - by: Anna Berg (V)
                  motion: refer-back
                  reason: Konsekvenserna för kommunerna behöver belysas.
              vote:
                yes: 1
                no: 2
                result: { yes: 7, no: 4, abstain: 2 }
              outcome: [1]
              reservations:
                - by: [Erica Stenberg (SD), Lars Ek (SD)]
                  written: true
              entries:
                - by: Anna Berg (V)
                  text: Vänsterpartiet vill att uppföljningen redovisas för nämnden i höst.
              disqualified: [Pia Lundin (SJVP)]
              not_taking_part: [Dennis Moström (C)]

        """;

    /// <summary>The lines the nämnd's § 41 prints after Beslutsunderlag, headings included, in order.</summary>
    public static readonly string[] NamndLines =
    [
        "Jäv",
        "Pia Lundin (SJVP) deltar inte i handläggningen av ärendet på grund av jäv.",
        "Deltagande i beslut",
        "Dennis Moström (C) deltar inte i beslutet.",
        "Yrkanden",
        "Viktoria Jansson (M) yrkar bifall till hälso- och sjukvårdsutskottets förslag.",
        "Erica Stenberg (SD) och Lars Ek (SD) yrkar bifall till hälso- och sjukvårdsutskottets förslag med följande tillägg:",
        "att uppdra åt förvaltningen att följa upp frågan om läkarbemanning.",
        "Anna Berg (V) yrkar att ärendet ska återremitteras till förvaltningen med följande motivering: Konsekvenserna för kommunerna behöver belysas.",
        "Beslutsgång",
        "Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att ärendet ska avgöras i dag.",
        "Ordföranden frågar om hälso- och sjukvårdsnämnden kan besluta enligt hälso- och sjukvårdsutskottets förslag och finner att så sker.",
        "Ordföranden ställer därefter proposition på bifall respektive avslag på yrkandet från Erica Stenberg (SD) och Lars Ek (SD) och finner att det har avslagits.",
        "Omröstning",
        "Omröstning begärs.",
        "Följande voteringsproposition godkänns: Ja-röst för hälso- och sjukvårdsutskottets förslag, nej-röst för yrkandet från Erica Stenberg (SD) och Lars Ek (SD).",
        "Omröstningen utfaller med 7 ja-röster mot 4 nej-röster. 2 ledamöter avstår från att rösta.",
        "Hälso- och sjukvårdsnämnden beslutar därmed enligt hälso- och sjukvårdsutskottets förslag.",
        "Reservation",
        "Erica Stenberg (SD) och Lars Ek (SD) reserverar sig mot beslutet till förmån för det egna yrkandet och anmäler skriftlig reservation.",
        "Protokollsanteckning",
        "Anna Berg (V) antecknar följande till protokollet:",
        "Vänsterpartiet vill att uppföljningen redovisas för nämnden i höst.",
    ];

    /// <summary>The example's text with <paramref name="records"/> as its <c>decision.meetings</c>.</summary>
    public static string Example(string exampleText, params string[] records)
    {
        const string notify = "  notify: [Socialdepartementet]\n";
        var text = exampleText.Replace("\r\n", "\n");
        if (!text.Contains(notify, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The example has no notify line to put the meetings after.");
        }

        return text.Replace(notify, notify + "  meetings:\n" + string.Concat(records.Select(r => r.Replace("\r\n", "\n"))), StringComparison.Ordinal);
    }
}
