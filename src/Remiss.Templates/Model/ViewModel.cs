using Remiss.Core;
using Scriban.Runtime;

namespace Remiss.Templates.Model;

/// <summary>
/// Builds the data a template sees. Every sentence comes from Core's wording (templates never compose
/// wording), every plain value is Markdown-escaped, and only <see cref="ScriptObject"/> and
/// <see cref="ScriptArray"/> of strings and booleans reach Scriban, so a template cannot reflect into .NET objects.
/// </summary>
internal static class ViewModel
{
    /// <summary>The document's header and properties; <paramref name="meeting"/> is the recorded meeting of a protocol extract.</summary>
    public static DocumentInfo Info(RemissFile file, DocumentKind kind, RecordedMeeting? meeting = null)
    {
        switch (kind)
        {
            case DocumentKind.Protokollsutdrag:
                ArgumentNullException.ThrowIfNull(meeting);
                return new DocumentInfo(ProtocolExtract.FileNameOf(meeting), file.Case.Organisation, meeting.Date.ToString(), file.Case.Dnr)
                {
                    HeaderRows = [[file.Case.Organisation, ProtocolExtract.DocumentTitle], [meeting.Body, ProtocolExtract.MeetingDateLineOf(meeting)]],
                    Footer = ProtocolExtract.AttestationLine,
                };
            case DocumentKind.Yttrande:
                // A decided yttrande is dated the deciding meeting (ORGANISATION.md §4).
                var date = ResponseWording.DecidingMeeting(file)?.Date ?? file.Case.Date;
                return new DocumentInfo(StandardWording.ResponseTitle(file.Remiss), file.Case.Organisation, date?.ToString(), file.Case.Dnr);
            default:
                return new DocumentInfo(StandardWording.MemoHeading(file.Remiss), file.Case.Organisation, file.Case.Date?.ToString(), file.Case.Dnr); // CalendarDate prints ISO
        }
    }

    /// <summary>The template globals for <paramref name="kind"/>.</summary>
    public static ScriptObject Build(RemissFile file, DocumentKind kind, ClauseRegistry? registry = null, RecordedMeeting? meeting = null)
    {
        var info = Info(file, kind, meeting);
        var remiss = file.Remiss;
        var root = new ScriptObject
        {
            ["document"] = Obj(
                ("kind", DocumentKinds.Name(kind)),
                ("title", Md(info.Title)),
                ("organisation", Md(info.Organisation)),
                ("date", Md(info.Date)),
                ("dnr", Md(info.Dnr)),
                ("language", DocumentInfo.Language),
                ("front_matter", FrontMatter(info))),
            ["remiss"] = Obj(
                ("title", Md(remiss.Title)),
                ("kind_phrase", Md(StandardWording.KindPhrase(remiss.Kind))),
                ("number", Md(remiss.Number?.Text)),
                ("department", Md(remiss.Department)),
                ("department_dnr", Md(remiss.DepartmentDnr?.Text)),
                ("received", remiss.Received is { } received ? SwedishText.LongDate(received) : string.Empty),
                ("deadline", SwedishText.LongDate(remiss.Deadline)),
                ("effective_deadline", SwedishText.LongDate(remiss.EffectiveDeadline)),
                ("is_extended", remiss.IsExtended),
                ("document_name", Md(StandardWording.DocumentName(remiss))),
                ("response_title", Md(StandardWording.ResponseTitle(remiss))),
                ("memo_heading", Md(StandardWording.MemoHeading(remiss))),
                ("consulted_bodies", Array(remiss.ConsultedBodies.Select(Md)))),
            ["case_info"] = Obj(
                ("organisation", Md(file.Case.Organisation)),
                ("dnr", Md(file.Case.Dnr)),
                ("responsible", Md(file.Case.Responsible)),
                ("officers", Array(file.Case.Officers.Select(Md))),
                ("officers_joined", Md(string.Join(", ", file.Case.Officers))),
                ("date", Md(info.Date)),
                ("long_date", file.Case.Date is { } d ? SwedishText.LongDate(d) : string.Empty)),
            ["memo"] = Memo(file),
            ["response"] = Response(file),
        };
        if (kind == DocumentKind.Protokollsutdrag)
        {
            // In a protocol extract the decision is this body's: "Beslut:", the intro from this body on, and what the outcome decided.
            var extract = Worded(() => ProtocolExtract.For(file, meeting!, registry));
            root["decision"] = Decision(file, extract.Decision);
            root["meeting"] = Meeting(file, extract);
        }
        else
        {
            root["decision"] = Decision(file, Worded(() => DecisionText.For(file, registry)));
        }

        return root;
    }

