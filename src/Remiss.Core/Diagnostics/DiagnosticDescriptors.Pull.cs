namespace Remiss.Core;

// `remiss pull`: taking a Word document's edits into its remiss file (ROUNDTRIP.md §2). The reader's own problems are
// RMS0200–RMS0217 and the editor's RMS0230–RMS0239; these are the decisions between them.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor PullConflict = new("RMS0220", DiagnosticSeverity.Error, "Field changed both in Word and in the remiss file",
        "'{0}' har ändrats både i {1} och i remissfilen sedan dokumentet skapades, och inget slås ihop på gissning. I Word: ”{2}”. I remissfilen: ”{3}”. För in den text som ska gälla i remissfilen, rendera dokumentet på nytt och gör om ändringen i Word.");
    public static readonly DiagnosticDescriptor PullRemissHasErrors = new("RMS0221", DiagnosticSeverity.Error, "The remiss file has errors",
        "Remissfilen har fel, så ändringarna i {0} förs inte in. Rätta felen ovan (kör 'remiss check') och försök igen.");
    public static readonly DiagnosticDescriptor PullResultHasErrors = new("RMS0222", DiagnosticSeverity.Error, "The edits would make the remiss file invalid",
        "Med ändringarna från {0} skulle remissfilen få fel: {1} Rätta texten i Word och försök igen; remissfilen är oförändrad.");
    public static readonly DiagnosticDescriptor PullCommentsChangedInBoth = new("RMS0223", DiagnosticSeverity.Error, "Comments added, removed or moved both in Word and in the remiss file",
        "Synpunkterna har lagts till, tagits bort eller flyttats i {0}, men remissfilens synpunkter har också ändrats sedan dokumentet skapades ({1} då, {2} nu). Rendera dokumentet på nytt och gör om ändringen i Word.");
    public static readonly DiagnosticDescriptor PullNoRemissFile = new("RMS0224", DiagnosticSeverity.Error, "The document does not name its remiss file",
        "{0} säger inte vilken remissfil det kommer från. Ange remissfilen: remiss pull {0} --into FIL.remiss.yaml.");
#pragma warning restore CS1591
}
