namespace Remiss.Core;

// Archive: `remiss archive` and POST /api/v1/archive, the E-ARK SIP of a closed case (docs/archive.md).
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor ArchiveNotDecided = new("RMS0310", DiagnosticSeverity.Error, "Not decided: nothing to archive yet",
        "Ärendet kan inte arkiveras förrän det är beslutat: {0} har inget registrerat beslut i 'decision.meetings'. Skriv in sammanträdet (organ, datum och paragraf) när protokollet är justerat, och arkivera sedan.");
    public static readonly DiagnosticDescriptor ArchiveNotSent = new("RMS0311", DiagnosticSeverity.Error, "Not sent: nothing to archive yet",
        "Ärendet kan inte arkiveras förrän yttrandet är skickat: 'response.sent' saknas. Skriv dagen yttrandet skickades till departementet under 'response.sent' (åååå-mm-dd), och arkivera sedan.");
    public static readonly DiagnosticDescriptor ArchiveTargetExists = new("RMS0312", DiagnosticSeverity.Error, "The archive package's target exists",
        "{0} finns redan och ersätts inte. Välj en annan plats med -o, ta bort det gamla paketet först, eller lägg till --force för att ersätta det.");
    public static readonly DiagnosticDescriptor ArchiveMissiveMissing = new("RMS0313", DiagnosticSeverity.Error, "The missive named by the remiss file is missing or not a PDF",
        "Missivet '{0}' som 'remiss.missive' anger {1}. Lägg missivet som PDF där (sökvägen räknas från remissfilens mapp), eller rätta eller ta bort 'remiss.missive'.");
#pragma warning restore CS1591
}
