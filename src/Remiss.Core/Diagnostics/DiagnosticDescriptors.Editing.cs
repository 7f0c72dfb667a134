namespace Remiss.Core;

// Editing a remiss file in place (ROUNDTRIP.md §2, RemissFileEditor and RemissFileWriter). Every refusal
// leaves the file as it was: the editor returns no text and the writer writes nothing.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor EditPathNotFound = new("RMS0230", DiagnosticSeverity.Error, "Edited field not in the file",
        "'{0}' finns inte i remissfilen: {1}. Kontrollera att dokumentet gjordes från just den här remissfilen, eller lägg in fältet för hand och hämta igen.");
    public static readonly DiagnosticDescriptor EditAnchorOrAlias = new("RMS0231", DiagnosticSeverity.Error, "Edited node uses an anchor or alias",
        "'{0}' kan inte ändras på plats eftersom {1} använder ett ankare (&namn) eller ett alias (*namn); en ändring där skulle också ändra andra värden. Skriv ut värdet utan & och * i remissfilen och hämta igen.");
    public static readonly DiagnosticDescriptor EditTaggedNode = new("RMS0232", DiagnosticSeverity.Error, "Edited node has a tag",
        "'{0}' har taggen {1}, som inte kan behållas säkert när värdet skrivs om. Ta bort taggen (det som börjar med '!') i remissfilen och hämta igen.");
    public static readonly DiagnosticDescriptor EditFlowCollection = new("RMS0233", DiagnosticSeverity.Error, "Edited collection is written on one line",
        "'{0}' är skriven på en rad inom {1}, och den kan inte ändras på plats. Skriv om den med en post per rad ({2}) och hämta igen.");
    public static readonly DiagnosticDescriptor EditConflict = new("RMS0234", DiagnosticSeverity.Error, "Edits contradict each other",
        "Ändringarna av '{0}' går inte ihop: {1}. Inget har skrivits; det är ett fel i programmet som begärde ändringen, rapportera det till Remiss-förvaltningen.");
    public static readonly DiagnosticDescriptor EditWrongKind = new("RMS0235", DiagnosticSeverity.Error, "Edited field has another kind of value",
        "'{0}' är {1} i remissfilen, men ändringen gäller {2}. Rätta '{0}' i remissfilen enligt FORMAT.md och hämta igen.");
    public static readonly DiagnosticDescriptor EditVerificationFailed = new("RMS0236", DiagnosticSeverity.Error, "Edited file does not read back as intended",
        "Internt fel: den ändrade remissfilen ger inte det väntade värdet vid '{0}' ({1}). Inget har skrivits. Rapportera felet till Remiss-förvaltningen och bifoga remissfilen och dokumentet.");
    public static readonly DiagnosticDescriptor FileChangedOnDisk = new("RMS0237", DiagnosticSeverity.Error, "File changed since it was read",
        "Filen har ändrats på disken sedan den lästes (någon har sparat den under tiden). Inget har skrivits; kör kommandot igen så görs ändringarna i den nya versionen.");
    public static readonly DiagnosticDescriptor FileWriteFailed = new("RMS0238", DiagnosticSeverity.Error, "File could not be replaced",
        "Filen kunde inte skrivas ({0}). Den är oförändrad; kontrollera att mappen är skrivbar och att filen inte är låst av ett annat program, och försök igen.");
    public static readonly DiagnosticDescriptor EditUnsupportedShape = new("RMS0239", DiagnosticSeverity.Error, "Edited part has a shape the editor does not write",
        "'{0}' kan inte ändras på plats: {1}. Skriv den delen av remissfilen som i exemplet i FORMAT.md och hämta igen.");
#pragma warning restore CS1591
}
