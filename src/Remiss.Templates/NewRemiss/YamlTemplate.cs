using System.Text;
using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// A YAML file to fill in, written by walking a format's <see cref="SchemaNode"/> definitions, so every key
/// is there with its Swedish help as a comment (<c>remiss new</c>, <c>remiss init</c>). Required keys are live
/// (empty ones make <c>remiss check</c> say what to fill in); optional keys are commented out until needed.
/// </summary>
internal sealed class YamlTemplate
{
    private const int CommentColumn = 44;
    private readonly StringBuilder _text = new();
    private readonly IReadOnlyDictionary<string, string> _given;
    private readonly ISet<string> _commentedOut;
    private readonly YamlTemplateExtras _extras;

    private YamlTemplate(IReadOnlyDictionary<string, string> given, ISet<string> commentedOut, YamlTemplateExtras extras)
    {
        _given = given;
        _commentedOut = commentedOut;
        _extras = extras;
    }

    /// <summary>
    /// The file: <paramref name="header"/> lines as comments, then every key of <paramref name="root"/>.
    /// <paramref name="given"/> holds values by path (<c>remiss.title</c>); a given value makes its key and the
    /// mappings above it live. Paths in <paramref name="commentedOut"/> are commented out even when required
    /// (their value comes from elsewhere, such as an organisation file).
    /// </summary>
    public static string Render(SchemaNode root, IEnumerable<string> header, IReadOnlyDictionary<string, string> given, ISet<string>? commentedOut = null, YamlTemplateExtras? extras = null)
    {
        var template = new YamlTemplate(given, commentedOut ?? new HashSet<string>(), extras ?? YamlTemplateExtras.None);
        foreach (var line in header)
        {
            template._text.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        }

        foreach (var section in root.Children)
        {
            // A blank line before each section, so the file reads in blocks.
            if (section.Kind == SchemaValueKind.Mapping || section.Items?.Kind == SchemaValueKind.Mapping)
            {
                template._text.Append('\n');
            }

            template.Write(section, section.Name, indent: 0, commented: false);
        }

        return template._text.ToString();
    }

    private void Write(SchemaNode node, string path, int indent, bool commented)
    {
        var hasValue = _given.TryGetValue(path, out var value);
        var list = _extras.Lists.TryGetValue(path, out var l) && l.Count > 0 ? l : null;
        var items = _extras.Items.TryGetValue(path, out var i) && i.Count > 0 ? i : null;
        var live = !commented && !_commentedOut.Contains(path)
            && (node.Required || hasValue || list is not null || items is not null || _given.Keys.Any(k => k.StartsWith(path + ".", StringComparison.Ordinal)));
        var prefix = (live ? string.Empty : "# ") + new string(' ', indent);
        if (_extras.Notes.TryGetValue(path, out var notes))
        {
            foreach (var note in notes)
            {
                _text.Append(new string(' ', indent)).Append("# ").Append(note).Append('\n');
            }
        }

        var description = _extras.Marks.TryGetValue(path, out var mark) ? mark + node.Description : node.Description;
        switch (node.Kind)
        {
            case SchemaValueKind.Mapping:
                Line($"{prefix}{node.Name}:", description);
                foreach (var child in node.Children)
                {
                    Write(child, path + "." + child.Name, indent + 2, !live);
                }

                break;
            case SchemaValueKind.Sequence when node.Items!.Kind == SchemaValueKind.Mapping && items is not null && live:
                // Given items are live: their given keys with values, the item's other keys as help.
                Line($"{prefix}{node.Name}:", description);
                foreach (var item in items)
                {
                    var first = true;
                    foreach (var child in node.Items.Children)
                    {
                        var lead = first ? "- " : "  ";
                        first = false;
                        Line(item.TryGetValue(child.Name, out var itemValue)
                            ? $"{new string(' ', indent + 2)}{lead}{child.Name}: {itemValue}"
                            : $"#{new string(' ', indent + 1)}{lead}{child.Name}: {Example(child)}", child.Description);
                    }
                }

                break;
            case SchemaValueKind.Sequence when node.Items!.Kind == SchemaValueKind.Mapping:
                // One example item shows the item's keys; it stays commented until the user needs it.
                Line($"# {new string(' ', indent)}{node.Name}:", description);
                Item(node.Items, indent + 2);
                break;
            case SchemaValueKind.Sequence when list is not null:
                // A block list, one value a line, each with its own comment when it has one.
                Line($"{prefix}{node.Name}:", description);
                foreach (var (itemValue, comment) in list)
                {
                    var line = $"{prefix}  - {itemValue}";
                    if (comment is null)
                    {
                        _text.Append(line).Append('\n');
                    }
                    else
                    {
                        Line(line, comment);
                    }
                }

                break;
            case SchemaValueKind.Sequence:
                Line($"{prefix}{node.Name}: {(hasValue ? value : "[]")}", description);
                break;
            default:
                Line($"{prefix}{node.Name}: {(hasValue ? value : Example(node))}", description);
                break;
        }
    }

