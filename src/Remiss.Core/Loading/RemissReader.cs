using YamlDotNet.RepresentationModel;

namespace Remiss.Core;

/// <summary>Builds the <see cref="RemissFile"/> model from the YAML tree, section by section.</summary>
internal sealed class RemissReader
{
    private static readonly SchemaNode Root = RemissSchema.Root;
    private readonly YamlNodeReader _r;

    public RemissReader(YamlNodeReader reader) => _r = reader;

    /// <summary>The model, with empty values where the file had errors; null when the root is not a mapping.</summary>
    public RemissFile? Read(YamlNode root)
    {
        if (IsNoComment(root))
        {
            // "Inga synpunkter": the memo has a standard assessment, so the section may be left out.
            _r.Supplied.Add("memo");
            _r.Supplied.Add("memo.assessment");
        }

        var fields = _r.Mapping(root, Root, string.Empty);
        if (fields is null)
        {
            return null;
        }

        var format = _r.Format(fields, RemissFile.CurrentFormat);

        return new RemissFile(
            format ?? RemissFile.CurrentFormat,
            ReadReferral(Section(fields, "remiss")),
            ReadCase(Section(fields, "case")),
            ReadDecision(Section(fields, "decision")),
            ReadMemo(Section(fields, "memo")),
            ReadResponse(Section(fields, "response")));
    }

