using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Reading;

/// <summary>What reading a paragraph finds besides its text: tracked changes, content Markdown cannot hold, review-comment anchors.</summary>
internal interface IParagraphEvents
{
    void TrackedChange(WordChangeKind kind, string author, string? date, string text);

    /// <summary>Content that is not text (<paramref name="what"/> in Swedish, with its article: <c>en bild</c>).</summary>
    void Unsupported(string what);

    void CommentAnchor(string id);
}

/// <summary>
/// Reads one <c>w:p</c> into a <see cref="WordParagraph"/>: its role from its style and numbering, and its runs with
/// bold, italic, code and links. Word's noise is skipped (<c>w:proofErr</c>, bookmarks, rsids, language, fonts and sizes,
/// <c>w:noProof</c>, smart tags, permission ranges); tracked changes are taken as accepted (inserted text kept, deleted
/// text left out) and reported, as are images, text boxes, footnotes and formulas, which Markdown cannot hold.
/// </summary>
internal sealed partial class ParagraphReader(WordStyles styles, IListFormats numbering, IReadOnlyDictionary<string, string> hyperlinks)
{
    private static readonly XNamespace W = WordXml.W;
    private static readonly XNamespace R = WordXml.R;
    private const string MathNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private const string CompatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public WordParagraph Read(XElement paragraph, IParagraphEvents events)
    {
        var result = new WordParagraph();
        var pPr = paragraph.Element(W + "pPr");
        if (pPr?.Element(W + "rPr") is { } markProperties)
        {
            if (markProperties.Element(W + "del") is { } deleted)
            {
                result.MarkDeleted = true;
                events.TrackedChange(WordChangeKind.ParagraphDeleted, Author(deleted), Date(deleted), string.Empty);
            }

            if (markProperties.Element(W + "ins") is { } inserted)
            {
                events.TrackedChange(WordChangeKind.ParagraphInserted, Author(inserted), Date(inserted), string.Empty);
            }
        }

        var runs = new List<WordRun>();
        var fields = new Stack<ComplexField>();
        ReadInline(paragraph, new Format(false, false, null), runs, fields, events);
        result.Runs = runs;
        result.RawText = string.Concat(runs.Select(r => r.Text));
        if (pPr?.Element(W + "pPrChange") is { } formatting)
        {
            events.TrackedChange(WordChangeKind.Formatting, Author(formatting), Date(formatting), FirstWords(result.RawText));
        }

        Classify(result, pPr);
        return result;
    }

