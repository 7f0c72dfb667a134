namespace Remiss.Templates.Marks;

/// <summary>
/// The marked values of one render, by identity: the view model registers each field and standard-wording value
/// as its own string instance, and the template context (<see cref="Scripting.MarkingTemplateContext"/>) wraps that
/// instance in markers when a template prints it as it is. A value a template changes first (a pipe, a slice) is a new
/// string and is printed without marks: it renders, it is just not pullable. Not thread-safe: one per render.
/// </summary>
internal sealed class MarkRegistry
{
    private readonly Dictionary<string, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<int> _printed = [];
    private readonly List<FieldMark> _marks = [];

    /// <summary>The marks, by id (the index).</summary>
    public IReadOnlyList<FieldMark> Marks => _marks;

    /// <summary>An editable Markdown field's value, registered under its YAML path.</summary>
    public string Markdown(string value, string path) => Register(value, new FieldMark(MarkKind.Markdown, path, path));

    /// <summary>An editable one-line text field's value (Markdown-escaped), printed after <paramref name="section"/> when there is one.</summary>
    public string Text(string value, string path, string? section) => Register(value, new FieldMark(MarkKind.Text, path, path, section));

    /// <summary>A standard-wording value: <paramref name="key"/> names the part, <paramref name="governs"/> the YAML key that decides it (null: the toolkit's own wording).</summary>
    public string Fixed(string value, string key, string? governs) => Register(value, new FieldMark(MarkKind.Fixed, key, governs));

    /// <summary>
    /// The id of <paramref name="value"/> when it is a registered instance not printed before, so only a value's first
    /// print carries its marks (a field printed twice would be two controls with one path).
    /// </summary>
    public bool TryTakeForPrint(string value, out int id) => _ids.TryGetValue(value, out id) && _printed.Add(id);

    private string Register(string value, FieldMark mark)
    {
        if (value.Length == 0)
        {
            // Nothing is printed for an empty value, so there is nothing to mark.
            return value;
        }

        // A copy of its own, so two equal values (or one reused instance) can never be mistaken for each other.
        var instance = new string(value.AsSpan());
        _ids[instance] = _marks.Count;
        _marks.Add(mark);
        return instance;
    }
}
