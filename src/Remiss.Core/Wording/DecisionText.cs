namespace Remiss.Core;

/// <summary>A decision as printed: heading, intro line and the clause lines.</summary>
/// <param name="Heading"><c>Förslag till beslut</c> or <c>Beslut</c>.</param>
/// <param name="Intro">The intro line, e.g. <c>A föreslår att B beslutar</c>.</param>
/// <param name="Clauses">The clause lines: each starting <c>att </c> and punctuated, or numbered statements in the numbered house style.</param>
public sealed record DecisionText(string Heading, string Intro, EquatableArray<string> Clauses)
{
    /// <summary>The decision of a remiss file in its house style (<see cref="Decision.Style"/>), with its clause ids resolved in <paramref name="registry"/>.</summary>
    public static DecisionText For(RemissFile file, ClauseRegistry? registry = null)
    {
        registry ??= ClauseRegistry.BuiltIn;
        var context = ClauseContext.From(file);
        var style = file.Decision.Style;
        var clauses = file.Decision.Clauses.Select(c => registry.Resolve(c, context, style)).ToList();
        return For(file.Decision.Path, clauses, style);
    }

    /// <summary>
    /// The decision for a path and clause texts, without any remiss file (for the registry office): att-clause
    /// texts, or statements when <paramref name="style"/> is <see cref="HouseStyle.Numbered"/>.
    /// </summary>
    public static DecisionText For(IReadOnlyList<string> path, IReadOnlyList<string> clauseTexts, HouseStyle style = HouseStyle.Att) => new(
        StandardWording.DecisionHeading(path.Count),
        DecisionClauses.Intro(path),
        DecisionClauses.Lines(clauseTexts, style).ToEquatableArray());

    /// <summary>Intro and clauses separated by blank lines, exactly as FORMAT.md §3 shows them.</summary>
    public string ToText(string newLine = "\n") => Intro + newLine + newLine + string.Join(newLine + newLine, Clauses);
}
