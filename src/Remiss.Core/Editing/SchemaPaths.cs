namespace Remiss.Core;

/// <summary>The format's definition (<see cref="RemissSchema"/>) found by a loader path, for hosts that write values by path.</summary>
public static class SchemaPaths
{
    /// <summary>The definition of the value at <paramref name="path"/> (<c>decision.meetings[0].date</c>), or null when the format has no such key.</summary>
    public static SchemaNode? At(string path)
    {
        if (EditPath.Parse(path) is not { } steps)
        {
            return null;
        }

        SchemaNode? node = RemissSchema.Root;
        foreach (var step in steps)
        {
            node = step.IsKey ? node?.Child(step.Key!) : node?.Items;
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>
    /// True when the value at <paramref name="path"/> is a date, a number or true/false, so a new value is written
    /// unquoted when it reads as one (<see cref="ScalarEdit.Typed"/>).
    /// </summary>
    public static bool IsTyped(string path) => At(path)?.Kind is SchemaValueKind.Date or SchemaValueKind.PositiveInteger
        or SchemaValueKind.Integer or SchemaValueKind.Boolean or SchemaValueKind.Votes;
}
