namespace Remiss.Core;

// The case officer's desk (issue 25): saving a form into a remiss file in place (RemissSave), creating one, and the
// server's refusals of writes it must not make. RMS0250–RMS0269; docs/desk.md says why each is where it is.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor SaveConflict = new("RMS0250", DiagnosticSeverity.Error, "File changed since the form was read",
        "Remissfilen har ändrats sedan formuläret hämtades (i en editor, en annan flik, med remiss pull eller av en kollega). Inget har sparats. Se vad som ändrats, hämta formuläret igen och gör om dina ändringar.");
    public static readonly DiagnosticDescriptor SaveNeedsVersion = new("RMS0251", DiagnosticSeverity.Error, "Save without the version it was made from",
        "Sparandet saknar versionen av filen som formuläret byggdes från (If-Match med filens hash). Hämta formuläret och skicka dess ETag i If-Match.");
    public static readonly DiagnosticDescriptor SaveAddsError = new("RMS0252", DiagnosticSeverity.Error, "Save would add an error",
        "Ändringen skulle ge remissfilen ett nytt fel vid '{0}': {1} {2} Inget har sparats; rätta fältet och spara igen.");
    public static readonly DiagnosticDescriptor CrossSiteWrite = new("RMS0253", DiagnosticSeverity.Error, "Write from another site",
        "Ändringen kom från en annan webbplats ({0}) och avvisades. Remissfiler ändras bara från sidan som servern själv visar.");
    public static readonly DiagnosticDescriptor AntiforgeryFailed = new("RMS0254", DiagnosticSeverity.Error, "Write without a valid anti-forgery token",
        "Ändringen saknar en giltig säkerhetstoken ({0}). Ladda om sidan och försök igen; ett eget program hämtar token med GET /api/v1/antiforgery och skickar den i huvudet {1}.");
    public static readonly DiagnosticDescriptor ServerReadOnly = new("RMS0255", DiagnosticSeverity.Error, "Server is read-only",
        "Servern är startad med --read-only och ändrar inga filer. Starta 'remiss serve' utan --read-only för att spara från sidan.");
    public static readonly DiagnosticDescriptor WriteTargetRefused = new("RMS0256", DiagnosticSeverity.Error, "File may not be written",
        "Remissfilen skrivs inte: {0}. Inget har sparats. Ändra filen i en editor, eller flytta den till en vanlig fil i mappen.");
    public static readonly DiagnosticDescriptor CreateNameTaken = new("RMS0257", DiagnosticSeverity.Error, "A file with the new name exists",
        "Filen '{0}' finns redan och skrivs inte över. Öppna den befintliga remissen, eller byt namn på den först.");
    public static readonly DiagnosticDescriptor DeskEditInvalid = new("RMS0258", DiagnosticSeverity.Error, "Edit request cannot be read",
        "Ändringen vid '{0}' går inte att läsa: {1}. Skicka { \"edits\": [ { \"path\": \"remiss.deadline\", \"value\": \"2025-03-21\" } ] } (se /openapi/v1.json).");
    public static readonly DiagnosticDescriptor CreateSourceUnreadable = new("RMS0259", DiagnosticSeverity.Error, "Uploaded page or missive cannot be read",
        "Den uppladdade filen '{0}' kunde inte läsas: {1}. Ladda upp departementets sparade remissida (.html), missivet som text (.txt) eller PDF, eller börja från ett tomt formulär.");
#pragma warning restore CS1591

    /// <summary>Every code of the desk's range, for the documentation test.</summary>
    public static IReadOnlyList<string> DeskCodes { get; } =
        [SaveConflict.Code, SaveNeedsVersion.Code, SaveAddsError.Code, CrossSiteWrite.Code, AntiforgeryFailed.Code, ServerReadOnly.Code,
         WriteTargetRefused.Code, CreateNameTaken.Code, DeskEditInvalid.Code, CreateSourceUnreadable.Code];
}
