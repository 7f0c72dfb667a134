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
    public void Uses_only_keywords_the_check_in_these_tests_understands()
    {
        Assert.Empty(SchemaCheck.Keywords(PrintedSchema()).Distinct().Except(SchemaCheck.Known));
    }

    [Fact]
    public void The_example_file_validates()
    {
        var problems = SchemaCheck.Validate(PrintedSchema(), SchemaCheck.FromYaml(Examples.ExampleText));

        Assert.Empty(problems);
    }

    [Fact]
    public void A_file_from_remiss_new_validates_once_its_required_values_are_filled_in()
    {
        using var folder = new TempFolder();
        var path = folder.File("ny.remiss.yaml");
        Cli.Run("new", "--number", "Ds 2025:3", "--title", "Titel", "--department", "Finansdepartementet", "--deadline", "2025-06-01", "-o", path);

        var problems = SchemaCheck.Validate(PrintedSchema(), SchemaCheck.FromYaml(File.ReadAllText(path).Replace("path: []", "path: [Regionstyrelsen]", StringComparison.Ordinal)));

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("  responsible: Maria Strandberg", "  responsibel: Maria Strandberg", "$.case: unknown key 'responsibel'")]
    [InlineData("  dnr: 24HSN5898", "  diarienummer: 24HSN5898", "$.case: missing required 'dnr'")]
    [InlineData("  kind: betänkande", "  kind: betänkandet", "$.remiss.kind: \"betänkandet\" is not one of")]
    [InlineData("      position: opposes", "      position: against", "$.response.comments[1].position: \"against\" is not one of")]
    [InlineData("  deadline: 2025-03-10            # illustrative", "  deadline: 10 mars 2025", "$.remiss.deadline: \"10 mars 2025\" does not match")]
    [InlineData("format: remiss/1", "format: remiss/2", "$.format: must be \"remiss/1\"")]
    [InlineData("    - immediate-adjustment", "    - [immediate-adjustment]", "$.decision.clauses[1]: matches none of the allowed forms")]
    [InlineData("  officers: [Sara Hjalmarsson]", "  officers: Sara Hjalmarsson", "$.case.officers: is string, expected array")]
    public void Catches_what_the_loader_would_reject(string oldLine, string newLine, string expectedProblem)
    {
        var yaml = Examples.ExampleWith(oldLine, newLine);

        var problems = SchemaCheck.Validate(PrintedSchema(), SchemaCheck.FromYaml(yaml));

        Assert.Contains(problems, p => p.StartsWith(expectedProblem, StringComparison.Ordinal));
        Assert.True(RemissLoader.Load(yaml, "x.remiss.yaml").HasErrors); // and the loader agrees
    }

    [Fact]
    public void Every_key_the_loader_knows_is_a_property_and_required_keys_are_required()
    {
        var schema = PrintedSchema();
        Walk(RemissSchema.Root, schema);

        static void Walk(SchemaNode node, JsonObject json)
        {
            if (node.Kind == SchemaValueKind.Mapping)
            {
                var properties = json["properties"]!.AsObject();
                Assert.Equal(node.Children.Select(c => c.Name).Order(), properties.Select(p => p.Key).Order());
                var required = (json["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).Order();
                Assert.Equal(node.Children.Where(c => c.Required).Select(c => c.Name).Order(), required);
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
