namespace Remiss.Core;

/// <summary>One value that differs between two versions of a remiss file: its loader path, before and now (null: absent).</summary>
/// <param name="Path">The loader's path, e.g. <c>response.comments[1].text</c>.</param>
/// <param name="Before">The value before (a text as the file holds it; a list as <c>[n poster]</c>), or null when it was absent.</param>
/// <param name="Now">The value now, or null when it is gone.</param>
public sealed record FieldChange(string Path, string? Before, string? Now);

/// <summary>
/// A remiss file's values as the file holds them, read from its YAML text (not the model, so a file with errors is
/// read as far as its YAML goes): what a form is built from, and what two versions differ in, field by field.
/// </summary>
public static class RemissFileValues
{
    /// <summary>The document as a tree; null (with the parser's diagnostics) when the text is no YAML mapping.</summary>
    public static EditValue.Map? Read(string text, string filePath, out EquatableArray<Diagnostic> diagnostics)
    {
        var problems = new List<Diagnostic>();
        var root = Parse(text, filePath, problems);
        diagnostics = problems.ToEquatableArray();
        return root is SourceMapping mapping ? (EditValue.Map)ToValue(mapping) : null;
    }

    /// <summary>Every scalar of the tree by its loader path (<c>remiss.deadline</c>, <c>response.comments[0].text</c>).</summary>
    public static IReadOnlyDictionary<string, string?> Scalars(EditValue root)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        Collect(root, string.Empty, values);
        return values;
    }

    /// <summary>
    /// What differs between two texts of a remiss file, path by path, in file order (the first text's, then what is
    /// new); empty when they hold the same values. A text that cannot be parsed counts as holding nothing.
    /// </summary>
    public static IReadOnlyList<FieldChange> Compare(string before, string now)
    {
        var old = Flat(before);
        var current = Flat(now);
        var changes = new List<FieldChange>();
        foreach (var entry in old)
        {
            current.TryGetValue(entry.Key, out var found);
            if (found != entry.Value)
            {
                changes.Add(new FieldChange(entry.Key, Show(entry.Value), Show(found)));
            }
        }

        foreach (var entry in current.Where(e => !old.ContainsKey(e.Key)))
        {
            changes.Add(new FieldChange(entry.Key, null, Show(entry.Value)));
        }

        // A mapping that only changed inside is no change of its own.
        return changes.Where(c => c.Before != c.Now).ToList();
    }

    private static SourceNode? Parse(string text, string filePath, List<Diagnostic> problems)
    {
        var body = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        return SourceTree.Parse(body, filePath, problems);
    }

    /// <summary>The flattened entries of <see cref="EditVerifier"/>, in file order.</summary>
    private static Dictionary<string, string> Flat(string text)
    {
        var root = Parse(text, "remiss", new List<Diagnostic>());
        return root is null ? new Dictionary<string, string>(StringComparer.Ordinal) : EditVerifier.Flatten(root);
    }

    /// <summary>An entry as a person reads it: a scalar's text, <c>[n poster]</c> for a list, null for a mapping (its keys show).</summary>
    private static string? Show(string? entry)
    {
        if (entry is null || entry.StartsWith(EditVerifier.NewMapping, StringComparison.Ordinal))
        {
            return null;
        }

        if (entry.StartsWith("list:", StringComparison.Ordinal))
        {
            var count = entry.Substring(5).Split('&', '!')[0];
            return $"[{count} {(count == "1" ? "post" : "poster")}]";
        }

        // scalar:type:anchor:value
        var parts = entry.Split(new[] { ':' }, 4);
        return parts.Length == 4 ? parts[3] : entry;
    }

    private static EditValue ToValue(SourceNode node) => node switch
    {
        SourceMapping mapping => new EditValue.Map(mapping.Entries.Select(e => new KeyValuePair<string, EditValue>(e.Key.Value, ToValue(e.Value))).ToList()),
        SourceSequence sequence => new EditValue.List(sequence.Items.Select(ToValue).ToList()),
        SourceScalar { IsNull: true } => new EditValue.Text(null),
        SourceScalar scalar => new EditValue.Text(scalar.Value, scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && PlainScalars.Resolve(scalar.Value) != PlainScalars.String),
        SourceAlias alias => new EditValue.Text("*" + alias.Name),
        _ => new EditValue.Text(null),
    };

    private static void Collect(EditValue value, string path, Dictionary<string, string?> values)
    {
        switch (value)
        {
            case EditValue.Text text:
                values[path] = text.Value;
                break;
            case EditValue.Map map:
                foreach (var entry in map.Entries)
                {
                    Collect(entry.Value, EditPath.Join(path, entry.Key), values);
                }

                break;
            case EditValue.List list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Collect(list.Items[i], EditPath.Item(path, i), values);
                }

                break;
        }
    }
}
