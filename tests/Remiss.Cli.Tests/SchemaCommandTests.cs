using System.Text.Json.Nodes;
using Remiss.Core;

namespace Remiss.Cli.Tests;

public sealed class SchemaCommandTests
{
    private static JsonObject PrintedSchema()
    {
        var result = Cli.Run("schema");
        Assert.Equal(0, result.ExitCode);
        return JsonNode.Parse(result.Out)!.AsObject();
    }

    [Fact]
    public void Is_draft_2020_12_with_swedish_descriptions()
    {
        var schema = PrintedSchema();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
        Assert.Equal("Ursprunglig svarstid (åååå-mm-dd).", schema["properties"]!["remiss"]!["properties"]!["deadline"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void Uses_only_keywords_the_validator_in_these_tests_enforces_besides_the_format_const_and_the_no_comment_condition()
    {
        // const, if and else (memo required unless response.position is no-comment) are judged by ajv (SchemaAgreementTests).
        Assert.Equal(["const", "if", "else"], SchemaCheck.Keywords(PrintedSchema()).Distinct().Except(SchemaCheck.Enforced));
    }

    [Fact]
    public void Pins_the_format_tag_the_loader_accepts()
    {
        Assert.Equal(RemissFile.CurrentFormat, PrintedSchema()["properties"]!["format"]!["const"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_example_file_validates()
    {
        Assert.Empty(await SchemaCheck.Validate(Cli.Run("schema").Out, Examples.ExampleText));
    }

    [Fact]
    public async Task Recorded_meetings_validate_and_a_paragraph_below_one_does_not()
    {
        var meetings = "  notify: [Socialdepartementet]\n  meetings:\n    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n      note: Avstår.\n";
        var decided = Examples.ExampleWith("  notify: [Socialdepartementet]", meetings.TrimEnd('\n'));

        Assert.Empty(await SchemaCheck.Validate(Cli.Run("schema").Out, decided));
        Assert.Contains("NumberTooSmall #/decision.meetings[0].paragraph", await SchemaCheck.Validate(Cli.Run("schema").Out, decided.Replace("paragraph: 25", "paragraph: 0", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_file_from_remiss_new_validates_once_its_required_values_are_filled_in()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");
        Cli.Run("new", "--number", "Ds 2025:3", "--title", "Titel", "--department", "Finansdepartementet", "--deadline", "2025-06-01", "-o", path);

        var problems = await SchemaCheck.Validate(Cli.Run("schema").Out, File.ReadAllText(path).Replace("path: []", "path: [Regionstyrelsen]", StringComparison.Ordinal));

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("  responsible: Maria Strandberg", "  responsibel: Maria Strandberg", "NoAdditionalPropertiesAllowed #/case.responsibel")]
    [InlineData("  dnr: 24HSN5898", "  diarienummer: 24HSN5898", "PropertyRequired #/case.dnr")]
    [InlineData("  kind: betänkande", "  kind: betänkandet", "NotInEnumeration #/remiss.kind")]
    [InlineData("      position: opposes", "      position: against", "NotInEnumeration #/response.comments[1].position")]
    [InlineData("  deadline: 2025-03-10            # illustrative", "  deadline: 10 mars 2025", "PatternMismatch #/remiss.deadline")]
    [InlineData("  deadline: 2025-03-10            # illustrative", "  deadline: 2025-02-30", "DateExpected #/remiss.deadline")]
    [InlineData("    - immediate-adjustment", "    - [immediate-adjustment]", "NotAnyOf #/decision.clauses[1]")]
    [InlineData("  officers: [Sara Hjalmarsson]", "  officers: Sara Hjalmarsson", "ArrayExpected #/case.officers")]
    public async Task Catches_what_the_loader_would_reject(string oldLine, string newLine, string expectedProblem)
    {
        var yaml = Examples.ExampleWith(oldLine, newLine);

        var problems = await SchemaCheck.Validate(Cli.Run("schema").Out, yaml);

        Assert.Contains(expectedProblem, problems);
        Assert.True(RemissLoader.Load(yaml, "x.remiss.yaml").HasErrors); // and the loader agrees
    }

    [Fact]
    public void Every_key_the_loader_knows_is_a_property_and_required_keys_are_required()
    {
        var schema = PrintedSchema();
        Walk(RemissSchema.Root, schema);

        // The keys the loader requires unless their value comes from elsewhere (SchemaAgreementTests checks what the schema
        // says of them instead): case.organisation (the organisation file), memo and its assessment (not with position
        // no-comment: if/else).
        static bool Supplied(SchemaNode node, SchemaNode child) =>
            (node == RemissSchema.Root && child.Name == "memo") || (node.Name == "memo" && child.Name == "assessment") || (node.Name == "case" && child.Name == "organisation");

        static void Walk(SchemaNode node, JsonObject json)
        {
            if (node.Kind == SchemaValueKind.Mapping)
            {
                var properties = json["properties"]!.AsObject();
                Assert.Equal(node.Children.Select(c => c.Name).Order(), properties.Select(p => p.Key).Order());
                var required = (json["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).Order();
                Assert.Equal(node.Children.Where(c => c.Required && !Supplied(node, c)).Select(c => c.Name).Order(), required);
                foreach (var child in node.Children)
                {
                    Walk(child, properties[child.Name]!.AsObject());
                }
            }
            else if (node.Kind == SchemaValueKind.Sequence)
            {
                Walk(node.Items!, json["items"]!.AsObject());
            }

            Assert.Equal(node.Description, json["description"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Output_option_writes_the_same_schema_to_a_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("remiss.schema.json");

        Assert.Equal(0, Cli.Run("schema", "-o", path).ExitCode);

        Assert.True(JsonNode.DeepEquals(PrintedSchema(), JsonNode.Parse(File.ReadAllText(path))));
    }
}
