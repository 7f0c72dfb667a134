using Remiss.Core;
using static Remiss.Core.Tests.Editing.EditAssert;

namespace Remiss.Core.Tests.Editing;

/// <summary>
/// What the desk's forms need of the in-place editor (issue 25): typed values, keys removed with their comments kept,
/// new items of any shape (a recorded meeting with its §7 record), text items, lists in brackets. Exact texts:
/// only what changed is rewritten.
/// </summary>
public sealed class DeskEditTests
{
    private static readonly string Remiss = Lines(
        "format: remiss/1",
        "",
        "remiss:",
        "  title: Stärkt medicinsk kompetens",
        "  deadline: 2025-03-10            # illustrative",
        "  extensions:",
        "    - until: 2025-03-21",
        "",
        "case:",
        "  dnr: 24HSN5898",
        "  officers: [Sara Hjalmarsson]",
        "",
        "decision:",
        "  path:",
        "    # beredning först",
        "    - Hälso- och sjukvårdsutskottet",
        "    - Hälso- och sjukvårdsnämnden",
        "  clauses:",
        "    - submit-response",
        "  meetings:",
        "    - body: hsu",
        "      date: 2025-03-13",
        "      paragraph: 25",
        "",
        "response:",
        "  summary: |",
        "    Kort.",
        "  sent: 2025-03-20   # skickat av Sara",
        "  position: no-comment");

    private static EditValue T(string value, bool typed = false) => new EditValue.Text(value, typed);

    private static EditValue M(params (string Key, EditValue Value)[] entries) => new EditValue.Map(entries.Select(e => new KeyValuePair<string, EditValue>(e.Key, e.Value)).ToList());

    private static EditValue L(params EditValue[] items) => new EditValue.List(items);

