using Remiss.Core;

namespace Remiss.Core.Tests;

/// <summary>The organisation of examples/organisation.yaml, built as a value (planning needs no YAML).</summary>
internal static class TestOrganisation
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
}
