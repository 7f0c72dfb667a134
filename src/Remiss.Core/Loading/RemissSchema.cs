namespace Remiss.Core;

/// <summary>The kind of value a key holds.</summary>
public enum SchemaValueKind
{
    /// <summary>A mapping with the keys in <see cref="SchemaNode.Children"/>.</summary>
    Mapping,

    /// <summary>A sequence whose items follow <see cref="SchemaNode.Items"/>.</summary>
    Sequence,

    /// <summary>A single-line text.</summary>
    Text,

    /// <summary>Markdown text (paragraphs, lists, emphasis, links).</summary>
    Markdown,

    /// <summary>An ISO date, <c>yyyy-mm-dd</c>.</summary>
    Date,

    /// <summary>One of <see cref="SchemaNode.Choices"/>.</summary>
    Choice,

    /// <summary>A decision clause: an id, an id with an argument, or <c>text: …</c>.</summary>
    Clause,

    /// <summary>A whole number from 1 (a § in the minutes).</summary>
    PositiveInteger,

    /// <summary>A whole number, 0 or more (a count of days).</summary>
    Integer,

    /// <summary>One e-mail address, or a list of them (<c>s.remissvar@regeringskansliet.se</c>).</summary>
    EmailAddresses,

    /// <summary>One name, or a list of names (who made a proposal, who reserved themselves).</summary>
    Names,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A number of votes (0 or more), or the list of the members who voted so (a roll call).</summary>
    Votes,
}

/// <summary>
/// One key of the remiss format. The loader checks keys and types against these definitions and the
/// CLI's <c>schema</c> command turns the same definitions into JSON Schema, so the two cannot drift.
/// </summary>
public sealed class SchemaNode
{
    internal SchemaNode(string name, SchemaValueKind kind, bool required, string description)
    {
        Name = name;
        Kind = kind;
        Required = required;
        Description = description;
    }

    /// <summary>The key.</summary>
    public string Name { get; }

    /// <summary>The kind of value.</summary>
    public SchemaValueKind Kind { get; }

    /// <summary>True when the key must be present.</summary>
    public bool Required { get; }

    /// <summary>Help text in Swedish, shown on hover in an editor.</summary>
    public string Description { get; }

    /// <summary>The keys of a mapping.</summary>
    public IReadOnlyList<SchemaNode> Children { get; internal set; } = Array.Empty<SchemaNode>();

    /// <summary>The item definition of a sequence.</summary>
    public SchemaNode? Items { get; internal set; }

    /// <summary>The allowed values of a choice.</summary>
    public IReadOnlyList<string> Choices { get; internal set; } = Array.Empty<string>();

    /// <summary>The value used when the key is left out, as the file would write it; null when there is none to show.</summary>
    public string? Default { get; internal set; }

    /// <summary>An example value as the file would write it, for the commented file of <c>remiss new</c>; null when there is none.</summary>
    public string? Example { get; internal set; }

    /// <summary>The child with this key, or null.</summary>
    public SchemaNode? Child(string name) => Children.FirstOrDefault(c => c.Name == name);
}

/// <summary>The definition of format <c>remiss/1</c> (FORMAT.md §1).</summary>
public static class RemissSchema
{
    // The file's spelling of each enum value, in declaration order of the enums: one table for reading,
    // writing (the generator, templates, `remiss new`) and the JSON Schema.
    private static readonly string[] KindNames = { "other", "betänkande", "promemoria" };
    private static readonly string[] PositionNames = { "supports", "opposes", "supports-with-reservations", "no-comment", "comments" };

    private static readonly string[] MotionNames = { "approve", "reject", "add", "amend", "refer-back", "table" };

    /// <summary>The allowed values of <c>decision.meetings[].proposals[].motion</c> (ORGANISATION.md §7), in the order of <see cref="Motion"/>.</summary>
    public static IReadOnlyList<string> MotionValues { get; } = MotionNames;

    /// <summary>The file's spelling of a motion: <c>approve</c>, <c>refer-back</c>, …</summary>
    public static string MotionName(Motion motion) => MotionNames[(int)motion];

    /// <summary>The motion a file's value names, or null when it names none.</summary>
    public static Motion? ParseMotion(string? value) =>
        Array.IndexOf(MotionNames, value?.Trim()) is var i and >= 0 ? (Motion)i : null;

