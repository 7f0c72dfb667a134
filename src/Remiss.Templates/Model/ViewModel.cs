using Remiss.Core;
using Remiss.Templates.Marks;
using Scriban.Runtime;

namespace Remiss.Templates.Model;

/// <summary>
/// Builds the data a template sees. Every sentence comes from Core's wording (templates never compose
/// wording), every plain value is Markdown-escaped, and only <see cref="ScriptObject"/> and
/// <see cref="ScriptArray"/> of strings and booleans reach Scriban, so a template cannot reflect into .NET objects.
/// The editable fields and the standard wording are registered in a <see cref="MarkRegistry"/>, so the Word output can
/// mark them where the template prints them (ROUNDTRIP.md §1).
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
            case DocumentKind.Anslag:
                // A notice is dated the day it goes up; its header names the organisation and the document, like an extract's.
                ArgumentNullException.ThrowIfNull(meeting);
                return new DocumentInfo(JusteringNotice.FileNameOf(meeting), file.Case.Organisation, meeting.Justering?.Dates.Posted.ToString(), file.Case.Dnr)
                {
                    HeaderRows = [[file.Case.Organisation, JusteringNotice.DocumentTitle]],
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
    public static ScriptObject Build(RemissFile file, DocumentKind kind, ClauseRegistry? registry = null, RecordedMeeting? meeting = null, MarkRegistry? marks = null)
    {
        var m = marks ?? new MarkRegistry();
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
                ("organisation", m.Fixed(Md(file.Case.Organisation), "case.organisation", "case.organisation")),
                ("dnr", m.Fixed(Md(file.Case.Dnr), "case.dnr", "case.dnr")),
                ("responsible", m.Fixed(Md(file.Case.Responsible), "case.responsible", "case.responsible")),
                ("officers", Array(file.Case.Officers.Select(Md))),
                ("officers_joined", m.Fixed(Md(string.Join(", ", file.Case.Officers)), "case.officers", "case.officers")),
                ("date", Md(info.Date)),
                ("long_date", file.Case.Date is { } d ? SwedishText.LongDate(d) : string.Empty)),
            ["memo"] = Memo(file, m),
            ["response"] = Response(file, m),
        };
        if (kind == DocumentKind.Anslag)
        {
            root["notice"] = Notice(file, meeting!);
        }

        if (kind == DocumentKind.Protokollsutdrag)
        {
            // In a protocol extract the decision is this body's: "Beslut:", the intro from this body on, and what the outcome decided.
            var extract = Worded(() => ProtocolExtract.For(file, meeting!, registry));
            root["decision"] = Decision(file, extract.Decision, m);
            root["meeting"] = Meeting(file, extract, m);
        }
        else
        {
            root["decision"] = Decision(file, Worded(() => DecisionText.For(file, registry)), m);
        }

        return root;
    }

    /// <summary>The recorded meeting a protocol extract is of (ORGANISATION.md §4), with what happened at it (§7).</summary>
    private static ScriptObject Meeting(RemissFile file, ProtocolExtract extract, MarkRegistry m)
    {
        var meeting = extract.Meeting;
        var path = $"decision.meetings[{MeetingIndex(file, meeting)}]";
        // What happened at the meeting is worded by Core from the record: standard wording, changed in the record, not in Word.
        var sections = new ScriptArray();
        for (var s = 0; s < extract.Sections.Count; s++)
        {
            var section = extract.Sections[s];
            var key = $"meeting.sections[{s}]";
            var paragraphs = new ScriptArray();
            for (var p = 0; p < section.Paragraphs.Count; p++)
            {
                var paragraph = section.Paragraphs[p];
                paragraphs.Add(Obj(
                    ("text", m.Fixed(paragraph.IsMarkdown ? MarkdownText.Block(paragraph.Text) : Md(paragraph.Text), $"{key}.paragraphs[{p}]", path)),
                    ("clauses", Array(paragraph.Clauses.Select((clause, c) => m.Fixed(Md(clause), $"{key}.paragraphs[{p}].clauses[{c}]", path))))));
            }

            sections.Add(Obj(("heading", m.Fixed(Md(section.Heading), key + ".heading", path)), ("paragraphs", paragraphs)));
        }

        return Obj(
            ("sections", sections),
            ("body", Md(meeting.Body)),
            ("date", meeting.Date.ToString()),
            ("long_date", SwedishText.LongDate(meeting.Date)),
            ("paragraph", meeting.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("heading", m.Fixed(Md(ProtocolExtract.HeadingOf(file, meeting)), "meeting.heading", path)),
            ("title", Md(ProtocolExtract.DocumentTitle)),
            ("date_line", Md(ProtocolExtract.MeetingDateLineOf(meeting))),
            ("decision_label", m.Fixed(Md(ProtocolExtract.DecisionLabel), "meeting.decision_label", null)),
            ("note_label", m.Fixed(Md(ProtocolExtract.NoteLabel), "meeting.note_label", null)),
            ("note", m.Markdown(MarkdownText.Block(meeting.Note ?? string.Empty), path + ".note")),
            ("attestation", Md(ProtocolExtract.AttestationLine)));
    }

    /// <summary>The justering notice of a recorded meeting (ORGANISATION.md §8): Core's labels and the law's dates, standard wording throughout.</summary>
    private static ScriptObject Notice(RemissFile file, RecordedMeeting meeting)
    {
        var notice = JusteringNotice.For(file, meeting)
            ?? throw new RenderException($"Protokollet från {meeting.Body}s sammanträde den {meeting.Date} är inte justerat, så det finns inget anslag. Skriv dagen då protokollet justerades under 'adjusted' i posten i decision.meetings.");
        var rows = new ScriptArray();
        foreach (var (label, value) in new[]
        {
            (JusteringNotice.BodyLabel, meeting.Body),
            (JusteringNotice.MeetingDateLabel, meeting.Date.ToString()),
            (JusteringNotice.ParagraphsLabel, notice.Paragraphs),
            (JusteringNotice.PostedLabel, notice.Dates.Posted.ToString()),
            (JusteringNotice.TakenDownLabel, notice.Dates.TakenDown.ToString()),
            (JusteringNotice.KeptAtLabel, notice.KeptAt ?? string.Empty),
        })
        {
            rows.Add(Obj(("label", Md(label)), ("value", Md(value))));
        }

        var certifier = notice.CertifiedBy is { } person ? string.Join(", ", new[] { person.Name, person.Role }.Where(s => !string.IsNullOrWhiteSpace(s))) : string.Empty;
        return Obj(
            ("title", Md(JusteringNotice.DocumentTitle)),
            ("statement", Md(JusteringNotice.Statement)),
            ("rows", rows),
            ("signature_label", Md(JusteringNotice.SignatureLabel)),
            ("certifier", Md(certifier)),
            ("adjusted", notice.Dates.Adjusted.ToString()),
            ("posted", notice.Dates.Posted.ToString()),
            ("last_day_to_appeal", notice.Dates.LastDayToAppeal.ToString()),
            ("taken_down", notice.Dates.TakenDown.ToString()));
    }

    /// <summary>The zero-based index of <paramref name="meeting"/> in <c>decision.meetings</c>: the same instance, else an equal record.</summary>
    internal static int MeetingIndex(RemissFile file, RecordedMeeting meeting)
    {
        var meetings = file.Decision.Meetings;
        for (var i = 0; i < meetings.Count; i++)
        {
            if (ReferenceEquals(meetings[i], meeting))
            {
                return i;
            }
        }

        for (var i = 0; i < meetings.Count; i++)
        {
            if (meetings[i] == meeting)
            {
                return i;
            }
        }

        throw new ArgumentException("The meeting is not one of file.Decision.Meetings.", nameof(meeting));
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
                $"The decision cannot be worded: {ex.Message} Render with the clause registry the file was loaded with (RenderOptions.Registry).",
                ex);
        }
    }

    private static ScriptObject Decision(RemissFile file, DecisionText text, MarkRegistry m)
    {
        var documents = StandardWording.DecisionDocuments(file.Remiss, file.Decision.Documents);
        var standardDocuments = documents.Count - file.Decision.Documents.Count; // the remiss and the response title come first
        return Obj(
            ("heading", m.Fixed(Md(text.Heading), "decision.heading", "decision.path")),
            ("intro", m.Fixed(Md(text.Intro), "decision.intro", "decision.path")),
            ("clauses", Array(text.Clauses.Select((clause, i) => m.Fixed(Md(clause), $"decision.clauses[{i}]", "decision.clauses")))),
            ("notify", Array(file.Decision.Notify.Select((body, i) => m.Fixed(Md(body), $"decision.notify[{i}]", "decision.notify")))),
            ("documents", Array(documents.Select((line, i) => i < standardDocuments
                ? m.Fixed(Md(line), $"decision.documents.standard[{i}]", "remiss")
                : m.Fixed(Md(line), $"decision.documents[{i - standardDocuments}]", "decision.documents")))));
    }

    private static ScriptObject Memo(RemissFile file, MarkRegistry m)
    {
        var remiss = file.Remiss;
        return Obj(
            ("heading", m.Fixed(Md(StandardWording.MemoHeading(remiss)), "memo.heading", "remiss.title")),
            ("case_description", m.Fixed(Md(StandardWording.CaseDescription(file.Case.Organisation, remiss)), "memo.case_description", "remiss")),
            ("extension_granted", remiss.IsExtended ? m.Fixed(Md(StandardWording.ExtensionGranted(remiss.EffectiveDeadline)), "memo.extension_granted", "remiss.extensions") : string.Empty),
            ("prepared_with", remiss.PreparedWith.IsEmpty ? string.Empty : m.Fixed(Md(StandardWording.PreparedWith(file.Case.Organisation, remiss.PreparedWith)), "memo.prepared_with", "remiss.prepared_with")),
            ("background", m.Markdown(MarkdownText.Block(file.Memo.Background), "memo.background")),
            ("assessment", Assessment(file, m)));
    }

    /// <summary>The memo's assessment; for a no-comment answer without one, the standard sentence (ORGANISATION.md §6).</summary>
    private static string Assessment(RemissFile file, MarkRegistry m)
    {
        var written = MarkdownText.Block(file.Memo.Assessment);
        return written.Length == 0 && file.Response.IsNoComment
            ? m.Fixed(Md(StandardWording.NoCommentAssessment(file.Case.Organisation, file.Remiss)), "memo.no_comment_assessment", "response.position")
            : m.Markdown(written, "memo.assessment");
    }

    private static ScriptObject Response(RemissFile file, MarkRegistry m)
    {
        var comments = new ScriptArray();
        foreach (var index in CommentOrder.IndexesInSectionOrder(file.Response.Comments))
        {
            var comment = file.Response.Comments[index];
            var path = $"response.comments[{index}]";
            var section = string.IsNullOrWhiteSpace(comment.Section) ? null : comment.Section!.Trim();
            comments.Add(Obj(
                ("section", Md(comment.Section)),
                ("heading", m.Text(Md(ResponseWording.CommentHeading(comment)), path + ".heading", section)),
                ("position", RemissSchema.PositionName(comment.Position)),
                ("position_phrase", StandardWording.PositionPhrase(comment.Position)),
                ("position_sentence", m.Fixed(Md(StandardWording.PositionSentence(file.Case.Organisation, comment.Position)), path + ".position", path + ".position")),
                ("text", m.Markdown(MarkdownText.Block(comment.Text), path + ".text"))));
        }

        var signatories = new ScriptArray();
        for (var i = 0; i < file.Response.Signatories.Count; i++)
        {
            var signatory = file.Response.Signatories[i];
            var path = $"response.signatories[{i}]";
            signatories.Add(Obj(("name", m.Fixed(Md(signatory.Name), path + ".name", path)), ("role", m.Fixed(Md(signatory.Role), path + ".role", path))));
        }

        var deciding = ResponseWording.DecidingMeeting(file);
        return Obj(
            ("title", m.Fixed(Md(StandardWording.ResponseTitle(file.Remiss)), "response.title", "remiss.title")),
            ("decided_by", deciding is null ? string.Empty : m.Fixed(Md(ResponseWording.DecidedBy(deciding)), "response.decided_by", $"decision.meetings[{MeetingIndex(file, deciding)}]")),
            ("addressee", m.Fixed(Md(file.Remiss.Department), "response.addressee", "remiss.department")),
            ("department_dnr", m.Fixed(Md(file.Remiss.DepartmentDnr?.Text), "response.department_dnr", "remiss.department_dnr")),
            ("our_dnr", m.Fixed(Md(file.Case.Dnr), "response.our_dnr", "case.dnr")),
            ("no_comment", file.Response.IsNoComment ? m.Fixed(Md(StandardWording.NoCommentSentence(file.Case.Organisation, file.Remiss)), "response.no_comment", "response.position") : string.Empty),
            ("summary", m.Markdown(MarkdownText.Block(file.Response.Summary), "response.summary")),
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
