using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Remiss.Templates.Tests.RoundTrip.WordEdit;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>Documents edited the way Word edits them, read back to the exact Markdown or problem (ROUNDTRIP.md §2, issue 17 part 5).</summary>
public class EditReadTests
{
    private const string Summary = "remiss:response.summary";
    private const string SummaryText = "Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan region och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.";
    private const string Wrapped = "Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan\nregion och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.";

    /// <summary>How Word writes a paragraph it has touched: rsids, a spelling mark, a bookmark, language and font on the runs.</summary>
    private static Paragraph SplitByWord(string first, string middle, string last, string middleProperties = "") => Paragraph(
        $"""
        <w:pPr><w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:pPr>
        <w:bookmarkStart w:id="0" w:name="_Hlk193456789"/>
        <w:r w:rsidRPr="00C3D1E2"><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:lang w:val="sv-SE"/></w:rPr><w:t xml:space="preserve">{first}</w:t></w:r>
        <w:proofErr w:type="spellStart"/>
        <w:r w:rsidR="00D4E5F6"><w:rPr><w:noProof/><w:sz w:val="24"/>{middleProperties}</w:rPr><w:t>{middle}</w:t></w:r>
        <w:proofErr w:type="spellEnd"/>
        <w:bookmarkEnd w:id="0"/>
        <w:r><w:rPr><w:lang w:val="sv-SE"/></w:rPr><w:t xml:space="preserve">{last}</w:t></w:r>
        """,
        "w:rsidR=\"00A51C2E\" w:rsidRDefault=\"00B7E3F1\" w:rsidP=\"00A51C2E\"");