    /// <summary>The keys of one <c>decision.meetings</c> item about the justering of its minutes and the notice of it (ORGANISATION.md §8).</summary>
    internal static SchemaNode[] JusteringKeys()
    {
        const bool req = true;
        const bool opt = false;
        return new[]
        {
            Val("adjusted", SchemaValueKind.Date, opt, "Dagen då protokollet justerades (åååå-mm-dd). Då får sammanträdet ett anslag om justeringen (anslag/bevis)."),
            Val("notice_posted", SchemaValueKind.Date, opt, "Dagen då anslaget sattes upp på anslagstavlan (åååå-mm-dd), senast andra dagen efter justeringen; utan den räknas justeringsdagen."),
            Val("kept_at", SchemaValueKind.Text, opt, "Förvaringsplats för protokollet, t.ex. Regionkansliet, Härnösand (standard: organisationsfilens minutes.kept_at)."),
            Map("certified_by", opt, "Vem som skriver under anslaget (standard: organisationsfilens minutes.certified_by).",
                Val("name", SchemaValueKind.Text, req, "Namn."),
                Val("role", SchemaValueKind.Text, opt, "Roll, t.ex. Nämndsekreterare.")),
        };
    }

    /// <summary>
    /// The keys of one <c>decision.meetings</c> item beyond body, date, paragraph and note: what happened at the meeting
    /// (ORGANISATION.md §7). Also the whole of a record read on its own (<see cref="MeetingRecordLoader"/>).
    /// </summary>
    internal static SchemaNode[] ProceedingsKeys()
    {
        const bool req = true;
        const bool opt = false;
        var names = "Ett namn eller en lista med namn, som i protokollet, t.ex. 'Pia Lundin (SJVP)' eller [Erica Stenberg (SD), Lars Ek (SD)].";
        return new[]
        {
            Seq("proposals", opt, "Yrkanden, i den ordning de framställdes. Exempel ur protokollen: '- by: Pia Lundin (SJVP)' med 'motion: approve' blir 'Pia Lundin (SJVP) yrkar bifall till beredningens förslag.'",
                Map("", req, "Ett yrkande.",
                    Example(new SchemaNode("by", SchemaValueKind.Names, req, "Vem som yrkar. " + names), "Pia Lundin (SJVP)"),
                    Choice("motion", req, "Vad som yrkas: approve (bifall), reject (avslag), add (bifall med tillägg), amend (ändring), refer-back (återremiss) eller table (bordläggning).", MotionValues),
                    Seq("clauses", opt, "Tilläggets (add) eller ändringens (amend) att-satser, som i 'decision.clauses' (i stilen numbered '- statement: …').", Val("", SchemaValueKind.Clause, req, "En att-sats.")),
                    Val("to", SchemaValueKind.Text, opt, $"Återremiss (refer-back): till vem ärendet återremitteras (standard {Proposal.DefaultReferBackTo})."),
                    Val("reason", SchemaValueKind.Text, opt, "Återremiss (refer-back): motiveringen, t.ex. 'Konsekvenserna för kommunerna behöver belysas.'"),
                    Val("date", SchemaValueKind.Date, opt, "Bordläggning (table): sammanträdet ärendet bordläggs till (åååå-mm-dd), ett senare sammanträde i samma organ."))),
            Map("vote", opt, "Omröstning, när en begärdes: vilka yrkanden ja och nej står för och hur rösterna föll.",
                Example(Val("yes", SchemaValueKind.PositiveInteger, req, "Yrkandet (nummer från 1 i 'proposals') som ja-rösten står för."), "1"),
                Example(Val("no", SchemaValueKind.PositiveInteger, req, "Yrkandet (nummer från 1 i 'proposals') som nej-rösten står för."), "2"),
                Map("result", req, "Rösterna: antal, t.ex. { yes: 7, no: 4, abstain: 2 }, eller namnupprop, t.ex. { yes: [namn, …], no: [namn, …] }.",
                    Example(Val("yes", SchemaValueKind.Votes, req, "Ja-röster: antalet eller namnen."), "7"),
                    Example(Val("no", SchemaValueKind.Votes, req, "Nej-röster: antalet eller namnen."), "4"),
                    Example(Val("abstain", SchemaValueKind.Votes, opt, "De som avstår från att rösta: antalet eller namnen."), "2")),
                Val("casting_vote", SchemaValueKind.Boolean, opt, "true när ordförandens utslagsröst avgjorde vid lika röstetal (standard false).")),
            Seq("outcome", opt, "Yrkandena som bifölls (nummer från 1 i 'proposals'). Standard: yrkandena om bifall (approve), eller förslaget självt när ingen yrkade.",
                Val("", SchemaValueKind.PositiveInteger, req, "Ett yrkandes nummer.")),
            Seq("reservations", opt, "Reservationer mot beslutet.",
                Map("", req, "En reservation.",
                    Example(Val("by", SchemaValueKind.Names, req, "Vem som reserverar sig. " + names), "[Erica Stenberg (SD), Lars Ek (SD)]"),
                    Val("written", SchemaValueKind.Boolean, opt, "true när de anmäler skriftlig reservation (standard false)."))),
            Seq("entries", opt, "Protokollsanteckningar.",
                Map("", req, "En protokollsanteckning.",
                    Example(Val("by", SchemaValueKind.Names, req, "Vem som antecknar. " + names), "Anna Berg (V)"),
                    Example(Val("text", SchemaValueKind.Markdown, req, "Vad som antecknas (Markdown)."), "Vänsterpartiet vill att uppföljningen redovisas för nämnden i höst."))),
            Example(Val("disqualified", SchemaValueKind.Names, opt, "Ledamöter med jäv, som inte deltar i handläggningen av ärendet. " + names), "[Pia Lundin (SJVP)]"),
            Example(Val("not_taking_part", SchemaValueKind.Names, opt, "Ledamöter som inte deltar i beslutet. " + names), "[Dennis Moström (C)]"),
        };
    }

