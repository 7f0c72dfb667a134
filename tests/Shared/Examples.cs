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
