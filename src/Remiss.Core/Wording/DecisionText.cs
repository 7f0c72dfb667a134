namespace Remiss.Core;

/// <summary>A decision as printed: heading, intro line and punctuated att-clauses.</summary>
/// <param name="Heading"><c>Förslag till beslut</c> or <c>Beslut</c>.</param>
/// <param name="Intro">The intro line, e.g. <c>A föreslår att B beslutar</c>.</param>
/// <param name="Clauses">The clause lines, each starting <c>att </c> and punctuated.</param>
public sealed record DecisionText(string Heading, string Intro, EquatableArray<string> Clauses)
{
    /// <summary>The decision of a remiss file, with its clause ids resolved in <paramref name="registry"/>.</summary>
    public static DecisionText For(RemissFile file, ClauseRegistry? registry = null)
    {
        registry ??= ClauseRegistry.BuiltIn;
        var context = ClauseContext.From(file);
        var clauses = file.Decision.Clauses.Select(c => registry.Resolve(c, context)).ToList();
        return For(file.Decision.Path, clauses);
    }

    /// <summary>The decision for a path and clause texts, without any remiss file (for the registry office).</summary>
    public static DecisionText For(IReadOnlyList<string> path, IReadOnlyList<string> clauseTexts) => new(
        StandardWording.DecisionHeading(path.Count),
        DecisionClauses.Intro(path),
        DecisionClauses.Punctuate(clauseTexts).ToEquatableArray());

    /// <summary>Intro and clauses separated by blank lines, exactly as FORMAT.md §3 shows them.</summary>
    public string ToText(string newLine = "\n") => Intro + newLine + newLine + string.Join(newLine + newLine, Clauses);
}
