using System.Text;
using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// A standard clause: an id and a text with <c>{placeholders}</c>. Placeholders named in
/// <see cref="ContextPlaceholders"/> are filled from the remiss itself; the others are arguments the
/// user supplies.
/// </summary>
public sealed record ClauseDefinition
{
    /// <summary>Placeholders filled from the remiss file rather than by the user.</summary>
    public static IReadOnlyList<string> ContextPlaceholders { get; } = new[] { "response_title", "document_name", "department", "organisation" };

    private static readonly Regex PlaceholderPattern = new(@"\{([^{}]*)\}", RegexOptions.CultureInvariant);
    private static readonly Regex IdPattern = new(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex PlaceholderNamePattern = new(@"^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>Creates a definition; see <see cref="Validate"/> for the rules a registry file must follow.</summary>
    public ClauseDefinition(string id, string text, string? description = null)
        : this(id, text, description, null)
    {
    }

    /// <summary>Creates a definition with a statement form for the numbered house style (ORGANISATION.md §5).</summary>
    public ClauseDefinition(string id, string text, string? description, string? statement)
    {
        Id = id;
        Text = text;
        Description = description;
        Statement = statement;
        Placeholders = PlaceholdersOf(text);
        StatementPlaceholders = statement is null ? default : PlaceholdersOf(statement);
        Parameters = Placeholders.Where(p => !ContextPlaceholders.Contains(p)).ToEquatableArray();
    }

    /// <summary>The id used in remiss files, kebab-case (<c>submit-response</c>).</summary>
    public string Id { get; }

    /// <summary>The clause text without the leading <c>att </c> and punctuation.</summary>
    public string Text { get; }

    /// <summary>What the clause is for, shown in help and IntelliSense.</summary>
    public string? Description { get; }

    /// <summary>
    /// The statement form for the numbered house style: a whole sentence (<c>Paragrafen justeras omedelbart.</c>)
    /// with the same placeholders as <see cref="Text"/>; null when the clause has none and so cannot be
    /// printed in that style.
    /// </summary>
    public string? Statement { get; }

    /// <summary>Every placeholder in <see cref="Text"/>, in order of first use.</summary>
    public EquatableArray<string> Placeholders { get; }

    /// <summary>Every placeholder in <see cref="Statement"/>, in order of first use (empty without a statement).</summary>
    public EquatableArray<string> StatementPlaceholders { get; }

    /// <summary>The placeholders of the form <paramref name="style"/> prints: <see cref="StatementPlaceholders"/> for the numbered style, else <see cref="Placeholders"/>.</summary>
    public EquatableArray<string> PlaceholdersIn(HouseStyle style) => style == HouseStyle.Numbered ? StatementPlaceholders : Placeholders;

    /// <summary>The placeholders the user supplies (those not filled from the remiss).</summary>
    public EquatableArray<string> Parameters { get; }

    private static EquatableArray<string> PlaceholdersOf(string text) =>
        PlaceholderPattern.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value).Distinct().ToEquatableArray();

    /// <summary>True when an id is kebab-case ASCII.</summary>
    public static bool IsValidId(string id) => IdPattern.IsMatch(id);

    /// <summary>True when a placeholder name is snake_case ASCII.</summary>
    public static bool IsValidPlaceholderName(string name) => PlaceholderNamePattern.IsMatch(name);

    /// <summary>
    /// Problems with this definition, in Swedish (they reach the user as <c>RMS0051</c>): an id that is not
    /// kebab-case, a placeholder that is empty or not snake_case, unbalanced braces.
    /// </summary>
    public IEnumerable<string> Validate()
    {
        if (!IsValidId(Id))
        {
            yield return $"id '{Id}' ska skrivas med små bokstäver, siffror och bindestreck (t.ex. approve-annual-report)";
        }

        foreach (var placeholder in Placeholders.Where(p => !IsValidPlaceholderName(p)))
        {
            yield return $"platshållaren '{{{placeholder}}}' ska skrivas med små bokstäver, siffror och understreck (t.ex. {{body_name}})";
        }

        var stripped = PlaceholderPattern.Replace(Text, string.Empty);
        if (stripped.IndexOf('{') >= 0 || stripped.IndexOf('}') >= 0)
        {
            yield return "texten har en '{' eller '}' utan motsvarighet";
        }

        if (Statement is null)
        {
            yield break;
        }

        if (PlaceholderPattern.Replace(Statement, string.Empty) is var bare && (bare.IndexOf('{') >= 0 || bare.IndexOf('}') >= 0))
        {
            yield return "statement har en '{' eller '}' utan motsvarighet";
        }

        foreach (var placeholder in StatementPlaceholders.Where(p => !IsValidPlaceholderName(p)))
        {
            yield return $"platshållaren '{{{placeholder}}}' i statement ska skrivas med små bokstäver, siffror och understreck (t.ex. {{body_name}})";
        }

        // The statement is the same clause in other words: it takes the same arguments (values from the remiss,
        // such as {department}, may differ), so the clause is used the same way in either style.
        foreach (var placeholder in StatementPlaceholders.Where(p => IsValidPlaceholderName(p) && !ContextPlaceholders.Contains(p) && !Parameters.Contains(p)))
        {
            yield return $"platshållaren '{{{placeholder}}}' i statement finns inte i text; skriv samma platshållare i båda";
        }
    }

    /// <summary>
    /// The clause text with placeholders filled. <paramref name="values"/> holds both the context values
    /// and the user's arguments; a missing value throws <see cref="KeyNotFoundException"/>.
    /// </summary>
    public string Render(IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern.Replace(Text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"No value for placeholder '{{{m.Groups[1].Value}}}' of clause '{Id}'."));

    /// <summary>The statement form with placeholders filled, or null when the clause has none; a missing value throws <see cref="KeyNotFoundException"/>.</summary>
    public string? RenderStatement(IReadOnlyDictionary<string, string> values) =>
        Statement is null
            ? null
            : PlaceholderPattern.Replace(Statement, m => values.TryGetValue(m.Groups[1].Value, out var value)
                ? value
                : throw new KeyNotFoundException($"No value for placeholder '{{{m.Groups[1].Value}}}' of clause '{Id}'."));

    /// <summary>A C#-style method name for the id: <c>refer-without-proposal</c> → <c>ReferWithoutProposal</c>.</summary>
    public string MethodName => Identifiers.FromText(Id);

    /// <summary>A C#-style parameter name for a placeholder: <c>body_name</c> → <c>bodyName</c>.</summary>
    public static string ParameterName(string placeholder)
    {
        var pascal = Identifiers.FromText(placeholder);
        var builder = new StringBuilder(pascal);
        builder[0] = char.ToLowerInvariant(builder[0]);
        return builder.ToString();
    }
}
