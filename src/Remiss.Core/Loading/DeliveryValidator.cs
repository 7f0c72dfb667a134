namespace Remiss.Core;

/// <summary>
/// The checks on where the answer goes and when it went (<c>remiss.reply_to</c>, <c>remiss.reply_cc</c>,
/// <c>response.sent</c>): an address given twice, and a sent date before the deciding meeting or the day the remiss
/// came in (errors) or after the deadline (a warning). Runs after <see cref="MeetingValidator"/>, on the resolved records.
/// </summary>
internal static class DeliveryValidator
{
    public static void Check(RemissFile file, SourceMap map, ICollection<Diagnostic> diagnostics)
    {
        var report = map.ReportInto(diagnostics);
        CheckAddresses(file.Remiss, map, report);
        CheckSent(file, report);
    }

    private static void CheckAddresses(Referral remiss, SourceMap map, SourceReporter report)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase); // address → where first given
        foreach (var (key, addresses) in new[] { ("remiss.reply_to", remiss.ReplyTo), ("remiss.reply_cc", remiss.ReplyCc) })
        {
            for (var i = 0; i < addresses.Count; i++)
            {
                var at = map.Contains($"{key}[{i}]") ? $"{key}[{i}]" : key;
                if (seen.TryGetValue(addresses[i], out var first))
                {
                    report(DiagnosticDescriptors.DuplicateEmailAddress, at, addresses[i], first);
                    continue;
                }

                seen[addresses[i]] = key;
            }
        }
    }

    private static void CheckSent(RemissFile file, SourceReporter report)
    {
        if (file.Response.Sent is not { } sent)
        {
            return;
        }

        const string at = "response.sent";
        if (ResponseWording.DecidingMeeting(file) is { } deciding && sent < deciding.Date)
        {
            report(DiagnosticDescriptors.SentBeforeDecision, at, sent, deciding.Body, deciding.Date);
            return;
        }

        if (file.Remiss.Received is { } received && sent < received)
        {
            report(DiagnosticDescriptors.SentBeforeReceived, at, sent, received);
            return;
        }

        if (file.Remiss.Deadline != default && sent > file.Remiss.EffectiveDeadline)
        {
            report(DiagnosticDescriptors.SentAfterDeadline, at, sent, file.Remiss.EffectiveDeadline);
        }
    }
}