    /// <summary>A commented example item of a list of mappings; a nested list of mappings gets its own example item.</summary>
    private void Item(SchemaNode item, int indent)
    {
        var itemPrefix = "# " + new string(' ', indent);
        var first = true;
        foreach (var child in item.Children)
        {
            var lead = first ? "- " : "  ";
            first = false;
            if (child.Kind == SchemaValueKind.Sequence && child.Items!.Kind == SchemaValueKind.Mapping)
            {
                Line($"{itemPrefix}{lead}{child.Name}:", child.Description);
                Item(child.Items, indent + 4);
            }
            else if (child.Kind == SchemaValueKind.Mapping)
            {
                // A mapping in an item (a meeting's vote): its keys one level in, under the item's keys.
                Line($"{itemPrefix}{lead}{child.Name}:", child.Description);
                Keys(child, indent + 4);
            }
            else
            {
                Line($"{itemPrefix}{lead}{child.Name}: {(child.Kind == SchemaValueKind.Sequence ? "[]" : Example(child))}", child.Description);
            }
        }
    }

    /// <summary>The commented keys of a mapping inside an example item.</summary>
    private void Keys(SchemaNode mapping, int indent)
    {
        var prefix = "# " + new string(' ', indent);
        foreach (var child in mapping.Children)
        {
            if (child.Kind == SchemaValueKind.Mapping)
            {
                Line($"{prefix}{child.Name}:", child.Description);
                Keys(child, indent + 2);
            }
            else
            {
                Line($"{prefix}{child.Name}: {(child.Kind == SchemaValueKind.Sequence ? "[]" : Example(child))}", child.Description);
            }
        }
    }

    private static string Example(SchemaNode node) => node.Example ?? node.Kind switch
    {
        SchemaValueKind.Choice => node.Choices[0],
        SchemaValueKind.Integer => node.Default ?? "0",
        SchemaValueKind.Boolean => "false",
        _ => "\"\"",
    };

    private void Line(string content, string description)
    {
        _text.Append(content);
        _text.Append(' ', Math.Max(1, CommentColumn - content.Length));
        _text.Append("# ").Append(description).Append('\n');
    }

    /// <summary>A double-quoted YAML scalar, so any text (colons, #, quotes) stays text.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>
/// What a template may carry besides plain values, by path (<c>remiss.consulted_bodies</c>): comment lines
/// above a key, a text put before a key's help, block lists with a comment per value, and live items of a
/// list of mappings. Values must already be YAML (quoted where needed, see <see cref="YamlTemplate.Quote"/>).
/// </summary>
internal sealed record YamlTemplateExtras
{
    /// <summary>No extras.</summary>
    public static YamlTemplateExtras None { get; } = new();

    /// <summary>Comment lines written above a key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Notes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Text put before a key's help comment (e.g. that a value is still missing).</summary>
    public IReadOnlyDictionary<string, string> Marks { get; init; } = new Dictionary<string, string>();

    /// <summary>Values of a list of scalars, each with an optional comment.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Value, string? Comment)>> Lists { get; init; } = new Dictionary<string, IReadOnlyList<(string Value, string? Comment)>>();

    /// <summary>Items of a list of mappings, each as its given keys and values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Items { get; init; } = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>();
}
