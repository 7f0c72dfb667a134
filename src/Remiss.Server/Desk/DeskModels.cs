using System.Text.Json;
using System.Text.Json.Nodes;
using Remiss.Core;
using Remiss.Core.Json;

namespace Remiss.Server.Desk;

/// <summary>The answer of <c>GET /api/v1/files</c>: the served folder's remisser, and whether this server writes.</summary>
/// <param name="Folder">The folder's name.</param>
/// <param name="Writable">False under <c>remiss serve --read-only</c>: every write is refused.</param>
/// <param name="Files">The remiss files, ordered by path.</param>
public sealed record DeskListing(string Folder, bool Writable, IReadOnlyList<DeskFileRow> Files);

/// <summary>One remiss file of the folder.</summary>
/// <param name="Id">The index's id (the same as the page's), which every other desk endpoint takes.</param>
/// <param name="File">The path in the folder, with '/' separators.</param>
/// <param name="Title">remiss.title, when it can be read.</param>
/// <param name="Number">remiss.number, when given.</param>
/// <param name="Errors">The file's error count (it can be edited all the same).</param>
public sealed record DeskFileRow(string Id, string File, string? Title, string? Number, int Errors);

/// <summary>
/// The form of <c>GET /api/v1/files/{id}</c>: the file's bytes' hash (also the ETag, to send back in If-Match), its
/// text, every scalar by its loader path as the file holds it, every list as JSON, the choices the form offers and
/// the diagnostics at their fields. A file with errors is served as far as its YAML can be read.
/// </summary>
public sealed record DeskForm(
    string Id,
    string File,
    string Hash,
    string Text,
    bool Writable,
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyDictionary<string, JsonNode?> Lists,
    DeskChoices Choices,
    IReadOnlyList<DeskDiagnostic> Diagnostics);

/// <summary>What the form's choices are made of: the organisation file's bodies with their calendars, the clause registry, the format's choices.</summary>
public sealed record DeskChoices(
    IReadOnlyList<BodyChoice> Bodies,
    IReadOnlyList<ClauseChoice> Clauses,
    IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Positions,
    IReadOnlyList<string> ResponsePositions,
    IReadOnlyList<string> Motions);

/// <summary>A body of the organisation file: what decision.path and a meeting's body name, and its meeting dates.</summary>
public sealed record BodyChoice(string Id, string Name, IReadOnlyList<DateOnly> Meetings);

/// <summary>A clause of the registry (the built-in ones and the organisation's): its id, text and the arguments it takes.</summary>
public sealed record ClauseChoice(string Id, string Text, IReadOnlyList<string> Arguments, string? Description = null);

/// <summary>A diagnostic as the API gives it, plus the loader path of the field it stands at (null when it is the file's).</summary>
public sealed record DeskDiagnostic(string Code, string Severity, string Message, string File, int Line, int Column, int EndLine, int EndColumn, string? Path)
{
    public static DeskDiagnostic From(Diagnostic d, SourceMap? sources)
    {
        var json = DiagnosticJson.From(d);
        return new(json.Code, json.Severity, json.Message, json.File, json.Line, json.Column, json.EndLine, json.EndColumn, sources?.PathAt(d.Span));
    }
}

/// <summary>
/// The body of <c>PATCH /api/v1/files/{id}</c>: edits by loader path. <c>value</c> sets a text (a number or
/// true/false too), adds the key when missing, removes it when null, and merges an object key by key;
/// <c>items</c> gives a list's new items in order.
/// </summary>
public sealed record DeskEditRequest(IReadOnlyList<DeskEdit>? Edits);

/// <summary>One edit: <c>path</c> and either <c>value</c> or <c>items</c>.</summary>
/// <param name="Path">The loader path, e.g. <c>remiss.deadline</c>, <c>response.comments</c>, <c>decision.meetings[1].note</c>.</param>
/// <param name="Value">The new value: a string, number or boolean; null removes an optional key; an object sets its keys (null removes one); an array becomes the list.</param>
/// <param name="Items">A list's items in their new order: <c>{ "from": 0 }</c> keeps item 0, <c>{ "from": 0, "set": { … } }</c> changes its keys, <c>{ "from": null, "set": { … } }</c> or <c>{ "value": … }</c> adds one.</param>
public sealed record DeskEdit(string? Path, JsonElement Value = default, IReadOnlyList<DeskListItem>? Items = null);

