namespace Remiss.Tests.Shared;

/// <summary>
/// The organisation files the tests write (ORGANISATION.md §1), in one place: the example's region with and without its
/// signatories, and a kommun beside it in the numbered house style. (The example's own file, with its calendars, is
/// <c>examples/organisation.yaml</c>, copied to each test project's <c>Data/</c>.)
/// </summary>
internal static class OrganisationTexts
{
    /// <summary>The example's region: its two bodies, the nämnd with its chair as signatory.</summary>
    public const string Region = """
        format: organisation/1
        name: Region Västernorrland
        bodies:
          - id: hsu
            name: Hälso- och sjukvårdsutskottet
          - id: hsn
            name: Hälso- och sjukvårdsnämnden
            signatories:
              - name: Viktoria Jansson
                role: Ordförande, hälso- och sjukvårdsnämnden
        """;

    /// <summary>The example's region with its two bodies only.</summary>
    public const string RegionBodies = """
        format: organisation/1
        name: Region Västernorrland
        bodies:
          - id: hsu
            name: Hälso- och sjukvårdsutskottet
          - id: hsn
            name: Hälso- och sjukvårdsnämnden
        """;

    /// <summary>A kommun in the numbered house style: kommunstyrelsen proposes, kommunfullmäktige decides.</summary>
    public const string Kommun = """
        format: organisation/1
        name: Sundsvalls kommun
        house_style: numbered
        bodies:
          - id: ks
            name: Kommunstyrelsen
          - id: kf
            name: Kommunfullmäktige
            signatories:
              - name: Anna Andersson
                role: Kommunstyrelsens ordförande
        """;

    /// <summary>A kommun with one body, in the numbered house style.</summary>
    public const string KommunStyrelsen = """
        format: organisation/1
        name: Sundsvalls kommun
        house_style: numbered
        bodies:
          - id: ks
            name: Kommunstyrelsen
        """;
}
