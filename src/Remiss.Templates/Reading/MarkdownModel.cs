using System.Text;
using System.Xml;
using System.Xml.Linq;
using Remiss.Templates.Structure;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Reading;

/// <summary>
/// The paragraphs the Word writer makes of a field's Markdown (its document structure, written by <see cref="DocxBody"/>),
/// read back with the reader Word's paragraphs are read with: two texts look the same in Word exactly when their
/// paragraph keys are equal, by construction rather than by a second idea of what Markdown means.
/// </summary>
internal static class MarkdownModel
{
    private static readonly XNamespace W = WordXml.W;
    private static readonly XmlWriterSettings Settings = new() { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment };

    /// <summary>One top-level block: its paragraphs and its Markdown source.</summary>
    public sealed record ModelBlock(IReadOnlyList<WordParagraph> Paragraphs, string Source, bool IsList);

    /// <summary>The top-level blocks of <paramref name="markdown"/> that write something, in order, numbered as one field.</summary>
    public static IReadOnlyList<ModelBlock> Blocks(string markdown, out bool hasReferences)
    {
        var parsed = RemissMarkdown.Parse(markdown);
        hasReferences = parsed.Any(b => b is Markdig.Syntax.LinkReferenceDefinitionGroup);
        var document = DocumentBuilder.Build(parsed);
        var blocks = document.Blocks;
        var numbering = new DocxNumbering();
        var xmlText = new StringBuilder(markdown.Length * 3);
        IReadOnlyList<DocxRelationship> links;
        using (var xml = XmlWriter.Create(xmlText, Settings))
        {
            xml.WriteStartElement("w", "body", W.NamespaceName);
            xml.WriteAttributeString("xmlns", "r", null, WordXml.R);
            var body = new DocxBody(xml, numbering);
            foreach (var block in blocks)
            {
                // A wrapper of our own per block, to tell its paragraphs apart when reading them back.
                xml.WriteStartElement("w", "block", W.NamespaceName);
                body.WriteTopLevel(block);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            links = body.Hyperlinks;
        }

        var reader = new ParagraphReader(WordStyles.BuiltIn, numbering, links.ToDictionary(l => l.Id, l => l.Target, StringComparer.Ordinal));
        var root = XElement.Parse(xmlText.ToString());
        var read = root.Elements(W + "block")
            .SelectMany((wrapper, index) => wrapper.Elements().Where(e => e.Name == W + "p" || e.Name == W + "tbl")
                .Select(e => (Block: index, Paragraph: e.Name == W + "tbl" ? WordTable.Read(e, reader, NoEvents.Instance) : reader.Read(e, NoEvents.Instance))))
            .ToList();
        // Each block's paragraphs in one pass (a filter per block was quadratic: 120,000 one-line paragraphs took a minute).
        var paragraphs = new List<WordParagraph>[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            paragraphs[i] = [];
        }

        foreach (var (block, paragraph) in FieldParagraphs.Prepare(read, r => r.Paragraph))
        {
            paragraphs[block].Add(paragraph);
        }

        var result = new List<ModelBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var source = document.Sources[i];
            var end = Math.Min(source.End, markdown.Length - 1);
            result.Add(new ModelBlock(paragraphs[i], markdown[source.Start..(end + 1)], blocks[i] is ListBlock));
        }

        return result;
    }

    /// <summary>The keys of every paragraph of <paramref name="markdown"/>, in order.</summary>
    public static List<string> Keys(string markdown) => Blocks(markdown, out _).SelectMany(b => b.Paragraphs).Select(p => p.Key()).ToList();

    private sealed class NoEvents : IParagraphEvents
    {
        public static readonly NoEvents Instance = new();

        public void TrackedChange(WordChangeKind kind, string author, string? date, string text)
        {
        }

        public void Unsupported(string what)
        {
        }

        public void CommentAnchor(string id)
        {
        }
    }
}
