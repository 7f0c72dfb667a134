using Remiss.Core;

namespace Remiss.Templates.Tests;

/// <summary>One .docx the tests generate: a document of the example with its YAML edited, loaded with an organisation file or none.</summary>
public sealed record DocxSample(string Name, DocumentKind Kind, Func<string, string> Edit, OrganisationFile? Organisation = null)
{
    public RemissFile Load() => TestFiles.Load(Edit(TestFiles.ExampleText), Organisation);

    public byte[] Render() => new RemissRenderer().Render(Load(), Kind, OutputFormat.Docx);

    public override string ToString() => Name;
}

/// <summary>
/// Every shape of input the Word tests render. Each must pass <see cref="DocxChecks"/>, and the PDF fixture has
/// LibreOffice open all of them in its one call, so a file LibreOffice rejects fails a test.
/// </summary>
public static class DocxSamples
{
    private const string Title = "title: Stärkt medicinsk kompetens i kommunal hälso- och sjukvård";
    private const string BeforeList = "    Utredningen föreslår bland annat:\n";

    private static readonly DocxSample[] Shapes =
    [
        new("blocks", DocumentKind.Tjansteutlatande, Replace(BeforeList, """
                Se [regeringens sida](https://www.regeringen.se/) och <https://www.riksdagen.se>, `kod`, ***båda***.

                > Ett citat.

                1. ett
                   - under
                2. två

                ---

                Utredningen föreslår bland annat:

            """)),
        new("numbered-lists", DocumentKind.Tjansteutlatande, Replace(BeforeList, """
                1. a
                2. b

                Mellan listorna.

                1. c
                2. d

                3. e

                Och en som börjar på fyra:

                4. f

                Utredningen föreslår bland annat:

            """)),
        new("markdown-title", DocumentKind.Yttrande, Replace(Title, "title: \"Lag om *stjärnor* och __streck__ i C#\"")),
        new("no-background", DocumentKind.Tjansteutlatande, yaml => Cut(yaml, "  background: |\n", "  assessment: |\n")),
        new("table-yttrande", DocumentKind.Yttrande, Replace(TableAfter, TableAfter + "\n" + Table)),
        .. Both("no-comment", NoComment),
        .. Both("numbered", yaml => yaml, TestFiles.NumberedOrganisation),
    ];

    /// <summary>The line of the first comment's text a table goes after (FORMAT.md §1.1).</summary>
    public const string TableAfter = "        göras digitalt är positivt i ett glest befolkat län.\n";

    /// <summary>A pipe table in a comment's text: a header row, alignments, formatting and an escaped pipe in the cells.</summary>
    public const string Table = """
                | Kommun | Läkare per 1 000 invånare | Bedömning |
                | --- | ---: | :-: |
                | Sundsvall | 0,4 | **Tillräcklig** |
                | Kramfors \| Sollefteå | 0,2 | *Otillräcklig* |

        """;

    /// <summary>The example as "Inga synpunkter" (ORGANISATION.md §6): no memo, no comments, the signatories kept.</summary>
    public static string NoComment(string yaml)
    {
        var start = yaml.IndexOf("memo:\n", StringComparison.Ordinal);
        Assert.True(start > 0);
        return yaml[..start] + "response:\n  position: no-comment\n  signatories:\n    - name: Viktoria Jansson\n      role: Ordförande, hälso- och sjukvårdsnämnden\n";
    }

    private static IEnumerable<DocxSample> Both(string name, Func<string, string> edit, OrganisationFile? organisation = null) =>
        new[] { DocumentKind.Tjansteutlatande, DocumentKind.Yttrande }
            .Select(kind => new DocxSample(name + "-" + kind.ToString().ToLowerInvariant(), kind, edit, organisation));

    /// <summary>Input variants rendered as both documents.</summary>
    private static readonly (string Name, (string Old, string New)[] Edits)[] Variants =
    [
        ("example", []),
        ("one-body-no-officers", [("    - Hälso- och sjukvårdsutskottet\n", string.Empty), ("  officers: [Sara Hjalmarsson]\n", string.Empty)]),
        ("no-extensions", [("  extensions:\n    - until: 2025-03-21\n", string.Empty)]),
        ("kind-other-no-number", [("  kind: betänkande\n  number: SOU 2024:72\n", "  kind: other\n")]),
        ("odd-characters", [(Title, "title: \"C# & <XML> \\\"citat\\\" – 50 % * _ \\\\ ]]>\"")]),
    ];

    public static IReadOnlyList<DocxSample> All { get; } =
    [
        .. Variants.SelectMany(v => new[] { DocumentKind.Tjansteutlatande, DocumentKind.Yttrande }
            .Select(kind => new DocxSample(v.Name + "-" + kind.ToString().ToLowerInvariant(), kind, Replace(v.Edits)))),
        .. Shapes,
    ];

    public static TheoryData<string> Names => [.. All.Select(s => s.Name)];

    public static DocxSample Get(string name) => All.Single(s => s.Name == name);

    /// <summary>The example, unedited.</summary>
    public static DocxSample Example(DocumentKind kind) => Get("example-" + kind.ToString().ToLowerInvariant());

    private static Func<string, string> Replace(string old, string replacement) => Replace((old, replacement));

    /// <summary>Replaces text; every edit must find its text, so a changed example cannot silently leave a sample equal to it.</summary>
    private static Func<string, string> Replace(params (string Old, string New)[] edits) => yaml =>
    {
        foreach (var (old, replacement) in edits)
        {
            Assert.Contains(old, yaml, StringComparison.Ordinal);
            yaml = yaml.Replace(old, replacement, StringComparison.Ordinal);
        }

        return yaml;
    };

    /// <summary>Removes the text from <paramref name="from"/> up to (not including) <paramref name="to"/>.</summary>
    private static string Cut(string yaml, string from, string to)
    {
        var start = yaml.IndexOf(from, StringComparison.Ordinal);
        var end = yaml.IndexOf(to, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"'{from}' … '{to}' not in the example");
        return yaml[..start] + yaml[end..];
    }
}
