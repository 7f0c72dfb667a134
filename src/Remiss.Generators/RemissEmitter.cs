using System.Text;
using Remiss.Core;

namespace Remiss.Generators;

/// <summary>
/// Writes a <see cref="RemissFile"/> as C# that builds the same value: public constructors and
/// factory methods of Remiss.Core only, so the consumer needs no YAML parsing at run time.
/// </summary>
internal sealed class RemissEmitter : ValueEmitter
{
    /// <summary>The per-file source: one property of the <c>Remisser</c> class and its lazily built value.</summary>
    public static string PropertySource(GeneratorOptions options, string name, string path, RemissFile file)
    {
        var emitter = new RemissEmitter();
        var fileName = CSharp.FileName(path);
        var title = file.Remiss.Number is { } number ? $"{number.Text} {file.Remiss.Title}" : file.Remiss.Title;
        var deadline = $"{file.Remiss.Department}, svarstid {SwedishText.LongDate(file.Remiss.EffectiveDeadline)}";
        emitter.Line(CSharp.Header(fileName).TrimEnd('\n'));
        emitter.Line(string.Empty);
        emitter.Line($"namespace {options.Namespace}");
        emitter.Open();
        emitter.Line($"partial class {options.RemisserClass}");
        emitter.Open();
        emitter.Line($"/// <summary>{CSharp.XmlText(title)} ({CSharp.XmlText(deadline)}).</summary>");
        emitter.Line($"/// <remarks>Compiled from <c>{CSharp.XmlText(fileName)}</c>.</remarks>");
        emitter.Line($"public static {CSharp.Core}RemissFile {name} => {name}_Value.Value;");
        emitter.Line(string.Empty);
        emitter.Line("// A nested class per file: the value is built on first use, thread-safely, and only for the files used.");
        emitter.Line($"private static class {name}_Value");
        emitter.Open();
        emitter.Write($"internal static readonly {CSharp.Core}RemissFile Value = ");
        emitter.File(file);
        emitter.Append(";\n");
        emitter.Close();
        emitter.Close();
        emitter.Close();
        return emitter.Text;
    }

    private void File(RemissFile file)
    {
        New("RemissFile",
            () => Named("Format", Str(file.Format)),
            () => { Named("Remiss", null); Referral(file.Remiss); },
            () => { Named("Case", null); Case(file.Case); },
            () => { Named("Decision", null); Decision(file.Decision); },
            () => { Named("Memo", null); New("Memo", () => Named("Background", Str(file.Memo.Background)), () => Named("Assessment", Str(file.Memo.Assessment))); },
            () => { Named("Response", null); Response(file.Response); });
    }

    // The reply addresses go through the constructor overload, and only when given, so a file without them generates what it always did.
    private void Referral(Referral r) => New("Referral", Optional(
        new Action[]
        {
            () => Named("Title", Str(r.Title)),
            () => Named("Kind", $"{CSharp.Core}ReferralKind.{r.Kind}"),
            () => Named("Number", r.Number is null ? "null" : $"{CSharp.Core}DocumentNumber.Parse({Str(r.Number.Text)})"),
            () => Named("Department", Str(r.Department)),
            () => Named("DepartmentDnr", r.DepartmentDnr is null ? "null" : $"{CSharp.Core}DepartmentDnr.Parse({Str(r.DepartmentDnr.Text)})"),
            () => Named("Received", Date(r.Received)),
            () => Named("Deadline", Date(r.Deadline)),
            () => { Named("Extensions", null); Array("DeadlineExtension", r.Extensions, e => $"new {CSharp.Core}DeadlineExtension(Until: {Date(e.Until)}, Granted: {Date(e.Granted)})"); },
            () => { Named("ConsultedBodies", null); Strings(r.ConsultedBodies); },
            () => { Named("PreparedWith", null); Strings(r.PreparedWith); },
        },
        r.ReplyTo.IsEmpty && r.ReplyCc.IsEmpty ? null : () => { Named("ReplyTo", null); Strings(r.ReplyTo); },
        r.ReplyTo.IsEmpty && r.ReplyCc.IsEmpty ? null : () => { Named("ReplyCc", null); Strings(r.ReplyCc); }));

