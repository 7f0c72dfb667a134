namespace Remiss.Core;

/// <summary>
/// The "att" form of FORMAT.md §3: the intro line from the decision path and the punctuation of
/// the clauses; and the numbered statements of the house style "numbered" (ORGANISATION.md §5).
/// </summary>
public static class DecisionClauses
{
    /// <summary>What each clause line starts with.</summary>
    public const string ClausePrefix = "att ";

    /// <summary>The id of the standard clause that declares the paragraph immediately adjusted.</summary>
    public const string ImmediateAdjustmentId = "immediate-adjustment";

    private static readonly string[] TrailingMarks = { "; samt", ", samt", " samt", ";", ".", "," };

    /// <summary>
    /// The intro line: <c>{A} beslutar</c>; <c>{A} föreslår att {B} beslutar</c>;
    /// <c>{A} föreslår att {B} beslutar föreslå {C} besluta</c>, each further body inserting
    /// <c> föreslå {X}</c> before the final <c> besluta</c>. Names are kept exactly as written.
    /// </summary>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    public static string Intro(IReadOnlyList<string> path)
    {
        if (path.Count == 0)
        {
            throw new ArgumentException("A decision path needs at least one body.", nameof(path));
        }

        if (path.Count == 1)
        {
            return $"{path[0]} beslutar";
        }

        var text = $"{path[0]} föreslår att {path[1]} beslutar";
        if (path.Count == 2)
        {
            return text;
        }

        // One builder, not a string per body: the line is linear in the path's length (a request may send a long one).
        var builder = new System.Text.StringBuilder(text);
        for (var i = 2; i < path.Count; i++)
        {
            builder.Append(" föreslå ").Append(path[i]);
        }

        return builder.Append(" besluta").ToString();
    }

    /// <summary>
    /// Strips what the user may have typed that the punctuation rules add themselves: a leading
    /// <c>att </c>, trailing <c>.</c>, <c>;</c>, <c>,</c>, <c>, samt</c>, <c>; samt</c> and surrounding white space.
    /// Normalising twice gives the same result as once.
    /// </summary>
    public static string Normalize(string clause)
    {
        // Positions rather than a new string per "att ": linear however many the text repeats.
        var text = clause.Trim();
        var start = 0;
        while (string.Compare(text, start, ClausePrefix, 0, ClausePrefix.Length, StringComparison.OrdinalIgnoreCase) == 0
            && text.Length - start >= ClausePrefix.Length)
        {
            start += ClausePrefix.Length;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        return StripTrailingMarks(start == 0 ? text : text.Substring(start));
    }

    /// <summary>
    /// Own clause text in <paramref name="style"/>: <see cref="Normalize(string)"/> for an att-clause; in the
    /// numbered style own text is the statement itself (<see cref="NormalizeStatement"/>).
    /// </summary>
    public static string Normalize(string text, HouseStyle style) =>
        style == HouseStyle.Numbered ? NormalizeStatement(text) : Normalize(text);

    /// <summary>
    /// True when <paramref name="clauses"/> declare the paragraph immediately adjusted (ORGANISATION.md §3): the
    /// standard clause by id, or an own clause with exactly its text. The one rule for <c>check</c> and the plans.
    /// </summary>
    public static bool DeclaresImmediateAdjustment(IEnumerable<ClauseReference> clauses)
    {
        ClauseRegistry.BuiltIn.TryGet(ImmediateAdjustmentId, out var standard);
        return clauses.Any(c =>
            c.Id == ImmediateAdjustmentId
            || (c.Text is not null && string.Equals(Normalize(c.Text), standard.Text, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// A statement as the numbered style prints it: a whole sentence ending in <c>.</c>, never in <c>;</c> or
    /// <c>; samt</c> (whatever the user typed at its end is replaced by the one <c>.</c>).
    /// </summary>
    public static string NormalizeStatement(string statement) => StripTrailingMarks(statement.Trim()) + ".";

    /// <summary>
    /// The clause lines of the numbered style: <c>1. Yttrandet … antas och överlämnas till Socialdepartementet.</c>,
    /// <c>2. Paragrafen justeras omedelbart.</c> (ORGANISATION.md §5).
    /// </summary>
    public static IReadOnlyList<string> Number(IReadOnlyList<string> statements)
    {
        var lines = new string[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            lines[i] = $"{i + 1}. {NormalizeStatement(statements[i])}";
        }

        return lines;
    }

    /// <summary>The clause lines in <paramref name="style"/>: <see cref="Punctuate"/> for att-clauses, <see cref="Number"/> for statements.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<string> clauses, HouseStyle style) =>
        style == HouseStyle.Numbered ? Number(clauses) : Punctuate(clauses);

    private static string StripTrailingMarks(string text)
    {
        // The end moves left over the text instead of cutting a new string per mark: linear however many marks it ends with.
        var end = text.Length;
        bool changed;
        do
        {
            changed = false;
            foreach (var mark in TrailingMarks)
            {
                if (end >= mark.Length && string.Compare(text, end - mark.Length, mark, 0, mark.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    end -= mark.Length;
                    while (end > 0 && char.IsWhiteSpace(text[end - 1]))
                    {
                        end--;
                    }

                    changed = true;
                }
            }
        }
        while (changed);

        return end == text.Length ? text : text.Substring(0, end);
    }

    /// <summary>
    /// The clause lines: each starts with <c>att </c>; all but the last two end with <c>;</c>, the second
    /// to last with <c>; samt</c>, the last with <c>.</c> (a single clause ends with <c>.</c>).
    /// </summary>
    public static IReadOnlyList<string> Punctuate(IReadOnlyList<string> clauses)
    {
        var lines = new string[clauses.Count];
        for (var i = 0; i < clauses.Count; i++)
        {
            var ending = i == clauses.Count - 1 ? "." : i == clauses.Count - 2 ? "; samt" : ";";
            lines[i] = ClausePrefix + Normalize(clauses[i]) + ending;
        }

        return lines;
    }

    /// <summary>
    /// The whole decision block as FORMAT.md §3 prints it: the intro line, a blank line, and the clause
    /// lines separated by blank lines.
    /// </summary>
    public static string Format(IReadOnlyList<string> path, IReadOnlyList<string> clauses, string newLine = "\n") =>
        Intro(path) + newLine + newLine + string.Join(newLine + newLine, Punctuate(clauses));
}
