using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>Reads one clause as a remiss file writes it: in <c>decision.clauses</c>, and in a proposal's <c>clauses</c> (ORGANISATION.md §7).</summary>
internal static class ClauseReader
{
    /// <summary><c>- id</c>, <c>- id: argument</c>, <c>- id: {name: value}</c>, or own text: <c>- text: …</c>, <c>- statement: …</c> or both.</summary>
    public static ClauseReference? Read(YamlNodeReader r, YamlNode node, string path)
    {
        r.Map.Set(path, YamlNodeReader.SpanOf(node));
        switch (node)
        {
            case YamlScalarNode:
                var id = r.Text(node, path, required: true);
                return id is null ? null : ClauseReference.ForId(id);
            case YamlMappingNode { Children.Count: 1 } mapping:
                var entry = mapping.Children.First();
                if (entry.Key is not YamlScalarNode { Value: { Length: > 0 } key })
                {
                    break;
                }

                if (key is "text" or "statement")
                {
                    return OwnClause(r, mapping, path);
                }

                if (entry.Value is YamlMappingNode named)
                {
                    var arguments = new List<KeyValuePair<string, string>>();
                    foreach (var argument in named.Children)
                    {
                        var name = (argument.Key as YamlScalarNode)?.Value;
                        var value = r.Text(argument.Value, $"{path}.{key}.{name}", required: true);
                        if (name is not null && value is not null)
                        {
                            arguments.Add(new KeyValuePair<string, string>(name, value));
                        }
                    }

                    return ClauseReference.ForId(key, arguments);
                }

                var single = r.Text(entry.Value, $"{path}.{key}", required: true);
                return single is null ? null : ClauseReference.ForId(key, single);
            case YamlMappingNode { Children.Count: 2 } both when both.Children.All(e => e.Key is YamlScalarNode { Value: "text" or "statement" }):
                return OwnClause(r, both, path);
        }

        r.Report(DiagnosticDescriptors.ClauseShape, node);
        return null;
    }

    /// <summary><c>- text: …</c>, <c>- statement: …</c> or both: the officer's own clause.</summary>
    private static ClauseReference? OwnClause(YamlNodeReader r, YamlMappingNode mapping, string path)
    {
        string? text = null, statement = null;
        var complete = true;
        foreach (var entry in mapping.Children)
        {
            var key = ((YamlScalarNode)entry.Key).Value!;
            var value = r.Text(entry.Value, $"{path}.{key}", required: true);
            complete &= value is not null;
            if (key == "text")
            {
                text = value;
            }
            else
            {
                statement = value;
            }
        }

        if (!complete)
        {
            return null;
        }

        return text is null ? ClauseReference.ForStatement(statement!) : statement is null ? ClauseReference.ForText(text) : ClauseReference.ForText(text, statement);
    }
}
