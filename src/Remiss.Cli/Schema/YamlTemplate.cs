using System.Text;
using Remiss.Core;

namespace Remiss.Cli.Schema;

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

    private YamlTemplate(IReadOnlyDictionary<string, string> given, ISet<string> commentedOut)
    {
        _given = given;
        _commentedOut = commentedOut;
    }

    /// <summary>
    /// The file: <paramref name="header"/> lines as comments, then every key of <paramref name="root"/>.
    /// <paramref name="given"/> holds values by path (<c>remiss.title</c>); a given value makes its key and the
    /// mappings above it live. Paths in <paramref name="commentedOut"/> are commented out even when required
    /// (their value comes from elsewhere, such as an organisation file).
    /// </summary>
    public static string Render(SchemaNode root, IEnumerable<string> header, IReadOnlyDictionary<string, string> given, ISet<string>? commentedOut = null)
    {
        var template = new YamlTemplate(given, commentedOut ?? new HashSet<string>());
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
        var live = !commented && !_commentedOut.Contains(path) && (node.Required || hasValue || _given.Keys.Any(k => k.StartsWith(path + ".", StringComparison.Ordinal)));
        var prefix = (live ? string.Empty : "# ") + new string(' ', indent);
        switch (node.Kind)
        {
            case SchemaValueKind.Mapping:
                Line($"{prefix}{node.Name}:", node.Description);
                foreach (var child in node.Children)
                {
                    Write(child, path + "." + child.Name, indent + 2, !live);
                }

                break;
            case SchemaValueKind.Sequence when node.Items!.Kind == SchemaValueKind.Mapping:
                // One example item shows the item's keys; it stays commented until the user needs it.
                Line($"# {new string(' ', indent)}{node.Name}:", node.Description);
                Item(node.Items, indent + 2);
                break;
            case SchemaValueKind.Sequence:
                Line($"{prefix}{node.Name}: {(hasValue ? value : "[]")}", node.Description);
                break;
            default:
                Line($"{prefix}{node.Name}: {(hasValue ? value : Example(node))}", node.Description);
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
            else
            {
                Line($"{itemPrefix}{lead}{child.Name}: {(child.Kind == SchemaValueKind.Sequence ? "[]" : Example(child))}", child.Description);
            }
        }
    }

    private static string Example(SchemaNode node) => node.Kind switch
    {
        SchemaValueKind.Choice => node.Choices[0],
        SchemaValueKind.Integer => node.Default ?? "0",
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
