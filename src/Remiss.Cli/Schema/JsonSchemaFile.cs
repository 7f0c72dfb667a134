using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Remiss.Cli.Output;
using Remiss.Core;

namespace Remiss.Cli.Schema;

/// <summary>
/// JSON Schema (draft 2020-12) of a file format (<c>remiss/1</c>, <c>organisation/1</c>), generated from the
/// <see cref="SchemaNode"/> definitions the loader checks files against, so editor help and <c>remiss check</c>
/// cannot drift. The schema is for editors (completion, hover in Swedish, early red squiggles); the loader
/// remains the judge, for example of impossible dates or the order of extensions.
/// </summary>
internal sealed class JsonSchemaFile
{
    /// <summary>The draft the schema follows.</summary>
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private readonly SchemaNode _root;
    private readonly string _title;
    private readonly string _format;

    private JsonSchemaFile(SchemaNode root, string id, string title, string format, string fileName)
    {
        _root = root;
        Id = id;
        _title = title;
        _format = format;
        FileName = fileName;
    }

    /// <summary>The schema of remiss files, written beside them by <c>remiss new</c>.</summary>
    public static JsonSchemaFile Remiss { get; } = new(RemissSchema.Root, "https://remiss.github.io/schema/remiss-1.schema.json",
        "Remissfil (format remiss/1)", RemissFile.CurrentFormat, "remiss.schema.json");

    /// <summary>The schema of organisation files, written beside them by <c>remiss init</c>.</summary>
    public static JsonSchemaFile Organisation { get; } = new(OrganisationSchema.Root, "https://remiss.github.io/schema/organisation-1.schema.json",
        "Organisationsfil (format organisation/1)", OrganisationFile.CurrentFormat, "organisation.schema.json");

    /// <summary>The schema's identifier.</summary>
    public string Id { get; }

