namespace Remiss.Core;

// Meetings (ORGANISATION.md §3 and §4): the plan against the deadline and the decision record. The plan's
// findings depend on the files only, never on today's date, so a build gives the same answer every day.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor ImmediateAdjustmentMissing = new("RMS0090", DiagnosticSeverity.Warning, "Immediate adjustment needed but not among the clauses",
        "Det beslutande sammanträdet i {0} den {1} justeras senast {2}, efter svarstiden {3}. Lägg till '- immediate-adjustment' i 'decision.clauses' så att paragrafen förklaras omedelbart justerad.");
    public static readonly DiagnosticDescriptor NoPlanBeforeDeadline = new("RMS0091", DiagnosticSeverity.Warning, "No plan before the deadline",
        "Remissen hinner inte beslutas före svarstiden {0}: {1} har inget sammanträde senast {2} enligt organisationsfilen. Begär förlängd svarstid ('remiss plan' visar till vilket datum) och skriv in den under 'remiss.extensions'.");
    public static readonly DiagnosticDescriptor CalendarDoesNotReach = new("RMS0092", DiagnosticSeverity.Warning, "Meeting calendar does not reach the deadline",
        "Sammanträdena för {0} i organisationsfilen räcker inte för svarstiden {1}: kalendern gäller {2}–{3}, men planen behöver {4}. Lägg till sammanträdena under '{5}' i organisationsfilen; i remissfilen är det inget fel.");
    public static readonly DiagnosticDescriptor MeetingBodyNotInPath = new("RMS0093", DiagnosticSeverity.Error, "Recorded meeting for a body not in the path",
        "\"{0}\" i 'decision.meetings' är inget av organen i 'decision.path' ({1}). {2}Skriv ett organ ur beslutsvägen, med id eller namn.");
    public static readonly DiagnosticDescriptor MeetingBodyTwice = new("RMS0094", DiagnosticSeverity.Error, "Two records for one body",
        "{0} har redan ett beslut i 'decision.meetings' (rad {1}). Varje organ beslutar en gång i ärendet; ta bort den ena posten.");
    public static readonly DiagnosticDescriptor MeetingDatesBackwards = new("RMS0095", DiagnosticSeverity.Error, "Meeting dates go backwards along the path",
        "Sammanträdet i {0} den {1} är inte senare än sammanträdet i {2} den {3}, som kommer före i beslutsvägen. Datumen ska öka längs beslutsvägen; kontrollera dem mot protokollen.");
    public static readonly DiagnosticDescriptor NotPositiveInteger = new("RMS0096", DiagnosticSeverity.Error, "Paragraph is not a positive whole number",
        "'{0}' ska vara paragrafens nummer i protokollet, ett heltal från 1 (t.ex. 25), men är \"{1}\". Skriv bara siffrorna.");
    public static readonly DiagnosticDescriptor MeetingNotInCalendar = new("RMS0097", DiagnosticSeverity.Warning, "Meeting date not in the body's calendar",
        "{0} har inget sammanträde den {1} enligt organisationsfilen (sammanträden: {2}). Kontrollera datumet mot protokollet, eller lägg till sammanträdet i organisationsfilen.");
    public static readonly DiagnosticDescriptor DecidingMeetingAfterDeadline = new("RMS0098", DiagnosticSeverity.Warning, "Deciding meeting after the deadline",
        "Det beslutande sammanträdet den {0} är efter svarstiden {1}. Kontrollera datumet, eller skriv in den förlängning som har beviljats under 'remiss.extensions'.");
    public static readonly DiagnosticDescriptor MeetingsOutOfOrder = new("RMS0099", DiagnosticSeverity.Error, "Recorded meetings not in path order",
        "'decision.meetings' ska stå i beslutsvägens ordning, men {0} står efter {1}. Flytta posterna så att ordningen blir {2}.");
#pragma warning restore CS1591
}