    /// <summary>
    /// True when the file says <c>response.position: no-comment</c>. Looked up before the sections are read,
    /// because it decides whether <c>memo</c> is required; the value is read and checked with the response.
    /// </summary>
    private static bool IsNoComment(YamlNode root) =>
        root is YamlMappingNode mapping
        && mapping.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "response" }).Value is YamlMappingNode response
        && response.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "position" }).Value is YamlScalarNode { Value: { } position }
        && position.Trim() == RemissSchema.PositionName(Position.NoComment);

    private YamlNodeReader.Fields? Section(YamlNodeReader.Fields parent, string key) =>
        _r.Mapping(parent.Get(key), Root.Child(key)!, key);

    private Referral ReadReferral(YamlNodeReader.Fields? f)
    {
        var schema = Root.Child("remiss")!;
        var kind = RemissSchema.ParseKind(_r.Choice(f, "kind", RemissSchema.KindValues)) ?? ReferralKind.Other;
        var number = _r.Text(f, "number");
        var dnr = _r.Text(f, "department_dnr");

        var extensionSchema = schema.Child("extensions")!.Items!;
        var extensions = new List<DeadlineExtension>();
        var items = _r.Sequence(f, "extensions");
        for (var i = 0; i < items.Count; i++)
        {
            var item = _r.Mapping(items[i], extensionSchema, $"remiss.extensions[{i}]");
            var until = _r.Date(item, "until", required: true);
            if (until is { } u)
            {
                extensions.Add(new DeadlineExtension(u, _r.Date(item, "granted")));
            }
        }

        return new Referral(
            _r.Text(f, "title", required: true) ?? string.Empty,
            kind,
            number is null ? null : DocumentNumber.Parse(number),
            _r.Text(f, "department", required: true) ?? string.Empty,
            dnr is null ? null : DepartmentDnr.Parse(dnr),
            _r.Date(f, "received"),
            _r.Date(f, "deadline", required: true) ?? default,
            extensions.ToEquatableArray(),
            _r.TextList(f, "consulted_bodies"),
            _r.TextList(f, "prepared_with"))
        {
            ReplyTo = EmailAddressReader.Read(_r, f, "reply_to"),
            ReplyCc = EmailAddressReader.Read(_r, f, "reply_cc"),
            Missive = _r.Text(f, "missive"),
        };
    }

    private CaseInfo ReadCase(YamlNodeReader.Fields? f) => new(
        _r.Text(f, "organisation", required: !_r.Supplied.Contains("case.organisation")) ?? string.Empty,
        _r.Text(f, "dnr", required: true) ?? string.Empty,
        _r.Text(f, "responsible"),
        _r.TextList(f, "officers"),
        _r.Date(f, "date"));

    private Decision ReadDecision(YamlNodeReader.Fields? f)
    {
        var clauses = new List<ClauseReference>();
        var items = _r.Sequence(f, "clauses");
        for (var i = 0; i < items.Count; i++)
        {
            var clause = ClauseReader.Read(_r, items[i], $"decision.clauses[{i}]");
            if (clause is not null)
            {
                clauses.Add(clause);
            }
        }

        return new Decision(_r.TextList(f, "path"), clauses.ToEquatableArray(), _r.TextList(f, "notify"), _r.TextList(f, "documents"))
        {
            Meetings = ReadMeetings(f),
        };
    }

    /// <summary><c>decision.meetings</c> as written; the bodies are resolved and the records checked by <see cref="MeetingValidator"/>.</summary>
    private EquatableArray<RecordedMeeting> ReadMeetings(YamlNodeReader.Fields? f)
    {
        var schema = Root.Child("decision")!.Child("meetings")!.Items!;
        var meetings = new List<RecordedMeeting>();
        var items = _r.Sequence(f, "meetings");
        for (var i = 0; i < items.Count; i++)
        {
            var item = _r.Mapping(items[i], schema, $"decision.meetings[{i}]");
            var body = _r.Text(item, "body", required: true);
            var date = _r.Date(item, "date", required: true);
            var paragraph = _r.PositiveInteger(item, "paragraph", required: true);
            var note = _r.Markdown(item, "note");
            var proceedings = new MeetingRecordReader(_r).Read(item, schema);
            var justering = ReadJustering(item, schema);
            if (body is not null && date is { } d && paragraph is { } n)
            {
                meetings.Add(new RecordedMeeting(body, d, n, note.Trim().Length == 0 ? null : note, proceedings, justering));
            }
        }

        return meetings.ToEquatableArray();
    }

    /// <summary>
    /// The justering of a record's minutes (ORGANISATION.md §8): <c>adjusted</c>, <c>notice_posted</c>, <c>kept_at</c> and
    /// <c>certified_by</c>; null without <c>adjusted</c> (the notice's keys without it are RMS0301, <see cref="JusteringValidator"/>).
    /// </summary>
    private MinutesJustering? ReadJustering(YamlNodeReader.Fields? item, SchemaNode schema)
    {
        var adjusted = _r.Date(item, "adjusted");
        var posted = _r.Date(item, "notice_posted");
        var keptAt = _r.Text(item, "kept_at");
        var certifier = _r.Mapping(item?.Get("certified_by"), schema.Child("certified_by")!, $"{item?.Path}.certified_by");
        var certifiedBy = certifier is null ? null : new Signatory(_r.Text(certifier, "name", required: true) ?? string.Empty, _r.Text(certifier, "role"));
        return adjusted is { } day ? new MinutesJustering(day, posted, keptAt, certifiedBy) : null;
    }

    private Memo ReadMemo(YamlNodeReader.Fields? f) => new(
        _r.Markdown(f, "background"),
        _r.Markdown(f, "assessment", required: !_r.Supplied.Contains("memo.assessment")));

    private Response ReadResponse(YamlNodeReader.Fields? f)
    {
        var schema = Root.Child("response")!;
        var comments = new List<ResponseComment>();
        var items = _r.Sequence(f, "comments");
        for (var i = 0; i < items.Count; i++)
        {
            var item = _r.Mapping(items[i], schema.Child("comments")!.Items!, $"response.comments[{i}]");
            if (item is null)
            {
                continue;
            }

            var position = RemissSchema.ParsePosition(_r.Choice(item, "position", RemissSchema.PositionValues)) ?? Position.Comments;
            comments.Add(new ResponseComment(_r.Text(item, "section"), _r.Text(item, "heading", required: true) ?? string.Empty, position, _r.Markdown(item, "text")));
        }

        var signatories = new List<Signatory>();
        var people = _r.Sequence(f, "signatories");
        for (var i = 0; i < people.Count; i++)
        {
            var item = _r.Mapping(people[i], schema.Child("signatories")!.Items!, $"response.signatories[{i}]");
            if (item is not null)
            {
                signatories.Add(new Signatory(_r.Text(item, "name", required: true) ?? string.Empty, _r.Text(item, "role")));
            }
        }

        var overall = RemissSchema.ParsePosition(_r.Choice(f, "position", RemissSchema.ResponsePositionValues));
        return new Response(_r.Markdown(f, "summary"), comments.ToEquatableArray(), signatories.ToEquatableArray(), overall) { Sent = _r.Date(f, "sent") };
    }
}
