using Remiss.Core;

namespace Remiss.Templates;

/// <summary>What <c>remiss new</c> was told, or found on a remiss page.</summary>
internal sealed record NewFileValues(string? Number, string? Title, string? Department, string? DepartmentDnr, CalendarDate? Deadline)
{
    private static readonly Dictionary<string, IReadOnlyList<string>> NoNotes = [];
    private static readonly Dictionary<string, IReadOnlyList<NewFileItem>> NoLists = [];

    /// <summary>The kind, when known better than the number implies (a page's "promemorian"); else <see cref="ImpliedKind"/>.</summary>
    public string? Kind { get; init; }

    /// <summary>A granted extension of the deadline (the department's own, for every consulted body), or null.</summary>
    public CalendarDate? ExtendedUntil { get; init; }

    /// <summary>Comment lines written at the top of the file, after the standard ones.</summary>
    public IReadOnlyList<string> Header { get; init; } = [];

    /// <summary>Comment lines written above a key (by path, <c>remiss.department_dnr</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Notes { get; init; } = NoNotes;

    /// <summary>List values (by path, <c>remiss.consulted_bodies</c>), written as a block list with a comment per item.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<NewFileItem>> Lists { get; init; } = NoLists;

    /// <summary>Keys a page did not give: their help comment is marked so the officer sees what is left.</summary>
    public IReadOnlySet<string> Missing { get; init; } = new HashSet<string>();

    /// <summary>Where the answer is e-mailed (<c>remiss.reply_to</c>), from the missive; empty when unknown.</summary>
    public IReadOnlyList<string> ReplyTo { get; init; } = [];

    /// <summary>Who gets a copy (<c>remiss.reply_cc</c>), from the missive; empty when none.</summary>
    public IReadOnlyList<string> ReplyCc { get; init; } = [];

    /// <summary>"Inga synpunkter": <c>response.position: no-comment</c>, and no memo to fill in (ORGANISATION.md §6).</summary>
    public bool NoComment { get; init; }

    /// <summary>The kind the number implies: SOU → betänkande, Ds → promemoria.</summary>
    public string? ImpliedKind => Number is null ? null : DocumentNumber.Parse(Number).Series switch
    {
        DocumentSeries.Sou => "betänkande",
        DocumentSeries.Ds => "promemoria",
        _ => null,
    };
}

/// <summary>One item of a list value, with an optional comment after it.</summary>
internal sealed record NewFileItem(string Value, string? Comment);
