namespace Remiss.Tests.Shared;

/// <summary>
/// The bundled example (<c>examples/sou-2024-72.remiss.yaml</c>, copied to <c>Data/</c> by every test project) and
/// small variations of it; a test project adds its own variations in a part of this class.
/// </summary>
internal static partial class Examples
{
    public static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml");

    public static string ExampleText => File.ReadAllText(ExamplePath);

    /// <summary>The example with one line replaced; fails the test if the line is not there.</summary>
    public static string ExampleWith(string oldLine, string newLine)
    {
        var text = ExampleText;
        Assert.Contains(oldLine, text);
        return text.Replace(oldLine, newLine);
    }

    /// <summary>
    /// The example with <c>decision.meetings</c> recorded: <paramref name="items"/> are the list's items, indented
    /// four spaces as under the key (after <c>notify</c>, where ORGANISATION.md §4 puts them).
    /// </summary>
    public static string WithMeetingRecords(string items) =>
        ExampleWith(NotifyLine, NotifyLine + "  meetings:\n" + items);

    /// <summary>The example decided: the utskott's § 25 on 2025-03-13 and the nämnd's § 41 on 2025-03-19.</summary>
    public static string Decided => WithMeetingRecords("""
            - body: Hälso- och sjukvårdsutskottet
              date: 2025-03-13
              paragraph: 25
            - body: Hälso- och sjukvårdsnämnden
              date: 2025-03-19
              paragraph: 41

        """);

    private const string NotifyLine = "  notify: [Socialdepartementet]\n";

    /// <summary>A valid file with its own title, number, deadline and optional extension.</summary>
    public static string Referral(string number, string title, string deadline, string? extendedUntil = null, string? departmentDnr = null) => $"""
        format: remiss/1
        remiss:
          title: {title}
          kind: betänkande
          number: {number}
          department: Socialdepartementet
        {(departmentDnr is null ? string.Empty : $"  department_dnr: {departmentDnr}\n")}  deadline: {deadline}
        {(extendedUntil is null ? string.Empty : $"  extensions:\n    - until: {extendedUntil}\n")}case:
          organisation: Region Västernorrland
          dnr: 25HSN-{number.Replace(" ", "").Replace(":", "-")}
        decision:
          path: [Hälso- och sjukvårdsnämnden]
          clauses: [submit-response]
        memo:
          assessment: Förvaltningen tillstyrker.
        """;
}