    private static SchemaNode Example(SchemaNode node, string example) // the Västerbotten shape of ORGANISATION.md §7
    {
        node.Example = example;
        return node;
    }

    /// <summary>The allowed values of <c>remiss.kind</c>.</summary>
    public static IReadOnlyList<string> KindValues { get; } = new[] { "betänkande", "promemoria", "other" };

    /// <summary>The allowed values of <c>response.comments[].position</c>.</summary>
    public static IReadOnlyList<string> PositionValues { get; } = PositionNames;

    /// <summary>
    /// The allowed values of <c>response.position</c>, the position on the remiss as a whole: only
    /// <c>no-comment</c> (ORGANISATION.md §6); the other positions are given per comment.
    /// </summary>
    public static IReadOnlyList<string> ResponsePositionValues { get; } = new[] { PositionNames[(int)Position.NoComment] };

    /// <summary>The file's spelling of a kind: <c>betänkande</c>, <c>promemoria</c>, <c>other</c>.</summary>
    public static string KindName(ReferralKind kind) => KindNames[(int)kind];

    /// <summary>The kind a file's value names, or null when it names none.</summary>
    public static ReferralKind? ParseKind(string? value) =>
        Array.IndexOf(KindNames, value?.Trim()) is var i and >= 0 ? (ReferralKind)i : null;

    /// <summary>The file's spelling of a position: <c>supports</c>, <c>no-comment</c>, …</summary>
    public static string PositionName(Position position) => PositionNames[(int)position];

    /// <summary>The position a file's value names, or null when it names none.</summary>
    public static Position? ParsePosition(string? value) =>
        Array.IndexOf(PositionNames, value?.Trim()) is var i and >= 0 ? (Position)i : null;

    /// <summary>The root of the format.</summary>
    public static SchemaNode Root { get; } = Build();

    private static SchemaNode Map(string name, bool required, string description, params SchemaNode[] children) =>
        new(name, SchemaValueKind.Mapping, required, description) { Children = children };

    private static SchemaNode Seq(string name, bool required, string description, SchemaNode items) =>
        new(name, SchemaValueKind.Sequence, required, description) { Items = items };

    private static SchemaNode Val(string name, SchemaValueKind kind, bool required, string description) =>
        new(name, kind, required, description);

    private static SchemaNode Choice(string name, bool required, string description, IReadOnlyList<string> choices) =>
        new(name, SchemaValueKind.Choice, required, description) { Choices = choices };

