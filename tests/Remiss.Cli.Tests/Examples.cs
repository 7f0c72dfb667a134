namespace Remiss.Tests.Shared;

/// <summary>The CLI tests' variations of the example.</summary>
internal static partial class Examples
{
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