    /// <summary>The file name the schema is written to beside the files it describes.</summary>
    public string FileName { get; }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep å, ä, ö and ” readable
    };

    /// <summary>The schema as indented JSON.</summary>
    public string Generate() => Build().ToJsonString(Options);

    /// <summary>Writes the schema to a file (atomically, ending in a newline).</summary>
    public void WriteFile(string path) => AtomicFile.WriteAllText(path, Generate() + "\n");

    /// <summary>
    /// Writes the schema beside <paramref name="filePath"/> (the file whose first line points at it) unless it is there
    /// already, so the editor helps at once; says so on standard output.
    /// </summary>
    public void WriteBeside(string filePath, CliEnvironment env)
    {
        var schemaPath = Path.Combine(Path.GetDirectoryName(filePath) ?? string.Empty, FileName);
        if (!File.Exists(schemaPath))
        {
            WriteFile(schemaPath);
            env.Out.WriteLine($"Skapade {schemaPath} (för hjälp i editorn)");
        }
    }

    /// <summary>The schema as a JSON tree.</summary>
    public JsonObject Build()
    {
        var root = Node(_root);
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = Id,
            ["title"] = _title,
        };
        foreach (var (key, value) in root.ToList())
        {
            root.Remove(key);
            schema[key] = value;
        }

        // The format tag is the one value the schema can pin exactly.
        schema["properties"]!["format"]!.AsObject()["const"] = _format;
        if (ReferenceEquals(_root, RemissSchema.Root))
        {
            Supplied(schema);
        }

        return schema;
    }

    /// <summary>
    /// The keys the loader requires unless their value comes from elsewhere (the reader's <c>Supplied</c>), so the schema
    /// accepts exactly what <c>check</c> accepts: <c>case.organisation</c> may come from the organisation file, which a
    /// schema cannot see, so it is optional here; <c>memo</c> and its <c>assessment</c> are required unless
    /// <c>response.position</c> is <c>no-comment</c> (the memo then has the standard sentence), which a schema can say.
    /// </summary>
    private static void Supplied(JsonObject schema)
    {
        static void NotRequired(JsonObject mapping, string key)
        {
            if (mapping["required"] is JsonArray required && required.FirstOrDefault(k => k?.GetValue<string>() == key) is { } item)
            {
                required.Remove(item);
            }
        }

        var properties = schema["properties"]!.AsObject();
        NotRequired(properties["case"]!.AsObject(), "organisation");
        NotRequired(schema, "memo");
        NotRequired(properties["memo"]!.AsObject(), "assessment");
        schema["if"] = new JsonObject
        {
            ["properties"] = new JsonObject { ["response"] = new JsonObject { ["properties"] = new JsonObject { ["position"] = new JsonObject { ["const"] = "no-comment" } }, ["required"] = new JsonArray("position") } },
            ["required"] = new JsonArray("response"),
        };
        schema["else"] = new JsonObject
        {
            ["required"] = new JsonArray("memo"),
            ["properties"] = new JsonObject { ["memo"] = new JsonObject { ["required"] = new JsonArray("assessment") } },
        };
    }

    private static JsonObject Node(SchemaNode node)
    {
        var json = node.Kind switch
        {
            SchemaValueKind.Mapping => Mapping(node),
            SchemaValueKind.Sequence => new JsonObject { ["type"] = "array", ["items"] = Node(node.Items!) },
            SchemaValueKind.Text or SchemaValueKind.Markdown => Scalar(node),
            SchemaValueKind.Date => new JsonObject
            {
                ["type"] = "string",
                ["format"] = "date",
                ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            },
            SchemaValueKind.Choice => new JsonObject { ["enum"] = new JsonArray(node.Choices.Select(c => (JsonNode)JsonValue.Create(c)!).ToArray()) },
            SchemaValueKind.Clause => Clause(),
            SchemaValueKind.PositiveInteger => new JsonObject { ["type"] = "integer", ["minimum"] = 1 },
            SchemaValueKind.Integer => new JsonObject { ["type"] = "integer" }, // negative counts: the loader's RMS0073 says what to do
            SchemaValueKind.EmailAddresses => EmailAddresses(),
            SchemaValueKind.Names => new JsonObject { ["anyOf"] = new JsonArray(NameValue(), new JsonObject { ["type"] = "array", ["items"] = NameValue() }) },
            SchemaValueKind.Boolean => new JsonObject { ["type"] = "boolean" },
            SchemaValueKind.Votes => new JsonObject
            {
                ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "integer", ["minimum"] = 0 }, new JsonObject { ["type"] = "array", ["items"] = NameValue() }),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, null),
        };

        // Description first reads best in the file; JsonObject keeps insertion order.
        var result = new JsonObject { ["description"] = node.Description };
        foreach (var (key, value) in json.ToList())
        {
            json.Remove(key);
            result[key] = value;
        }

        return result;
    }

    private static JsonObject Mapping(SchemaNode node)
    {
        var properties = new JsonObject();
        foreach (var child in node.Children)
        {
            properties[child.Name] = Node(child);
        }

        var json = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = node.Children.Where(c => c.Required).Select(c => (JsonNode)JsonValue.Create(c.Name)!).ToArray();
        if (required.Length > 0)
        {
            json["required"] = new JsonArray(required);
        }

        json["additionalProperties"] = false; // unknown keys are errors (FORMAT.md §1)
        return json;
    }

    // The loader takes any scalar as text (an unquoted section 6 is "6"); an optional key may be left empty.
    private static JsonObject Scalar(SchemaNode node) => new()
    {
        ["type"] = node.Required
            ? new JsonArray("string", "number", "boolean")
            : new JsonArray("string", "number", "boolean", "null"),
    };

    // One address or a list of them; the loader's RMS0160 explains a value that is no address.
    private static JsonObject EmailAddresses() => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["description"] = "En adress.", ["type"] = "string", ["format"] = "email" },
            new JsonObject { ["description"] = "Flera adresser.", ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["format"] = "email" } }),
    };
    // A member's name as the loader reads it: any scalar is text.
    private static JsonObject NameValue() => new() { ["type"] = new JsonArray("string", "number") };

    private static JsonObject Clause()
    {
        var ids = ClauseRegistry.BuiltIn.Definitions.ToList();
        return new JsonObject
        {
            ["anyOf"] = new JsonArray(
                new JsonObject
                {
                    ["description"] = "En standardsats.",
                    ["enum"] = new JsonArray(ids.Select(d => (JsonNode)JsonValue.Create(d.Id)!).ToArray()),
                },
                new JsonObject
                {
                    ["description"] = "Ett id ur ett eget register (*.wording.yaml).",
                    ["type"] = "string",
                    ["pattern"] = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
                },
                new JsonObject
                {
                    ["description"] = "Egen text; 'att ' och skiljetecken läggs till. I stilen numbered: 'statement', en hel mening.",
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        ["text"] = new JsonObject { ["type"] = "string" },
                        ["statement"] = new JsonObject { ["type"] = "string" },
                    },
                    ["minProperties"] = 1,
                    ["additionalProperties"] = false,
                },
                new JsonObject
                {
                    ["description"] = "Ett id med argument: '- refer-without-proposal: nämnden' eller '- id: { namn: värde }'.",
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["maxProperties"] = 1,
                    ["additionalProperties"] = new JsonObject
                    {
                        ["anyOf"] = new JsonArray(
                            new JsonObject { ["type"] = new JsonArray("string", "number") },
                            new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "number") } }),
                    },
                }),
        };
    }
}
