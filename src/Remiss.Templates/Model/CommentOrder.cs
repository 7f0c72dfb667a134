using Remiss.Core;

namespace Remiss.Templates.Model;

/// <summary>The Government Offices want comments in the order of the report's sections.</summary>
internal static class CommentOrder
{
    /// <summary>
    /// Sorts comments by section number (<c>5.2</c> before <c>6</c> before <c>10</c>) when every comment has a
    /// numeric section; otherwise keeps the order the user wrote, since we cannot know where unnumbered comments belong.
    /// </summary>
    public static IEnumerable<ResponseComment> InSectionOrder(IReadOnlyList<ResponseComment> comments) =>
        IndexesInSectionOrder(comments).Select(i => comments[i]);

    /// <summary>The zero-based indexes of <paramref name="comments"/> in the order <see cref="InSectionOrder"/> prints them.</summary>
    public static IReadOnlyList<int> IndexesInSectionOrder(IReadOnlyList<ResponseComment> comments)
    {
        var keys = comments.Select(c => Parse(c.Section)).ToList();
        if (keys.Any(k => k is null))
        {
            return Enumerable.Range(0, comments.Count).ToList();
        }

        return keys.Select((key, i) => (Key: key!, Index: i))
            .OrderBy(x => x.Key, SectionComparer.Instance)
            .ThenBy(x => x.Index)
            .Select(x => x.Index)
            .ToList();
    }

    /// <summary>
    /// True when comments with these sections, in this order in the file, print in this order: some section is not a
    /// number (then the file's order is kept), or the numbers already stand in section order.
    /// </summary>
    public static bool PrintsInFileOrder(IReadOnlyList<string?> sections)
    {
        var keys = sections.Select(Parse).ToList();
        if (keys.Any(k => k is null))
        {
            return true;
        }

        for (var i = 1; i < keys.Count; i++)
        {
            if (SectionComparer.Instance.Compare(keys[i - 1], keys[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int[]? Parse(string? section)
    {
        if (string.IsNullOrWhiteSpace(section))
        {
            return null;
        }

        var parts = section!.Trim().TrimEnd('.').Split('.');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }

    private sealed class SectionComparer : IComparer<int[]>
    {
        public static readonly SectionComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var c = x[i].CompareTo(y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}
