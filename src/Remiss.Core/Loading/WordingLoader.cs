using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>What loading a wording registry gave: its clause definitions and every diagnostic.</summary>
public sealed record WordingLoadResult(EquatableArray<ClauseDefinition> Definitions, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Where each definition's <c>id</c> value is written, in the order of <see cref="Definitions"/>.</summary>
    public EquatableArray<SourceSpan> IdSpans { get; init; }
}

/// <summary>
/// Reads a region's registry of standard clauses (<c>*.wording.yaml</c>, format <c>wording/1</c>):
/// <code>
/// format: wording/1
/// clauses:
///   - id: approve-annual-report
///     text: godkänna årsredovisningen för {year}
///     statement: Årsredovisningen för {year} godkänns.   # optional: the numbered house style's form
///     description: Godkänna årsredovisningen.
///     parameters: [year]
/// </code>
/// When <c>parameters</c> is given, every user placeholder must be declared there, so a typo such as
/// <c>{yaer}</c> is caught. Never throws.
/// </summary>
public static class WordingLoader
{
    /// <summary>The format tag this version reads.</summary>
    public const string CurrentFormat = "wording/1";

    /// <summary>The definition of format <c>wording/1</c>.</summary>
    public static SchemaNode Schema { get; } = BuildSchema();

    /// <summary>Reads and loads a registry file from disk.</summary>
    public static WordingLoadResult LoadFile(string path)
    {
        var bytes = RegularFile.Read(path, LoadOptions.Default.MaxFileBytes, out var failure);
        return bytes is null ? Fail(failure!) : Load(bytes, path);
    }

    /// <summary>Loads registry bytes, which must be UTF-8.</summary>
    public static WordingLoadResult Load(byte[] bytes, string filePath)
    {
        var text = SourceText.Read(bytes, filePath, LoadOptions.Default.MaxFileBytes, out var failure);
        return text is null ? Fail(failure!) : Load(text, filePath);
    }

    /// <summary>Loads registry text.</summary>
    public static WordingLoadResult Load(string text, string filePath)
    {
        try
        {
            var diagnostics = new List<Diagnostic>();
            var root = YamlDocumentParser.Parse(text, filePath, diagnostics);
            var definitions = root is null
                ? new List<(ClauseDefinition, SourceSpan)>()
                : Read(root, new YamlNodeReader(filePath, diagnostics, new SourceMap(filePath)));
            return new WordingLoadResult(definitions.Select(d => d.Item1).ToEquatableArray(), YamlDocumentParser.InsideText(diagnostics, text, filePath).ToEquatableArray())
            {
                IdSpans = definitions.Select(d => d.Item2).ToEquatableArray(),
            };
        }
        catch (Exception ex)
        {
            return Fail(DiagnosticDescriptors.InternalError.Create(filePath, SourceSpan.Start, $"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    private static List<(ClauseDefinition Definition, SourceSpan IdSpan)> Read(YamlNode root, YamlNodeReader r)
    {
        var definitions = new List<(ClauseDefinition, SourceSpan)>();
        var fields = r.Mapping(root, Schema, string.Empty);
        if (fields is null)
        {
            return definitions;
        }

        r.Format(fields, CurrentFormat);

        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = r.Sequence(fields, "clauses");
        var itemSchema = Schema.Child("clauses")!.Items!;
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"clauses[{i}]";
            var item = r.Mapping(items[i], itemSchema, path);
            var id = r.Text(item, "id", required: true);
            var text = r.Text(item, "text", required: true);
            if (item is null || id is null || text is null)
            {
                continue;
            }

            var idNode = item.Get("id")!;
            if (firstLine.TryGetValue(id, out var line) || ClauseRegistry.BuiltIn.Contains(id))
            {
                r.Report(DiagnosticDescriptors.DuplicateClauseId, idNode, id, ClauseRegistry.BuiltIn.Contains(id) ? "bland de inbyggda satserna" : $"på rad {line}");
                continue;
            }

            firstLine[id] = (int)idNode.Start.Line;
            var definition = new ClauseDefinition(id, text, r.Text(item, "description"), r.Text(item, "statement"));
            var problems = definition.Validate().ToList();
            if (problems.Count > 0)
            {
                var at = problems[0].StartsWith("id ", StringComparison.Ordinal) ? idNode
                    : problems[0].IndexOf("statement", StringComparison.Ordinal) >= 0 && item.Get("statement") is { } statementNode ? statementNode
                    : item.Get("text")!;
                r.Report(DiagnosticDescriptors.InvalidClauseDefinition, at, id, string.Join("; ", problems));
                continue;
            }

            if (item.Contains("parameters") && !CheckParameters(definition, r.TextList(item, "parameters"), item, r))
            {
                continue;
            }

            definitions.Add((definition, YamlNodeReader.SpanOf(idNode)));
        }

        return definitions;
    }

    private static bool CheckParameters(ClauseDefinition definition, EquatableArray<string> declared, YamlNodeReader.Fields item, YamlNodeReader r)
    {
        var ok = true;
        foreach (var placeholder in definition.Parameters.Where(p => !declared.Contains(p)))
        {
            var suggestion = Suggestions.Closest(placeholder, declared);
            r.Report(DiagnosticDescriptors.UnknownPlaceholder, item.Get("text")!, placeholder, definition.Id, string.Join(", ", declared),
                suggestion is null ? "Lägg till den under 'parameters' eller rätta stavningen." : $"Menade du '{{{suggestion}}}'?");
            ok = false;
        }

        foreach (var unused in declared.Where(p => !definition.Parameters.Contains(p)))
        {
            r.Report(DiagnosticDescriptors.InvalidClauseDefinition, item.Get("parameters")!, definition.Id,
                $"parametern '{unused}' används inte i texten; ta bort den eller skriv {{{unused}}} i texten");
            ok = false;
        }

        return ok;
    }

    private static SchemaNode BuildSchema()
    {
        var item = new SchemaNode(string.Empty, SchemaValueKind.Mapping, true, "En standardiserad att-sats.")
        {
            Children = new[]
            {
                new SchemaNode("id", SchemaValueKind.Text, true, "Id som används i remissfiler, t.ex. approve-annual-report."),
                new SchemaNode("text", SchemaValueKind.Text, true, "Satsens text utan 'att' och skiljetecken; {platshållare} fylls i."),
                new SchemaNode("description", SchemaValueKind.Text, false, "Vad satsen används till."),
                new SchemaNode("statement", SchemaValueKind.Text, false, "Satsens numrerade form (house_style: numbered): en hel mening med samma {platshållare}, t.ex. 'Årsredovisningen för {year} godkänns.'"),
                new SchemaNode("parameters", SchemaValueKind.Sequence, false, "Platshållarna som användaren fyller i.")
                {
                    Items = new SchemaNode(string.Empty, SchemaValueKind.Text, true, "En platshållare."),
                },
            },
        };
        return new SchemaNode(string.Empty, SchemaValueKind.Mapping, true, "Ett register med standardiserade att-satser (format wording/1).")
        {
            Children = new[]
            {
                new SchemaNode("format", SchemaValueKind.Text, true, "Filformatets version. Skriv 'wording/1'."),
                new SchemaNode("clauses", SchemaValueKind.Sequence, true, "Satserna.") { Items = item },
            },
        };
    }

    private static WordingLoadResult Fail(Diagnostic diagnostic) => new(default, EquatableArray.Create(diagnostic));
}