    private static SchemaNode Build()
    {
        const bool req = true;
        const bool opt = false;
        return Map("", req, "En remiss och vårt svar på den (format remiss/1).",
            Val("format", SchemaValueKind.Text, req, "Filformatets version. Skriv 'remiss/1'."),
            Map("remiss", req, "Remissen vi har fått.",
                Val("title", SchemaValueKind.Text, req, "Det remitterade dokumentets titel, utan 'betänkandet'."),
                Choice("kind", opt, "Dokumentets slag: betänkande, promemoria eller other (standard).", KindValues),
                Val("number", SchemaValueKind.Text, opt, "Dokumentets nummer, t.ex. 'SOU 2024:72' eller 'Ds 2023:26'."),
                Val("department", SchemaValueKind.Text, req, "Avsändande departement, t.ex. Socialdepartementet."),
                Val("department_dnr", SchemaValueKind.Text, opt, "Departementets diarienummer ('Ert dnr'), t.ex. S2024/02145."),
                Val("missive", SchemaValueKind.Text, opt, "Missivet som PDF, t.ex. missiv.pdf (sökvägen räknas från remissfilens mapp); följer med när ärendet arkiveras."),
                Val("reply_to", SchemaValueKind.EmailAddresses, opt, "E-postadress som svaret ska skickas till (missivets 'per e-post till …'), t.ex. s.remissvar@regeringskansliet.se; en adress eller en lista."),
                Val("reply_cc", SchemaValueKind.EmailAddresses, opt, "E-postadress som svaret ska skickas med kopia till (missivets 'med kopia till …'); en adress eller en lista."),
                Val("received", SchemaValueKind.Date, opt, "Datum då remissen kom in (åååå-mm-dd)."),
                Val("deadline", SchemaValueKind.Date, req, "Ursprunglig svarstid (åååå-mm-dd)."),
                Seq("extensions", opt, "Beviljade förlängningar av svarstiden, äldst först.",
                    Map("", req, "En beviljad förlängning.",
                        Val("until", SchemaValueKind.Date, req, "Ny svarstid (åååå-mm-dd)."),
                        Val("granted", SchemaValueKind.Date, opt, "Datum då förlängningen beviljades (åååå-mm-dd)."))),
                Seq("consulted_bodies", opt, "Remissinstanser.", Val("", SchemaValueKind.Text, req, "En remissinstans.")),
                Seq("prepared_with", opt, "Organisationer som svaret har tagits fram i dialog med.", Val("", SchemaValueKind.Text, req, "En organisation."))),
            Map("case", req, "Vårt ärende.",
                Val("organisation", SchemaValueKind.Text, req, "Den som svarar, t.ex. Region Västernorrland."),
                Val("dnr", SchemaValueKind.Text, req, "Vårt diarienummer."),
                Val("responsible", SchemaValueKind.Text, opt, "Ärendeansvarig."),
                Seq("officers", opt, "Handläggare.", Val("", SchemaValueKind.Text, req, "En handläggare.")),
                Val("date", SchemaValueKind.Date, opt, "Datum som skrivs på tjänsteutlåtandet (åååå-mm-dd).")),
            Map("decision", req, "Beslutet.",
                Seq("path", req, "Organen som behandlar ärendet: det som föreslår först, det som beslutar sist.", Val("", SchemaValueKind.Text, req, "Ett organ, skrivet som det ska stå.")),
                Seq("clauses", req, "Att-satserna i ordning: ett id, ett id med argument eller '- text: …' (i stilen numbered '- statement: …').", Val("", SchemaValueKind.Clause, req, "En att-sats.")),
                Seq("notify", opt, "Delges.", Val("", SchemaValueKind.Text, req, "En mottagare.")),
                Seq("documents", opt, "Fler rader under Beslutsunderlag.", Val("", SchemaValueKind.Text, req, "Ett beslutsunderlag.")),
                Seq("meetings", opt, "Vad varje organ har beslutat, i beslutsvägens ordning (för protokollsutdragen och det beslutade yttrandet).",
                    Map("", req, "Ett organs beslut i ärendet, och vad som hände på sammanträdet.",
                        new[]
                        {
                            Val("body", SchemaValueKind.Text, req, "Organet, ett av dem i 'path': id eller namn."),
                            Val("date", SchemaValueKind.Date, req, "Sammanträdesdatum (åååå-mm-dd)."),
                            Val("paragraph", SchemaValueKind.PositiveInteger, req, "Paragrafens nummer (§) i organets protokoll, t.ex. 25."),
                            Val("note", SchemaValueKind.Markdown, opt, "Noteras till protokollet (Markdown), t.ex. vilka som inte deltog i beslutet."),
                        }.Concat(ProceedingsKeys()).Concat(JusteringKeys()).ToArray()))),
            Map("memo", req, "Tjänsteutlåtandet.",
                Val("background", SchemaValueKind.Markdown, opt, "Bakgrund (Markdown)."),
                Val("assessment", SchemaValueKind.Markdown, req, "Förvaltningens bedömning (Markdown).")),
            Map("response", opt, "Yttrandet.",
                Choice("position", opt, "no-comment: organisationen har inga synpunkter på remissen; yttrandet blir en mening och comments ska vara tom.", ResponsePositionValues),
                Val("summary", SchemaValueKind.Markdown, opt, "Sammanfattning (Markdown)."),
                Seq("comments", opt, "Synpunkter per avsnitt i det remitterade dokumentet.",
                    Map("", req, "Synpunkter på ett avsnitt.",
                        Val("section", SchemaValueKind.Text, opt, "Avsnittets nummer, t.ex. \"5.2\"."),
                        Val("heading", SchemaValueKind.Text, req, "Rubrik."),
                        Choice("position", opt, "Ställningstagande: supports, opposes, supports-with-reservations, no-comment eller comments.", PositionValues),
                        Val("text", SchemaValueKind.Markdown, opt, "Synpunkterna (Markdown)."))),
                Seq("signatories", opt, "De som undertecknar yttrandet.",
                    Map("", req, "En undertecknare.",
                        Val("name", SchemaValueKind.Text, req, "Namn."),
                        Val("role", SchemaValueKind.Text, opt, "Roll, t.ex. Ordförande, hälso- och sjukvårdsnämnden."))),
                Val("sent", SchemaValueKind.Date, opt, "Datum då yttrandet skickades till departementet (åååå-mm-dd); då är remissen klar.")));
    }
}
