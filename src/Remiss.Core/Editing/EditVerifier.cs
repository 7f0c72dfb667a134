namespace Remiss.Core;

/// <summary>
/// The check that makes a wrong file impossible: the document flattened to one entry per node
/// (path → kind, type and value), so the edited text can be compared with what the edits promise.
/// </summary>
internal static class EditVerifier
{
    /// <summary>Every node of the tree by its loader path: mappings, lists (with their length), aliases and scalars (with their type).</summary>
    public static Dictionary<string, string> Flatten(SourceNode root)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(root, string.Empty, entries);
        return entries;
    }

    /// <summary>The entry of a scalar the editor wrote: a text, or the old type when the new text keeps it.</summary>
    public static string Written(string value, string? referenceType) => Scalar(PlainScalars.ExpectedType(value, referenceType), null, value);

    public const string NewMapping = "map";

    public static string List(int count) => "list:" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The first path where <paramref name="actual"/> differs from <paramref name="expected"/>, with what
    /// differs in Swedish; null when they are the same.
    /// </summary>
    public static (string Path, string Detail)? FirstDifference(Dictionary<string, string> expected, Dictionary<string, string> actual)
    {
        foreach (var entry in expected)
        {
            if (!actual.TryGetValue(entry.Key, out var found))
            {
                return (entry.Key, "värdet saknas i den ändrade filen");
            }

            if (found != entry.Value)
            {
                return (entry.Key, $"väntat {Show(entry.Value)}, fick {Show(found)}");
            }
        }

        foreach (var entry in actual)
        {
            if (!expected.ContainsKey(entry.Key))
            {
                return (entry.Key, "ett värde har tillkommit som ingen ändring gällde");
            }
        }

        return null;
    }

    private static string Show(string entry) => entry.Length > 80 ? entry.Substring(0, 80) + "…" : entry;

    private static string Scalar(string type, string? anchor, string value) => "scalar:" + type + ":" + (anchor is null ? string.Empty : "&" + anchor) + ":" + value;

    private static void Flatten(SourceNode node, string path, Dictionary<string, string> entries)
    {
        var anchor = node.Anchor is null ? string.Empty : "&" + node.Anchor;
        var tag = node.Tag is null ? string.Empty : "!" + node.Tag;
        switch (node)
        {
            case SourceScalar scalar:
                var type = scalar.Tag ?? (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? PlainScalars.Resolve(scalar.Value) : PlainScalars.String);
                entries[path] = Scalar(type, scalar.Anchor, scalar.Value);
                break;
            case SourceAlias alias:
                entries[path] = "alias:" + alias.Name;
                break;
            case SourceMapping mapping:
                entries[path] = anchor.Length + tag.Length == 0 ? NewMapping : NewMapping + anchor + tag;
                foreach (var entry in mapping.Entries)
                {
                    Flatten(entry.Value, EditPath.Join(path, entry.Key.Value), entries);
                }

                break;
            case SourceSequence sequence:
                entries[path] = List(sequence.Items.Count) + anchor + tag;
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Flatten(sequence.Items[i], EditPath.Item(path, i), entries);
                }

                break;
        }
    }
}
