using Remiss.Templates.Structure;

namespace Remiss.Templates;

/// <summary>
/// What a field's Markdown means to the writers: its document structure, adjacent text joined and a soft line break
/// counting as a space. Two texts that mean the same print the same in every format, however the YAML wraps them, so <c>remiss pull</c>
/// compares fields with this (a field is unchanged when it means the same) and <see cref="MarkdownWrap"/> checks its
/// wrapping with it. Plain-text fields (a comment's heading) mean their text, white space collapsed.
/// </summary>
internal static class MarkdownMeaning
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> print the same (both null counts as the same).</summary>
    public static bool Same(string? a, string? b, WordFieldKind kind = WordFieldKind.Markdown)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        if (a is null || b is null)
        {
            return false;
        }

        return kind == WordFieldKind.Text
            ? string.Equals(Collapse(a), Collapse(b), StringComparison.Ordinal)
            : Of(a).Equals(Of(b));
    }

    /// <summary>The Markdown as the writers see it: its document structure as it means (<see cref="DocumentBody.Meaning"/>).</summary>
    public static NodeList<DocBlock> Of(string markdown) => DocumentBody.Parse(markdown).Meaning;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
