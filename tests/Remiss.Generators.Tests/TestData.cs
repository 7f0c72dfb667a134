namespace Remiss.Generators.Tests;

/// <summary>The files the tests feed the generator.</summary>
internal static class TestData
{
    public static string Example => Read("sou-2024-72.remiss.yaml");

    public static string Registry => Read("region.wording.yaml");

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", name));

    /// <summary>A small valid remiss with its own number, title and clauses.</summary>
    public static string Minimal(string number, string title = "En utredning", string clauses = "    - submit-response") => $"""
        format: remiss/1
        remiss:
          title: {title}
          kind: betänkande
          number: {number}
          department: Socialdepartementet
          deadline: 2025-03-21
        case:
          organisation: Region Västernorrland
          dnr: 24HSN1
        decision:
          path: [Hälso- och sjukvårdsnämnden]
          clauses:
        {clauses}
        memo:
          background: Bakgrund.
          assessment: Bedömning.
        response:
          summary: Sammanfattning.
          signatories:
            - name: Viktoria Jansson
        """;
}
