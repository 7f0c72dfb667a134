namespace Remiss.Core;

/// <summary>
/// What <see cref="ReferralPage.Read(string, string)"/> found on a remiss page or missive: each value with
/// the line it came from (null when not found), and the warnings and errors about the page.
/// </summary>
public sealed record ReferralPageResult
{
    /// <summary>The remitted document's title, without the kind phrase and the number.</summary>
    public PageValue<string>? Title { get; init; }

    /// <summary>The kind, from the title's phrase (<c>betänkandet</c>, <c>promemorian</c>) or the number's series.</summary>
    public PageValue<ReferralKind>? Kind { get; init; }

    /// <summary>The document's number, e.g. <c>SOU 2024:72</c>.</summary>
    public PageValue<DocumentNumber>? Number { get; init; }

    /// <summary>The sending department.</summary>
    public PageValue<string>? Department { get; init; }

    /// <summary>True when <see cref="Department"/> follows from the dnr's prefix rather than being named in the text.</summary>
    public bool DepartmentFromDnr { get; init; }

    /// <summary>The department's diarienummer (the first, when the page gives several), in the Government Offices' spelling.</summary>
    public PageValue<DepartmentDnr>? DepartmentDnr { get; init; }

    /// <summary>Further diarienummer the page gives, in order.</summary>
    public EquatableArray<PageValue<DepartmentDnr>> OtherDnrs { get; init; }

    /// <summary>The deadline: after an extension notice, the later date.</summary>
    public PageValue<CalendarDate>? Deadline { get; init; }

    /// <summary>The earlier deadline when the page announces an extended remiss period, else null.</summary>
    public PageValue<CalendarDate>? ExtendedFrom { get; init; }

    /// <summary>The consulted bodies (remissinstanser) in the order listed; empty when the text lists none.</summary>
    public EquatableArray<PageValue<ConsultedBody>> ConsultedBodies { get; init; }

    /// <summary>Where the answer is e-mailed (the missive's <c>per e-post till …</c>), or null when the text does not say.</summary>
    public PageValue<string>? ReplyTo { get; init; }

    /// <summary>Who gets a copy of the answer (<c>med kopia till …</c>), in order; empty when none.</summary>
    public EquatableArray<PageValue<string>> ReplyCc { get; init; }

    /// <summary>The missive's sentence on the subject line (<c>Ange diarienumret … och remissinstansens namn i ämnesraden …</c>), or null.</summary>
    public PageValue<string>? SubjectInstruction { get; init; }

    /// <summary>Warnings about values not found or read with a correction, and errors when the text is no remiss page.</summary>
    public EquatableArray<Diagnostic> Diagnostics { get; init; }

    /// <summary>True when the text could not be read as a remiss page at all (empty, not text, nothing found).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// Whether <paramref name="organisation"/> is among the consulted bodies: by its name (letter case and
    /// spacing aside), or through <c>Samtliga regioner</c> / <c>Samtliga kommuner</c> for a region or municipality.
    /// </summary>
    public ConsultationMatch FindConsultedBody(string organisation)
    {
        var name = Normalise(organisation);
        var own = ConsultedBodies.FirstOrDefault(b => string.Equals(Normalise(b.Value.Name), name, StringComparison.OrdinalIgnoreCase));
        own ??= ConsultedBodies.FirstOrDefault(b => IsCollectiveFor(Normalise(b.Value.Name), name));
        return new ConsultationMatch(organisation.Trim(), own, !ConsultedBodies.IsEmpty);
    }

    private static bool IsCollectiveFor(string entry, string organisation)
    {
        var lower = entry.ToLowerInvariant();
        var all = lower.StartsWith("samtliga ", StringComparison.Ordinal) || lower.StartsWith("alla ", StringComparison.Ordinal);
        if (!all)
        {
            return false;
        }

        var group = lower.Substring(lower.IndexOf(' ') + 1);
        var org = organisation.ToLowerInvariant();
        return (group == "regioner" && org.StartsWith("region ", StringComparison.Ordinal))
            || (group == "kommuner" && org.EndsWith(" kommun", StringComparison.Ordinal));
    }

    private static string Normalise(string text) => string.Join(" ", text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries));
}
