using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>The marks every rendered .docx carries (ROUNDTRIP.md §1): invisible content controls and the round-trip part.</summary>
public class DocxMarksTests
{
    private static readonly XNamespace W = DocxChecks.WordNamespace;
    private static readonly XNamespace W15 = "http://schemas.microsoft.com/office/word/2012/wordml";

    /// <summary>The tagged controls, which are block-level; untagged inline ones (around a paragraph with a line break) are not marks.</summary>
    private static List<XElement> Controls(byte[] docx) =>
        DocxChecks.Load(docx, "word/document.xml").Descendants(W + "sdt").Where(s => s.Element(W + "sdtPr")!.Element(W + "tag") is not null).ToList();

    private static string Tag(XElement sdt) => (string)sdt.Element(W + "sdtPr")!.Element(W + "tag")!.Attribute(W + "val")!;

    [Fact]
    public void The_yttrande_marks_its_fields_its_comments_region_and_its_standard_wording()
    {
        var controls = Controls(WordEdit.Rendered(DocumentKind.Yttrande));

        Assert.Equal(
            [
                "remiss-fixed:response.addressee", "remiss-fixed:response.our_dnr", "remiss-fixed:response.title", "remiss-fixed:template",
                "remiss:response.summary", "remiss:response.comments",
                "remiss:response.comments[0].heading", "remiss-fixed:response.comments[0].position", "remiss:response.comments[0].text",
                "remiss:response.comments[1].heading", "remiss-fixed:response.comments[1].position", "remiss:response.comments[1].text",
                "remiss-fixed:case.organisation", "remiss-fixed:response.signatories[0].name",
            ],
            controls.Select(Tag));
        var region = controls.Single(c => Tag(c) == "remiss:response.comments");
        Assert.Equal(6, region.Element(W + "sdtContent")!.Elements(W + "sdt").Count());
    }

