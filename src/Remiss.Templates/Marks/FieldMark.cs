using System.Globalization;
using System.Text.RegularExpressions;

namespace Remiss.Templates.Marks;

/// <summary>What a marked value is in the document (ROUNDTRIP.md §1).</summary>
internal enum MarkKind
{
    /// <summary>An editable Markdown field (<c>response.summary</c>, <c>memo.assessment</c>, a comment's text, a meeting's note).</summary>
    Markdown,

    /// <summary>An editable one-line text field: a comment's heading, printed after its section number.</summary>
    Text,

    /// <summary>Standard wording the toolkit writes: the officer changes it in the YAML key that governs it, never in Word.</summary>
    Fixed,
}

/// <summary>
/// One value of the view model that the Word output marks: its kind, its key (the YAML path of a field; a unique
/// path-like name of a standard-wording part, such as <c>decision.clauses[1]</c>) and the YAML key that governs it.
/// </summary>
/// <param name="Kind">Field or standard wording.</param>
/// <param name="Key">The field's YAML path, or the standard-wording part's name.</param>
/// <param name="Governs">The YAML path an officer changes to change the text; null for wording of the toolkit or the template itself.</param>
/// <param name="Section">A comment heading's section number as rendered before it (<c>6</c>), else null.</param>
internal sealed partial record FieldMark(MarkKind Kind, string Key, string? Governs, string? Section = null)
{
    /// <summary>The zero-based YAML index of the comment the value belongs to (<c>response.comments[i]…</c>), or null.</summary>
    public int? Comment => CommentIndexOf(Key);

    /// <summary>The comment index in a path such as <c>response.comments[2].text</c>, or null.</summary>
    public static int? CommentIndexOf(string path)
    {
        var match = CommentPath().Match(path);
        return match.Success ? int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^response\.comments\[(\d{1,6})\](\.|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CommentPath();
}
