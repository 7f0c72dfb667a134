namespace Remiss.Core;

// Reading a rendered .docx back (ROUNDTRIP.md §2, Remiss.Templates' WordReader). {0} is always the place in the
// document: its file name, and for a paragraph its number, the heading above it and its first words. The diagnostic
// itself stands at the YAML key that governs the text (the lead's `remiss pull` locates it there).
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor WordMarksLost = new("RMS0200", DiagnosticSeverity.Error, "The document's marks were removed",
        "{0} saknar Remiss markeringar: {1}. Dokumentet har troligen sparats av ett program som inte behåller dem, så det går inte att veta vilken text som hör till vilket fält, och inget gissas fram ur rubrikerna. Rendera dokumentet på nytt med 'remiss render' och för in ändringarna i den nya filen i Word.");
    public static readonly DiagnosticDescriptor WordUnreadable = new("RMS0201", DiagnosticSeverity.Error, "Not a readable Word document",
        "{0} kan inte läsas som Word-dokument: {1}. Öppna filen i Word, spara den som Word-dokument (.docx) och försök igen.");
    public static readonly DiagnosticDescriptor WordTooLarge = new("RMS0202", DiagnosticSeverity.Error, "Word document too large or too deeply nested",
        "{0} läses inte: {1}. Ett yttrande är några hundra kilobyte; spara det på nytt i Word utan inbäddade filer och försök igen.");
    public static readonly DiagnosticDescriptor WordOutsideFields = new("RMS0203", DiagnosticSeverity.Error, "Content outside every field",
        "{1} utanför fälten i {0}. Det som står utanför Remiss fält kan inte föras in i remissfilen. Flytta innehållet in i ett fält (t.ex. sammanfattningen eller en synpunkt) eller ta bort det, och försök igen.");
    public static readonly DiagnosticDescriptor WordUnsupportedInField = new("RMS0204", DiagnosticSeverity.Error, "Unsupported content in a field",
        "{1} i fältet '{2}' i {0} kan inte föras in i remissfilen, som bara har stycken, listor, tabeller utan sammanfogade celler, fetstil, kursiv och länkar. Ta bort det eller skriv innehållet som text, och försök igen.");
    public static readonly DiagnosticDescriptor WordStandardWordingChanged = new("RMS0205", DiagnosticSeverity.Error, "Standard wording changed in Word",
        "Standardtexten i {0} har ändrats: ”{1}” står nu ”{2}”. Remiss skriver den utifrån '{3}'; ändra där i remissfilen i stället och ångra ändringen i Word.");
    public static readonly DiagnosticDescriptor WordTemplateWordingChanged = new("RMS0206", DiagnosticSeverity.Error, "Template wording changed in Word",
        "Texten ”{1}” i {0} kommer från dokumentmallen och ändras inte i Word (nu står det ”{2}”). Ångra ändringen i Word; ska texten vara en annan, ändra mallen.");
    public static readonly DiagnosticDescriptor WordStandardWordingRemoved = new("RMS0207", DiagnosticSeverity.Error, "Standard wording removed in Word",
        "Standardtexten ”{1}” saknas i {0}. Remiss skriver den utifrån '{2}'; ta bort eller ändra den där i remissfilen i stället och återställ texten i Word (Ångra).");
    public static readonly DiagnosticDescriptor WordTrackedChange = new("RMS0208", DiagnosticSeverity.Error, "Tracked change not accepted",
        "Spårad ändring i {0}: {1} av {2}: ”{3}”. Godkänn eller avvisa ändringarna i Word (Granska → Godkänn) och spara, eller ta dem som godkända med 'remiss pull --accept-changes'.");
    public static readonly DiagnosticDescriptor WordTrackedChangeInStandardWording = new("RMS0209", DiagnosticSeverity.Error, "Tracked change in standard wording",
        "Spårad ändring i standardtexten i {0}: {1} av {2}: ”{3}”. Standardtexten ändras i remissfilen ('{4}'), inte i Word; avvisa ändringen i Word (Granska → Avvisa) och spara.");
    public static readonly DiagnosticDescriptor WordReviewComment = new("RMS0210", DiagnosticSeverity.Warning, "Review comment in the document",
        "Kommentar av {1} i {0}: ”{2}”. Kommentarer förs inte in i remissfilen; svara på den och ta bort den i Word när den är klar.");
    public static readonly DiagnosticDescriptor WordFieldMissing = new("RMS0211", DiagnosticSeverity.Error, "A field's content control was removed",
        "Fältet '{1}' saknas i {0}: dess innehållskontroll har tagits bort, så det går inte att veta om texten ska bort eller har flyttats. Återställ fältet i Word (Ångra) eller rendera dokumentet på nytt, och försök igen.");
    public static readonly DiagnosticDescriptor WordFieldTwice = new("RMS0212", DiagnosticSeverity.Error, "A field appears twice",
        "Fältet '{1}' finns två gånger i {0}, troligen kopierat. Ta bort kopian så att fältet står en gång, och försök igen.");
    public static readonly DiagnosticDescriptor WordTextBeforeFirstComment = new("RMS0213", DiagnosticSeverity.Error, "Text in the comments before the first heading",
        "Texten i {0} står bland synpunkterna men före den första synpunktens rubrik och hör inte till någon synpunkt. Skriv en rubrik med formatmallen Rubrik 2 före texten för att börja en ny synpunkt, eller flytta texten in i en synpunkt.");
    public static readonly DiagnosticDescriptor WordTextInHeading = new("RMS0214", DiagnosticSeverity.Error, "Text added to a comment's heading",
        "Rubriken '{1}' i {0} har fått ett stycke till. En synpunkts text står efter ställningstagandet (”… lämnar följande synpunkter.” och liknande); flytta stycket dit och försök igen.");
    public static readonly DiagnosticDescriptor WordNotMarkdown = new("RMS0215", DiagnosticSeverity.Error, "Formatting that Markdown cannot hold",
        "Formateringen i {0} (fältet '{1}') kan inte skrivas som Markdown utan att ändras. Förenkla den, t.ex. fetstil eller kursiv som börjar eller slutar mitt i ett ord intill ett skiljetecken, och försök igen.");
    public static readonly DiagnosticDescriptor WordInternalError = new("RMS0216", DiagnosticSeverity.Error, "Internal error reading a Word document",
        "Internt fel när {0} lästes ({1}). Rapportera felet till Remiss-förvaltningen och bifoga dokumentet.");
    public static readonly DiagnosticDescriptor WordNewerMarks = new("RMS0217", DiagnosticSeverity.Error, "Marks from a newer Remiss",
        "{0} har renderats av en nyare version av Remiss (markeringarnas version {1}). Uppdatera Remiss och försök igen.");
#pragma warning restore CS1591
}
