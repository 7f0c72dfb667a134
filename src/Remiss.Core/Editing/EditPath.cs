namespace Remiss.Core;

/// <summary>One step of a path: a mapping key or a list index.</summary>
internal readonly record struct PathStep(string? Key, int Index)
{
    public bool IsKey => Key is not null;

    public override string ToString() => Key ?? $"[{Index}]";
}

/// <summary>The loader's paths (<c>response.comments[1].text</c>) as steps, and back.</summary>
internal static class EditPath
{
    /// <summary>The steps of <paramref name="path"/>, or null when it is not a path of keys and <c>[n]</c> indexes.</summary>
    public static IReadOnlyList<PathStep>? Parse(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var steps = new List<PathStep>();
        var i = 0;
        while (i < path!.Length)
        {
            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.Substring(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                steps.Add(new PathStep(null, index));
                i = close + 1;
                if (i < path.Length && path[i] == '.')
                {
                    i++;
                    if (i == path.Length)
                    {
                        return null;
                    }
                }

                continue;
            }

            var end = i;
            while (end < path.Length && path[end] is not ('.' or '['))
            {
                end++;
            }

            if (end == i)
            {
                return null;
            }

            steps.Add(new PathStep(path.Substring(i, end - i), 0));
            i = end;
            if (i < path.Length && path[i] == '.')
            {
                i++;
                if (i == path.Length)
                {
                    return null;
                }
            }
        }

        return steps.Count == 0 || !steps[0].IsKey ? null : steps;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public static string Item(string path, int index) => path + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>True when <paramref name="path"/> is <paramref name="prefix"/> or lies under it.</summary>
    public static bool IsUnder(string path, string prefix) =>
        path.Length >= prefix.Length && path.StartsWith(prefix, StringComparison.Ordinal)
        && (path.Length == prefix.Length || path[prefix.Length] is '.' or '[');
}