    [Fact]
    public void The_memo_and_the_extract_mark_their_fields()
    {
        var memo = Controls(WordEdit.Rendered(DocumentKind.Tjansteutlatande)).Select(Tag).ToList();
        var extract = Controls(WordEdit.Rendered(DocumentKind.Protokollsutdrag)).Select(Tag).ToList();

        Assert.Equal(["remiss:memo.background", "remiss:memo.assessment"], memo.Where(t => t.StartsWith("remiss:", StringComparison.Ordinal)));
        Assert.Contains("remiss-fixed:decision.intro", memo);
        Assert.Contains("remiss-fixed:decision.clauses[0]", memo);
        Assert.Contains("remiss-fixed:decision.clauses[1]", memo);
        Assert.Contains("remiss-fixed:memo.case_description", memo);
        Assert.Contains("remiss-fixed:decision.notify[0]", memo);
        Assert.Equal(["remiss:memo.background", "remiss:memo.assessment", "remiss:decision.meetings[0].note"], extract.Where(t => t.StartsWith("remiss:", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(DocxSamples.Names), MemberType = typeof(DocxSamples))]
    public void Every_control_is_locked_invisible_and_without_placeholder(string sample)
    {
        var docx = DocxSamples.Get(sample).Render();
        var controls = Controls(docx);

        Assert.NotEmpty(controls);
        Assert.All(controls, sdt =>
        {
            var properties = sdt.Element(W + "sdtPr")!;
            var expectedLock = Tag(sdt).StartsWith("remiss-fixed:", StringComparison.Ordinal) ? "sdtContentLocked" : "sdtLocked";
            Assert.Equal(expectedLock, (string?)properties.Element(W + "lock")!.Attribute(W + "val"));
            Assert.Equal("hidden", (string?)properties.Element(W15 + "appearance")!.Attribute(W15 + "val"));
            Assert.Null(properties.Element(W + "showingPlcHdr"));
            Assert.Null(properties.Element(W + "placeholder"));
            Assert.True(sdt.Element(W + "sdtContent")!.Elements().Any(), "a control with no content");
        });
        Assert.Equal(controls.Count, controls.Select(c => (string?)c.Element(W + "sdtPr")!.Element(W + "id")!.Attribute(W + "val")).Distinct().Count());
        Assert.Empty(DocxChecks.Load(docx, "word/document.xml").Root!.Element(W + "body")!.Elements(W + "p"));
    }

    [Fact]
    public void Every_control_is_block_level_and_a_paragraph_with_a_line_break_has_its_runs_in_an_untagged_inline_one()
    {
        var controls = Controls(WordEdit.Rendered(DocumentKind.Yttrande));

        Assert.All(controls, c => Assert.True(c.Parent!.Name == W + "body" || c.Parent.Name == W + "sdtContent"));
        var signatory = controls.Single(c => Tag(c) == "remiss-fixed:response.signatories[0].name");
        var inline = signatory.Element(W + "sdtContent")!.Element(W + "p")!.Element(W + "sdt")!;
        Assert.Null(inline.Element(W + "sdtPr")!.Element(W + "tag"));
        Assert.Equal("hidden", (string?)inline.Element(W + "sdtPr")!.Element(W15 + "appearance")!.Attribute(W15 + "val"));
        Assert.Single(inline.Descendants(W + "br"));
    }

    [Fact]
    public void The_round_trip_part_is_a_custom_xml_part_word_keeps()
    {
        var docx = WordEdit.Rendered(DocumentKind.Yttrande);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var part = Assert.Single(document.MainDocumentPart!.CustomXmlParts);
        Assert.Equal("/customXml/item1.xml", part.Uri.ToString());
        Assert.Equal("urn:remiss:roundtrip:1", part.CustomXmlPropertiesPart!.DataStoreItem!.SchemaReferences!.Elements<DocumentFormat.OpenXml.CustomXmlDataProperties.SchemaReference>().Single().Uri!.Value);
        using var stream = part.GetStream();
        var root = XDocument.Load(stream).Root!;
        XNamespace ns = "urn:remiss:roundtrip:1";
        Assert.Equal("yttrande", (string?)root.Element(ns + "document")!.Attribute("kind"));
        Assert.Equal("0 1", (string?)root.Element(ns + "comments")!.Attribute("order"));
        Assert.Equal(
            "Region Västernorrland välkomnar utredningens inriktning att stärka samverkan mellan\nregion och kommun, men avstyrker förslaget att kommuner ska kunna anställa läkare.",
            root.Elements(ns + "field").Single(f => (string?)f.Attribute("path") == "response.summary").Value);
        var clause = root.Elements(ns + "fixed").Single(f => (string?)f.Attribute("key") == "response.comments[1].position");
        Assert.Equal(("response.comments[1].position", "1", "Region Västernorrland avstyrker förslaget."), ((string?)clause.Attribute("governs"), (string?)clause.Attribute("comment"), clause.Value));
    }

    [Fact]
    public void Comments_rendered_out_of_yaml_order_record_their_yaml_indexes()
    {
        var yaml = TestFiles.ExampleText.Replace("section: \"6\"", "section: \"9\"", StringComparison.Ordinal);
        var docx = WordEdit.Renderer.Render(TestFiles.Load(yaml), DocumentKind.Yttrande, OutputFormat.Docx);

        var result = WordEdit.Read(docx);

        WordEdit.AssertNoProblems(result);
        Assert.Equal([1, 0], result.Comments!.RenderedOrder);
        Assert.Equal([1, 0], result.Comments.Comments.Select(c => c.Index));
        Assert.False(result.Comments.IsReordered);
        Assert.Equal(["remiss:response.comments[1].heading", "remiss:response.comments[0].heading"], Controls(docx).Select(Tag).Where(t => t.EndsWith(".heading", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_template_that_prints_a_field_as_it_is_gets_its_mark_and_one_that_changes_it_does_not()
    {
        using var templates = TestFiles.Templates(("yttrande.md.scriban", """
            # {{ response.title }}

            {{ response.summary }}

            {{ for comment in response.comments }}
            ## {{ comment.heading }}

            {{ comment.text | string.upcase }}
            {{ end }}

            Sammanfattningen i korthet: {{ response.summary }}
            """));
        var docx = new RemissRenderer(new RenderOptions { TemplateDirectory = templates.Path }).Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx);

        var tags = Controls(docx).Select(Tag).ToList();

        Assert.Contains("remiss:response.summary", tags);
        Assert.Contains("remiss:response.comments[0].heading", tags);
        Assert.DoesNotContain("remiss:response.comments[0].text", tags);
        // The comment's upper-cased text is the template's own wording now; the second summary is printed unmarked.
        var result = WordEdit.Read(docx);
        WordEdit.AssertNoProblems(result);
        Assert.Equal(["response.summary"], result.Fields.Select(f => f.Path));
        Assert.Equal("", result.Comments!.Comments[0].Text);
    }

    [Fact]
    public void A_field_printed_inside_a_sentence_is_standard_wording_governed_by_the_field()
    {
        using var templates = TestFiles.Templates(("yttrande.md.scriban", "# {{ response.title }}\n\nI korthet: {{ response.summary }}\n"));
        var docx = new RemissRenderer(new RenderOptions { TemplateDirectory = templates.Path }).Render(TestFiles.LoadExample(), DocumentKind.Yttrande, OutputFormat.Docx);

        Assert.Equal(["remiss-fixed:response.title", "remiss-fixed:response.summary"], Controls(docx).Select(Tag));
    }

    [Theory]
    [MemberData(nameof(DocxSamples.Names), MemberType = typeof(DocxSamples))]
    public void No_marker_reaches_the_markdown_or_the_html(string sample)
    {
        var file = DocxSamples.Get(sample).Load();
        var kind = DocxSamples.Get(sample).Kind;

        foreach (var format in new[] { OutputFormat.Markdown, OutputFormat.Html })
        {
            var text = System.Text.Encoding.UTF8.GetString(WordEdit.Renderer.Render(file, kind, format));
            Assert.DoesNotContain(text, c => c is '\u0001' or '\u0002' or '\u0003');
        }
    }

    [Fact]
    public void The_extract_and_the_decided_yttrande_are_valid_with_their_marks()
    {
        var decided = TestFiles.LoadDecidedExample();
        foreach (var meeting in decided.Decision.Meetings)
        {
            DocxChecks.AssertOpensCleanly(WordEdit.Renderer.Render(decided, meeting, OutputFormat.Docx));
        }

        var yttrande = WordEdit.Renderer.Render(decided, DocumentKind.Yttrande, OutputFormat.Docx);
        DocxChecks.AssertOpensCleanly(yttrande);
        Assert.Contains("remiss-fixed:response.decided_by", Controls(yttrande).Select(Tag));
    }

    [Fact]
    public void The_zip_lists_the_round_trip_parts_with_their_content_types()
    {
        using var zip = new ZipArchive(new MemoryStream(WordEdit.Rendered(DocumentKind.Yttrande)), ZipArchiveMode.Read);

        Assert.Equal(["customXml/item1.xml", "customXml/_rels/item1.xml.rels", "customXml/itemProps1.xml"], zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("customXml/", StringComparison.Ordinal)));
    }
}
