using System.Text.Json;
using System.Text.Json.Serialization;
using Remiss.Core;
using Remiss.Core.Json;

namespace Remiss.Server.Api;

/// <summary>The body of <c>/api/v1/check</c>, <c>/render</c> and <c>/plan</c>: the files' text, never a path.</summary>
/// <param name="Remiss">The remiss file's text (YAML, format remiss/1).</param>
/// <param name="Organisation">Optional: an organisation file's text (format organisation/1).</param>
public sealed record RemissRequest(string? Remiss, string? Organisation = null);

/// <summary>The answer of <c>/api/v1/check</c>.</summary>
/// <param name="Valid">True when there is no error (warnings allowed): the file renders.</param>
/// <param name="Errors">How many errors.</param>
/// <param name="Warnings">How many warnings.</param>
/// <param name="Diagnostics">Every diagnostic, in file order.</param>
/// <param name="RemissStatus">The remiss's status on the server's date (<see cref="StatusJson"/>), when the file has no errors.</param>
/// <param name="RemissStatusText">The status in Swedish: <c>utkast</c>, <c>planerad</c>, <c>försenad</c>, <c>beslutad</c>, <c>skickad</c>.</param>
public sealed record CheckResponse(bool Valid, int Errors, int Warnings, IReadOnlyList<DiagnosticJson> Diagnostics, string? RemissStatus = null, string? RemissStatusText = null);

/// <summary>The body of <c>/api/v1/wording</c>: the decision text for any ärende, without a remiss file.</summary>
/// <param name="Path">The bodies in order: the proposing one first, the deciding one last.</param>
/// <param name="Clauses">The clauses in order.</param>
/// <param name="Style">Optional: <c>att</c> (the default) or <c>numbered</c> (ORGANISATION.md §5).</param>
/// <param name="Remiss">Optional: the remiss facts that clauses such as <c>submit-response</c> name.</param>
/// <param name="Meeting">
/// Optional: what happened at the meeting (ORGANISATION.md §7), an object with the keys of a <c>decision.meetings</c>
/// item (<c>proposals</c>, <c>vote</c>, <c>outcome</c>, …; <c>body</c> defaults to the last of <c>path</c>). The answer
/// is then <c>Beslut:</c> as the outcome has it, on <c>clauses</c> as the proposal, and the §'s sections.
/// </param>
public sealed record WordingRequest(IReadOnlyList<string>? Path, IReadOnlyList<WordingClause>? Clauses, string? Style = null, WordingContext? Remiss = null, JsonElement? Meeting = null);

/// <summary>One clause: a registry id (with its argument or named arguments) or own text.</summary>
/// <param name="Id">A standard clause id, e.g. <c>immediate-adjustment</c>.</param>
/// <param name="Argument">The argument of an id that takes one (<c>refer-without-proposal</c>).</param>
/// <param name="Arguments">Named arguments of an id that takes several.</param>
/// <param name="Text">Own text instead of an id; <c>att </c> and punctuation are added (in the numbered style: the statement itself).</param>
public sealed record WordingClause(string? Id = null, string? Argument = null, IReadOnlyDictionary<string, string>? Arguments = null, string? Text = null);

/// <summary>The remiss a decision is about, for clauses that name it.</summary>
public sealed record WordingContext(string? Title = null, string? Kind = null, string? Number = null, string? Department = null, string? Organisation = null);

/// <summary>The answer of <c>/api/v1/wording</c>.</summary>
/// <param name="Intro">The intro line, e.g. <c>Hälso- och sjukvårdsutskottet föreslår att Hälso- och sjukvårdsnämnden beslutar</c>.</param>
/// <param name="Clauses">The clauses as printed (<c>att …;</c>, <c>att …; samt</c>, <c>att ….</c>; numbered: <c>1. ….</c>).</param>
/// <param name="Text">Intro and clauses, separated by blank lines, as in the documents (with a meeting: <c>Beslut:</c> first and the sections after).</param>
/// <param name="Sections">With a meeting: its sections in the extract's order (<c>Jäv</c>, …, <c>Protokollsanteckning</c>).</param>
public sealed record WordingResponse(string Intro, IReadOnlyList<string> Clauses, string Text, IReadOnlyList<WordingSection>? Sections = null);

/// <summary>One section of what happened at the meeting: its heading and paragraphs.</summary>
public sealed record WordingSection(string Heading, IReadOnlyList<WordingParagraph> Paragraphs)
{
    public static IReadOnlyList<WordingSection> From(IEnumerable<MinutesSection> sections) =>
        sections.Select(s => new WordingSection(s.Heading, s.Paragraphs.Select(p => new WordingParagraph(p.Text, p.Clauses.ToList())).ToList())).ToList();
}

