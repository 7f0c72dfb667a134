using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>
/// Reads a value of kind <see cref="SchemaValueKind.EmailAddresses"/>: one address (<c>reply_to: a@b.se</c>) or a list
/// (<c>reply_cc: [a@b.se, c@d.se]</c>), each checked where it stands.
/// </summary>
internal static class EmailAddressReader
{
    public static EquatableArray<string> Read(YamlNodeReader reader, YamlNodeReader.Fields? fields, string key)
    {
        var node = fields?.Get(key);
        if (node is null || YamlNodeReader.IsNull(node))
        {
            return default;
        }

        var path = YamlNodeReader.Join(fields!.Path, key);
        var items = node is YamlSequenceNode sequence
            ? sequence.Children.Select((item, i) => (Node: item, Path: $"{path}[{i}]")).ToList()
            : [(Node: node, Path: path)];
        var addresses = new List<string>(items.Count);
        foreach (var (item, at) in items)
        {
            var text = reader.Text(item, at, required: true);
            if (text is null)
            {
                continue;
            }

            if (EmailAddress.Problem(text) is { } problem)
            {
                reader.Report(DiagnosticDescriptors.InvalidEmailAddress, item, YamlNodeReader.DisplayPath(at), text, problem);
                continue;
            }

            addresses.Add(text);
        }

        return addresses.ToEquatableArray();
    }
}
