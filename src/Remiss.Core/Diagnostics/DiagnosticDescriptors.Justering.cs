namespace Remiss.Core;

// The justering of a meeting's minutes and the notice of it (ORGANISATION.md §8, kommunallagen 8 kap. 12 §). Like the
// other meeting findings they depend on the files only, never on today's date.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor JusteringBeforeMeeting = new("RMS0300", DiagnosticSeverity.Error, "Minutes justerade before the meeting",
        "Protokollet kan inte ha justerats {0}, före sammanträdet den {1}. Skriv under 'adjusted' dagen då protokollet justerades (åååå-mm-dd), sammanträdesdagen eller senare.");
    public static readonly DiagnosticDescriptor NoticeWithoutJustering = new("RMS0301", DiagnosticSeverity.Error, "Notice key without a justering date",
        "'{0}' gäller anslaget om justeringen, men sammanträdet den {1} har inget justeringsdatum. Skriv 'adjusted: åååå-mm-dd' (dagen då protokollet justerades), eller ta bort '{0}'.");
    public static readonly DiagnosticDescriptor NoticeBeforeJustering = new("RMS0302", DiagnosticSeverity.Error, "Notice posted before the justering",
        "Anslaget kan inte ha satts upp {0}, före justeringen den {1}. Skriv under 'notice_posted' dagen då anslaget sattes upp: justeringsdagen eller senare.");
    public static readonly DiagnosticDescriptor NoticePostedLate = new("RMS0303", DiagnosticSeverity.Warning, "Notice posted later than the law allows",
        "Anslaget sattes upp {0}, men justeringen den {1} ska tillkännages senast {2} (andra dagen efter justeringen{3}, kommunallagen 8 kap. 12 §). Kontrollera datumet mot anslagstavlan; tiden för överklagande räknas från dagen då anslaget sattes upp.");
    public static readonly DiagnosticDescriptor NoticeWithoutKeptAt = new("RMS0304", DiagnosticSeverity.Warning, "Notice does not say where the minutes are kept",
        "Anslaget om justeringen den {0} ska säga var protokollet förvaras (kommunallagen 8 kap. 12 §), men varken posten eller organisationsfilen anger det. Skriv 'kept_at: …' under 'minutes' i organisationsfilen (gäller alla anslag) eller i posten.");
#pragma warning restore CS1591
}
