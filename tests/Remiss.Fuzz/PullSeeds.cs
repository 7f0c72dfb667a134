using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Remiss.Templates;

namespace Remiss.Fuzz;

/// <summary>
/// Writes the seeds of the pull targets (<c>Remiss.Fuzz --write-seeds tests/Remiss.Fuzz/Seeds</c>): the decided example's
/// three documents as rendered, the edits Word makes (text, a new synpunkt, formatting, a review comment, tracked
/// changes) and the hostile shapes the reader must refuse (a zip bomb, an XML bomb, nesting past the limit, broken
/// relationships, no content types, a damaged round-trip part). Run it again when the renderer's output changes.
/// </summary>
public static class PullSeeds
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Document = "word/document.xml";
    private const string Manifest = "customXml/item1.xml";

    /// <summary>Writes <c>pull/*.docx</c> and <c>pull-parts/*.parts</c> under <paramref name="seeds"/>.</summary>
    public static void Write(string seeds)
    {
        var docx = Path.Combine(seeds, "pull");
        var parts = Path.Combine(seeds, "pull-parts");
        Directory.CreateDirectory(docx);
        Directory.CreateDirectory(parts);

        var yttrande = Unzip(PullTargets.Render(DocumentKind.Yttrande));
        var memo = Unzip(PullTargets.Render(DocumentKind.Tjansteutlatande));
        var extract = Unzip(PullTargets.Render(DocumentKind.Protokollsutdrag));
        var edited = Edited(yttrande);
        var reviewed = Reviewed(yttrande);
        var tracked = Tracked(yttrande);
        var bomb = With(yttrande, Document, Encoding.UTF8.GetBytes("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""));
        var deep = With(yttrande, Document, Encoding.UTF8.GetBytes("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 300))));
        var brokenRels = With(With(yttrande, "word/_rels/document.xml.rels", Encoding.UTF8.GetBytes("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../../../saknas.xml"/><Relationship Id="x"/><Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="/word/document.xml"/></Relationships>""")), "word/styles.xml", Encoding.UTF8.GetBytes("inte xml"));
        var noTypes = new Dictionary<string, byte[]>(yttrande, StringComparer.Ordinal);
        noTypes.Remove("[Content_Types].xml");
        var damaged = With(yttrande, Manifest, Encoding.UTF8.GetBytes("""<remiss xmlns="urn:remiss:roundtrip:1" version="1"><document kind="beslut"/><field path="response.summary" kind="markdown">x</field></remiss>"""));

        var cases = new (string Name, Dictionary<string, byte[]> Parts)[]
        {
            ("01-yttrande", yttrande),
            ("02-tjansteutlatande", memo),
            ("03-protokollsutdrag", extract),
            ("05-yttrande-edited", edited),
            ("06-yttrande-review-comment", reviewed),
            ("07-yttrande-tracked-changes", tracked),
            ("09-xml-bomb", bomb),
            ("10-nested-too-deep", deep),
            ("11-broken-relationships", brokenRels),
            ("12-no-content-types", noTypes),
            ("13-round-trip-part-damaged", damaged),
        };
        foreach (var (name, files) in cases)
        {
            File.WriteAllBytes(Path.Combine(docx, name + ".docx"), Zip(files, CompressionLevel.Optimal));
            File.WriteAllBytes(Path.Combine(parts, name + ".parts"), AsParts(files, yttrande));
        }

        // Only as a .docx: stored entries, and a part that inflates past the reader's 16 MiB cap from a few kilobytes.
        File.WriteAllBytes(Path.Combine(docx, "04-yttrande-stored.docx"), Zip(yttrande, CompressionLevel.NoCompression));
        var huge = new MemoryStream();
        huge.Write(Encoding.UTF8.GetBytes("""<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>"""));
        var chunk = Encoding.UTF8.GetBytes(new string('a', 1024 * 1024));
        for (var i = 0; i < 17; i++)
        {
            huge.Write(chunk);
        }

        File.WriteAllBytes(Path.Combine(docx, "08-zip-bomb.docx"), Zip(With(yttrande, Document, huge.ToArray()), CompressionLevel.SmallestSize));
    }

    /// <summary>The summary and a synpunkt retyped, a word in bold and one in italics, and a new synpunkt typed under its own heading.</summary>
    private static Dictionary<string, byte[]> Edited(Dictionary<string, byte[]> parts)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(parts[Document]));
        var summary = Content(document, "remiss:response.summary");
        summary.RemoveNodes();
        summary.Add(Paragraph(Run("Region Västernorrland välkomnar "), Run("varmt", new XElement(W + "b")), Run(" utredningens inriktning, men "), Run("avstyrker", new XElement(W + "i")), Run(" förslaget.")));
        var text = Content(document, "remiss:response.comments[1].text");
        text.Add(Paragraph(Run("Regionen avstyrker därför förslaget.")));
        Content(document, "remiss:response.comments").Add(
            new XElement(W + "p", new XElement(W + "pPr", new XElement(W + "pStyle", new XAttribute(W + "val", "Heading2"))), Run("9 Uppföljning")),
            Paragraph(Run("Regionen föreslår att reformen följs upp efter tre år.")));
        return With(parts, Document, Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting)));
    }

    /// <summary>A review comment on the summary, as Word writes one: the comments part, its relationship and content type, the range and the reference.</summary>
    private static Dictionary<string, byte[]> Reviewed(Dictionary<string, byte[]> parts)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(parts[Document]));
        var paragraph = Content(document, "remiss:response.summary").Element(W + "p")!;
        paragraph.AddFirst(new XElement(W + "commentRangeStart", new XAttribute(W + "id", "0")));
        paragraph.Add(new XElement(W + "commentRangeEnd", new XAttribute(W + "id", "0")),
            new XElement(W + "r", new XElement(W + "commentReference", new XAttribute(W + "id", "0"))));
        var comments = new XElement(W + "comments", new XAttribute(XNamespace.Xmlns + "w", W.NamespaceName),
            new XElement(W + "comment", new XAttribute(W + "id", "0"), new XAttribute(W + "author", "Anna Berg"), new XAttribute(W + "date", "2025-03-20T10:15:00Z"), new XAttribute(W + "initials", "AB"),
                Paragraph(new XElement(W + "r", new XElement(W + "annotationRef")), Run("Stämmer detta med nämndens linje?"))));
        var rels = XDocument.Parse(Encoding.UTF8.GetString(parts["word/_rels/document.xml.rels"]));
        XNamespace r = "http://schemas.openxmlformats.org/package/2006/relationships";
        rels.Root!.Add(new XElement(r + "Relationship", new XAttribute("Id", "rIdComments"), new XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"), new XAttribute("Target", "comments.xml")));
        var types = XDocument.Parse(Encoding.UTF8.GetString(parts["[Content_Types].xml"]));
        XNamespace t = "http://schemas.openxmlformats.org/package/2006/content-types";
        types.Root!.Add(new XElement(t + "Override", new XAttribute("PartName", "/word/comments.xml"), new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")));
        var result = With(parts, Document, Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting)));
        result["word/comments.xml"] = Encoding.UTF8.GetBytes(comments.ToString(SaveOptions.DisableFormatting));
        result["word/_rels/document.xml.rels"] = Encoding.UTF8.GetBytes(rels.ToString(SaveOptions.DisableFormatting));
        result["[Content_Types].xml"] = Encoding.UTF8.GetBytes(types.ToString(SaveOptions.DisableFormatting));
        return result;
    }

    /// <summary>A word inserted and one deleted with tracked changes in the summary.</summary>
    private static Dictionary<string, byte[]> Tracked(Dictionary<string, byte[]> parts)
    {
        var document = XDocument.Parse(Encoding.UTF8.GetString(parts[Document]));
        var paragraph = Content(document, "remiss:response.summary").Element(W + "p")!;
        XAttribute[] Change(int id) => [new(W + "id", id), new(W + "author", "Anna Berg"), new(W + "date", "2025-03-20T10:15:00Z")];
        paragraph.AddFirst(
            new XElement(W + "ins", Change(1), Run("Sammanfattningsvis: ")),
            new XElement(W + "del", Change(2), new XElement(W + "r", new XElement(W + "delText", new XAttribute(XNamespace.Xml + "space", "preserve"), "Inledningsvis "))));
        return With(parts, Document, Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting)));
    }

    private static XElement Content(XDocument document, string tag) =>
        document.Descendants(W + "sdt").Single(s => (string?)s.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val") == tag).Element(W + "sdtContent")!;

    private static XElement Paragraph(params object[] content) => new(W + "p", content);

    private static XElement Run(string text, params XElement[] properties) =>
        new(W + "r", properties.Length == 0 ? null : new XElement(W + "rPr", properties), new XElement(W + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    private static Dictionary<string, byte[]> With(Dictionary<string, byte[]> parts, string name, byte[] bytes) =>
        new(parts, StringComparer.Ordinal) { [name] = bytes };

    private static Dictionary<string, byte[]> Unzip(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
    }

    private static byte[] Zip(Dictionary<string, byte[]> parts, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Word writes it.
            foreach (var (name, bytes) in parts.OrderBy(p => p.Key == "[Content_Types].xml" ? 0 : 1).ThenBy(p => p.Key, StringComparer.Ordinal))
            {
                using var stream = zip.CreateEntry(name, level).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    /// <summary>The parts that differ from the rendered yttrande, in the <c>pull-parts</c> form (word/document.xml first, unmarked).</summary>
    private static byte[] AsParts(Dictionary<string, byte[]> parts, Dictionary<string, byte[]> yttrande)
    {
        var output = new MemoryStream();
        output.Write(parts[Document]);
        foreach (var (name, bytes) in parts.Where(p => p.Key != Document && (!yttrande.TryGetValue(p.Key, out var same) || !same.AsSpan().SequenceEqual(p.Value))).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.Write(Encoding.UTF8.GetBytes("\n" + PullTargets.PartMarker + name + "\n"));
            output.Write(bytes);
        }

        // A part the document does not have: its marker with nothing after it.
        foreach (var name in yttrande.Keys.Where(k => !parts.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            output.Write(Encoding.UTF8.GetBytes("\n" + PullTargets.PartMarker + name + "\n"));
        }

        return output.ToArray();
    }
}
