using Remiss.Core;

namespace Remiss.Templates.Tests;

/// <summary>Documents of remiss files loaded with an organisation file: the same output, house style, "Inga synpunkter".</summary>
public class OrganisationRenderTests
{
    private static readonly RemissRenderer Renderer = new();

    public static TheoryData<DocumentKind, OutputFormat> Outputs => new()
    {
        { DocumentKind.Yttrande, OutputFormat.Markdown }, { DocumentKind.Yttrande, OutputFormat.Html }, { DocumentKind.Yttrande, OutputFormat.Docx },
        { DocumentKind.Tjansteutlatande, OutputFormat.Markdown }, { DocumentKind.Tjansteutlatande, OutputFormat.Html }, { DocumentKind.Tjansteutlatande, OutputFormat.Docx },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public void The_example_renders_identically_with_and_without_examples_organisation_yaml(DocumentKind kind, OutputFormat format)
    {
        var without = Renderer.Render(TestFiles.LoadExample(), kind, format);
        Assert.Equal(without, Renderer.Render(TestFiles.Load(TestFiles.ExampleText, TestFiles.ExampleOrganisation()), kind, format));

        // Path by ids, organisation and signatories left to the organisation file: still the same bytes.
        var short_ = TestFiles.ExampleText
            .Replace("    - Hälso- och sjukvårdsutskottet\n    - Hälso- och sjukvårdsnämnden\n", "    - hsu\n    - hsn\n", StringComparison.Ordinal)
            .Replace("  organisation: Region Västernorrland\n", string.Empty, StringComparison.Ordinal)
            .Replace("  signatories:\n    - name: Viktoria Jansson\n      role: Ordförande, hälso- och sjukvårdsnämnden\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("Viktoria", short_, StringComparison.Ordinal);
        Assert.Equal(without, Renderer.Render(TestFiles.Load(short_, TestFiles.ExampleOrganisation()), kind, format));
    }

    [Fact]
    public void No_comment_yttrande_is_one_paragraph_and_the_signatories()
    {
        var markdown = Renderer.RenderMarkdown(TestFiles.Load(DocxSamples.NoComment(TestFiles.ExampleText)), DocumentKind.Yttrande);
        var body = markdown[(markdown.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        Assert.Equal("""

            Socialdepartementet

            Vårt dnr 24HSN5898

            # Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)

            Region Västernorrland har inga synpunkter på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72).

            Region Västernorrland

            Viktoria Jansson\
            Ordförande, hälso- och sjukvårdsnämnden

            """, body);
    }

    [Fact]
    public void No_comment_memo_has_the_standard_assessment()
    {
        var lines = TextLines.FromMarkdown(Renderer.RenderMarkdown(TestFiles.Load(DocxSamples.NoComment(TestFiles.ExampleText)), DocumentKind.Tjansteutlatande));
        TextLines.AssertContainsInOrder(
        [
            "Förvaltningens bedömning",
            "",
            "Förvaltningen föreslår att Region Västernorrland inte lämnar några synpunkter på betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72).",
            "",
            "Regionens svar har tagits fram i dialog med Region Norrbotten och Region Västerbotten.",
        ], lines);
        Assert.DoesNotContain("Bakgrund", lines);
    }

    [Fact]
    public void No_comment_with_its_own_assessment_keeps_it()
    {
        var yaml = DocxSamples.NoComment(TestFiles.ExampleText).Replace("response:\n", "memo:\n  assessment: Förvaltningen har inget att tillägga.\n\nresponse:\n", StringComparison.Ordinal);
        var lines = TextLines.FromMarkdown(Renderer.RenderMarkdown(TestFiles.Load(yaml), DocumentKind.Tjansteutlatande));
        Assert.Contains("Förvaltningen har inget att tillägga.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Förvaltningen föreslår att", StringComparison.Ordinal));
    }

    [Fact]
    public void Numbered_style_prints_numbered_statements_as_text_not_a_list()
    {
        var sample = DocxSamples.Get("numbered-tjansteutlatande");
        var expected = new[]
        {
            "Förslag till beslut",
            "Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar",
            "1. Yttrandet ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)” antas och överlämnas till Socialdepartementet.",
            "2. Paragrafen justeras omedelbart.",
            "Ärendebeskrivning",
        };
        var markdown = Renderer.RenderMarkdown(sample.Load(), DocumentKind.Tjansteutlatande);
        TextLines.AssertContainsInOrder(expected, TextLines.FromMarkdown(markdown));
        Assert.Contains("\n2\\. Paragrafen justeras omedelbart.\n", markdown, StringComparison.Ordinal);
        TextLines.AssertContainsInOrder(expected, TextLines.FromDocx(sample.Render()));
    }
}
