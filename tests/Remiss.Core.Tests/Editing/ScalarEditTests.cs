using Remiss.Core;
using static Remiss.Core.Tests.Editing.EditAssert;

namespace Remiss.Core.Tests.Editing;

public class ScalarEditTests
{
    [Fact]
    public void No_edits_give_the_identical_string()
    {
        var text = TestFiles.ExampleText;
        var result = RemissFileEditor.Apply(text, FileName, Array.Empty<RemissEdit>());
        Assert.Same(text, result.Text);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Edits_that_set_the_current_values_change_nothing()
    {
        var text = TestFiles.ExampleText;
        var edited = Edited(text,
            Set("response.summary", "Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan\nregion och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.\n"),
            Set("case.dnr", "24HSN5898"),
            Set("response.comments[0].section", "6"),
            Set("remiss.received", "2024-12-10"),
            List("response.comments", Keep(0), Keep(1, Key("position", "opposes"))));
        Assert.Same(text, edited);
    }

    [Fact]
    public void A_plain_value_is_replaced_in_place_and_the_comment_after_it_stays()
    {
        var yaml = Lines("remiss:", "  received: 2024-12-10            # illustrative", "  title: Gammal titel # kommentar");
        Assert.Equal(
            Lines("remiss:", "  received: 2024-12-11            # illustrative", "  title: Ny titel – ”bra” # kommentar"),
            Edited(yaml, Set("remiss.received", "2024-12-11"), Set("remiss.title", "Ny titel – ”bra”")));
    }

    [Fact]
    public void A_comment_after_an_edited_value_keeps_its_column_where_the_new_value_fits()
    {
        // Comments aligned in a column stay aligned: shorter and longer values that fit before the comment move only the
        // spaces; one too long for the gap keeps the gap it had, as before.
        var yaml = Lines(
            "remiss:",
            "  title: Kort titel          # från departementet",
            "  dnr: S2024/01234      # ändras",
            "  department: Socialdepartementet # x");
        Assert.Equal(
            Lines(
                "remiss:",
                "  title: En längre titel     # från departementet",
                "  dnr: S2024/1          # ändras",
                "  department: Finansdepartementet och Socialdepartementet # x"),
            Edited(yaml, Set("remiss.title", "En längre titel"), Set("remiss.dnr", "S2024/1"), Set("remiss.department", "Finansdepartementet och Socialdepartementet")));
    }

    [Fact]
    public void Quoted_values_stay_quoted_with_their_escaping()
    {
        var yaml = Lines("a:", "  section: \"6\"", "  single: 'gammal'", "  double: \"gammal\"");
        Assert.Equal(
            Lines("a:", "  section: \"9\"", "  single: 'regionens ''egna'' ord'", "  double: \"citat \\\" och \\\\ och\\ttabb\""),
            Edited(yaml, Set("a.section", "9"), Set("a.single", "regionens 'egna' ord"), Set("a.double", "citat \" och \\ och\ttabb")));
    }

    [Theory]
    [InlineData("- punkt", "\"- punkt\"")]
    [InlineData("# rubrik", "\"# rubrik\"")]
    [InlineData(": kolon", "\": kolon\"")]
    [InlineData("*stjärna", "\"*stjärna\"")]
    [InlineData("&ankare", "\"&ankare\"")]
    [InlineData("!tagg", "\"!tagg\"")]
    [InlineData("'citat'", "\"'citat'\"")]
    [InlineData("\"citat\"", "\"\\\"citat\\\"\"")]
    [InlineData("{mappning}", "\"{mappning}\"")]
    [InlineData("[lista]", "\"[lista]\"")]
    [InlineData("%direktiv", "\"%direktiv\"")]
    [InlineData("@snabel", "\"@snabel\"")]
    [InlineData("`fnutt`", "\"`fnutt`\"")]
    [InlineData("|block", "\"|block\"")]
    [InlineData("Utredning: del 2", "\"Utredning: del 2\"")]
    [InlineData("text #hash", "\"text #hash\"")]
    [InlineData("slutar med kolon:", "\"slutar med kolon:\"")]
    [InlineData("12", "\"12\"")]
    [InlineData("1.5", "\"1.5\"")]
    [InlineData("0x1F", "\"0x1F\"")]
    [InlineData("1_000", "\"1_000\"")]
    [InlineData("2025-03-10", "\"2025-03-10\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("Off", "\"Off\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("null", "\"null\"")]
    [InlineData("~", "\"~\"")]
    [InlineData(".inf", "\".inf\"")]
    [InlineData(" inledande blanksteg", "\" inledande blanksteg\"")]
    [InlineData("avslutande blanksteg ", "\"avslutande blanksteg \"")]
    [InlineData("", "\"\"")]
    [InlineData("Region Västernorrland – ”bra”", "Region Västernorrland – ”bra”")]
    [InlineData("SOU 2024:72", "SOU 2024:72")]
    [InlineData("a#b och x-y", "a#b och x-y")]
    [InlineData("1 100 patienter", "1 100 patienter")]
    [InlineData("hälso-\u00a0och sjukvård", "hälso-\u00a0och sjukvård")]
    public void A_plain_value_stays_plain_only_when_it_reads_back_as_the_same_text(string value, string written)
    {
        Assert.Equal(Lines("a:", "  heading: " + written, "  b: x"), Edited(Lines("a:", "  heading: Rubrik", "  b: x"), Set("a.heading", value)));
    }

    [Fact]
    public void A_number_stays_a_number_when_the_new_value_is_one_too()
    {
        var yaml = Lines("m:", "  paragraph: 25");
        Assert.Equal(Lines("m:", "  paragraph: 26"), Edited(yaml, Set("m.paragraph", "26")));
    }

    [Fact]
    public void A_block_keeps_its_bar_when_the_value_ends_with_a_line_break()
    {
        var yaml = Lines("response:", "  summary: |", "    Gammal rad ett", "    och två.", "", "# Nästa avsnitt", "memo:", "  assessment: x");
        Assert.Equal(
            Lines("response:", "  summary: |", "    Ny rad ett", "", "    - punkt: med kolon # och hash", "", "# Nästa avsnitt", "memo:", "  assessment: x"),
            Edited(yaml, Set("response.summary", "Ny rad ett\n\n- punkt: med kolon # och hash\n")));
    }

    [Fact]
    public void A_block_value_without_a_final_line_break_is_written_with_bar_minus()
    {
        var yaml = Lines("response:", "  summary: |", "    Gammal.", "  comments: []");
        Assert.Equal(Lines("response:", "  summary: |-", "    Ny.", "  comments: []"), Edited(yaml, Set("response.summary", "Ny.")));
    }

    [Fact]
    public void A_value_ending_with_several_line_breaks_is_written_with_bar_plus_unless_a_blank_line_follows()
    {
        Assert.Equal(Lines("a: |+", "  x", "", "b: 2"), Edited(Lines("a: |", "  x", "b: 2"), Set("a", "x\n\n")));
        // |+ would take the blank line below into the value: double quotes say it exactly.
        Assert.Equal(Lines("a: \"x\\n\\n\"", "", "b: 2"), Edited(Lines("a: |", "  x", "", "b: 2"), Set("a", "x\n\n")));
    }

    [Fact]
    public void A_block_keeps_the_comment_on_its_header_line_and_its_indentation()
    {
        var yaml = Lines("memo:", "  background: |   # utkast", "      Fyra steg in.", "  assessment: x");
        Assert.Equal(Lines("memo:", "  background: |-   # utkast", "      Ny", "      text", "  assessment: x"), Edited(yaml, Set("memo.background", "Ny\ntext")));
    }

    [Fact]
    public void Several_lines_in_a_plain_value_become_a_block_and_the_comment_moves_to_its_header()
    {
        var yaml = Lines("memo:", "  assessment: Kort.  # ändras i Word", "  background: x");
        Assert.Equal(
            Lines("memo:", "  assessment: |  # ändras i Word", "    Första stycket.", "", "    Andra stycket.", "  background: x"),
            Edited(yaml, Set("memo.assessment", "Första stycket.\n\nAndra stycket.\n")));
    }

    [Fact]
    public void A_folded_block_becomes_a_literal_block_and_a_hard_wrapped_plain_value_is_replaced_whole()
    {
        var yaml = Lines("memo:", "  background: >", "    ett", "    två", "  assessment: första raden", "    fortsätter här", "x: 1");
        Assert.Equal(
            Lines("memo:", "  background: |", "    rad 1", "    rad 2", "  assessment: Ny bedömning.", "x: 1"),
            Edited(yaml, Set("memo.background", "rad 1\nrad 2\n"), Set("memo.assessment", "Ny bedömning.")));
    }

    [Fact]
    public void A_block_whose_first_line_starts_with_a_space_gets_an_indentation_digit()
    {
        Assert.Equal(Lines("m:", "  text: |2-", "     indragen", "    rad"), Edited(Lines("m:", "  text: x"), Set("m.text", " indragen\nrad")));
    }

    [Fact]
    public void Long_lines_and_swedish_typography_are_written_as_given()
    {
        var line = string.Concat(Enumerable.Repeat("Hälso- och sjukvårdsnämnden ”tillstyrker” – med\u00a0förbehåll. ", 6)).TrimEnd();
        Assert.Equal(Lines("m:", "  text: |", "    " + line, "    Å Ä Ö"), Edited(Lines("m:", "  text: |", "    x"), Set("m.text", line + "\nÅ Ä Ö\n")));
    }

    [Fact]
    public void A_missing_key_goes_after_the_last_key_of_its_mapping_before_the_next_sections_comments()
    {
        var yaml = Lines(
            "format: remiss/1",
            "",
            "memo:",
            "  assessment: |",
            "    Bra.",
            "  # background skrivs senare",
            "",
            "# Svaret",
            "response:",
            "  position: comments");
        Assert.Equal(
            Lines(
                "format: remiss/1",
                "",
                "memo:",
                "  assessment: |",
                "    Bra.",
                "  # background skrivs senare",
                "  background: |-",
                "    Regeringen tillsatte",
                "    en utredare.",
                "",
                "# Svaret",
                "response:",
                "  position: comments",
                "  summary: Regionen tillstyrker."),
            Edited(yaml, Set("memo.background", "Regeringen tillsatte\nen utredare."), Set("response.summary", "Regionen tillstyrker.")));
    }

    [Fact]
    public void A_missing_section_is_added_at_the_end_of_the_file_set_off_like_the_others()
    {
        var yaml = Lines("format: remiss/1", "", "case:", "  dnr: 24HSN1", "", "response:", "  summary: x", "# slut");
        Assert.Equal(
            Lines("format: remiss/1", "", "case:", "  dnr: 24HSN1", "", "response:", "  summary: x", "# slut", "", "memo:", "  background: Bakgrund.", "  assessment: |", "    - ett", "    - två"),
            Edited(yaml, Set("memo.background", "Bakgrund."), Set("memo.assessment", "- ett\n- två\n")));
        Assert.Equal(Lines("format: remiss/1", "case:", "  dnr: 1", "memo:", "  assessment: Bra."), Edited(Lines("format: remiss/1", "case:", "  dnr: 1"), Set("memo.assessment", "Bra.")));
    }

    [Fact]
    public void An_empty_mapping_value_gets_its_keys_below_it()
    {
        Assert.Equal(Lines("memo:   # fylls i", "  background: Text.", "response: {}"), Edited(Lines("memo:   # fylls i", "response: {}"), Set("memo.background", "Text.")));
        Assert.Equal(Lines("memo:", "  background: Text.", "x: 1"), Edited(Lines("memo: ~", "x: 1"), Set("memo.background", "Text.")));
    }

    [Fact]
    public void A_file_without_a_final_line_break_gets_new_lines_on_lines_of_their_own()
    {
        Assert.Equal("memo:\n  assessment: x\n  background: Text.\n", Edited("memo:\n  assessment: x", Set("memo.background", "Text.")));
        Assert.Equal("memo:\n  assessment: |\n    a\n    b\n", Edited("memo:\n  assessment: x", Set("memo.assessment", "a\nb\n")));
    }

    [Fact]
    public void A_meeting_note_is_added_to_one_item_and_changed_in_another()
    {
        var yaml = Lines(
            "decision:",
            "  meetings:",
            "    - body: Hälso- och sjukvårdsutskottet",
            "      date: 2025-03-13",
            "      paragraph: 25",
            "    - body: Hälso- och sjukvårdsnämnden",
            "      date: 2025-03-19",
            "      paragraph: 41",
            "      note: Protokollet justerades omedelbart.",
            "",
            "memo:",
            "  assessment: x");
        Assert.Equal(
            Lines(
                "decision:",
                "  meetings:",
                "    - body: Hälso- och sjukvårdsutskottet",
                "      date: 2025-03-13",
                "      paragraph: 25",
                "      note: Bordlades först.",
                "    - body: Hälso- och sjukvårdsnämnden",
                "      date: 2025-03-19",
                "      paragraph: 41",
                "      note: |-",
                "        Protokollet justerades omedelbart.",
                "        Reservation från (M).",
                "",
                "memo:",
                "  assessment: x"),
            Edited(yaml, Set("decision.meetings[0].note", "Bordlades först."), Set("decision.meetings[1].note", "Protokollet justerades omedelbart.\nReservation från (M).")));
    }

    [Fact]
    public void A_crlf_file_stays_crlf()
    {
        var yaml = "# kommentar\r\nmemo:\r\n  assessment: |\r\n    Gammal.\r\n\r\nresponse:\r\n  summary: x # k\r\n";
        Assert.Equal(
            "# kommentar\r\nmemo:\r\n  assessment: |\r\n    Ny\r\n\r\n    text.\r\n  background: B\r\n\r\nresponse:\r\n  summary: |- # k\r\n    två\r\n    rader\r\n",
            Edited(yaml, Set("memo.assessment", "Ny\n\ntext.\n"), Set("memo.background", "B"), Set("response.summary", "två\nrader")));
    }

    [Fact]
    public void A_byte_order_mark_stays_in_front()
    {
        Assert.Equal("\uFEFFa: 2\n", Edited("\uFEFFa: 1\n", Set("a", "2")));
    }

    [Fact]
    public void A_flow_mapping_parent_is_refused_with_nothing_written()
    {
        var diagnostic = Refused(Lines("format: remiss/1", "memo: {assessment: x}"), "RMS0233", Set("memo.background", "y"));
        Assert.Equal((2, 7), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("'memo.background'", diagnostic.Message);
    }

    [Fact]
    public void Anchors_aliases_and_tags_on_edited_nodes_are_refused()
    {
        Assert.Equal(2, Refused(Lines("x: 1", "a: &text v", "b: *text"), "RMS0231", Set("a", "w")).Line);
        Assert.Equal(3, Refused(Lines("x: 1", "a: &text v", "b: *text"), "RMS0231", Set("b", "w")).Line);
        Assert.Equal(1, Refused(Lines("memo: &m", "  assessment: x"), "RMS0231", Set("memo.assessment", "w")).Line);
        var tag = Refused(Lines("a: !!str 12"), "RMS0232", Set("a", "13"));
        Assert.Contains("!", tag.Message);
    }

    [Fact]
    public void Paths_that_do_not_lead_to_a_text_are_refused_with_where_they_end()
    {
        var yaml = Lines("response:", "  comments:", "    - heading: A", "  summary: x");
        Assert.Contains("'response.comments' har 1 post", Refused(yaml, "RMS0230", Set("response.comments[3].text", "y")).Message);
        var notMapping = Refused(yaml, "RMS0235", Set("response.summary.text", "y"));
        Assert.Equal((4, 12), (notMapping.Line, notMapping.Column));
        Assert.StartsWith("'response.summary' är en text i remissfilen, men ändringen gäller en mappning", notMapping.Message);
        Assert.Equal("RMS0235", Refused(yaml, "RMS0235", Set("response.comments", "y")).Code);
        Assert.Equal("RMS0230", Refused(yaml, "RMS0230", Set("memo.comments[0].text", "y")).Code);
        Assert.Equal("RMS0234", Refused(yaml, "RMS0234", Set("response..summary", "y")).Code);
        Assert.Equal("RMS0234", Refused(yaml, "RMS0234", Set("response.summary", "a"), Set("response.summary", "b")).Code);
    }

    [Fact]
    public void A_file_that_does_not_parse_gets_the_loaders_diagnostic()
    {
        var result = RemissFileEditor.Apply("a: [b\n", FileName, new[] { Set("a", "x") });
        Assert.Null(result.Text);
        Assert.Equal("RMS0001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_new_section_after_a_block_that_keeps_its_blank_lines_is_not_set_off_by_another()
    {
        // A blank line after "|+" would become part of that value.
        Assert.Equal(Lines("f: 1", "", "a: |+", "  x", "memo:", "  assessment: Bra."), Edited(Lines("f: 1", "", "a: |+", "  x"), Set("memo.assessment", "Bra.")));
    }

    [Fact]
    public void The_read_back_check_names_the_first_value_that_differs()
    {
        Dictionary<string, string> Flat(string yaml) => EditVerifier.Flatten(SourceTree.Parse(yaml, FileName, new List<Diagnostic>())!);
        var before = Flat(Lines("a: 1", "l:", "  - t: x", "  - t: w"));
        Assert.Null(EditVerifier.FirstDifference(before, Flat(Lines("a: 1   # kommentar", "l:", "- t: x", "- t: 'w'"))));
        Assert.Equal(("l[1].t", "väntat scalar:str::w, fick scalar:str::w\n"), EditVerifier.FirstDifference(before, Flat(Lines("a: 1", "l:", "  - t: x", "  - t: |", "      w"))));
        Assert.Equal(("a", "väntat scalar:int::1, fick scalar:str::1"), EditVerifier.FirstDifference(before, Flat(Lines("a: \"1\"", "l:", "  - t: x", "  - t: w"))));
        Assert.Equal(("l", "väntat list:2, fick list:3"), EditVerifier.FirstDifference(before, Flat(Lines("a: 1", "l:", "  - t: x", "  - t: w", "  - t: z"))));
        Assert.Equal(("b", "ett värde har tillkommit som ingen ändring gällde"), EditVerifier.FirstDifference(before, Flat(Lines("a: 1", "l:", "  - t: x", "  - t: w", "b: 2"))));
    }
}
