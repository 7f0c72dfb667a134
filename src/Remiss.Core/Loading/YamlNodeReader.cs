using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>
/// Reads YAML nodes against <see cref="SchemaNode"/> definitions, reporting unknown keys, missing keys and
/// wrong types at the node's own line and column. Shared by the remiss and wording loaders.
/// </summary>
internal sealed class YamlNodeReader
{
    private readonly List<Diagnostic> _diagnostics;

    public YamlNodeReader(string filePath, List<Diagnostic> diagnostics, SourceMap map)
    {
        FilePath = filePath;
        _diagnostics = diagnostics;
        Map = map;
    }

    public string FilePath { get; }

    public SourceMap Map { get; }

    /// <summary>The file's text, when known: a Markdown value's diagnostics then point at the line and column inside it.</summary>
    public string? Source { get; set; }

    private int _characters;
    private int _lines;
    private bool _tooLarge;
    private string[]? _sourceLines;

    /// <summary>
    /// Paths of required keys whose value comes from elsewhere for this file (<c>case.organisation</c> from
    /// an organisation file, <c>memo</c> for a no-comment answer): they are not reported when missing.
    /// </summary>
    public HashSet<string> Supplied { get; } = new(StringComparer.Ordinal);

    public static SourceSpan SpanOf(YamlNode node) =>
        new((int)node.Start.Line, (int)node.Start.Column, (int)node.End.Line, (int)node.End.Column);

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object?[] args) =>
        _diagnostics.Add(descriptor.Create(FilePath, span, args));

    public void Report(DiagnosticDescriptor descriptor, YamlNode node, params object?[] args) =>
        Report(descriptor, SpanOf(node), args);

    /// <summary>
    /// The keys of a mapping checked against <paramref name="schema"/>: unknown keys get a "menade du"
    /// hint, missing required keys are reported at the mapping. Null when <paramref name="node"/> is not a mapping.
    /// </summary>
    public Fields? Mapping(YamlNode? node, SchemaNode schema, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (IsNull(node))
        {
            if (schema.Required)
            {
                Report(DiagnosticDescriptors.EmptyValue, node, DisplayPath(path));
            }

            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Report(DiagnosticDescriptors.WrongType, node, DisplayPath(path), "en mappning (nyckel: värde)", KindOf(node));
            return null;
        }

        Map.Set(path, SpanOf(mapping));
        var fields = new Fields(path);
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key } keyNode)
            {
                Report(DiagnosticDescriptors.WrongType, entry.Key, "nyckeln", "en text", KindOf(entry.Key));
                continue;
            }

            if (schema.Child(key) is null)
            {
                var suggestion = Suggestions.Closest(key, schema.Children.Select(c => c.Name));
                var hint = suggestion is null
                    ? $"Tillåtna nycklar: {string.Join(", ", schema.Children.Select(c => c.Name))}."
                    : $"Menade du '{suggestion}'?";
                Report(DiagnosticDescriptors.UnknownKey, keyNode, key, DisplayPath(path), hint);
                continue;
            }

            fields.Add(key, keyNode, entry.Value);
            Map.Set(Join(path, key), SpanOf(entry.Value));
        }

        foreach (var child in schema.Children.Where(c => c.Required && !fields.Contains(c.Name) && !Supplied.Contains(Join(path, c.Name))))
        {
            Report(DiagnosticDescriptors.MissingKey, SpanOf(mapping).StartOnly(), child.Name, DisplayPath(path));
        }

        return fields;
    }

    /// <summary>
    /// The required <c>format</c> tag; one other than <paramref name="current"/> is reported (this version reads only its own).
    /// Null when missing (reported as required).
    /// </summary>
    public string? Format(Fields fields, string current)
    {
        var format = Text(fields, "format", required: true);
        if (format is not null && format != current)
        {
            Report(DiagnosticDescriptors.UnsupportedFormat, fields.Get("format")!, format, current);
        }

        return format;
    }

    /// <summary>A single-line text value, trimmed; null when absent. A required value that is empty is reported.</summary>
    public string? Text(Fields? fields, string key, bool required = false)
    {
        var node = fields?.Get(key);
        return node is null ? null : Text(node, Join(fields!.Path, key), required);
    }

    public string? Text(YamlNode node, string path, bool required)
    {
        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticDescriptors.WrongType, node, DisplayPath(path), "en text", KindOf(node));
            return null;
        }

        Map.Set(path, SpanOf(node));
        var value = IsNull(scalar) ? string.Empty : scalar.Value!.Trim();
        Count(node, path, value.Length, 0);
        if (value.Length == 0)
        {
            if (required)
            {
                Report(DiagnosticDescriptors.EmptyValue, node, DisplayPath(path));
            }

            return null;
        }

        return value;
    }

    /// <summary>A Markdown text value as written (trailing white space removed); empty when absent.</summary>
    public string Markdown(Fields? fields, string key, bool required = false)
    {
        var node = fields?.Get(key);
        if (node is null)
        {
            return string.Empty;
        }

        var path = Join(fields!.Path, key);
        if (node is not YamlScalarNode scalar)
        {
            Report(DiagnosticDescriptors.WrongType, node, DisplayPath(path), "en text (Markdown)", KindOf(node));
            return string.Empty;
        }

        var value = IsNull(scalar) ? string.Empty : scalar.Value!.TrimEnd();
        if (value.Trim().Length == 0 && required)
        {
            Report(DiagnosticDescriptors.EmptyValue, node, DisplayPath(path));
        }

        Count(node, path, value.Length, MarkdownNesting.Lines(value));
        if (MarkdownNesting.FirstTooDeep(value, TextLimits.Nesting) is { } deep)
        {
            Report(DiagnosticDescriptors.MarkdownTooDeep, Inside(scalar, value, deep.Line, deep.Column), DisplayPath(path), TextLimits.Nesting);
        }

        return value;
    }

    /// <summary>Adds a value to the file's text; the value that takes it past <see cref="TextLimits"/> is reported, once.</summary>
    private void Count(YamlNode node, string path, int characters, int lines)
    {
        _characters += characters;
        _lines += lines;
        if (_tooLarge || (_characters <= TextLimits.Characters && _lines <= TextLimits.Lines))
        {
            return;
        }

        _tooLarge = true;
        var byCharacters = _characters > TextLimits.Characters;
        Report(DiagnosticDescriptors.TextTooLarge, SpanOf(node).StartOnly(), DisplayPath(path),
            byCharacters ? _characters : _lines, byCharacters ? "tecken" : "rader", byCharacters ? TextLimits.Characters : TextLimits.Lines,
            byCharacters ? "omkring hundra sidor" : "blanka rader oräknade");
    }

    /// <summary>
    /// Where line <paramref name="line"/>, column <paramref name="column"/> (from 0) of a scalar's value stands in the file:
    /// exact for a literal block (<c>|</c>), whose lines are the file's lines after the indicator; else the value's start.
    /// </summary>
    private SourceSpan Inside(YamlScalarNode scalar, string value, int line, int column)
    {
        var start = SpanOf(scalar).StartOnly();
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Literal || Source is null)
        {
            return start;
        }

        _sourceLines ??= Source.Split('\n');
        var fileLine = (int)scalar.Start.Line + line; // the indicator's line is Start.Line (from 1), so the value's line 0 is the next
        if (fileLine >= _sourceLines.Length)
        {
            return start;
        }

        var valueLines = value.Split('\n');
        var valueLine = line < valueLines.Length ? valueLines[line] : string.Empty;
        var indent = _sourceLines[fileLine].TrimEnd('\r').Length - valueLine.Length;
        return indent < 0 ? start : SourceSpan.At(fileLine + 1, indent + column + 1);
    }

    /// <summary>An ISO date; null when absent or invalid (invalid is reported).</summary>
    public CalendarDate? Date(Fields? fields, string key, bool required = false)
    {
        var node = fields?.Get(key);
        if (node is null)
        {
            return null;
        }

        return Date(node, Join(fields!.Path, key), required);
    }

    /// <summary>An ISO date at <paramref name="path"/>; null when empty or invalid (invalid is reported).</summary>
    public CalendarDate? Date(YamlNode node, string path, bool required)
    {
        var text = Text(node, path, required);
        if (text is null)
        {
            return null;
        }

        if (CalendarDate.TryParseIso(text, out var date))
        {
            if (date.IsSupported)
            {
                return date;
            }

            // A real day, but no deadline or meeting: the year is mistyped (20205, 2502), and plans must not reach the calendar's end.
            // The one range rule and message (DateRange), placed at the node.
            Report(DiagnosticDescriptors.DateOutOfRange, node, DisplayPath(path), text, CalendarDate.FirstSupported, CalendarDate.LastSupported);
            return null;
        }

        var shapeOk = text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Remove(7, 1).Remove(4, 1).All(char.IsDigit);
        Report(DiagnosticDescriptors.InvalidDate, node, DisplayPath(path), text, shapeOk ? " (den dagen finns inte)" : string.Empty);
        return null;
    }

    /// <summary>A whole number; null when absent or not a whole number (reported).</summary>
    public int? Integer(Fields? fields, string key)
    {
        var node = fields?.Get(key);
        if (node is null)
        {
            return null;
        }

        var path = Join(fields!.Path, key);
        var text = Text(node, path, required: true);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(DiagnosticDescriptors.WrongType, node, DisplayPath(path), "ett heltal", node is YamlScalarNode ? $"\"{text}\"" : KindOf(node));
        return null;
    }

    /// <summary>A whole number from 1 written with digits only (<c>25</c>); null when absent or not such a number (reported).</summary>
    public int? PositiveInteger(Fields? fields, string key, bool required = false, DiagnosticDescriptor? descriptor = null)
    {
        var node = fields?.Get(key);
        if (node is null)
        {
            return null;
        }

        var path = Join(fields!.Path, key);
        var text = Text(node, path, required);
        if (text is null)
        {
            return null;
        }

        // At most nine digits, so the value fits an int; "025", "+25", "25a", "2.5" and "0" are not a § number.
        if (text.Length <= 9 && text[0] is >= '1' and <= '9' && text.All(c => c is >= '0' and <= '9'))
        {
            return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }

        Report(descriptor ?? DiagnosticDescriptors.NotPositiveInteger, node, DisplayPath(path), text);
        return null;
    }

    /// <summary>A whole number from 1 at <paramref name="path"/> (an item of a list); null when empty or not such a number (reported with <paramref name="descriptor"/>).</summary>
    public int? PositiveInteger(YamlNode node, string path, DiagnosticDescriptor descriptor)
    {
        var text = Text(node, path, required: true);
        if (text is null)
        {
            return null;
        }

        if (text.Length <= 9 && text[0] is >= '1' and <= '9' && text.All(c => c is >= '0' and <= '9'))
        {
            return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        }

        Report(descriptor, node, DisplayPath(path), text);
        return null;
    }

    /// <summary>
    /// One name or a list of names (<c>by: Anna Berg (V)</c>, <c>by: [Erica Stenberg (SD), Lars Ek (SD)]</c>); empty when
    /// absent. A required key that is empty, and an empty name in the list, are reported.
    /// </summary>
    public EquatableArray<string> Names(Fields? fields, string key, bool required = false)
    {
        var node = fields?.Get(key);
        if (node is null)
        {
            return default;
        }

        var path = Join(fields!.Path, key);
        if (node is YamlSequenceNode)
        {
            var names = TextList(fields, key);
            if (names.IsEmpty && required)
            {
                Report(DiagnosticDescriptors.EmptyValue, node, DisplayPath(path));
            }

            return names;
        }

        if (node is YamlMappingNode)
        {
            Report(DiagnosticDescriptors.WrongType, node, DisplayPath(path), "ett namn eller en lista med namn", KindOf(node));
            return default;
        }

        var name = Text(node, path, required);
        return name is null ? default : EquatableArray.Create(name);
    }

    /// <summary><c>true</c> or <c>false</c>; null when absent or neither (reported).</summary>
    public bool? Boolean(Fields? fields, string key)
    {
        var node = fields?.Get(key);
        if (node is null)
        {
            return null;
        }

        var path = Join(fields!.Path, key);
        var text = Text(node, path, required: true);
        switch (text)
        {
            case null:
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                Report(DiagnosticDescriptors.WrongType, node, DisplayPath(path), "true eller false", node is YamlScalarNode ? $"\"{text}\"" : KindOf(node));
                return null;
        }
    }

    /// <summary>
    /// A number of votes (a whole number, 0 or more) or the names of those who voted so (a roll call): the count and the
    /// names (empty for a count). Null when absent or neither (reported).
    /// </summary>
    public (int Count, EquatableArray<string> Names)? Votes(Fields? fields, string key)
    {
        var node = fields?.Get(key);
        if (node is null)
        {
            return null;
        }

        var path = Join(fields!.Path, key);
        if (node is YamlSequenceNode)
        {
            var names = TextList(fields, key);
            return (names.Count, names);
        }

        var text = Text(node, path, required: true);
        if (text is null)
        {
            return null;
        }

        if (text.Length <= 9 && text.All(c => c is >= '0' and <= '9'))
        {
            return (int.Parse(text, System.Globalization.CultureInfo.InvariantCulture), default);
        }

        Report(DiagnosticDescriptors.WrongType, node, DisplayPath(path), "ett antal röster (0 eller fler) eller en lista med namn", node is YamlScalarNode ? $"\"{text}\"" : KindOf(node));
        return null;
    }

    /// <summary>The items of a sequence; empty when absent or null. A non-sequence is reported.</summary>
    public IReadOnlyList<YamlNode> Sequence(Fields? fields, string key)
    {
        var node = fields?.Get(key);
        if (node is null || IsNull(node))
        {
            return Array.Empty<YamlNode>();
        }

        if (node is not YamlSequenceNode sequence)
        {
            Report(DiagnosticDescriptors.WrongType, node, DisplayPath(Join(fields!.Path, key)), "en lista", KindOf(node));
            return Array.Empty<YamlNode>();
        }

        var path = Join(fields!.Path, key);
        var (max, why) = ListLimits.For(path);
        if (sequence.Children.Count > max)
        {
            // Only the first ones are read: what the checks compare stays bounded, and the file does not render.
            Report(DiagnosticDescriptors.TooManyItems, sequence, DisplayPath(path), sequence.Children.Count, max, why);
            return sequence.Children.Take(max).ToArray();
        }

        return sequence.Children.ToArray();
    }

    /// <summary>A list of single-line texts.</summary>
    public EquatableArray<string> TextList(Fields? fields, string key)
    {
        var items = Sequence(fields, key);
        var result = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var text = Text(items[i], $"{Join(fields!.Path, key)}[{i}]", required: true);
            if (text is not null)
            {
                result.Add(text);
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>One of <paramref name="choices"/>; null when absent or not allowed (reported with a hint).</summary>
    public string? Choice(Fields? fields, string key, IReadOnlyList<string> choices)
    {
        var node = fields?.Get(key);
        if (node is null)
        {
            return null;
        }

        var path = Join(fields!.Path, key);
        var text = Text(node, path, required: true);
        if (text is null || choices.Contains(text))
        {
            return text;
        }

        var suggestion = Suggestions.Closest(text, choices);
        Report(DiagnosticDescriptors.InvalidChoice, node, DisplayPath(path), text,
            suggestion is null ? string.Empty : $"Menade du '{suggestion}'? ", string.Join(", ", choices));
        return null;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public static string DisplayPath(string path) => path.Length == 0 ? "filen" : path;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar
        && scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any
        && (scalar.Value is null || scalar.Value.Length == 0 || scalar.Value is "~" or "null" or "Null" or "NULL");

    public static string KindOf(YamlNode node) => node switch
    {
        YamlMappingNode => "en mappning",
        YamlSequenceNode => "en lista",
        _ when IsNull(node) => "tomt",
        _ => "en text",
    };

    /// <summary>The accepted keys of one mapping, with their key and value nodes.</summary>
    internal sealed class Fields
    {
        private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

        public Fields(string path) => Path = path;

        public string Path { get; }

        public void Add(string key, YamlScalarNode keyNode, YamlNode value) => _entries[key] = (keyNode, value);

        public bool Contains(string key) => _entries.ContainsKey(key);

        public YamlNode? Get(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value : null;

        public YamlScalarNode? KeyNode(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;
    }
}

internal static class SourceSpanExtensions
{
    public static SourceSpan StartOnly(this SourceSpan span) => SourceSpan.At(span.Line, span.Column);
}
