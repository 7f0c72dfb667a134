using System.Text.Json.Nodes;
using Remiss.Core;

namespace Remiss.Cli.Tests;

/// <summary>
/// The JSON Schema accepts exactly what <c>check</c> accepts, for what a schema can say (issue 27), judged by an
/// independent validator: ajv (draft 2020-12, from eng/npm) run by node. Every remiss file <c>check</c> accepts in the
/// repository (examples, fixtures, the fuzz corpus) validates; every key whose absence <c>check</c> reports (RMS0010) is
/// one whose absence the schema reports too.
/// </summary>
public class SchemaAgreementTests
{
    /// <summary>ajv's verdict on each document: null when valid, else its errors.</summary>
    private static List<string?> Ajv(string schema, IReadOnlyList<JsonNode?> documents)
    {
        var ajv = Checkout.NpmPackage("ajv");
        using var folder = new TempFolder();
        var schemaPath = folder.Write("schema.json", schema);
        var documentsPath = folder.Write("documents.json", new JsonArray(documents.Select(d => d?.DeepClone()).ToArray()).ToJsonString());
        var script = folder.Write("validate.js", """
            const Ajv2020 = require(process.argv[2] + '/dist/2020').default;
            const addFormats = (() => { try { return require(process.argv[2] + '/../ajv-formats'); } catch { return null; } })();
            const fs = require('fs');
            const ajv = new Ajv2020({ strict: false, allErrors: true });
            if (addFormats) addFormats(ajv);
            const validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[3], 'utf8')));
            const out = JSON.parse(fs.readFileSync(process.argv[4], 'utf8')).map(d => validate(d) ? null : JSON.stringify(validate.errors.map(e => e.instancePath + ' ' + e.message)));
            process.stdout.write(JSON.stringify(out));
            """);
        return JsonNode.Parse(Checkout.Node(script, ajv, schemaPath, documentsPath))!.AsArray().Select(n => n?.GetValue<string>()).ToList();
    }

    private static string Schema()
    {
        var result = Cli.Run("schema");
        Assert.Equal(0, result.ExitCode);
        return result.Out;
    }

    [Fact]
    public void Every_remiss_file_check_accepts_in_the_repository_validates_with_ajv()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Checkout.Root, "examples"), "*.remiss.yaml", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Checkout.Root, "tests"), "*.remiss.yaml", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(Checkout.Root, "tests", "Remiss.Fuzz", "Seeds", "remiss")))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var workspace = new RemissWorkspace();
        var accepted = files.Where(f => workspace.Load(f) is { HasErrors: false, File: not null }).ToList();
        Assert.True(accepted.Count >= 10, $"only {accepted.Count} accepted files of {files.Count}");

        var verdicts = Ajv(Schema(), accepted.Select(f => SchemaCheck.FromYaml(File.ReadAllText(f))).ToList());

        var rejected = accepted.Zip(verdicts).Where(p => p.Second is not null).Select(p => $"{Path.GetRelativePath(Checkout.Root, p.First)}: {p.Second}").ToList();
        Assert.True(rejected.Count == 0, string.Join("\n", rejected));
    }

    [Fact]
    public void Every_key_whose_absence_check_reports_is_required_by_the_schema_too()
    {
        var example = SchemaCheck.FromYaml(Examples.ExampleText)!.AsObject();
        var organisation = Remiss.Tests.Shared.ExampleOrganisation.Options;
        var cases = new List<(string Path, JsonNode Document, bool CheckMisses)>();
        foreach (var path in KeyPaths(example, string.Empty))
        {
            var document = example.DeepClone();
            Remove(document, path);
            // JSON is YAML: check reads the same document.
            var load = RemissLoader.Load(document.ToJsonString(), "x.remiss.yaml", organisation);
            cases.Add((path, document, load.Diagnostics.Any(d => d.Code == "RMS0010")));
        }

        var verdicts = Ajv(Schema(), cases.Select(c => (JsonNode?)c.Document).ToList());

        var disagreements = cases.Zip(verdicts).Where(p => p.First.CheckMisses && p.Second is null).Select(p => p.First.Path).ToList();
        Assert.True(disagreements.Count == 0, "check reports these missing, the schema does not: " + string.Join(", ", disagreements));
        Assert.Contains(cases, c => c.CheckMisses);
    }

    /// <summary>Every key of every mapping, the first item of each list standing for all.</summary>
    private static IEnumerable<string> KeyPaths(JsonObject mapping, string prefix)
    {
        foreach (var (key, value) in mapping)
        {
            var path = prefix + "/" + key;
            yield return path;
            var child = value is JsonArray { Count: > 0 } list ? list[0] : value;
            if (child is JsonObject nested)
            {
                foreach (var inner in KeyPaths(nested, value is JsonArray ? path + "/0" : path))
                {
                    yield return inner;
                }
            }
        }
    }

    private static void Remove(JsonNode document, string path)
    {
        var parts = path.Trim('/').Split('/');
        var node = document;
        foreach (var part in parts[..^1])
        {
            node = node is JsonArray array ? array[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)]! : node[part]!;
        }

        node.AsObject().Remove(parts[^1]);
    }
}
