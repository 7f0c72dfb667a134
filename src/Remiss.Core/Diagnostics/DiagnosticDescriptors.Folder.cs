namespace Remiss.Core;

// The served folder (issue 26): what is refused when a file of a folder is read. RMS0180–RMS0184; docs/hardening.md
// ("Round three: the served folder") says why each refusal is where it is.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor NotRegularFile = new("RMS0180", DiagnosticSeverity.Error, "Not a regular file",
        "Filen är ingen vanlig fil utan {0}, så den läses inte. Ta bort den ur mappen eller ersätt den med en vanlig fil.");
    public static readonly DiagnosticDescriptor LinkOutOfFolder = new("RMS0181", DiagnosticSeverity.Error, "Link that does not lead to a file in the folder",
        "Filen är en länk som inte leder till en vanlig fil i mappen '{0}', så den läses inte. Kopiera in filen i mappen i stället för att länka till den.");
#pragma warning restore CS1591

    /// <summary>Every code of the served folder's range, for the documentation test.</summary>
    public static IReadOnlyList<string> FolderCodes { get; } = [NotRegularFile.Code, LinkOutOfFolder.Code];
}
