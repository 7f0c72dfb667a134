using Remiss.Core;
using static Remiss.Core.Tests.Editing.EditAssert;

namespace Remiss.Core.Tests.Editing;

public class ListEditTests
{
    private static readonly string Comments = Lines(
        "response:",
        "  comments:",
        "    # Kapitel 6 först",
        "    - section: \"6\"",
        "      heading: Medicinsk bedömning",
        "      position: comments",
        "      text: |",
        "        Sex.",
        "      # kommentar i posten",
        "",
        "    # Kapitel 8",
        "    - section: \"8\"   # kontrollerat",
        "      heading: Läkare",
        "      position: opposes",
        "      text: |",
        "        Åtta.",
        "    - section: \"9\"",
        "      heading: Tillsyn",
        "      text: Nio.",
        "  signatories:",
        "    - name: Viktoria Jansson");

    [Fact]
    public void A_removed_item_goes_with_its_lines_and_the_comment_lines_right_above_it()
    {
        Assert.Equal(
            Lines(
                "response:",
                "  comments:",
                "    # Kapitel 6 först",
                "    - section: \"6\"",
                "      heading: Medicinsk bedömning",
                "      position: comments",
                "      text: |",
                "        Sex.",
                "      # kommentar i posten",
                "",
                "    - section: \"9\"",
                "      heading: Tillsyn",
                "      text: Nio.",
                "  signatories:",
                "    - name: Viktoria Jansson"),
            Edited(Comments, List("response.comments", Keep(0), Keep(2))));
    }

    [Fact]
    public void Reordered_items_move_as_whole_lines_and_the_blank_lines_between_stay_in_place()
    {
        Assert.Equal(
            Lines(
                "response:",
                "  comments:",
                "    - section: \"9\"",
                "      heading: Tillsyn",
                "      text: Nio.",
                "",
                "    # Kapitel 6 först",
                "    - section: \"6\"",
                "      heading: Medicinsk bedömning",
                "      position: comments",
                "      text: |",
                "        Sex.",
                "      # kommentar i posten",
                "    # Kapitel 8",
                "    - section: \"8\"   # kontrollerat",
                "      heading: Läkare",
                "      position: opposes",
                "      text: |",
                "        Åtta.",
                "  signatories:",
                "    - name: Viktoria Jansson"),
            Edited(Comments, List("response.comments", Keep(2), Keep(0), Keep(1))));
    }

    [Fact]
    public void A_new_item_is_written_like_its_siblings()
    {
        var edited = Edited(Comments, List("response.comments", Keep(0), Keep(1), Keep(2),
            New(Key("text", "Första stycket.\n\nAndra: med kolon.\n"), Key("heading", "Ny rubrik"), Key("section", "10"), Key("position", "supports"))));
        Assert.Equal(
            Comments.Replace(
                "      text: Nio.\n",
                "      text: Nio.\n" +
                "    - section: \"10\"\n" +
                "      heading: Ny rubrik\n" +
                "      position: supports\n" +
                "      text: |\n" +
                "        Första stycket.\n" +
                "\n" +
                "        Andra: med kolon.\n"),
            edited);
    }

    [Fact]
    public void A_kept_item_changes_only_the_keys_it_sets_and_gets_missing_ones_after_its_last_key()
    {
        var edited = Edited(Comments, List("response.comments", Keep(0), Keep(1, Key("text", "Åtta, omskriven.\n"), Key("heading", "Läkare")), Keep(2, Key("position", "comments"))));
        Assert.Equal(
            Comments
                .Replace("        Åtta.\n", "        Åtta, omskriven.\n")
                .Replace("      text: Nio.\n", "      text: Nio.\n      position: comments\n"),
            edited);
    }

    [Fact]
    public void A_scalar_edit_of_an_item_of_an_edited_list_is_made_in_that_item()
    {
        var edited = Edited(Comments, List("response.comments", Keep(1), Keep(0)), Set("response.comments[0].text", "Sex, ny.\n"));
        Assert.Contains("      text: |\n        Sex, ny.\n      # kommentar i posten\n", edited);
        Assert.StartsWith(Lines("response:", "  comments:", "    # Kapitel 8", "    - section: \"8\"   # kontrollerat"), edited);
        Assert.Equal("RMS0234", Refused(Comments, "RMS0234", List("response.comments", Keep(1)), Set("response.comments[0].text", "x")).Code);
    }

    [Fact]
    public void A_missing_list_is_created_as_a_block_list()
    {
        var yaml = Lines("response:", "  summary: Sammanfattning.", "", "# slut");
        Assert.Equal(
            Lines("response:", "  summary: Sammanfattning.", "  comments:", "    - section: \"9\"", "      heading: Rubrik", "      text: |-", "        Rad ett", "        rad två", "", "# slut"),
            Edited(yaml, List("response.comments", New(Key("section", "9"), Key("heading", "Rubrik"), Key("text", "Rad ett\nrad två")))));
    }

