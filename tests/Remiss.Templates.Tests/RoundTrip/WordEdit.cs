using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Core;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>
/// Rendered documents edited with the Open XML SDK the way Word writes its edits: runs split by rsids and spelling
/// marks, direct formatting, its own list styles, tracked changes with author and date, comments in a comments part.
/// </summary>
internal static class WordEdit
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string Author = "Anna Berg";
    public const string Date = "2025-03-20T10:15:00Z";

    public static readonly RemissRenderer Renderer = new();

    /// <summary>The example's yttrande, tjänsteutlåtande, or the utskott's protocol extract of the decided example.</summary>
    public static byte[] Rendered(DocumentKind kind)
    {
        if (kind != DocumentKind.Protokollsutdrag)
        {
            return Renderer.Render(TestFiles.LoadExample(), kind, OutputFormat.Docx);
        }

        var decided = TestFiles.LoadDecidedExample();
        return Renderer.Render(decided, decided.Decision.Meetings[0], OutputFormat.Docx);
    }

    /// <summary>The document after <paramref name="edit"/>, saved by the SDK.</summary>
    public static byte[] Edit(byte[] docx, Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    public static byte[] Edit(DocumentKind kind, Action<WordprocessingDocument> edit) => Edit(Rendered(kind), edit);

    /// <summary>
    /// The document with its part <paramref name="name"/> replaced by what <paramref name="edit"/> makes of its text, below
    /// the SDK (which would mend or refuse what a damaged or hostile file has).
    /// </summary>
    public static byte[] EditPart(byte[] docx, string name, Func<string, string> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var part = zip.CreateEntry(name).Open();
            part.Write(System.Text.Encoding.UTF8.GetBytes(edit(text)));
        }

        return stream.ToArray();
    }

    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    /// <summary>The block-level content control with this tag.</summary>
    public static SdtBlock Control(WordprocessingDocument document, string tag) =>
        Body(document).Descendants<SdtBlock>().Single(s => s.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == tag);

    public static SdtContentBlock Content(WordprocessingDocument document, string tag) => Control(document, tag).SdtContentBlock!;

    /// <summary>A paragraph from its inner XML in the <c>w:</c> namespace.</summary>
    public static Paragraph Paragraph(string innerXml, string? attributes = null) =>
        new($"<w:p xmlns:w=\"{W}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" {attributes}>{innerXml}</w:p>");

    /// <summary>A plain paragraph as Word writes a typed one: rsids on the paragraph and its run.</summary>
    public static Paragraph Typed(string text, string? style = null) => Paragraph(
        (style is null ? string.Empty : $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>") + $"<w:r w:rsidRPr=\"00A51C2E\"><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r>",
        "w:rsidR=\"00A51C2E\" w:rsidRDefault=\"00A51C2E\" w:rsidP=\"00A51C2E\"");

    /// <summary>Replaces every paragraph of a control with <paramref name="paragraphs"/>.</summary>
    public static void Replace(WordprocessingDocument document, string tag, params Paragraph[] paragraphs)
    {
        var content = Content(document, tag);
        content.RemoveAllChildren<Paragraph>();
        foreach (var paragraph in paragraphs)
        {
            content.Append(paragraph);
        }
    }

    /// <summary>Adds a paragraph style the way Word adds a built-in one the first time it is applied (its latent definition).</summary>
    public static void AddStyle(WordprocessingDocument document, string styleXml)
    {
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        styles.Append(new Style($"<w:style xmlns:w=\"{W}\" {styleXml[(styleXml.IndexOf(' ') + 1)..]}"));
    }

    /// <summary>Word's "List Bullet" style and the bullet list it numbers with (numId 10), as Word writes them when the style is first applied.</summary>
    public static void AddListBullet(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        var numberingPart = main.NumberingDefinitionsPart ?? main.AddNewPart<NumberingDefinitionsPart>();
        numberingPart.Numbering ??= new Numbering();
        var numbering = numberingPart.Numbering;
        numbering.InsertAt(new AbstractNum($"""
            <w:abstractNum xmlns:w="{W}" w:abstractNumId="10"><w:nsid w:val="FFFFFF89"/><w:multiLevelType w:val="singleLevel"/><w:tmpl w:val="FA2C6A0A"/>
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:pStyle w:val="Punktlista"/><w:lvlText w:val=""/><w:lvlJc w:val="left"/>
                <w:pPr><w:tabs><w:tab w:val="num" w:pos="360"/></w:tabs><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
            </w:abstractNum>
            """), 0);
        numbering.Append(new NumberingInstance($"<w:num xmlns:w=\"{W}\" w:numId=\"10\"><w:abstractNumId w:val=\"10\"/></w:num>"));
        // A Swedish Word: the style id is "Punktlista", its built-in name "List Bullet".
        AddStyle(document, """<w:style w:type="paragraph" w:styleId="Punktlista"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:numPr><w:numId w:val="10"/></w:numPr><w:contextualSpacing/></w:pPr></w:style>""");
    }

    /// <summary>A review comment by <see cref="Author"/> on the whole of a paragraph, as Word writes one (comments part, range and reference).</summary>
    public static void Comment(WordprocessingDocument document, Paragraph paragraph, string text)
    {
        var main = document.MainDocumentPart!;
        var part = main.WordprocessingCommentsPart ?? main.AddNewPart<WordprocessingCommentsPart>();
        part.Comments ??= new Comments();
        part.Comments.Append(new DocumentFormat.OpenXml.Wordprocessing.Comment($"""
            <w:comment xmlns:w="{W}" w:id="0" w:author="{Author}" w:date="{Date}" w:initials="AB"><w:p><w:pPr><w:pStyle w:val="Kommentarer"/></w:pPr><w:r><w:annotationRef/></w:r><w:r><w:t>{text}</w:t></w:r></w:p></w:comment>
            """));
        paragraph.InsertAt(new CommentRangeStart { Id = "0" }, paragraph.ParagraphProperties is null ? 0 : 1);
        paragraph.Append(new CommentRangeEnd { Id = "0" });
        paragraph.Append(new Run(new RunProperties(new RunStyle { Val = "Kommentarsreferens" }), new CommentReference { Id = "0" }));
    }

    /// <summary>The text of a control's first paragraph.</summary>
    public static string TextOf(WordprocessingDocument document, string tag) => Content(document, tag).Elements<Paragraph>().First().InnerText;

    public static WordReadResult Read(byte[] docx, bool acceptChanges = false) =>
        WordReader.Read(docx, "Yttrande.docx", new WordReadOptions { AcceptChanges = acceptChanges });

    public static WordField Field(WordReadResult result, string path) => result.Fields.Single(f => f.Path == path);

    public static string Messages(WordReadResult result) => string.Join("\n", result.Problems.Select(p => p.ToString()));

    public static void AssertNoProblems(WordReadResult result) => Assert.True(result.Problems.Count == 0, Messages(result));
}