    [Fact]
    public void Runs_split_by_rsids_a_spelling_mark_a_bookmark_language_and_font_are_not_an_edit()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, Summary,
            SplitByWord("Region Västernorrland välkomnar utredningens ", "inriktning", " att stärka samverkan mellan region och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.")));

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.Equal(Wrapped, Field(result, "response.summary").Value);
        Assert.True(result.IsUnchanged);
    }

    [Fact]
    public void A_word_changed_inside_a_run_word_split_in_three()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, Summary,
            SplitByWord("Region Västernorrland välkomnar utredningens ", "ambition", " att stärka samverkan mellan region och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.")));

        var result = Read(docx);

        AssertNoProblems(result);
        var summary = Field(result, "response.summary");
        Assert.Equal("Region Västernorrland välkomnar utredningens ambition att stärka samverkan mellan region och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.", summary.Value);
        Assert.Equal(Wrapped, summary.Rendered);
        Assert.True(summary.IsChanged);
    }

    [Fact]
    public void A_word_made_bold()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, Summary,
            SplitByWord("Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan region och kommun, men ", "avstyrker", " förslaget att kommuner ska kunna anställa läkare.", "<w:b/><w:bCs/>")));

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.Equal("Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan region och kommun, men **avstyrker** förslaget att kommuner ska kunna anställa läkare.",
            Field(result, "response.summary").Value);
    }

    [Fact]
    public void A_word_made_italic_and_a_link_inserted()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            var id = d.MainDocumentPart!.AddHyperlinkRelationship(new Uri("https://www.regeringen.se/remisser"), isExternal: true).Id;
            Replace(d, Summary, Paragraph($"""
                <w:r><w:t xml:space="preserve">Se </w:t></w:r><w:hyperlink r:id="{id}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>remissen</w:t></w:r></w:hyperlink>
                <w:r><w:t xml:space="preserve"> och </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>särskilt</w:t></w:r><w:r><w:t xml:space="preserve"> avsnitt 8.</w:t></w:r>
                """));
        });

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.Equal("Se [remissen](https://www.regeringen.se/remisser) och *särskilt* avsnitt 8.", Field(result, "response.summary").Value);
    }

    [Fact]
    public void A_link_pasted_as_a_hyperlink_field_and_bold_from_a_character_style_are_markdown_too()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            AddStyle(d, """<w:style w:type="character" w:styleId="Stark"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>""");
            Replace(d, Summary, Paragraph("""
                <w:r><w:t xml:space="preserve">Läs </w:t></w:r>
                <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.riksdagen.se/" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>
                <w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>riksdagens sida</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
                <w:r><w:t xml:space="preserve"> och </w:t></w:r><w:r><w:rPr><w:rStyle w:val="Stark"/></w:rPr><w:t>notera</w:t></w:r><w:r><w:t xml:space="preserve"> detta.</w:t></w:r>
                """));
        });

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.Equal("Läs [riksdagens sida](https://www.riksdagen.se/) och **notera** detta.", Field(result, "response.summary").Value);
    }

    [Fact]
    public void Markdown_characters_typed_in_word_are_escaped_and_swedish_typography_stays_as_typed()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, Summary,
            Typed("Siffrorna *preliminära* enligt [SKR] & C# – ”3 < 4”\u00A0kr, snake_case och _kursiv_ \\ `kod`"),
            Typed("- inte en lista"),
            Typed("1. inte heller")));

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.Equal("Siffrorna \\*preliminära\\* enligt \\[SKR\\] & C# – ”3 \\< 4”\u00A0kr, snake_case och \\_kursiv\\_ \\\\ \\`kod\\`\n\n\\- inte en lista\n\n1\\. inte heller",
            Field(result, "response.summary").Value);
    }

    [Fact]
    public void A_paragraph_added_inside_a_field_keeps_the_rendered_paragraph_as_it_was_written()
    {
        var file = TestFiles.LoadExample();
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, "remiss:response.comments[0].text").Append(Typed("Regionen vill därför att ansvaret ligger kvar hos regionen.")));

        var result = Read(docx);

        AssertNoProblems(result);
        var comment = result.Comments!.Comments[0];
        Assert.Equal(file.Response.Comments[0].Text.TrimEnd('\n') + "\n\nRegionen vill därför att ansvaret ligger kvar hos regionen.", comment.Text);
        Assert.True(comment.IsChanged);
        Assert.False(result.Comments.Comments[1].IsChanged);
    }

    [Fact]
    public void One_changed_paragraph_of_several_is_the_only_one_written_anew()
    {
        var docx = Edit(DocumentKind.Tjansteutlatande, d =>
        {
            var old = Content(d, "remiss:memo.background").Elements<Paragraph>().Single(p => p.InnerText == "Utredningen föreslår bland annat:");
            old.InsertAfterSelf(Typed("Utredningen föreslår bland annat följande:"));
            old.Remove();
        });

        Assert.Equal(
            """
            Regeringen tillsatte den 22 juni 2023 en särskild utredare (dir. 2023:98) för att
            stärka kommunernas möjligheter att säkra tillgången till läkare i den kommunala
            hälso- och sjukvården.

            Utredningen föreslår bland annat följande:

            - lagkrav på tillgång till medicinsk bedömning dygnet runt,
            - en ordning där kommuner kan anställa läkare,
            - en nationell samordnare för riktvärdet 1 100 patienter per läkare.
            """,
            Field(Read(docx), "memo.background").Value);
    }

    [Fact]
    public void A_bullet_list_typed_with_words_list_bullet_style()
    {
        var docx = Edit(DocumentKind.Tjansteutlatande, d =>
        {
            AddListBullet(d);
            var content = Content(d, "remiss:memo.assessment");
            content.Append(Typed("Förvaltningen vill särskilt lyfta fram:"), Typed("samverkan i länet,", "Punktlista"), Typed("tydliga ansvarsgränser.", "Punktlista"));
        });

        var result = Read(docx);
        var assessment = Field(result, "memo.assessment");

        AssertNoProblems(result);
        Assert.Equal(assessment.Rendered + "\n\nFörvaltningen vill särskilt lyfta fram:\n\n- samverkan i länet,\n- tydliga ansvarsgränser.", assessment.Value);
    }

    [Fact]
    public void A_numbered_list_of_our_own_numbering_continues_as_markdown()
    {
        var docx = Edit(DocumentKind.Tjansteutlatande, d =>
        {
            // The rendered bullet list made numbered by the officer: Word gives it a decimal list definition.
            var main = d.MainDocumentPart!;
            main.NumberingDefinitionsPart!.Numbering!.InsertAt(new AbstractNum($"""<w:abstractNum xmlns:w="{W}" w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>"""), 0);
            main.NumberingDefinitionsPart.Numbering.Append(new NumberingInstance($"""<w:num xmlns:w="{W}" w:numId="20"><w:abstractNumId w:val="20"/></w:num>"""));
            foreach (var id in Content(d, "remiss:memo.background").Descendants<NumberingId>())
            {
                id.Val = 20;
            }
        });

        Assert.EndsWith("Utredningen föreslår bland annat:\n\n1. lagkrav på tillgång till medicinsk bedömning dygnet runt,\n2. en ordning där kommuner kan anställa läkare,\n3. en nationell samordnare för riktvärdet 1 100 patienter per läkare.",
            Field(Read(docx), "memo.background").Value, StringComparison.Ordinal);
    }

    private static byte[] TrackedInSummary() => Edit(DocumentKind.Yttrande, d => Replace(d, Summary, Paragraph($"""
        <w:r><w:t xml:space="preserve">Region Västernorrland välkomnar </w:t></w:r>
        <w:ins w:id="1" w:author="{Author}" w:date="{Date}"><w:r><w:t xml:space="preserve">varmt </w:t></w:r></w:ins>
        <w:r><w:t xml:space="preserve">utredningens inriktning att stärka samverkan mellan region och kommun, </w:t></w:r>
        <w:del w:id="2" w:author="{Author}" w:date="{Date}"><w:r><w:delText xml:space="preserve">men </w:delText></w:r></w:del>
        <w:r><w:t xml:space="preserve">avstyrker förslaget att kommuner ska kunna anställa läkare.</w:t></w:r>
        """)));

    [Fact]
    public void Tracked_changes_by_another_author_are_errors_listing_each_change()
    {
        var result = Read(TrackedInSummary());

        const string place = "Yttrande.docx, stycke 5 under rubriken ”Sammanfattning” (”Region Västernorrland välkomnar varmt utredningens inriktning att stärka …”)";
        Assert.Equal(
            [
                $"RMS0208: Spårad ändring i {place}: infogat av Anna Berg den 2025-03-20: ”varmt”. Godkänn eller avvisa ändringarna i Word (Granska → Godkänn) och spara, eller ta dem som godkända med 'remiss pull --accept-changes'.",
                $"RMS0208: Spårad ändring i {place}: borttaget av Anna Berg den 2025-03-20: ”men”. Godkänn eller avvisa ändringarna i Word (Granska → Godkänn) och spara, eller ta dem som godkända med 'remiss pull --accept-changes'.",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.All(result.Problems, p => Assert.Equal("response.summary", p.YamlPath));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Tracked_changes_taken_as_accepted_keep_the_insertion_drop_the_deletion_and_are_listed()
    {
        var result = Read(TrackedInSummary(), acceptChanges: true);

        AssertNoProblems(result);
        Assert.Equal("Region Västernorrland välkomnar varmt utredningens inriktning att stärka samverkan mellan region och kommun, avstyrker förslaget att kommuner ska kunna anställa läkare.",
            Field(result, "response.summary").Value);
        Assert.Equal(
            [(WordChangeKind.Insertion, "varmt "), (WordChangeKind.Deletion, "men ")],
            result.TrackedChanges.Select(c => (c.Kind, c.Text)));
        Assert.All(result.TrackedChanges, c =>
        {
            Assert.Equal(Author, c.Author);
            Assert.Equal(Date, c.Date);
            Assert.Equal("response.summary", c.Field);
            Assert.False(c.InStandardWording);
        });
    }

    [Fact]
    public void A_tracked_change_in_standard_wording_is_an_error_even_when_changes_are_accepted()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss-fixed:response.comments[1].position", Paragraph($"""
            <w:r><w:t xml:space="preserve">Region Västernorrland </w:t></w:r>
            <w:del w:id="3" w:author="{Author}" w:date="{Date}"><w:r><w:delText>avstyrker</w:delText></w:r></w:del>
            <w:ins w:id="4" w:author="{Author}" w:date="{Date}"><w:r><w:t>tillstyrker</w:t></w:r></w:ins>
            <w:r><w:t xml:space="preserve"> förslaget.</w:t></w:r>
            """)));

        var result = Read(docx, acceptChanges: true);

        const string place = "Yttrande.docx, stycke 10 under rubriken ”8 Kommunalt anställda läkare” (”Region Västernorrland tillstyrker förslaget.”)";
        Assert.Equal(
            [
                $"RMS0209: Spårad ändring i standardtexten i {place}: borttaget av Anna Berg den 2025-03-20: ”avstyrker”. Standardtexten ändras i remissfilen ('response.comments[1].position'), inte i Word; avvisa ändringen i Word (Granska → Avvisa) och spara.",
                $"RMS0209: Spårad ändring i standardtexten i {place}: infogat av Anna Berg den 2025-03-20: ”tillstyrker”. Standardtexten ändras i remissfilen ('response.comments[1].position'), inte i Word; avvisa ändringen i Word (Granska → Avvisa) och spara.",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.All(result.TrackedChanges, c => Assert.True(c.InStandardWording));
    }

    [Fact]
    public void A_tracked_formatting_change_and_a_tracked_move_are_listed_and_errors_until_accepted()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, Summary, Paragraph($"""
            <w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="{Author}" w:date="{Date}"><w:rPr/></w:rPrChange></w:rPr><w:t>Region Västernorrland</w:t></w:r>
            <w:moveFrom w:id="6" w:author="{Author}" w:date="{Date}"><w:r><w:t xml:space="preserve"> i dag</w:t></w:r></w:moveFrom>
            <w:r><w:t xml:space="preserve"> välkomnar utredningen</w:t></w:r>
            <w:moveTo w:id="7" w:author="{Author}" w:date="{Date}"><w:r><w:t xml:space="preserve"> i dag</w:t></w:r></w:moveTo>
            <w:r><w:t>.</w:t></w:r>
            """)));

        var strict = Read(docx);
        var accepted = Read(docx, acceptChanges: true);

        Assert.Equal(["formatering ändrad", "flyttat härifrån", "flyttat hit"], strict.Problems.Select(p => p.Args[1]));
        AssertNoProblems(accepted);
        Assert.Equal([WordChangeKind.Formatting, WordChangeKind.MovedFrom, WordChangeKind.MovedTo], accepted.TrackedChanges.Select(c => c.Kind));
        Assert.Equal("**Region Västernorrland** välkomnar utredningen i dag.", Field(accepted, "response.summary").Value);
    }

    [Fact]
    public void A_deleted_paragraph_mark_accepted_joins_two_paragraphs_as_word_does()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, Summary,
            Paragraph($"""<w:pPr><w:rPr><w:del w:id="8" w:author="{Author}" w:date="{Date}"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Första delen </w:t></w:r>"""),
            Typed("och andra delen.")));

        var result = Read(docx, acceptChanges: true);

        AssertNoProblems(result);
        Assert.Equal("Första delen och andra delen.", Field(result, "response.summary").Value);
        Assert.Equal(WordChangeKind.ParagraphDeleted, Assert.Single(result.TrackedChanges).Kind);
        Assert.Equal("RMS0208: Spårad ändring i Yttrande.docx, stycke 5 under rubriken ”Sammanfattning” (”Första delen”): stycken sammanslagna av Anna Berg den 2025-03-20: ”styckebrytning”. Godkänn eller avvisa ändringarna i Word (Granska → Godkänn) och spara, eller ta dem som godkända med 'remiss pull --accept-changes'.",
            Assert.Single(Read(docx).Problems).ToString());
    }

    [Fact]
    public void A_footnote_in_a_field_and_a_text_box_outside_the_fields_are_errors()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            Content(d, Summary).Elements<Paragraph>().Single().Append(Paragraph("""<w:r><w:rPr><w:rStyle w:val="Fotnotsreferens"/></w:rPr><w:footnoteReference w:id="1"/></w:r>""").ChildElements.Select(e => e.CloneNode(true)));
            Control(d, "remiss:response.comments").InsertAfterSelf(Paragraph("""
                <w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent><w:p><w:r><w:t>Ruta</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r>
                """));
        });

        var problems = Read(docx).Problems;

        Assert.Equal(["RMS0204", "RMS0203"], problems.Select(p => p.Code));
        Assert.StartsWith("En fotnot i fältet 'response.summary' i Yttrande.docx, stycke 5 under rubriken ”Sammanfattning”", problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("En textruta utanför fälten i Yttrande.docx, stycke 12 under rubriken ”8 Kommunalt anställda läkare”.", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_comment_is_a_warning_and_never_enters_the_prose()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Comment(d, Content(d, "remiss:response.comments[1].text").Elements<Paragraph>().Single(), "Stämmer detta med nämndens beslut?"));

        var result = Read(docx);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("RMS0210: Kommentar av Anna Berg den 2025-03-20 i Yttrande.docx, stycke 11 under rubriken ”8 Kommunalt anställda läkare” (”Förslaget riskerar ojämlik tillgång till läkare mellan kommuner …”): ”Stämmer detta med nämndens beslut?”. Kommentarer förs inte in i remissfilen; svara på den och ta bort den i Word när den är klar.",
            problem.ToString());
        Assert.False(problem.IsError);
        Assert.Equal("response.comments[1].text", problem.YamlPath);
        Assert.Equal(new WordReviewComment(Author, Date, "response.comments[1].text", "Stämmer detta med nämndens beslut?", problem.Place), Assert.Single(result.ReviewComments));
        Assert.True(result.IsUnchanged);
    }

    [Fact]
    public void An_att_clause_edited_with_its_lock_removed_is_an_error_at_decision_clauses()
    {
        var docx = Edit(DocumentKind.Tjansteutlatande, d =>
        {
            var control = Control(d, "remiss-fixed:decision.clauses[1]");
            control.SdtProperties!.RemoveAllChildren<DocumentFormat.OpenXml.Wordprocessing.Lock>();
            control.SdtContentBlock!.Elements<Paragraph>().Single().Descendants<Text>().Single().Text = "att förklara paragrafen justerad.";
        });

        var result = Read(docx);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("RMS0205: Standardtexten i Yttrande.docx, stycke 8 under rubriken ”Förslag till beslut” (”att förklara paragrafen justerad.”) har ändrats: ”att förklara paragrafen för omedelbart justerad.” står nu ”att förklara paragrafen justerad.”. Remiss skriver den utifrån 'decision.clauses'; ändra där i remissfilen i stället och ångra ändringen i Word.",
            problem.ToString());
        Assert.Equal("decision.clauses", problem.YamlPath);
    }

    [Fact]
    public void A_changed_position_sentence_names_the_comments_position()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss-fixed:response.comments[1].position", Typed("Region Västernorrland tillstyrker förslaget.")));

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("RMS0205", problem.Code);
        Assert.Equal("response.comments[1].position", problem.YamlPath);
        Assert.Contains("”Region Västernorrland avstyrker förslaget.” står nu ”Region Västernorrland tillstyrker förslaget.”", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_heading_of_the_template_says_to_change_the_template()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss-fixed:template", Typed("Sammanfattning och slutsatser", "Heading2")));

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("RMS0206: Texten ”Sammanfattning” i Yttrande.docx, stycke 4 under rubriken ”Yttrande över remiss; betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)” (”Sammanfattning och slutsatser”) kommer från dokumentmallen och ändras inte i Word (nu står det ”Sammanfattning och slutsatser”). Ångra ändringen i Word; ska texten vara en annan, ändra mallen.",
            problem.ToString());
        Assert.Null(problem.YamlPath);
    }

    [Fact]
    public void A_paragraph_typed_between_two_fields_is_an_error_with_its_place()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Control(d, Summary).InsertAfterSelf(Typed("Regionen vill också tillägga något.")));

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("RMS0203: Ett stycke utanför fälten i Yttrande.docx, stycke 6 under rubriken ”Sammanfattning” (”Regionen vill också tillägga något.”). Det som står utanför Remiss fält kan inte föras in i remissfilen. Flytta innehållet in i ett fält (t.ex. sammanfattningen eller en synpunkt) eller ta bort det, och försök igen.",
            problem.ToString());
        Assert.Null(problem.YamlPath);
    }

    [Fact]
    public void An_empty_paragraph_between_fields_is_not_content()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Control(d, Summary).InsertAfterSelf(Paragraph(string.Empty)));

        AssertNoProblems(Read(docx));
    }

    [Fact]
    public void A_table_pasted_into_a_comment_is_read_as_a_pipe_table()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, "remiss:response.comments[0].text").Append(new Table($"""
            <w:tbl xmlns:w="{W}"><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4531"/><w:gridCol w:w="4531"/></w:tblGrid>
            <w:tr><w:tc><w:tcPr><w:tcW w:w="4531" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Kostnad 2025</w:t></w:r></w:p></w:tc><w:tc><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>Belopp</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>Läkare</w:t></w:r></w:p><w:p><w:r><w:t>i kommun</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>12 mnkr</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """)));

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.EndsWith("\n\n| Kostnad 2025 | Belopp |\n| --- | ---: |\n| Läkare i kommun | **12 mnkr** |", result.Comments!.Comments[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_with_merged_cells_in_a_comment_is_an_error()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, "remiss:response.comments[0].text").Append(new Table($"""
            <w:tbl xmlns:w="{W}"><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4531"/><w:gridCol w:w="4531"/></w:tblGrid>
            <w:tr><w:tc><w:tcPr><w:tcW w:w="9062" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Kostnad 2025</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """)));

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("RMS0204: En sammanfogad tabellcell i fältet 'response.comments[0].text' i Yttrande.docx, stycke 9 under rubriken ”6 Medicinsk bedömning dygnet runt” (”Kostnad 2025”) kan inte föras in i remissfilen, som bara har stycken, listor, tabeller utan sammanfogade celler, fetstil, kursiv och länkar. Ta bort det eller skriv innehållet som text, och försök igen.",
            problem.ToString());
        Assert.Equal("response.comments[0].text", problem.YamlPath);
    }

    [Fact]
    public void An_image_in_a_field_is_an_error()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, Summary).Append(Paragraph("""<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Bild 1"/></wp:inline></w:drawing></w:r>""")));

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("RMS0204", problem.Code);
        Assert.StartsWith("En bild i fältet 'response.summary' i Yttrande.docx, stycke 6 under rubriken ”Sammanfattning”", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_heading_2_typed_at_the_end_of_the_comments_is_a_new_comment_with_its_section()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, "remiss:response.comments").Append(Typed("9 Uppföljning", "Heading2"), Typed("Regionen vill följa upp reformen.")));

        var result = Read(docx);

        AssertNoProblems(result);
        var comments = result.Comments!;
        Assert.Equal([0, 1, null], comments.Comments.Select(c => c.Index));
        Assert.Equal(new WordComment(null, "9", "Uppföljning", "Regionen vill följa upp reformen."), comments.Comments[2]);
        Assert.False(comments.Comments[1].IsChanged);
        Assert.True(comments.HasChanges);
    }

    [Fact]
    public void A_new_comment_typed_at_the_end_of_the_last_comments_text_starts_there()
    {
        var file = TestFiles.LoadExample();
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, "remiss:response.comments[1].text").Append(Typed("5.2 Nationell samordnare", "Heading2"), Typed("Regionen tillstyrker förslaget.")));

        var comments = Read(docx).Comments!.Comments;

        Assert.Equal(file.Response.Comments[1].Text.TrimEnd('\n'), comments[1].Text);
        Assert.Equal(new WordComment(null, "5.2", "Nationell samordnare", "Regionen tillstyrker förslaget."), comments[2]);
    }

    [Fact]
    public void A_deleted_comment_is_absent()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            foreach (var tag in new[] { "remiss:response.comments[0].heading", "remiss-fixed:response.comments[0].position", "remiss:response.comments[0].text" })
            {
                Control(d, tag).Remove();
            }
        });

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.Equal([1], result.Comments!.Comments.Select(c => c.Index));
        Assert.Equal([0], result.Comments.Deleted);
        Assert.True(result.Comments.HasChanges);
    }

    [Fact]
    public void Moved_comments_are_in_their_new_order()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            var first = Control(d, "remiss:response.comments[0].heading");
            foreach (var tag in new[] { "remiss:response.comments[1].heading", "remiss-fixed:response.comments[1].position", "remiss:response.comments[1].text" })
            {
                var control = Control(d, tag);
                control.Remove();
                first.InsertBeforeSelf(control);
            }
        });

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.Equal([1, 0], result.Comments!.Comments.Select(c => c.Index));
        Assert.True(result.Comments.IsReordered);
        Assert.All(result.Comments.Comments, c => Assert.False(c.IsChanged));
    }

    [Fact]
    public void A_changed_comment_heading_keeps_its_section()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Replace(d, "remiss:response.comments[1].heading", Typed("8 Läkare anställda av kommuner", "Heading2")));

        var comment = Read(docx).Comments!.Comments[1];

        Assert.Equal(("8", "Läkare anställda av kommuner", "8", "Kommunalt anställda läkare"), (comment.Section, comment.Heading, comment.RenderedSection, comment.RenderedHeading));
        Assert.True(comment.IsChanged);
    }

    [Fact]
    public void Text_typed_in_the_comments_before_the_first_heading_belongs_to_no_comment()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, "remiss:response.comments").InsertAt(Typed("Inledningsvis vill regionen säga något."), 0));

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("RMS0213", problem.Code);
        Assert.Equal("response.comments", problem.YamlPath);
    }

    [Fact]
    public void A_paragraph_added_after_a_comments_heading_belongs_below_the_position_sentence()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Content(d, "remiss:response.comments[0].heading").Append(Typed("Regionen vill börja med detta.")));

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("RMS0214: Rubriken '6 Medicinsk bedömning dygnet runt' i Yttrande.docx, stycke 7 under rubriken ”6 Medicinsk bedömning dygnet runt” (”Regionen vill börja med detta.”) har fått ett stycke till. En synpunkts text står efter ställningstagandet (”… lämnar följande synpunkter.” och liknande); flytta stycket dit och försök igen.",
            problem.ToString());
    }

    [Fact]
    public void A_field_emptied_in_word_shows_words_placeholder_which_is_no_text()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            var control = Control(d, Summary);
            control.SdtProperties!.Append(new ShowingPlaceholder());
            Replace(d, Summary, Paragraph("""<w:r><w:rPr><w:rStyle w:val="Platshllartext"/></w:rPr><w:t>Klicka eller tryck här för att ange text.</w:t></w:r>"""));
        });

        var result = Read(docx);

        AssertNoProblems(result);
        Assert.Equal(string.Empty, Field(result, "response.summary").Value);
        Assert.True(Field(result, "response.summary").IsChanged);
    }

    [Fact]
    public void A_removed_field_control_is_an_error_not_an_empty_field()
    {
        var docx = Edit(DocumentKind.Yttrande, d => Control(d, Summary).Remove());

        var problem = Assert.Single(Read(docx).Problems);

        Assert.Equal("RMS0211: Fältet 'response.summary' saknas i Yttrande.docx: dess innehållskontroll har tagits bort, så det går inte att veta om texten ska bort eller har flyttats. Återställ fältet i Word (Ångra) eller rendera dokumentet på nytt, och försök igen.",
            problem.ToString());
    }

    [Fact]
    public void A_document_without_its_round_trip_part_has_lost_its_marks()
    {
        var docx = Edit(DocumentKind.Yttrande, d => d.MainDocumentPart!.DeleteParts(d.MainDocumentPart.CustomXmlParts.ToList()));

        var result = Read(docx);

        Assert.True(result.MarksLost);
        Assert.Null(result.Origin);
        Assert.Equal("RMS0200: Yttrande.docx saknar Remiss markeringar: den dolda delen med texterna som de renderades (customXml) saknas. Dokumentet har troligen sparats av ett program som inte behåller dem, så det går inte att veta vilken text som hör till vilket fält, och inget gissas fram ur rubrikerna. Rendera dokumentet på nytt med 'remiss render' och för in ändringarna i den nya filen i Word.",
            Assert.Single(result.Problems).ToString());
        Assert.Empty(result.Fields);
    }

    [Fact]
    public void A_document_whose_content_controls_were_removed_has_lost_its_marks()
    {
        var docx = Edit(DocumentKind.Yttrande, d =>
        {
            var body = Body(d);
            while (body.Descendants<SdtBlock>().FirstOrDefault() is { } control)
            {
                foreach (var child in control.SdtContentBlock!.ChildElements.ToList())
                {
                    child.Remove();
                    control.InsertBeforeSelf(child);
                }

                control.Remove();
            }
        });

        var result = Read(docx);

        Assert.True(result.MarksLost);
        Assert.Contains("innehållskontrollerna runt fälten har tagits bort", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        Assert.NotNull(result.Origin);
    }
}
