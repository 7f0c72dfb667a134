using System.Xml.Linq;
using Remiss.Core;
using Remiss.Templates.Reading;
using Remiss.Templates.RoundTrip;
using Remiss.Templates.Writers;

namespace Remiss.Templates;

/// <summary>
/// Reads a rendered .docx back (ROUNDTRIP.md §2): the fields' text as Markdown, the comments region, and every reason
/// the edits cannot be taken back as they are. One place owns WordprocessingML: this reads what
/// <see cref="RemissRenderer"/> writes, with System.IO.Compression and XmlReader only (no Open XML SDK, for the native
/// tool's size). Never throws: a hostile or damaged file is a problem (RMS0201, RMS0202) within bounded time and memory.
/// Thread-safe.
/// </summary>
public static class WordReader
{
    private static readonly XNamespace W = WordXml.W;
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>Reads <paramref name="docx"/>, named <paramref name="docxPath"/> in messages.</summary>
    public static WordReadResult Read(byte[] docx, string docxPath, WordReadOptions? options = null) =>
        Read(new ArraySegment<byte>(docx ?? []), docxPath, options);

    /// <summary>
    /// Reads the document in <paramref name="docx"/>, part of a larger array (the server decodes a request's base64 in
    /// place, so that a large body is not copied again), named <paramref name="docxPath"/> in messages.
    /// </summary>
    public static WordReadResult Read(ArraySegment<byte> docx, string docxPath, WordReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docxPath);
        options ??= WordReadOptions.Default;
        var name = Path.GetFileName(docxPath) is { Length: > 0 } fileName ? fileName : docxPath;
        try
        {
            if (docx.Count == 0)
            {
                throw new WordReadException(DiagnosticDescriptors.WordUnreadable, "filen är tom");
            }

            if (docx.Count > options.MaxDocxBytes)
            {
                throw new WordReadException(DiagnosticDescriptors.WordTooLarge, $"filen är {docx.Count} byte, mer än gränsen {options.MaxDocxBytes} byte");
            }

            using var package = BoundedDocx.Open(docx);
            try
            {
                return new Run(package, name, docxPath, options).Read();
            }
            catch (WordReadException e)
            {
                // A damaged body with its round-trip part intact still says where it came from, so the real cause is
                // reported at its remiss file, with or without --into.
                return Failed(docxPath, name, e.Descriptor, e.Reason) with { Origin = OriginOf(package) };
            }
        }
        catch (WordReadException e)
        {
            return Failed(docxPath, name, e.Descriptor, e.Reason);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never an exception out of the reader: what went wrong is reported, to be mended.
            return Failed(docxPath, name, DiagnosticDescriptors.WordInternalError, e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>The origin the round-trip part records, or null when it cannot be read either.</summary>
    private static WordOrigin? OriginOf(BoundedDocx package)
    {
        try
        {
            return RoundTripManifest.Find(package, [])?.Origin;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static WordReadResult Failed(string path, string name, DiagnosticDescriptor descriptor, string reason)
    {
        var place = new WordPlace(name);
        return new WordReadResult { DocxPath = path, Problems = [new WordProblem(descriptor, [place.ToString(), reason], null, place)] };
    }

    /// <summary>One read of one document.</summary>
    private sealed class Run(BoundedDocx docx, string name, string path, WordReadOptions options)
    {
        private readonly List<WordProblem> _problems = [];

        public WordReadResult Read()
        {
            var main = docx.MainDocumentName();
            var document = docx.Load(main) ?? throw new WordReadException(DiagnosticDescriptors.WordUnreadable, $"dokumentdelen {main} saknas");
            var body = document.Root?.Element(W + "body") ?? throw new WordReadException(DiagnosticDescriptors.WordUnreadable, "dokumentet har ingen brödtext (w:body)");
            var relationships = docx.Relationships(main);
            var styles = WordStyles.From(Optional(relationships, "styles"));
            var numbering = WordNumbering.From(Optional(relationships, "numbering"));
            var hyperlinks = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var link in relationships.Where(r => r.External && r.Type == RelationshipTypes + "hyperlink"))
            {
                hyperlinks.TryAdd(link.Id, link.Target);
            }

            var manifest = RoundTripManifest.Find(docx, relationships);
            var governs = manifest?.Fixed.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Governs, StringComparer.Ordinal) ?? [];
            var walker = new BodyWalker(new ParagraphReader(styles, numbering, hyperlinks), name, options.AcceptChanges)
            {
                GovernsOf = key => governs.GetValueOrDefault(key),
            };
            walker.Walk(body);
            var reviewComments = ReviewComments(relationships, walker);
            var documentPlace = new WordPlace(name);
            if (manifest is null)
            {
                return Lost(walker, reviewComments, null, "den dolda delen med texterna som de renderades (customXml) saknas");
            }

            if (manifest.Version != RoundTripXml.Version)
            {
                return int.TryParse(manifest.Version, out var version) && version > 1
                    ? new WordReadResult { DocxPath = path, Origin = manifest.Origin, Problems = [new WordProblem(DiagnosticDescriptors.WordNewerMarks, [documentPlace.ToString(), manifest.Version], null, documentPlace)] }
                    : Lost(walker, reviewComments, manifest.Origin, $"markeringarnas version \"{manifest.Version}\" är okänd");
            }

            if (walker.Controls.Count == 0 && walker.Regions == 0)
            {
                return Lost(walker, reviewComments, manifest.Origin, "innehållskontrollerna runt fälten har tagits bort");
            }

            if (walker.FieldParagraphs > TextLimits.Lines)
            {
                throw new WordReadException(DiagnosticDescriptors.WordTooManyParagraphs,
                    $"fälten har {walker.FieldParagraphs} stycken text (högst {TextLimits.Lines})");
            }

            if (walker.FieldCharacters > TextLimits.Characters)
            {
                // Checked before any field is converted: what would not fit in the remiss file is not worked on.
                throw new WordReadException(DiagnosticDescriptors.WordTextTooLarge,
                    $"fälten har {walker.FieldCharacters} tecken text (högst {TextLimits.Characters})");
            }

            _problems.AddRange(walker.Problems);
            var known = new HashSet<string>(manifest.Fields.Select(f => f.Path).Concat(manifest.Fixed.Select(f => f.Key)), StringComparer.Ordinal);
            foreach (var stranger in walker.Controls.Where(c => !known.Contains(c.Key) && c.Key != RoundTripXml.CommentsPath))
            {
                // A control copied in from another document: its text is outside this document's fields.
                foreach (var paragraph in stranger.Paragraphs.Where(p => !p.Paragraph.IsBlank))
                {
                    Problem(DiagnosticDescriptors.WordOutsideFields, null, paragraph.Place, "Ett stycke");
                }
            }

            var fields = new List<WordField>();
            foreach (var field in manifest.Fields.Where(f => FieldMarkIndex(f.Path) is null))
            {
                if (Single(walker.Controls.Where(c => !c.IsFixed && c.Key == field.Path).ToList(), field.Path, documentPlace) is { } control)
                {
                    fields.Add(Field(field, control));
                }
            }

            WordCommentsRegion? comments = null;
            var deleted = new HashSet<int>();
            if (manifest.CommentOrder is { } order)
            {
                if (walker.Region is null || walker.Regions > 1)
                {
                    Problem(walker.Region is null ? DiagnosticDescriptors.WordFieldMissing : DiagnosticDescriptors.WordFieldTwice, RoundTripXml.CommentsPath, documentPlace, RoundTripXml.CommentsPath);
                }

                if (walker.Region is not null)
                {
                    comments = new CommentsRegion(manifest, walker, options.AcceptChanges, documentPlace, _problems).Build(order);
                    deleted.UnionWith(comments.Deleted);
                }
            }

            foreach (var part in manifest.Fixed)
            {
                StandardWording(part, walker.Controls.Where(c => c.IsFixed && c.Key == part.Key).ToList(), deleted, documentPlace);
            }

            foreach (var comment in reviewComments)
            {
                Problem(DiagnosticDescriptors.WordReviewComment, comment.Field, comment.Place, BodyWalker.Who(comment.Author, comment.Date), comment.Text);
            }

            return new WordReadResult
            {
                DocxPath = path,
                Origin = manifest.Origin,
                Fields = fields,
                Comments = comments,
                Problems = _problems.OrderBy(p => p.Place.Paragraph ?? int.MaxValue).ToList(),
                TrackedChanges = walker.Changes,
                ReviewComments = reviewComments,
            };
        }

        /// <summary>The result when the marks are gone: that error only (every paragraph would otherwise be "outside"), with the changes and comments found.</summary>
        private WordReadResult Lost(BodyWalker walker, IReadOnlyList<WordReviewComment> reviewComments, WordOrigin? origin, string what)
        {
            var place = new WordPlace(name);
            return new WordReadResult
            {
                DocxPath = path,
                Origin = origin,
                Problems = [new WordProblem(DiagnosticDescriptors.WordMarksLost, [place.ToString(), what], null, place)],
                TrackedChanges = walker.Changes,
                ReviewComments = reviewComments,
            };
        }

        private static int? FieldMarkIndex(string path) => Marks.FieldMark.CommentIndexOf(path);

        /// <summary>The one control of <paramref name="key"/>; a missing or repeated one is an error.</summary>
        private Control? Single(List<Control> found, string key, WordPlace documentPlace)
        {
            if (found.Count == 1)
            {
                return found[0];
            }

            Problem(found.Count == 0 ? DiagnosticDescriptors.WordFieldMissing : DiagnosticDescriptors.WordFieldTwice, key, found.Count == 0 ? documentPlace : found[1].Place, key);
            return null;
        }

        private WordField Field(ManifestField field, Control control)
        {
            if (field.IsText)
            {
                var text = string.Join(" ", control.Paragraphs.Where(p => !p.Paragraph.IsBlank).Select(p => p.Paragraph.RawText.Replace('\n', ' ').Trim()));
                return new WordField(field.Path, WordFieldKind.Text, text, HeadingWithoutSection(field.Markdown, field.Section));
            }

            var paragraphs = FieldParagraphs.Prepare(JoinDeletedMarks(control.Paragraphs, options.AcceptChanges), p => p.Paragraph);
            var markdown = FieldMarkdown.Convert(paragraphs.Select(p => p.Paragraph).ToList(), field.Markdown, out var faithful);
            if (!faithful)
            {
                Problem(DiagnosticDescriptors.WordNotMarkdown, field.Path, paragraphs.FirstOrDefault()?.Place ?? control.Place, field.Path);
            }

            return new WordField(field.Path, WordFieldKind.Markdown, markdown, field.Markdown);
        }

        /// <summary>Compares a standard-wording part with its text as rendered: changed, removed or repeated is an error naming the YAML key that governs it.</summary>
        private void StandardWording(ManifestFixed part, List<Control> found, HashSet<int> deletedComments, WordPlace documentPlace)
        {
            if (found.Count == 0)
            {
                if (part.Comment is not { } comment || !deletedComments.Contains(comment))
                {
                    Problem(DiagnosticDescriptors.WordStandardWordingRemoved, part.Governs, documentPlace, part.Text.Replace('\n', ' '), part.Governs ?? "mallen");
                }

                return;
            }

            if (found.Count > 1)
            {
                Problem(DiagnosticDescriptors.WordFieldTwice, part.Governs, found[1].Place, part.Text.Replace('\n', ' '));
                return;
            }

            var control = found[0];
            if (control.Changes > 0)
            {
                return; // each tracked change is its own error already
            }

            var now = string.Join("\n", control.Paragraphs.Select(p => p.Paragraph.RawText)).Trim();
            if (control.Foreign.Count > 0)
            {
                now = (now + " " + string.Join(" ", control.Foreign.Select(f => "[" + f + "]"))).Trim();
            }

            if (string.Equals(now, part.Text.Trim(), StringComparison.Ordinal))
            {
                return;
            }

            var place = control.Paragraphs.FirstOrDefault()?.Place ?? control.Place;
            if (part.Governs is null)
            {
                Problem(DiagnosticDescriptors.WordTemplateWordingChanged, null, place, part.Text.Replace('\n', ' '), now.Replace('\n', ' '));
            }
            else
            {
                Problem(DiagnosticDescriptors.WordStandardWordingChanged, part.Governs, place, part.Text.Replace('\n', ' '), now.Replace('\n', ' '), part.Governs);
            }
        }

        private IReadOnlyList<WordReviewComment> ReviewComments(IReadOnlyList<PartRelationship> relationships, BodyWalker walker)
        {
            if (Optional(relationships, "comments") is not { Root: { } root })
            {
                return [];
            }

            var list = new List<WordReviewComment>();
            foreach (var comment in root.Elements(W + "comment"))
            {
                var id = (string?)comment.Attribute(W + "id") ?? string.Empty;
                var text = string.Join(" ", comment.Elements(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))).Trim();
                var (field, place) = walker.CommentAnchors.TryGetValue(id, out var anchor) ? anchor : (null, new WordPlace(name));
                list.Add(new WordReviewComment((string?)comment.Attribute(W + "author") is { Length: > 0 } author ? author : "okänd", (string?)comment.Attribute(W + "date"), field, text, place));
            }

            return list;
        }

        /// <summary>A part the main document points at by relationship type, or null when it is missing or damaged (the document still reads without it).</summary>
        private XDocument? Optional(IReadOnlyList<PartRelationship> relationships, string type)
        {
            var target = relationships.FirstOrDefault(r => !r.External && r.Type == RelationshipTypes + type)?.Target;
            if (target is null)
            {
                return null;
            }

            try
            {
                return docx.Load(target);
            }
            catch (WordReadException e) when (e.Descriptor == DiagnosticDescriptors.WordUnreadable)
            {
                return null;
            }
        }

        private void Problem(DiagnosticDescriptor descriptor, string? yamlPath, WordPlace place, params object?[] args) =>
            _problems.Add(new WordProblem(descriptor, [place.ToString(), .. args], yamlPath, place));
    }

    /// <summary>
    /// Paragraphs with their mark deleted as a tracked change, joined to the next when changes are accepted (as Word
    /// joins them); not accepted, each change is an error already and they stay apart.
    /// </summary>
    internal static List<PlacedParagraph> JoinDeletedMarks(IReadOnlyList<PlacedParagraph> paragraphs, bool accept)
    {
        var result = new List<PlacedParagraph>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var current = paragraphs[i];
            while (accept && current.Paragraph.MarkDeleted && i + 1 < paragraphs.Count)
            {
                var next = paragraphs[++i].Paragraph;
                next.Runs = [.. current.Paragraph.Runs, .. next.Runs];
                next.RawText = current.Paragraph.RawText + next.RawText;
                current = new PlacedParagraph(next, current.Place);
            }

            result.Add(current);
        }

        return result;
    }

    /// <summary>A comment heading's plain text as rendered: the inserted Markdown unescaped, without its leading section number.</summary>
    internal static string HeadingWithoutSection(string markdown, string? section)
    {
        var heading = Unescape(markdown);
        return section is not null && heading.StartsWith(section + " ", StringComparison.Ordinal) ? heading[(section.Length + 1)..] : heading;
    }

    /// <summary>Markdown-escaped plain text (<see cref="Model.MarkdownText.Escape"/>) as plain text again.</summary>
    internal static string Unescape(string markdown) => System.Text.RegularExpressions.Regex.Replace(markdown, @"\\(.)", "$1", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
