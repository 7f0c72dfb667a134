namespace Remiss.Core;

/// <summary>
/// Every diagnostic the toolkit reports. Codes are stable: they are documented in
/// <c>docs/diagnostics.md</c> and users search for them. Messages are Swedish (the users' language)
/// and end by saying what to do.
/// </summary>
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    // File and YAML level.
    public static readonly DiagnosticDescriptor YamlSyntax = new("RMS0001", DiagnosticSeverity.Error, "YAML syntax error",
        "YAML-fel: {0}. Rätta raden (indrag, kolon, citattecken) och försök igen.");
    public static readonly DiagnosticDescriptor NotUtf8 = new("RMS0002", DiagnosticSeverity.Error, "File is not UTF-8",
        "Filen är inte sparad som UTF-8: {0}. Spara om filen med kodningen UTF-8 (i Anteckningar: Spara som → Kodning: UTF-8).");
    public static readonly DiagnosticDescriptor FileTooLarge = new("RMS0003", DiagnosticSeverity.Error, "File too large",
        "Filen är {0} byte, mer än gränsen {1} byte. En remissfil ska bara beskriva en remiss; flytta bilagor till egna filer.");
    public static readonly DiagnosticDescriptor AliasExpansion = new("RMS0004", DiagnosticSeverity.Error, "YAML aliases expand too far",
        "YAML-aliasen i filen expanderar till mer än {0} noder. Skriv ut värdena i stället för att använda alias (*namn).");
    public static readonly DiagnosticDescriptor InternalError = new("RMS0005", DiagnosticSeverity.Error, "Internal error",
        "Internt fel när filen lästes ({0}). Rapportera felet till Remiss-förvaltningen och bifoga filen.");
    public static readonly DiagnosticDescriptor DocumentCount = new("RMS0006", DiagnosticSeverity.Error, "Not exactly one YAML document",
        "Filen innehåller {0}. En remissfil ska innehålla exakt ett YAML-dokument; ta bort raderna med '---' eller dela upp filen.");
    public static readonly DiagnosticDescriptor FileUnreadable = new("RMS0007", DiagnosticSeverity.Error, "File cannot be read",
        "Filen kunde inte läsas: {0}. Kontrollera att sökvägen stämmer och att du har behörighet att läsa filen.");

    // Shape: keys and types.
    public static readonly DiagnosticDescriptor MissingKey = new("RMS0010", DiagnosticSeverity.Error, "Required key missing",
        "Nyckeln '{0}' saknas i '{1}'. Lägg till '{0}: …'.");
    public static readonly DiagnosticDescriptor UnknownKey = new("RMS0011", DiagnosticSeverity.Error, "Unknown key",
        "Okänd nyckel '{0}' i '{1}'. {2}");
    public static readonly DiagnosticDescriptor WrongType = new("RMS0012", DiagnosticSeverity.Error, "Value has the wrong type",
        "'{0}' ska vara {1}, men är {2}. Skriv om värdet som {1}.");
    public static readonly DiagnosticDescriptor InvalidDate = new("RMS0013", DiagnosticSeverity.Error, "Invalid date",
        "'{0}' är inget giltigt datum: \"{1}\"{2}. Skriv datumet som åååå-mm-dd, t.ex. 2025-03-21.");
    public static readonly DiagnosticDescriptor InvalidChoice = new("RMS0014", DiagnosticSeverity.Error, "Value is not one of the allowed",
        "'{0}' kan inte vara \"{1}\". {2}Tillåtna värden: {3}.");
    public static readonly DiagnosticDescriptor UnsupportedFormat = new("RMS0015", DiagnosticSeverity.Error, "Unsupported format version",
        "Formatet \"{0}\" stöds inte. Skriv 'format: {1}' överst i filen.");
    public static readonly DiagnosticDescriptor DuplicateKey = new("RMS0016", DiagnosticSeverity.Error, "Duplicate key",
        "Nyckeln '{0}' står två gånger i samma mappning. Ta bort den ena.");
    public static readonly DiagnosticDescriptor EmptyValue = new("RMS0017", DiagnosticSeverity.Error, "Required value empty",
        "'{0}' får inte vara tomt. Fyll i ett värde.");

    // Values.
    public static readonly DiagnosticDescriptor UnknownNumberSeries = new("RMS0020", DiagnosticSeverity.Warning, "Number is neither SOU nor Ds",
        "Numret \"{0}\" är varken 'SOU åååå:n' eller 'Ds åååå:n'. {1}");
    public static readonly DiagnosticDescriptor MalformedDepartmentDnr = new("RMS0021", DiagnosticSeverity.Warning, "Department dnr has an unusual shape",
        "Departementets diarienummer \"{0}\" har inte formen 'S2024/02145'. Kontrollera det mot remissmissivet.");
    public static readonly DiagnosticDescriptor DepartmentDnrPrefix = new("RMS0022", DiagnosticSeverity.Warning, "Department dnr prefix does not match the department",
        "Diarienumret \"{0}\" börjar med \"{1}\", men {2} använder \"{3}\". Kontrollera departement och diarienummer mot missivet.");

    // Dates and deadlines.
    public static readonly DiagnosticDescriptor ExtensionNotLater = new("RMS0030", DiagnosticSeverity.Error, "Extension not later than the deadline before it",
        "Förlängningen till {0} är inte senare än {1} ({2}). Varje förlängning ska vara senare än svarstiden och än förlängningen före den; kontrollera datumen.");
    public static readonly DiagnosticDescriptor ReceivedAfterDeadline = new("RMS0031", DiagnosticSeverity.Error, "Received after the deadline",
        "Remissen ska ha tagits emot ({0}) före svarstiden ({1}). Kontrollera 'received' och 'deadline'.");
    public static readonly DiagnosticDescriptor DuplicateConsultedBody = new("RMS0032", DiagnosticSeverity.Warning, "Body listed twice",
        "\"{0}\" står två gånger i '{1}' (första gången på rad {2}). Ta bort dubbletten.");
    public static readonly DiagnosticDescriptor DeadlineOnNonWorkingDay = new("RMS0033", DiagnosticSeverity.Warning, "Deadline is not a working day",
        "Svarstiden {0} infaller på {1}. Svar lämnas en arbetsdag; kontrollera datumet mot missivet.");

    // Decision.
    public static readonly DiagnosticDescriptor EmptyPath = new("RMS0040", DiagnosticSeverity.Error, "Decision path empty",
        "'decision.path' är tom. Skriv minst ett organ: det som föreslår först och det som beslutar sist.");
    public static readonly DiagnosticDescriptor UnknownClause = new("RMS0041", DiagnosticSeverity.Error, "Unknown clause id",
        "Okänt id för att-sats: \"{0}\". {1}Kända id: {2}. Egen text skrivs '- text: …'.");
    public static readonly DiagnosticDescriptor ClauseArguments = new("RMS0042", DiagnosticSeverity.Error, "Clause arguments do not match",
        "Att-satsen \"{0}\" {1}");
    public static readonly DiagnosticDescriptor EmptyClauses = new("RMS0043", DiagnosticSeverity.Error, "No clauses",
        "'decision.clauses' är tom. Lägg till minst en att-sats, t.ex. '- submit-response'.");
    public static readonly DiagnosticDescriptor ClauseShape = new("RMS0044", DiagnosticSeverity.Error, "Clause is not an id, id with argument or text",
        "En att-sats skrivs som ett id ('- submit-response'), ett id med argument ('- refer-without-proposal: nämnden') eller egen text ('- text: …'; i stilen numbered '- statement: …').");

    // Wording registries (*.wording.yaml).
    public static readonly DiagnosticDescriptor DuplicateClauseId = new("RMS0050", DiagnosticSeverity.Error, "Clause id defined twice",
        "Id \"{0}\" är redan definierat ({1}). Ge satsen ett eget id.");
    public static readonly DiagnosticDescriptor InvalidClauseDefinition = new("RMS0051", DiagnosticSeverity.Error, "Invalid clause definition",
        "Satsen \"{0}\" är felaktig: {1}. Rätta texten.");
    public static readonly DiagnosticDescriptor UnknownPlaceholder = new("RMS0052", DiagnosticSeverity.Error, "Placeholder not declared",
        "Platshållaren '{{{0}}}' i \"{1}\" finns inte bland 'parameters' ({2}). {3}");

    // Organisation files (organisation.yaml, ORGANISATION.md §1).
    public static readonly DiagnosticDescriptor DuplicateBodyId = new("RMS0070", DiagnosticSeverity.Error, "Body id used twice",
        "Id \"{0}\" används redan av organet på rad {1}. Ge varje organ ett eget id.");
    public static readonly DiagnosticDescriptor DuplicateBodyName = new("RMS0071", DiagnosticSeverity.Error, "Body name used twice",
        "Namnet \"{0}\" har redan organet på rad {1}. Varje organ står en gång; ta bort dubbletten eller rätta namnet.");
    public static readonly DiagnosticDescriptor MeetingOutOfOrder = new("RMS0072", DiagnosticSeverity.Error, "Meeting dates out of order or repeated",
        "Sammanträdet {0} {1}. Skriv sammanträdena i datumordning, varje datum en gång.");
    public static readonly DiagnosticDescriptor NegativeDays = new("RMS0073", DiagnosticSeverity.Error, "Negative number of days",
        "'{0}' kan inte vara negativt ({1}). Skriv ett antal kalenderdagar, 0 eller fler.");
    public static readonly DiagnosticDescriptor ReferencedPathMissing = new("RMS0074", DiagnosticSeverity.Error, "Referenced path does not exist",
        "'{0}' pekar på {1} \"{2}\", som inte finns. Sökvägen räknas från organisationsfilens mapp ({3}); rätta den eller ta bort nyckeln.");
    public static readonly DiagnosticDescriptor InvalidBodyId = new("RMS0075", DiagnosticSeverity.Error, "Body id is not kebab-case",
        "Id \"{0}\" ska skrivas med små bokstäver, siffror och bindestreck (t.ex. hsn eller rs-au). Rätta id:t.");

    // A remiss file with an organisation file (ORGANISATION.md §2).
    public static readonly DiagnosticDescriptor OrganisationMismatch = new("RMS0076", DiagnosticSeverity.Error, "case.organisation differs from the organisation file",
        "'case.organisation' är \"{0}\", men organisationsfilen {1} heter \"{2}\". Ta bort 'case.organisation' så används organisationsfilens namn, eller ändra i den av filerna som är fel.");
    public static readonly DiagnosticDescriptor BodyLetterCase = new("RMS0077", DiagnosticSeverity.Warning, "Body written in another letter case",
        "\"{0}\" skrivs \"{1}\" i organisationsfilen {2}. Skriv det så, eller med id:t '{3}'; dokumenten får organisationsfilens stavning.");
    public static readonly DiagnosticDescriptor BodyNearMiss = new("RMS0078", DiagnosticSeverity.Error, "Body name misspelt",
        "\"{0}\" finns inte bland organen i organisationsfilen {1}. Menade du '{2}'? Rätta stavningen eller skriv id:t '{3}'.");
    public static readonly DiagnosticDescriptor BodyUnknown = new("RMS0079", DiagnosticSeverity.Warning, "Body not in the organisation file",
        "\"{0}\" finns inte bland organen i organisationsfilen {1} och skrivs som det står. Lägg till organet i organisationsfilen (bodies) om det hör till organisationen.");
    public static readonly DiagnosticDescriptor OrganisationHasErrors = new("RMS0080", DiagnosticSeverity.Error, "The organisation file has errors",
        "Organisationsfilen {0} har fel, så remissfilen kunde inte läsas med den. Rätta felen i organisationsfilen och försök igen.");

    // House style and "Inga synpunkter" (ORGANISATION.md §5, §6).
    public static readonly DiagnosticDescriptor ClauseWithoutStatement = new("RMS0081", DiagnosticSeverity.Error, "Clause has no statement form",
        "Satsen {0} har ingen numrerad form (statement), som organisationens stil 'numbered' kräver. {1}");
    public static readonly DiagnosticDescriptor StatementWithoutText = new("RMS0082", DiagnosticSeverity.Error, "Own clause has only a statement form",
        "Satsen har bara en numrerad form ('statement'), men beslutet skrivs med att-satser (house_style: att, standard utan organisationsfil). Skriv '- text: …', eller båda: '- {{ text: …, statement: … }}'.");
    public static readonly DiagnosticDescriptor NoCommentWithContent = new("RMS0083", DiagnosticSeverity.Error, "No-comment answer with comments",
        "'response.position: no-comment' betyder att {0} inte har några synpunkter, men '{1}' är ifylld. Ta bort '{1}', eller ta bort 'position: no-comment' om ni vill lämna synpunkter.");

    // Source generator.
    public static readonly DiagnosticDescriptor GeneratedNameClash = new("RMS0060", DiagnosticSeverity.Error, "Two files map to one generated name",
        "Filen ger egenskapsnamnet '{0}', som redan används av {1}. Byt namn på en av filerna eller ändra numret.");

    // Reading a department's remiss page or missive (ReferralPage, `remiss new --from`).
    public static readonly DiagnosticDescriptor PageValueNotFound = new("RMS0110", DiagnosticSeverity.Warning, "Value not found on the remiss page",
        "Hittade {0} i texten. Fyll i '{1}' i filen själv; {2}");
    public static readonly DiagnosticDescriptor PageDnrColon = new("RMS0111", DiagnosticSeverity.Warning, "Department dnr written with a colon",
        "Diarienumret är skrivet \"{0}\" med kolon; det lästes som \"{1}\". Kontrollera det mot missivet.");
    public static readonly DiagnosticDescriptor PageSeveralDnrs = new("RMS0112", DiagnosticSeverity.Warning, "Several department dnrs on the page",
        "Sidan har flera diarienummer: {0}. Det första, {1}, används; de andra står som kommentar i filen. Kontrollera vilket departementet vill ha i svaret.");
    public static readonly DiagnosticDescriptor PageDepartmentMismatch = new("RMS0113", DiagnosticSeverity.Warning, "Department and dnr prefix disagree",
        "Sidan nämner {0}, men diarienumret {1} hör till {2}. {0} används; kontrollera departementet mot missivet.");
    public static readonly DiagnosticDescriptor PageImpossibleDate = new("RMS0114", DiagnosticSeverity.Warning, "Impossible date on the page",
        "\"{0}\" är inget giltigt datum och används inte. Kontrollera svarstiden mot missivet och fyll i den själv.");
    public static readonly DiagnosticDescriptor PageSeveralDeadlines = new("RMS0115", DiagnosticSeverity.Warning, "Several deadlines without an extension notice",
        "Sidan anger flera svarstider ({0}) utan att säga att remisstiden har förlängts. Den första, {1}, används; kontrollera den mot missivet.");
    public static readonly DiagnosticDescriptor PageNotReferral = new("RMS0116", DiagnosticSeverity.Error, "Not a remiss page",
        "Texten ser inte ut som en remissida eller ett missiv: ingen titel, inget nummer, inget diarienummer och ingen svarstid hittades. Spara remissens sida på regeringen.se (eller missivet som PDF) och försök igen, eller använd 'remiss new' utan --from.");
    public static readonly DiagnosticDescriptor PageEmpty = new("RMS0117", DiagnosticSeverity.Error, "Empty page",
        "Texten är tom. Spara remissens sida på regeringen.se som text, Markdown eller HTML (eller klistra in texten) och försök igen.");
    public static readonly DiagnosticDescriptor PageNotText = new("RMS0118", DiagnosticSeverity.Error, "Not a text file",
        "Filen är inte text ({0}). Ge en remissida sparad som text, Markdown eller HTML, eller missivet som PDF.");
    public static readonly DiagnosticDescriptor PagePdfUnreadable = new("RMS0119", DiagnosticSeverity.Error, "PDF text cannot be read",
        "PDF-filens text kunde inte läsas: {0}");
#pragma warning restore CS1591

    /// <summary>Every descriptor, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Every.Descriptors;

    // A nested class, so the list is made after every field of every part of this partial class is set
    // (the order of initialisers across partial files is not defined).
    private static class Every
    {
        internal static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = typeof(DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();
    }
}
