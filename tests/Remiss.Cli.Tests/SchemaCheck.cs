using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Remiss.Cli.Tests;

/// <summary>
/// Validates remiss YAML against the printed schema with NJsonSchema, reading the YAML the way an
/// editor's YAML 1.2 language server does.
/// </summary>
internal static class SchemaCheck
{
    /// <summary>
    /// The keywords NJsonSchema enforces that <c>remiss schema</c> uses; a test fails if the generator starts
    /// emitting another, which these tests would then silently not check. <c>const</c> is not enforced by
    /// NJsonSchema and has a test of its own.
    /// </summary>
    public static readonly HashSet<string> Enforced =
    [
        "$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties",
        "items", "enum", "pattern", "format", "anyOf", "minProperties", "maxProperties", "minimum",
    ];

    /// <summary>Every problem found, flattened, as <c>Kind #/path</c>; empty when the YAML is valid.</summary>
    public static async Task<List<string>> Validate(string schemaJson, string yaml)
    {
        var schema = await JsonSchema.FromJsonAsync(schemaJson);
        return Flatten(schema.Validate(FromYaml(yaml)!.ToJsonString())).ToList();
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors) => errors.SelectMany(error =>
        error is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).Prepend($"{error.Kind} {error.Path}")
            : [$"{error.Kind} {error.Path}"]);

    /// <summary>Every keyword used anywhere in the schema.</summary>
    public static IEnumerable<string> Keywords(JsonObject schema)
    {
        foreach (var (key, child) in schema)
        {
            yield return key;
            var nested = key switch
            {
                "properties" => child!.AsObject().Select(p => p.Value).OfType<JsonObject>(),
                "anyOf" => child!.AsArray().OfType<JsonObject>(),
                "items" or "additionalProperties" when child is JsonObject o => [o],
                _ => [],
            };
            foreach (var keyword in nested.SelectMany(Keywords))
            {
                yield return keyword;
            }
        }
    }

    /// <summary>YAML as JSON, typing plain scalars by the YAML 1.2 core schema (what yaml-language-server does).</summary>
    public static JsonNode? FromYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, Convert(e.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } plain => PlainScalar(plain.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? PlainScalar(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => null,
        "true" or "True" or "TRUE" => JsonValue.Create(true),
        "false" or "False" or "FALSE" => JsonValue.Create(false),
        _ when Regex.IsMatch(text, @"^[-+]?[0-9]+$") => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
        _ when Regex.IsMatch(text, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$") => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };
}