    [Fact]
    public void An_empty_list_gets_its_items_below_its_key()
    {
        var item = New(Key("heading", "Rubrik"), Key("text", "Text."));
        Assert.Equal(Lines("response:", "  comments: # inga än", "    - heading: Rubrik", "      text: Text.", "x: 1"),
            Edited(Lines("response:", "  comments: [] # inga än", "x: 1"), List("response.comments", item)));
        Assert.Equal(Lines("response:", "  comments:", "    - heading: Rubrik", "      text: Text.", "x: 1"),
            Edited(Lines("response:", "  comments:", "x: 1"), List("response.comments", item)));
    }

    [Fact]
    public void A_list_whose_items_are_all_removed_is_left_as_an_empty_list()
    {
        Assert.Equal(Lines("response:", "  comments: []", "  signatories:", "    - name: Viktoria Jansson"),
            Edited(Comments, List("response.comments")));
    }

    [Fact]
    public void The_example_s_indentation_without_an_indented_list_is_copied_too()
    {
        var yaml = Lines("comments:", "- heading: A", "  text: a", "signatories: []");
        Assert.Equal(Lines("comments:", "- heading: A", "  text: a", "- heading: B", "  text: b", "signatories: []"),
            Edited(yaml, List("comments", Keep(0), New(Key("heading", "B"), Key("text", "b")))));
    }

    [Fact]
    public void Lists_the_editor_cannot_change_safely_are_refused()
    {
        Assert.Equal((1, 11), Refused(Lines("officers: [Sara Hjalmarsson,", "  Lars Ek]"), "RMS0233", List("officers", Keep(0), New(Key("name", "x")))) is var flow ? (flow.Line, flow.Column) : default);
        Assert.Equal("RMS0233", Refused(Lines("decision: {clauses: [a]}"), "RMS0233", List("decision.clauses", Keep(0), New(Key("text", "x")))).Code);
        Assert.Equal("RMS0239", Refused(Lines("clauses: [a]"), "RMS0239", List("clauses", Keep(0, Key("x", "y")), New(Key("text", "x")))).Code);
        Assert.Equal("RMS0231", Refused(Lines("l:", "  - &a x: 1", "  - y: *a"), "RMS0231", List("l", Keep(1))).Code);
        Assert.Equal("RMS0234", Refused(Comments, "RMS0234", List("response.comments", Keep(0), Keep(0))).Code);
        Assert.Equal("RMS0234", Refused(Comments, "RMS0234", List("response.comments", Keep(3))).Code);
        Assert.Equal("RMS0234", Refused(Comments, "RMS0234", List("response.comments", New())).Code);
        Assert.Equal("RMS0235", Refused(Comments, "RMS0235", List("response.comments[0].heading", New(Key("a", "b")))).Code);
        Assert.Equal("RMS0239", Refused(Lines("l:", "  - a", "  - b"), "RMS0239", List("l", Keep(0, Key("x", "y")))).Code);
        Assert.Equal("RMS0230", Refused(Lines("x: 1"), "RMS0230", List("response.comments", Keep(0))).Code);
    }

    [Fact]
    public void An_item_with_keys_turns_a_one_line_list_into_block_lines_and_keeps_the_rest()
    {
        // The desk adds an own clause ("- text: …") to "clauses: [a, b]": the items go below the key one a line, kept
        // ones as they were written, and the comment after the brackets stays after the key; nothing else changes.
        var yaml = Lines(
            "# Beslutet",
            "decision:",
            "  clauses: [tillstyrker, 'instämmer i förslagen'] # valda i mötet",
            "  # vägen",
            "  path: [Nämnden]",
            "x: 1");
        Assert.Equal(
            Lines(
                "# Beslutet",
                "decision:",
                "  clauses: # valda i mötet",
                "    - tillstyrker",
                "    - 'instämmer i förslagen'",
                "    - text: Regionen vill också säga något eget.",
                "  # vägen",
                "  path: [Nämnden]",
                "x: 1"),
            Edited(yaml, List("decision.clauses", Keep(0), Keep(1), New(Key("text", "Regionen vill också säga något eget.")))));

        // Reordered and shortened in the same save, at the end of a file without a final line break, indented like the file's lists.
        Assert.Equal(
            "decision:\n    path:\n        - Nämnden\n    clauses:\n        - b\n        - text: Eget.\n",
            Edited("decision:\n    path:\n        - Nämnden\n    clauses: [a, b]", List("decision.clauses", Keep(1), New(Key("text", "Eget.")))));
    }

    [Fact]
    public void A_list_of_texts_can_be_reordered_and_shortened()
    {
        Assert.Equal(Lines("decision:", "  path:", "    - Nämnden", "    - Utskottet # först", "x: 1"),
            Edited(Lines("decision:", "  path:", "    - Utskottet # först", "    - Styrelsen", "    - Nämnden", "x: 1"), List("decision.path", Keep(2), Keep(0))));
    }
}