    private void Case(CaseInfo c) => New("CaseInfo",
        () => Named("Organisation", Str(c.Organisation)),
        () => Named("Dnr", Str(c.Dnr)),
        () => Named("Responsible", Str(c.Responsible)),
        () => { Named("Officers", null); Strings(c.Officers); },
        () => Named("Date", Date(c.Date)));

    // Optional values go through the constructor overloads (an init accessor cannot be set from C# 7.3), and only
    // when set, so a file without them generates what it always did.
    private void Decision(Decision d) => New("Decision", Optional(
        new Action[]
        {
            () => { Named("Path", null); Strings(d.Path); },
            () => { Named("Clauses", null); Array("ClauseReference", d.Clauses, Clause); },
            () => { Named("Notify", null); Strings(d.Notify); },
            () => { Named("Documents", null); Strings(d.Documents); },
        },
        d.Style == HouseStyle.Att ? null : () => Named("Style", $"{CSharp.Core}HouseStyle.{d.Style}"),
        d.Meetings.IsEmpty ? null : () =>
        {
            // What each body decided: with the deadline and the path, what the plan and the documents are made from.
            Named("Meetings", null);
            Array("RecordedMeeting", d.Meetings, m => m.Justering is { } j
                ? $"new {CSharp.Core}RecordedMeeting(Body: {Str(m.Body)}, Date: {Date(m.Date)}, Paragraph: {m.Paragraph}, Note: {Str(m.Note)}, Proceedings: {Proceedings(m.Proceedings)}, Justering: {Justering(j)})"
                : m.Proceedings.Equals(MeetingProceedings.None)
                ? $"new {CSharp.Core}RecordedMeeting(Body: {Str(m.Body)}, Date: {Date(m.Date)}, Paragraph: {m.Paragraph}, Note: {Str(m.Note)})"
                : $"new {CSharp.Core}RecordedMeeting(Body: {Str(m.Body)}, Date: {Date(m.Date)}, Paragraph: {m.Paragraph}, Note: {Str(m.Note)}, Proceedings: {Proceedings(m.Proceedings)})");
        }));

    // The justering of the minutes and the notice's values (ORGANISATION.md §8), the organisation's filled in by the loader.
    private static string Justering(MinutesJustering j) => Call("MinutesJustering",
        ("Adjusted", Date(j.Adjusted)),
        ("NoticePosted", j.NoticePosted is null ? null : Date(j.NoticePosted)),
        ("KeptAt", j.KeptAt is null ? null : Str(j.KeptAt)),
        ("CertifiedBy", j.CertifiedBy is null ? null : Signatory(j.CertifiedBy)));

    // What happened at the meeting (ORGANISATION.md §7) as one expression; only the arguments that are set, the rest take their defaults.
    private static string Proceedings(MeetingProceedings p) => Call("MeetingProceedings",
        ("Proposals", p.Proposals.IsEmpty ? null : Items("Proposal", p.Proposals.Select(Proposal))),
        ("Vote", p.Vote is { } v ? Call("Vote", ("Yes", Int(v.Yes)), ("No", Int(v.No)), ("Result", Tally(v.Result)), ("CastingVote", v.CastingVote ? "true" : null)) : null),
        ("Outcome", p.Outcome.IsEmpty ? null : $"{CSharp.Core}EquatableArray.Create<int>({string.Join(", ", p.Outcome.Select(Int))})"),
        ("Reservations", p.Reservations.IsEmpty ? null : Items("Reservation", p.Reservations.Select(r => Call("Reservation", ("By", Names(r.By)), ("Written", r.Written ? "true" : null))))),
        ("Entries", p.Entries.IsEmpty ? null : Items("MinutesEntry", p.Entries.Select(e => Call("MinutesEntry", ("By", Names(e.By)), ("Text", Str(e.Text)))))),
        ("Disqualified", p.Disqualified.IsEmpty ? null : Names(p.Disqualified)),
        ("NotTakingPart", p.NotTakingPart.IsEmpty ? null : Names(p.NotTakingPart)),
        ("RouteHeading", p.RouteHeading is null ? null : Str(p.RouteHeading)));

