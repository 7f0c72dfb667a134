using Remiss.Core;

namespace Remiss.Tests.Shared;

/// <summary>
/// The organisation of examples/organisation.yaml, built as a value (planning needs no YAML), and the meetings
/// the example's bodies decided at (the utskott's § 25 of 2025-03-13 is in the real minutes; the nämnd's § 41 is illustrative).
/// </summary>
internal static class ExampleOrganisation
{
    public static OrganisationBody Utskott { get; } = new(
        "hsu", "Hälso- och sjukvårdsutskottet", 14, 7, Dates("2025-02-06", "2025-03-13", "2025-04-10"), default);

    public static OrganisationBody Namnd { get; } = new(
        "hsn", "Hälso- och sjukvårdsnämnden", 0, 7, Dates("2025-02-19", "2025-03-19", "2025-04-23"),
        EquatableArray.Create(new Signatory("Viktoria Jansson", "Ordförande, hälso- och sjukvårdsnämnden")));

    public static OrganisationFile Example { get; } = new(
        OrganisationFile.CurrentFormat, "Region Västernorrland", HouseStyle.Att, null, null, default, EquatableArray.Create(Utskott, Namnd));

    public static LoadOptions Options => new() { Organisation = Example, OrganisationPath = "organisation.yaml" };

    public static EquatableArray<CalendarDate> Dates(params string[] dates) => dates.Select(CalendarDate.ParseIso).ToEquatableArray();

    public static CalendarDate D(string iso) => CalendarDate.ParseIso(iso);

    /// <summary>The <c>decision.meetings</c> block to insert after the example's <c>notify</c> line; <paramref name="bodies"/> 1 = the utskott only, 2 = both.</summary>
    public static string MeetingsYaml(int bodies = 2) => "  meetings:\n" + string.Concat(new[]
    {
        "    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n      note: Pia Lundin (SJVP) och Erica Stenberg (SD) avstår från att delta i beslutet.\n",
        "    - body: hsn\n      date: 2025-03-19\n      paragraph: 41\n",
    }.Take(bodies));

    /// <summary>The example's text with <see cref="MeetingsYaml"/> after its <c>notify</c> line.</summary>
    public static string WithMeetings(string exampleText, int bodies = 2)
    {
        const string notify = "  notify: [Socialdepartementet]\n";
        var text = exampleText.Replace("\r\n", "\n");
        if (!text.Contains(notify, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The example has no notify line to put the meetings after.");
        }

        return text.Replace(notify, notify + MeetingsYaml(bodies), StringComparison.Ordinal);
    }
}