/// <summary>An item of a list edit.</summary>
/// <param name="From">The item's index in the file as it is (kept, with its comments), or null for a new item.</param>
/// <param name="Set">Keys to set on the item: texts for a kept item; a new item's keys may hold objects and arrays (a meeting's proposals, vote, …).</param>
/// <param name="Value">The whole item: for a new item of any shape, or a text item (decision.path's bodies).</param>
public sealed record DeskListItem(int? From = null, Dictionary<string, JsonElement>? Set = null, JsonElement Value = default);

/// <summary>A saved file: its new hash (also the ETag), the paths whose values changed, and the saved file's warnings at their fields.</summary>
public sealed record DeskSaved(string Hash, bool Changed, IReadOnlyList<string> Changes, IReadOnlyList<DeskDiagnostic> Diagnostics);

/// <summary>One value that changed: before and now as the file holds them (null: absent).</summary>
public sealed record DeskChange(string Path, string? Before, string? Now);

/// <summary>
/// A refused or conflicting save (problem+json): <c>currentHash</c> and <c>changes</c> (what changed on disk since the form,
/// field by field) for 409; <c>diagnostics</c> with their paths for 422.
/// </summary>
public sealed record DeskProblem(string Type, string Title, int Status, string Detail, string Code)
{
    public int? Line { get; init; }

    public int? Column { get; init; }

    public string? CurrentHash { get; init; }

    public IReadOnlyList<DeskChange>? Changes { get; init; }

    public IReadOnlyList<DeskDiagnostic>? Diagnostics { get; init; }
}

/// <summary>The anti-forgery token to send in <see cref="HeaderName"/> with every write (its cookie is set by the same answer).</summary>
public sealed record AntiforgeryToken(string HeaderName, string Token);

/// <summary>A new remiss file: from an uploaded department page or missive, or empty (no source).</summary>
/// <param name="Source">The uploaded file, or null for an empty form.</param>
/// <param name="Folder">A sub-folder of the served folder, by a listed file's id whose folder the new file joins; null: the served folder itself.</param>
public sealed record DeskCreateRequest(DeskUpload? Source = null, string? Folder = null);

/// <summary>An uploaded file: its name (for its kind: .html, .txt, .md, .pdf) and bytes in base64.</summary>
public sealed record DeskUpload(string? Name, string? ContentBase64);

/// <summary>The created file: its id, path in the folder and hash, and the reader's warnings about the page.</summary>
public sealed record DeskCreated(string Id, string File, string Hash, IReadOnlyList<DeskDiagnostic> Diagnostics);

/// <summary>The body of <c>POST /api/v1/files/{id}/sent</c>: the day the answer was sent (default today).</summary>
public sealed record DeskSentRequest(string? Date = null);

/// <summary>The body of <c>POST /api/v1/files/{id}/pull</c>: an edited .docx rendered from the file.</summary>
/// <param name="DocxBase64">The .docx, base64.</param>
/// <param name="DocxName">Its file name, for the messages.</param>
/// <param name="AcceptChanges">Take tracked changes as accepted (<c>remiss pull --accept-changes</c>).</param>
/// <param name="Apply">False (the default): the changes are answered, nothing is written; true: they are written.</param>
public sealed record DeskPullRequest(string? DocxBase64, string? DocxName = null, bool AcceptChanges = false, bool Apply = false);

/// <summary>The answer of a pull: written or not, the new hash, the pull's changes (Swedish, as <c>remiss pull</c> prints them), the values field by field, and its warnings.</summary>
public sealed record DeskPulled(bool Applied, string Hash, IReadOnlyList<DeskPullChange> Changes, IReadOnlyList<DeskChange> Values, IReadOnlyList<DeskDiagnostic> Diagnostics);

/// <summary>One thing a pull takes in, at the new text's line.</summary>
public sealed record DeskPullChange(string Path, int Line, int Column, string Description);