    private static string Proposal(Proposal p) => Call("Proposal",
        ("By", Names(p.By)),
        ("Motion", $"{CSharp.Core}Motion.{p.Motion}"),
        ("Clauses", p.Clauses.IsEmpty ? null : Items("ClauseReference", p.Clauses.Select(Clause))),
        ("To", p.To is null ? null : Str(p.To)),
        ("Reason", p.Reason is null ? null : Str(p.Reason)),
        ("Date", p.Date is null ? null : Date(p.Date)));

    private static string Tally(VoteTally t) => Call("VoteTally",
        ("Yes", Int(t.Yes)),
        ("No", Int(t.No)),
        ("Abstain", t.Abstain == 0 ? null : Int(t.Abstain)),
        ("YesNames", t.YesNames.IsEmpty ? null : Names(t.YesNames)),
        ("NoNames", t.NoNames.IsEmpty ? null : Names(t.NoNames)),
        ("AbstainNames", t.AbstainNames.IsEmpty ? null : Names(t.AbstainNames)));

    private static string Call(string type, params (string Name, string? Value)[] arguments) =>
        $"new {CSharp.Core}{type}({string.Join(", ", arguments.Where(a => a.Value is not null).Select(a => $"{a.Name}: {a.Value}"))})";

    private static string Items(string type, IEnumerable<string> items) => $"{CSharp.Core}EquatableArray.Create<{CSharp.Core}{type}>({string.Join(", ", items)})";

    private static string Names(EquatableArray<string> names) => $"{CSharp.Core}EquatableArray.Create<string>({string.Join(", ", names.Select(Str))})";

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Response(Response r) => New("Response", Optional(
        new Action[]
        {
            () => Named("Summary", Str(r.Summary)),
            () =>
            {
                Named("Comments", null);
                Array("ResponseComment", r.Comments, c =>
                    $"new {CSharp.Core}ResponseComment(Section: {Str(c.Section)}, Heading: {Str(c.Heading)}, Position: {CSharp.Core}Position.{c.Position}, Text: {Str(c.Text)})");
            },
            () => { Named("Signatories", null); Array("Signatory", r.Signatories, s => $"new {CSharp.Core}Signatory(Name: {Str(s.Name)}, Role: {Str(s.Role)})"); },
        },
        r.Position is null && r.Sent is null ? null : () => Named("Position", r.Position is { } position ? $"{CSharp.Core}Position.{position}" : "null"),
        r.Sent is null ? null : () => Named("Sent", Date(r.Sent))));

    private static Action[] Optional(Action[] arguments, params Action?[] extras) => arguments.Concat(extras.OfType<Action>()).ToArray();

    private static string Clause(ClauseReference clause)
    {
        if (clause.Id is null)
        {
            return clause.Text is null ? $"{CSharp.Core}ClauseReference.ForStatement({Str(clause.Statement)})"
                : clause.Statement is null ? $"{CSharp.Core}ClauseReference.ForText({Str(clause.Text)})"
                : $"{CSharp.Core}ClauseReference.ForText({Str(clause.Text)}, {Str(clause.Statement)})";
        }

        var id = Str(clause.Id);
        if (clause.Arguments.IsEmpty)
        {
            return $"{CSharp.Core}ClauseReference.ForId({id})";
        }

        if (clause.Arguments.Count == 1 && clause.Arguments[0].Key.Length == 0)
        {
            return $"{CSharp.Core}ClauseReference.ForId({id}, {Str(clause.Arguments[0].Value)})";
        }

        var pairs = string.Join(", ", clause.Arguments.Select(a =>
            $"new global::System.Collections.Generic.KeyValuePair<string, string>({Str(a.Key)}, {Str(a.Value)})"));
        return $"{CSharp.Core}ClauseReference.ForId({id}, new global::System.Collections.Generic.KeyValuePair<string, string>[] {{ {pairs} }})";
    }
}
