using System.Globalization;
using System.Text.Json;
using Remiss.Core;

namespace Remiss.Server.Desk;

/// <summary>
/// The JSON edits of a PATCH as Core's edits (<see cref="RemissEdit"/>). Nothing here decides what the file becomes:
/// texts go to <see cref="ScalarEdit"/> (unquoted when the format says the field is a date, number or true/false),
/// null to <see cref="RemoveEdit"/>, an object key by key, lists to <see cref="ListEdit"/>.
/// </summary>
internal static class DeskEdits
{
    /// <summary>Core's edits, or the Swedish reason (and the path) the JSON cannot be one.</summary>
    public static (List<RemissEdit>? Edits, string? Path, string? Problem) From(IReadOnlyList<DeskEdit>? edits)
    {
        if (edits is null || edits.Count == 0)
        {
            return (null, "edits", "inga ändringar ('edits' saknas eller är tom)");
        }

        var result = new List<RemissEdit>();
        foreach (var edit in edits)
        {
            if (edit?.Path is not { Length: > 0 } path)
            {
                return (null, "edits", "en ändring saknar 'path'");
            }

            var problem = edit.Items is { } items
                ? (edit.Value.ValueKind == JsonValueKind.Undefined ? AddList(path, items, result) : "ange antingen 'value' eller 'items', inte båda")
                : edit.Value.ValueKind == JsonValueKind.Undefined ? "ange 'value' (null tar bort nyckeln) eller 'items'" : AddValue(path, edit.Value, result);
            if (problem is not null)
            {
                return (null, path, problem);
            }
        }

        return (result, null, null);
    }

    /// <summary>An edit that records one meeting: a new last item of decision.meetings, kept items as they are.</summary>
    public static ListEdit NewListItem(string path, int existing, EditValue item) =>
        new(path, Enumerable.Range(0, existing).Select(ListItemEdit.Keep).Append(ListItemEdit.New(item)).ToList());

    /// <summary>A JSON value as Core's tree; null for JSON null. Numbers and booleans are typed (written unquoted).</summary>
    public static EditValue? Tree(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.String => new EditValue.Text(value.GetString(), SchemaPaths.IsTyped(path)),
        JsonValueKind.Number => new EditValue.Text(value.GetRawText(), Typed: true),
        JsonValueKind.True => new EditValue.Text("true", Typed: true),
        JsonValueKind.False => new EditValue.Text("false", Typed: true),
        JsonValueKind.Object => new EditValue.Map(value.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .Select(p => new KeyValuePair<string, EditValue>(p.Name, Tree(p.Value, path + "." + p.Name)!))
            .ToList()),
        JsonValueKind.Array => new EditValue.List(value.EnumerateArray().Select((item, i) => Tree(item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]")!).ToList()),
        _ => null,
    };

    private static string? AddValue(string path, JsonElement value, List<RemissEdit> edits)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                edits.Add(new RemoveEdit(path));
                return null;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (AddValue(path + "." + property.Name, property.Value, edits) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.Array:
                edits.Add(new ListEdit(path, value.EnumerateArray().Select((item, i) => ListItemEdit.New(Tree(item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]") ?? new EditValue.Text(null))).ToList()));
                return null;
            default:
                var tree = (EditValue.Text)Tree(value, path)!;
                edits.Add(new ScalarEdit(path, tree.Value ?? string.Empty) { Typed = tree.Typed });
                return null;
        }
    }

    private static string? AddList(string path, IReadOnlyList<DeskListItem> items, List<RemissEdit> edits)
    {
        var list = new List<ListItemEdit>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                return $"post {i} är null";
            }

            var itemPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (item.Value.ValueKind != JsonValueKind.Undefined)
            {
                if (item.Set is not null)
                {
                    return $"post {i}: ange antingen 'value' eller 'set', inte båda";
                }

                if (Tree(item.Value, itemPath) is not { } whole)
                {
                    return $"post {i}: 'value' är null";
                }

                list.Add(new ListItemEdit(item.From, []) { Value = whole });
                continue;
            }

            var set = item.Set ?? [];
            if (item.From is null)
            {
                if (set.Count == 0)
                {
                    return $"post {i} är ny men har inga nycklar i 'set'";
                }

                var map = new EditValue.Map(set.Where(e => e.Value.ValueKind != JsonValueKind.Null)
                    .Select(e => new KeyValuePair<string, EditValue>(e.Key, Tree(e.Value, itemPath + "." + e.Key)!)).ToList());
                list.Add(ListItemEdit.New(map));
                continue;
            }

            var pairs = new List<KeyValuePair<string, string>>();
            foreach (var entry in set)
            {
                switch (entry.Value.ValueKind)
                {
                    case JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                        var text = (EditValue.Text)Tree(entry.Value, itemPath + "." + entry.Key)!;
                        pairs.Add(new(entry.Key, text.Value ?? string.Empty));
                        break;
                    default:
                        return $"post {i}: '{entry.Key}' i 'set' är {(entry.Value.ValueKind == JsonValueKind.Null ? "null" : "en lista eller ett objekt")}; " +
                            $"en befintlig posts nycklar sätts till texter här, annat med en egen ändring av '{path}[{item.From}].{entry.Key}'";
                }
            }

            list.Add(new ListItemEdit(item.From, pairs));
        }

        edits.Add(new ListEdit(path, list));
        return null;
    }
}
