using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Remiss.Cli.Tests;

/// <summary>
/// A deliberately small JSON Schema checker for the keywords <c>remiss schema</c> emits (listed in
/// <see cref="Known"/>; a test fails if the generator starts emitting another one), applied to YAML read
/// the way an editor's YAML 1.2 language server reads it. JsonSchema.Net is not available here; this is
/// enough to show the schema accepts the real example and rejects unknown keys, missing keys, bad enum
/// values, bad dates and wrong shapes. It does not implement the rest of JSON Schema.
/// </summary>
internal static class SchemaCheck
{
    public static readonly HashSet<string> Known =
    [
        "$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties",
        "items", "enum", "const", "pattern", "format", "anyOf", "minProperties", "maxProperties",
    ];

    /// <summary>Every problem found, as <c>path: problem</c>; empty when the value is valid.</summary>
    public static List<string> Validate(JsonObject schema, JsonNode? value, string path = "$")
    {
        var problems = new List<string>();
        Check(schema, value, path, problems);
        return problems;
    }

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

    private static void Check(JsonObject schema, JsonNode? value, string path, List<string> problems)
    {
        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray array ? array.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Contains(TypeOf(value)))
            {
                problems.Add($"{path}: is {TypeOf(value)}, expected {string.Join("|", allowed)}");
                return;
            }
        }

        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            problems.Add($"{path}: must be {constant.ToJsonString()}");
        }

        if (schema["enum"] is JsonArray choices && !choices.Any(c => JsonNode.DeepEquals(c, value)))
        {
            problems.Add($"{path}: {Show(value)} is not one of {string.Join(", ", choices.Select(Show))}");
        }

        if (schema["pattern"] is { } pattern && value is JsonValue v && v.TryGetValue<string>(out var s) && !Regex.IsMatch(s, pattern.GetValue<string>()))
        {
            problems.Add($"{path}: \"{s}\" does not match {pattern}");
        }

        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(branch => Validate(branch!.AsObject(), value, path).Count == 0))
        {
            problems.Add($"{path}: matches none of the allowed forms");
        }

        if (value is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject;
            foreach (var required in schema["required"]?.AsArray() ?? [])
            {
                if (!obj.ContainsKey(required!.GetValue<string>()))
                {
                    problems.Add($"{path}: missing required '{required}'");
                }
            }

            if (schema["minProperties"] is { } min && obj.Count < min.GetValue<int>() || schema["maxProperties"] is { } max && obj.Count > max.GetValue<int>())
            {
                problems.Add($"{path}: has {obj.Count} properties");
            }

            foreach (var (key, child) in obj)
            {
                if (properties?[key] is JsonObject propertySchema)
                {
                    Check(propertySchema, child, $"{path}.{key}", problems);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                {
                    problems.Add($"{path}: unknown key '{key}'");
                }
                else if (schema["additionalProperties"] is JsonObject additionalSchema)
                {
                    Check(additionalSchema, child, $"{path}.{key}", problems);
                }
            }
        }

        if (value is JsonArray items && schema["items"] is JsonObject itemSchema)
        {
            for (var i = 0; i < items.Count; i++)
            {
                Check(itemSchema, items[i], $"{path}[{i}]", problems);
            }
        }
    }

    private static string Show(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) ? $"\"{s}\"" : value?.ToJsonString() ?? "null";

    private static string TypeOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        _ => "number",
    };

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