    [Fact]
    public void A_typed_value_for_a_new_key_is_written_unquoted_and_a_text_that_looks_typed_is_quoted()
    {
        var edited = Edited(Remiss, new ScalarEdit("case.date", "2025-03-13") { Typed = true }, new ScalarEdit("case.responsible", "2025-03-13"));

        Assert.Equal(Remiss.Replace("  officers: [Sara Hjalmarsson]\n", "  officers: [Sara Hjalmarsson]\n  date: 2025-03-13\n  responsible: \"2025-03-13\"\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void A_key_the_file_lacks_is_added_with_the_mappings_above_it()
    {
        var edited = Edited(Remiss, new ScalarEdit("decision.meetings[0].vote.result.yes", "7") { Typed = true }, new ScalarEdit("decision.meetings[0].vote.yes", "1") { Typed = true });

        Assert.Equal(Remiss.Replace("      paragraph: 25\n", "      paragraph: 25\n      vote:\n        result:\n          yes: 7\n        yes: 1\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Removing_a_key_keeps_its_comment_where_it_stood()
    {
        var edited = Edited(Remiss, new RemoveEdit("response.sent"));

        Assert.Equal(Remiss.Replace("  sent: 2025-03-20   # skickat av Sara\n", "  # skickat av Sara\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Removing_a_list_key_removes_its_lines_and_a_missing_key_is_already_removed()
    {
        var edited = Edited(Remiss, new RemoveEdit("remiss.extensions"), new RemoveEdit("remiss.number"));

        Assert.Equal(Remiss.Replace("  extensions:\n    - until: 2025-03-21\n", string.Empty, StringComparison.Ordinal), edited);
    }

    [Fact]
    public void Removing_every_key_of_a_section_leaves_it_empty_and_the_first_key_of_an_item_is_refused()
    {
        var edited = Edited(Remiss, new RemoveEdit("case.dnr"), new RemoveEdit("case.officers"));

        Assert.Equal(Remiss.Replace("case:\n  dnr: 24HSN5898\n  officers: [Sara Hjalmarsson]\n", "case: {}\n", StringComparison.Ordinal), edited);
        Refused(Remiss, "RMS0239", new RemoveEdit("decision.meetings[0].body"));
    }

    [Fact]
    public void A_meeting_is_recorded_with_its_proposals_vote_and_reservations_written_like_its_sibling()
    {
        var approve = M(("by", T("Viktoria Jansson (M)")), ("motion", T("approve")));
        var names = L(T("Erica Stenberg (SD)"), T("Lars Ek (SD)"));
        var addition = M(("by", names), ("motion", T("add")), ("clauses", L(M(("text", T("uppdra åt förvaltningen att följa upp frågan"))))));
        var vote = M(("yes", T("1", true)), ("no", T("2", true)), ("result", M(("yes", T("7", true)), ("no", T("4", true)), ("abstain", T("2", true)))));
        var meeting = M(
            ("body", T("hsn")),
            ("date", T("2025-03-19", typed: true)),
            ("paragraph", T("41", typed: true)),
            ("proposals", L(approve, addition)),
            ("vote", vote),
            ("outcome", L(T("1", true))),
            ("reservations", L(M(("by", names), ("written", T("true", true))))),
            ("disqualified", L(T("Pia Lundin (SJVP)"))));

        var edited = Edited(Remiss, List("decision.meetings", Keep(0), ListItemEdit.New(meeting)));

        Assert.Equal(Remiss.Replace("      paragraph: 25\n", string.Join("\n",
            "      paragraph: 25",
            "    - body: hsn",
            "      date: 2025-03-19",
            "      paragraph: 41",
            "      proposals:",
            "        - by: Viktoria Jansson (M)",
            "          motion: approve",
            "        - by:",
            "            - Erica Stenberg (SD)",
            "            - Lars Ek (SD)",
            "          motion: add",
            "          clauses:",
            "            - text: uppdra åt förvaltningen att följa upp frågan",
            "      vote:",
            "        yes: 1",
            "        no: 2",
            "        result:",
            "          yes: 7",
            "          no: 4",
            "          abstain: 2",
            "      outcome:",
            "        - 1",
            "      reservations:",
            "        - by:",
            "            - Erica Stenberg (SD)",
            "            - Lars Ek (SD)",
            "          written: true",
            "      disqualified:",
            "        - Pia Lundin (SJVP)",
            ""), StringComparison.Ordinal), edited);
        var values = RemissFileValues.Scalars(RemissFileValues.Read(edited, "x", out _)!);
        Assert.Equal("Lars Ek (SD)", values["decision.meetings[1].reservations[0].by[1]"]);
    }

    [Fact]
    public void Text_items_are_added_moved_and_rewritten_with_their_comment_lines()
    {
        var edited = Edited(Remiss, List("decision.path", ListItemEdit.Keep(1), new ListItemEdit(0, []) { Value = T("hsu") }, ListItemEdit.New(T("regionstyrelsen"))));

        Assert.Equal(Remiss.Replace("    # beredning först\n    - Hälso- och sjukvårdsutskottet\n    - Hälso- och sjukvårdsnämnden\n",
            "    - Hälso- och sjukvårdsnämnden\n    # beredning först\n    - hsu\n    - regionstyrelsen\n", StringComparison.Ordinal), edited);
    }

    [Fact]
    public void A_list_in_brackets_is_written_anew_on_its_line()
    {
        var edited = Edited(Remiss, List("case.officers", ListItemEdit.Keep(0), ListItemEdit.New(T("Anna, Berg")), ListItemEdit.New(T("Per Ek"))));

        Assert.Equal(Remiss.Replace("[Sara Hjalmarsson]", "[Sara Hjalmarsson, \"Anna, Berg\", Per Ek]", StringComparison.Ordinal), edited);
        Assert.Equal(Remiss.Replace("[Sara Hjalmarsson]", "[]", StringComparison.Ordinal), Edited(Remiss, List("case.officers")));
    }

    [Fact]
    public void A_new_list_of_meetings_goes_under_a_decision_that_has_none()
    {
        var yaml = Remiss.Replace("  meetings:\n    - body: hsu\n      date: 2025-03-13\n      paragraph: 25\n", string.Empty, StringComparison.Ordinal);

        var edited = Edited(yaml, List("decision.meetings", ListItemEdit.New(M(("body", T("hsu")), ("date", T("2025-03-13", true)), ("paragraph", T("25", true))))));

        Assert.Equal(Remiss, edited);
    }
}