    /// <summary>The recorded meeting a protocol extract is of (ORGANISATION.md §4), with what happened at it (§7).</summary>
    private static ScriptObject Meeting(RemissFile file, ProtocolExtract extract)
    {
        var meeting = extract.Meeting;
        var sections = new ScriptArray();
        foreach (var section in extract.Sections)
        {
            var paragraphs = new ScriptArray();
            foreach (var paragraph in section.Paragraphs)
            {
                paragraphs.Add(Obj(
                    ("text", paragraph.IsMarkdown ? MarkdownText.Block(paragraph.Text) : Md(paragraph.Text)),
                    ("clauses", Array(paragraph.Clauses.Select(Md)))));
            }

            sections.Add(Obj(("heading", Md(section.Heading)), ("paragraphs", paragraphs)));
        }

        return Obj(
            ("sections", sections),
            ("body", Md(meeting.Body)),
            ("date", meeting.Date.ToString()),
            ("long_date", SwedishText.LongDate(meeting.Date)),
            ("paragraph", meeting.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("heading", Md(ProtocolExtract.HeadingOf(file, meeting))),
            ("title", Md(ProtocolExtract.DocumentTitle)),
            ("date_line", Md(ProtocolExtract.MeetingDateLineOf(meeting))),
            ("decision_label", Md(ProtocolExtract.DecisionLabel)),
            ("note_label", Md(ProtocolExtract.NoteLabel)),
            ("note", MarkdownText.Block(meeting.Note ?? string.Empty)),
            ("attestation", Md(ProtocolExtract.AttestationLine)));
    }

    /// <summary>Core's wording of the decision; an id the registry does not know is the caller's mistake (the loader checked the file's ids against its registry).</summary>
    private static T Worded<T>(Func<T> word)
    {
        try
        {
            return word();
        }
        catch (KeyNotFoundException ex)
        {
            throw new RenderException(
                $"The decision cannot be worded: {ex.Message} Render with the clause registry the file was loaded with (RenderOptions.Registry; remiss render --registry).",
                ex);
        }
    }

    private static ScriptObject Decision(RemissFile file, DecisionText text)
    {
        return Obj(
            ("heading", Md(text.Heading)),
            ("intro", Md(text.Intro)),
            ("clauses", Array(text.Clauses.Select(Md))),
            ("notify", Array(file.Decision.Notify.Select(Md))),
            ("documents", Array(StandardWording.DecisionDocuments(file.Remiss, file.Decision.Documents).Select(Md))));
    }

    private static ScriptObject Memo(RemissFile file)
    {
        var remiss = file.Remiss;
        return Obj(
            ("heading", Md(StandardWording.MemoHeading(remiss))),
            ("case_description", Md(StandardWording.CaseDescription(file.Case.Organisation, remiss))),
            ("extension_granted", remiss.IsExtended ? Md(StandardWording.ExtensionGranted(remiss.EffectiveDeadline)) : string.Empty),
            ("prepared_with", remiss.PreparedWith.IsEmpty ? string.Empty : Md(StandardWording.PreparedWith(file.Case.Organisation, remiss.PreparedWith))),
            ("background", MarkdownText.Block(file.Memo.Background)),
            ("assessment", Assessment(file)));
    }

    /// <summary>The memo's assessment; for a no-comment answer without one, the standard sentence (ORGANISATION.md §6).</summary>
    private static string Assessment(RemissFile file)
    {
        var written = MarkdownText.Block(file.Memo.Assessment);
        return written.Length == 0 && file.Response.IsNoComment
            ? Md(StandardWording.NoCommentAssessment(file.Case.Organisation, file.Remiss))
            : written;
    }

    private static ScriptObject Response(RemissFile file)
    {
        var comments = new ScriptArray();
        foreach (var comment in CommentOrder.InSectionOrder(file.Response.Comments))
        {
            comments.Add(Obj(
                ("section", Md(comment.Section)),
                ("heading", Md(ResponseWording.CommentHeading(comment))),
                ("position", RemissSchema.PositionName(comment.Position)),
                ("position_phrase", StandardWording.PositionPhrase(comment.Position)),
                ("position_sentence", Md(StandardWording.PositionSentence(file.Case.Organisation, comment.Position))),
                ("text", MarkdownText.Block(comment.Text))));
        }

        var signatories = new ScriptArray();
        foreach (var signatory in file.Response.Signatories)
        {
            signatories.Add(Obj(("name", Md(signatory.Name)), ("role", Md(signatory.Role))));
        }

        var deciding = ResponseWording.DecidingMeeting(file);
        return Obj(
            ("title", Md(StandardWording.ResponseTitle(file.Remiss))),
            ("decided_by", deciding is null ? string.Empty : Md(ResponseWording.DecidedBy(deciding))),
            ("addressee", Md(file.Remiss.Department)),
            ("department_dnr", Md(file.Remiss.DepartmentDnr?.Text)),
            ("our_dnr", Md(file.Case.Dnr)),
            ("no_comment", file.Response.IsNoComment ? Md(StandardWording.NoCommentSentence(file.Case.Organisation, file.Remiss)) : string.Empty),
            ("summary", MarkdownText.Block(file.Response.Summary)),
            ("comments", comments),
            ("signatories", signatories));
    }

    /// <summary>A YAML front matter block (pandoc's title, author, date, lang) for the Markdown file; JSON strings are valid YAML scalars.</summary>
    private static string FrontMatter(DocumentInfo info)
    {
        var lines = new List<string>
        {
            "---",
            "title: " + Quote(info.Title),
            "author: " + Quote(info.Organisation),
        };
        if (info.Date is not null)
        {
            lines.Add("date: " + Quote(info.Date));
        }

        lines.Add("dnr: " + Quote(info.Dnr));
        lines.Add("lang: " + DocumentInfo.Language);
        lines.Add("---");
        return string.Join("\n", lines);
    }

    /// <summary>A JSON string, which YAML reads as a double-quoted scalar.</summary>
    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(MarkdownText.Clean(value), FrontMatterJson.Relaxed.String);

    private static string Md(string? value) => MarkdownText.Escape(value);

    private static ScriptObject Obj(params (string Name, object Value)[] members)
    {
        var obj = new ScriptObject();
        foreach (var (name, value) in members)
        {
            obj[name] = value;
        }

        return obj;
    }

    private static ScriptArray Array(IEnumerable<string> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
