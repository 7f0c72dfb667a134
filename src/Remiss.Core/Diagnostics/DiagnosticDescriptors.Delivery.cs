namespace Remiss.Core;

// Delivery: where the answer is e-mailed (remiss.reply_to, remiss.reply_cc) and when it went out (response.sent).
// Like every check on a remiss file these depend on the file only, never on today's date.
public static partial class DiagnosticDescriptors
{
#pragma warning disable CS1591 // each descriptor's title documents it
    public static readonly DiagnosticDescriptor InvalidEmailAddress = new("RMS0160", DiagnosticSeverity.Error, "Not an e-mail address",
        "'{0}' är ingen e-postadress: \"{1}\". {2}Skriv adressen som i missivet, t.ex. s.remissvar@regeringskansliet.se; flera adresser skrivs som en lista.");
    public static readonly DiagnosticDescriptor DuplicateEmailAddress = new("RMS0161", DiagnosticSeverity.Warning, "E-mail address listed twice",
        "{0} står redan i '{1}'. Varje adress får e-postmeddelandet en gång; ta bort dubbletten.");
    public static readonly DiagnosticDescriptor SentBeforeDecision = new("RMS0162", DiagnosticSeverity.Error, "Sent before the deciding meeting",
        "Yttrandet kan inte ha skickats {0}, före det beslutande sammanträdet i {1} den {2}. Kontrollera 'response.sent' mot utskicket och 'decision.meetings' mot protokollet.");
    public static readonly DiagnosticDescriptor SentAfterDeadline = new("RMS0163", DiagnosticSeverity.Warning, "Sent after the deadline",
        "Yttrandet skickades {0}, efter svarstiden {1}. Kontrollera datumet, eller skriv in den förlängning som har beviljats under 'remiss.extensions'.");
    public static readonly DiagnosticDescriptor SentBeforeReceived = new("RMS0164", DiagnosticSeverity.Error, "Sent before the remiss was received",
        "Yttrandet kan inte ha skickats {0}, före remissen kom in {1}. Kontrollera 'response.sent' och 'remiss.received'.");
    public static readonly DiagnosticDescriptor NoReplyAddress = new("RMS0165", DiagnosticSeverity.Warning, "No address to e-mail the answer to",
        "Remissfilen har ingen 'remiss.reply_to', så e-postutkastet {0} får ingen mottagare. Skriv adressen ur missivet ('per e-post till …') under 'remiss.reply_to', eller fyll i mottagaren i e-postprogrammet.");
#pragma warning restore CS1591
}
