namespace Remiss.Core;

/// <summary>
/// One change to a remiss file, by the loader's path (<see cref="SourceMap"/>): <c>response.summary</c>,
/// <c>memo.background</c>, <c>response.comments</c>, <c>decision.meetings[1].note</c>. List indexes refer to
/// the file as it is before any edit.
/// </summary>
public abstract record RemissEdit(string Path);

/// <summary>
/// Sets a scalar, or adds it when its key is missing. <paramref name="Value"/> is the exact string the
/// reloaded YAML holds afterwards: it may have several lines (Markdown, lines separated by <c>\n</c>);
/// "" is the empty text. A block field keeps its <c>|</c> only when the value ends with <c>\n</c>.
/// </summary>
public sealed record ScalarEdit(string Path, string Value) : RemissEdit(Path)
{
    /// <summary>
    /// True when the field holds a date, a number or true/false (its schema says so): a new value that reads as
    /// such is written unquoted (<c>sent: 2025-03-21</c>, not <c>"2025-03-21"</c>). A quoted value stays quoted.
    /// </summary>
    public bool Typed { get; init; }
}

/// <summary>
/// Removes an optional key and its value (<c>response.sent</c>, <c>remiss.extensions</c>). Comment lines inside or
/// after the removed lines, and a comment after the value on its line, are kept where the key stood: nothing a
/// person wrote as a comment is lost. A key the file lacks is already removed (no change).
/// </summary>
public sealed record RemoveEdit(string Path) : RemissEdit(Path);

/// <summary>The list's new items, in order: kept (and possibly changed) original items and new ones.</summary>
public sealed record ListEdit(string Path, IReadOnlyList<ListItemEdit> Items) : RemissEdit(Path);

/// <summary>
/// One item of a <see cref="ListEdit"/>. <paramref name="From"/> is the index of an original item, kept
/// byte-for-byte except the keys in <paramref name="Set"/>; null makes a new item of <paramref name="Set"/>
/// (the keys the list's first item has come in that item's order, the others after them in this order).
/// </summary>
public sealed record ListItemEdit(int? From, IReadOnlyList<KeyValuePair<string, string>> Set)
{
    /// <summary>
    /// The whole item, for a new item of any shape (a text item of <c>decision.path</c>, a <c>decision.meetings</c>
    /// entry with its proposals, vote and reservations) or a text item written anew; null for <see cref="Set"/>'s keys.
    /// </summary>
    public EditValue? Value { get; init; }

    /// <summary>Keeps original item <paramref name="from"/> unchanged.</summary>
    public static ListItemEdit Keep(int from) => new(from, Array.Empty<KeyValuePair<string, string>>());

    /// <summary>A new item holding <paramref name="value"/>.</summary>
    public static ListItemEdit New(EditValue value) => new(null, Array.Empty<KeyValuePair<string, string>>()) { Value = value };
}

/// <summary>The edited text (null when any error stopped the edit: nothing is half-written) and the diagnostics.</summary>
public sealed record EditResult(string? Text, EquatableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error; then <see cref="Text"/> is null.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
