namespace Remiss.Core;

/// <summary>
/// A value of a remiss file as a tree: a text, a mapping or a list. What a form reads
/// (<see cref="RemissFileValues.Read"/>) and what a new list item of any shape is written from.
/// </summary>
public abstract record EditValue
{
    private protected EditValue()
    {
    }

    /// <summary>A scalar as the file holds it (null for an empty value or <c>~</c>).</summary>
    /// <param name="Value">The text.</param>
    /// <param name="Typed">Written unquoted when it reads as a date, number or true/false (see <see cref="ScalarEdit.Typed"/>).</param>
    public sealed record Text(string? Value, bool Typed = false) : EditValue;

    /// <summary>A mapping, its keys in the file's order (new ones: in the order given, after the siblings' order).</summary>
    public sealed record Map(IReadOnlyList<KeyValuePair<string, EditValue>> Entries) : EditValue
    {
        /// <summary>The value of <paramref name="key"/>, or null.</summary>
        public EditValue? Get(string key) => Entries.FirstOrDefault(e => e.Key == key).Value;
    }

    /// <summary>A list.</summary>
    public sealed record List(IReadOnlyList<EditValue> Items) : EditValue;
}
