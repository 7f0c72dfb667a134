namespace Remiss.Core;

// Bounded work per request (issue 26): what the renderer and the Word reader would refuse, reported first and located.
// RMS0185–RMS0189; docs/hardening.md ("Round three") says why each limit is where it is.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor MarkdownTooDeep = new("RMS0185", DiagnosticSeverity.Error, "Markdown nested deeper than any real text",
        "'{0}' har Markdown som här är nästlad mer än {1} nivåer djupt (citat, listor, hakparenteser eller betoning inuti varandra), och så djupt renderar Remiss inte. Skriv texten som vanliga stycken eller en lista med högst några nivåer.");
    public static readonly DiagnosticDescriptor TextTooLarge = new("RMS0186", DiagnosticSeverity.Error, "More text than any real remiss",
        "Filens text blir för stor vid '{0}': {1} {2}, men Remiss tar emot högst {3} i en fil ({4}). Korta texten; flytta bilagor och underlag till egna dokument.");
    public static readonly DiagnosticDescriptor WordTooManyParagraphs = new("RMS0187", DiagnosticSeverity.Error, "Word document with more paragraphs than a remiss file holds",
        "{0} läses inte: {1}, fler än en remissfil kan hålla. Ta bort tomma eller upprepade stycken i Word och försök igen; remissfilen är oförändrad.");
    public static readonly DiagnosticDescriptor WordTextTooLarge = new("RMS0188", DiagnosticSeverity.Error, "Word fields with more text than a remiss file holds",
        "{0} läses inte: {1}, mer än en remissfil kan hålla. Korta texten i Word och försök igen; remissfilen är oförändrad.");
    public static readonly DiagnosticDescriptor DocumentTooLarge = new("RMS0189", DiagnosticSeverity.Error, "Document larger than the renderer makes",
        "Dokumentet blir större än Remiss gör: {0}. Korta texten i remissfilen, eller en egen mall som upprepar text.");
#pragma warning restore CS1591

    /// <summary>Every code of this range, for the documentation test.</summary>
    public static IReadOnlyList<string> BoundsCodes { get; } =
        [MarkdownTooDeep.Code, TextTooLarge.Code, WordTooManyParagraphs.Code, WordTextTooLarge.Code, DocumentTooLarge.Code];
}