    /// <summary>The first words of a text, for messages: at most eight, then <c>…</c>.</summary>
    public static string FirstWords(string text)
    {
        var words = text.Split([' ', '\n', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 8 ? string.Join(' ', words) : string.Join(' ', words.Take(8)) + " …";
    }

    private void Classify(WordParagraph paragraph, XElement? pPr)
    {
        var style = styles.Paragraph((string?)pPr?.Element(W + "pStyle")?.Attribute(W + "val"));
        var direct = pPr?.Element(W + "numPr") is { } numPr ? WordStyles.NumberOf(numPr) : null;
        int? outline = int.TryParse((string?)pPr?.Element(W + "outlineLvl")?.Attribute(W + "val"), NumberStyles.None, CultureInfo.InvariantCulture, out var o) && o < 6 ? o + 1 : null;
        var heading = style.Heading ?? outline;
        var list = direct ?? style.Numbering;
        if (heading is { } level)
        {
            paragraph.Role = ParagraphRole.Heading;
            paragraph.Level = level;
        }
        else if (list is { NumId: > 0 } number && numbering.Level(number.NumId, number.Level) is { } format)
        {
            paragraph.Role = ParagraphRole.ListItem;
            paragraph.Level = number.Level;
            paragraph.Ordered = format.Ordered;
            paragraph.Start = format.Start;
            paragraph.ListKey = number.NumId;
        }
        else if (direct is null && style.ListByName is { } byName)
        {
            paragraph.Role = ParagraphRole.ListItem;
            paragraph.Level = byName.Level;
            paragraph.Ordered = byName.Ordered;
            paragraph.ListKey = -1 - byName.Level - (byName.Ordered ? 100 : 0);
        }
        else if (style.Quote)
        {
            paragraph.Role = ParagraphRole.Quote;
        }
        else if (style.Code)
        {
            paragraph.Role = ParagraphRole.Code;
        }
        else if (style.ListParagraph)
        {
            paragraph.Role = ParagraphRole.ListContinuation;
        }
        else if (paragraph.IsBlank && pPr?.Element(W + "pBdr")?.Element(W + "bottom") is { } bottom && (string?)bottom.Attribute(W + "val") is not ("none" or "nil"))
        {
            paragraph.Role = ParagraphRole.Rule;
        }
    }

    private readonly record struct Format(bool Bold, bool Italic, string? Link);

    /// <summary>A complex field (<c>w:fldChar</c> begin … separate … end): its instruction, and whether its result is being read.</summary>
    private sealed class ComplexField
    {
        public StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public string? Link { get; set; }
    }

    private void ReadInline(XElement parent, Format format, List<WordRun> runs, Stack<ComplexField> fields, IParagraphEvents events)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.Namespace == MathNamespace)
            {
                events.Unsupported("en formel");
                continue;
            }

            if (child.Name.Namespace == CompatibilityNamespace)
            {
                if (child.Name.LocalName == "AlternateContent")
                {
                    events.Unsupported(Describe(child));
                }

                continue;
            }

            if (child.Name.Namespace != W)
            {
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "r":
                    ReadRun(child, format, runs, fields, events);
                    break;
                case "hyperlink":
                    var url = (string?)child.Attribute(R + "id") is { } id && hyperlinks.TryGetValue(id, out var target) ? WebLink(target) : null;
                    ReadInline(child, format with { Link = url ?? format.Link }, runs, fields, events);
                    break;
                case "ins" or "moveTo":
                    var before = runs.Count;
                    ReadInline(child, format, runs, fields, events);
                    events.TrackedChange(child.Name.LocalName == "ins" ? WordChangeKind.Insertion : WordChangeKind.MovedTo, Author(child), Date(child),
                        string.Concat(runs.Skip(before).Select(r => r.Text)));
                    break;
                case "del" or "moveFrom":
                    events.TrackedChange(child.Name.LocalName == "del" ? WordChangeKind.Deletion : WordChangeKind.MovedFrom, Author(child), Date(child), DeletedText(child));
                    break;
                case "smartTag" or "customXml" or "dir" or "bdo":
                    ReadInline(child, format, runs, fields, events);
                    break;
                case "sdt":
                    if (child.Element(W + "sdtContent") is { } content)
                    {
                        ReadInline(content, format, runs, fields, events);
                    }

                    break;
                case "fldSimple":
                    var link = HyperlinkOf((string?)child.Attribute(W + "instr")) ?? format.Link;
                    ReadInline(child, format with { Link = link }, runs, fields, events);
                    break;
                case "commentRangeStart":
                    if ((string?)child.Attribute(W + "id") is { } commentId)
                    {
                        events.CommentAnchor(commentId);
                    }

                    break;
                case "subDoc":
                    events.Unsupported("ett underdokument");
                    break;
            }
        }
    }

    private void ReadRun(XElement run, Format format, List<WordRun> runs, Stack<ComplexField> fields, IParagraphEvents events)
    {
        var rPr = run.Element(W + "rPr");
        var character = styles.Character((string?)rPr?.Element(W + "rStyle")?.Attribute(W + "val"));
        var bold = WordStyles.Toggle(rPr?.Element(W + "b")) ?? character.Bold;
        var italic = WordStyles.Toggle(rPr?.Element(W + "i")) ?? character.Italic;
        var hidden = WordStyles.Toggle(rPr?.Element(W + "vanish")) ?? false;
        var text = new StringBuilder();
        foreach (var child in run.Elements())
        {
            if (child.Name.Namespace == CompatibilityNamespace && child.Name.LocalName == "AlternateContent")
            {
                events.Unsupported(Describe(child));
                continue;
            }

            if (child.Name.Namespace != W)
            {
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "t":
                    if (fields.Count == 0 || fields.Peek().InResult)
                    {
                        text.Append(child.Value);
                    }

                    break;
                case "tab" or "ptab":
                    text.Append('\t');
                    break;
                case "br":
                    // A page or column break is layout, not text.
                    if ((string?)child.Attribute(W + "type") is null or "textWrapping")
                    {
                        text.Append('\n');
                    }

                    break;
                case "cr":
                    text.Append('\n');
                    break;
                case "noBreakHyphen":
                    text.Append('\u2011');
                    break;
                case "sym":
                    if (int.TryParse((string?)child.Attribute(W + "char"), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code is > 0x1F and < 0xD800)
                    {
                        text.Append((char)code);
                    }

                    break;
                case "fldChar":
                    switch ((string?)child.Attribute(W + "fldCharType"))
                    {
                        case "begin":
                            Flush();
                            fields.Push(new ComplexField());
                            break;
                        case "separate" when fields.Count > 0:
                            Flush();
                            fields.Peek().InResult = true;
                            fields.Peek().Link = HyperlinkOf(fields.Peek().Instruction.ToString());
                            break;
                        case "end" when fields.Count > 0:
                            Flush();
                            fields.Pop();
                            break;
                    }

                    break;
                case "instrText":
                    if (fields.Count > 0)
                    {
                        fields.Peek().Instruction.Append(child.Value);
                    }

                    break;
                case "drawing":
                    events.Unsupported(child.Descendants().Any(e => e.Name.LocalName == "txbx" || e.Name.LocalName == "txbxContent") ? "en textruta" : "en bild");
                    break;
                case "pict":
                    events.Unsupported(child.Descendants().Any(e => e.Name.LocalName == "textbox" || e.Name.LocalName == "txbxContent") ? "en textruta" : "en bild");
                    break;
                case "object" or "embeddedObject":
                    events.Unsupported("ett inbäddat objekt");
                    break;
                case "footnoteReference":
                    events.Unsupported("en fotnot");
                    break;
                case "endnoteReference":
                    events.Unsupported("en slutnot");
                    break;
                case "commentReference":
                    if ((string?)child.Attribute(W + "id") is { } id)
                    {
                        events.CommentAnchor(id);
                    }

                    break;
            }
        }

        Flush();
        if (rPr?.Element(W + "rPrChange") is { } change)
        {
            events.TrackedChange(WordChangeKind.Formatting, Author(change), Date(change), string.Concat(run.Elements(W + "t").Select(t => t.Value)));
        }

        void Flush()
        {
            if (text.Length == 0)
            {
                return;
            }

            if (hidden)
            {
                events.Unsupported("dold text");
            }
            else
            {
                var link = fields.Count > 0 && fields.Peek().InResult ? fields.Peek().Link ?? format.Link : format.Link;
                runs.Add(new WordRun(text.ToString(), bold, italic, character.Code, link));
            }

            text.Clear();
        }
    }

    /// <summary>What a markup-compatibility block holds, for the message: Word wraps drawings and text boxes in one.</summary>
    private static string Describe(XElement alternate) =>
        alternate.Descendants().Any(e => e.Name.LocalName is "txbx" or "txbxContent" or "textbox") ? "en textruta"
        : alternate.Descendants().Any(e => e.Name.LocalName is "drawing" or "pict" or "blip" or "imagedata") ? "en bild"
        : "ett objekt";

    private static string DeletedText(XElement deletion) =>
        string.Concat(deletion.Descendants().Where(e => e.Name == W + "delText" || e.Name == W + "t" || e.Name == W + "tab")
            .Select(e => e.Name == W + "tab" ? "\t" : e.Value));

    private static string Author(XElement change) => (string?)change.Attribute(W + "author") is { Length: > 0 } author ? author : "okänd";

    private static string? Date(XElement change) => (string?)change.Attribute(W + "date");

    /// <summary>A web address as the writer writes links (http, https or mailto, absolute), or null: any other target is text.</summary>
    public static string? WebLink(string target) => DocumentLinks.Target(target);

    private static string? HyperlinkOf(string? instruction)
    {
        if (instruction is null || HyperlinkField().Match(instruction) is not { Success: true } match)
        {
            return null;
        }

        return WebLink(match.Groups[1].Value);
    }

    [GeneratedRegex(@"^\s*HYPERLINK\s+""([^""]+)""\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HyperlinkField();
}
