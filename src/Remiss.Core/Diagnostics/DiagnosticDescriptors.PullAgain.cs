namespace Remiss.Core;

// Pulling in rounds and inputs that must not crash (issue 27): a move in Word the documents would not show, and
// characters that no writer can carry, refused where they are loaded.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor PullMoveNotShown = new("RMS0240", DiagnosticSeverity.Error, "Comments moved in Word against their section order",
        "Synpunkterna har flyttats i {0}, men yttrandet skriver alltid synpunkterna i avsnittsordning ({1}), så den nya ordningen skulle inte synas i något dokument. Hör en synpunkt till ett annat avsnitt: ändra dess avsnittsnummer i rubriken (eller section i remissfilen). Annars: flytta tillbaka den i Word. Remissfilen är oförändrad.");
    public static readonly DiagnosticDescriptor RefusedCharacter = new("RMS0241", DiagnosticSeverity.Error, "A character no document can carry",
        "{0}. Ta bort tecknet (det kommer ofta med när text klistras in från en webbsida, ett PDF-dokument eller ett annat program).");
#pragma warning restore CS1591
}