/// <summary>A paragraph and the clause lines after it (an addition's or an amendment's).</summary>
public sealed record WordingParagraph(string Text, IReadOnlyList<string> Clauses);

/// <summary>The page's overview of the folder, like <c>remiss deadlines</c>, with its summary line (Core's <see cref="DeadlineStatus.Summary"/>).</summary>
public sealed record FolderListing(string Folder, DateOnly Today, long Version, IReadOnlyList<OverviewRow> Remisser, string Summary);

/// <summary>One remiss on the page: its diagnostics, its documents and, with meeting calendars, its plan (as <c>/api/v1/plan</c> gives it).</summary>
public sealed record RemissView(
    string Id,
    string File,
    string? Title,
    bool Valid,
    int Errors,
    int Warnings,
    IReadOnlyList<DiagnosticJson> Diagnostics,
    IReadOnlyList<DocumentView> Documents,
    long Version,
    PlanRow? Plan = null,
    string? RemissStatus = null,
    string? RemissStatusText = null,
    DateOnly? Sent = null);

/// <summary>The body of <c>/api/v1/pull</c>: a remiss file's text and a .docx rendered from it and edited in Word.</summary>
/// <param name="Remiss">The remiss file's text, as it is now.</param>
/// <param name="Docx">The edited .docx, base64.</param>
/// <param name="Organisation">Optional: the organisation file's text.</param>
/// <param name="DocxName">The document's file name, for the messages (default <c>dokument.docx</c>).</param>
/// <param name="AcceptChanges">Take tracked changes as accepted (like <c>remiss pull --accept-changes</c>).</param>
public sealed record PullRequest(string? Remiss, string? Docx, string? Organisation = null, string? DocxName = null, bool? AcceptChanges = null);

/// <summary>The answer of <c>/api/v1/pull</c>.</summary>
/// <param name="Changed">True when the remiss file changed.</param>
/// <param name="Remiss">The remiss file's new text (the same text when nothing changed).</param>
/// <param name="Changes">What was taken in, field by field, at the new text's lines.</param>
/// <param name="Diagnostics">Warnings (review comments in the document, …).</param>
public sealed record PullResponse(bool Changed, string Remiss, IReadOnlyList<PullChangeJson> Changes, IReadOnlyList<DiagnosticJson> Diagnostics);

/// <summary>One thing a pull took in.</summary>
public sealed record PullChangeJson(string Path, int Line, int Column, string Description);

/// <summary>A document of a remiss: where its preview is, its downloads and, for the yttrande, the e-mail draft to the department.</summary>
public sealed record DocumentView(string Kind, string Label, string Preview, IReadOnlyList<DownloadLink> Downloads, DownloadLink? Email = null);

/// <summary>A download button.</summary>
public sealed record DownloadLink(string Format, string Label, string FileName, string Url);

/// <summary>
/// Source-generated JSON for everything the server reads and writes (no reflection: the CLI is native). Every
/// answer is written with these options: camelCase names, and fields that are null left out.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RemissRequest))]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(WordingRequest))]
[JsonSerializable(typeof(WordingResponse))]
[JsonSerializable(typeof(ApiProblem))]
[JsonSerializable(typeof(PlanRow))]
[JsonSerializable(typeof(FolderListing))]
[JsonSerializable(typeof(RemissView))]
[JsonSerializable(typeof(PullRequest))]
[JsonSerializable(typeof(PullResponse))]
[JsonSerializable(typeof(Desk.DeskListing))]
[JsonSerializable(typeof(Desk.DeskForm))]
[JsonSerializable(typeof(Desk.DeskEditRequest))]
[JsonSerializable(typeof(Desk.DeskSaved))]
[JsonSerializable(typeof(Desk.DeskProblem))]
[JsonSerializable(typeof(Desk.AntiforgeryToken))]
[JsonSerializable(typeof(Desk.DeskCreateRequest))]
[JsonSerializable(typeof(Desk.DeskCreated))]
[JsonSerializable(typeof(Desk.DeskSentRequest))]
[JsonSerializable(typeof(Desk.DeskPullRequest))]
[JsonSerializable(typeof(Desk.DeskPulled))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonObject))]
public sealed partial class ServerJson : JsonSerializerContext
{
    /// <summary>
    /// The options every answer is written with: those above, and Swedish letters as they are (<c>"Västernorrland"</c>,
    /// not <c>"V\u00E4sternorrland"</c>) for people who read the JSON; it is never embedded in HTML.
    /// </summary>
    public static ServerJson Api { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
