using System.Xml.Linq;
using Remiss.Core;
using Remiss.Templates.RoundTrip;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Reading;

/// <summary>A paragraph of the document where it stands: its number, the heading above it, its first words.</summary>
internal sealed record PlacedParagraph(WordParagraph Paragraph, WordPlace Place);

/// <summary>One content control of ours as found: a field (<c>remiss:{path}</c>) or a standard-wording part (<c>remiss-fixed:{key}</c>), and its paragraphs.</summary>
internal sealed class Control(string key, bool isFixed, WordPlace place)
{
    public string Key { get; } = key;

    public bool IsFixed { get; } = isFixed;

    /// <summary>Where it starts.</summary>
    public WordPlace Place { get; } = place;

    public List<PlacedParagraph> Paragraphs { get; } = [];

    /// <summary>Text that is not in its paragraphs' text: a table, an image (in standard wording, a change).</summary>
    public List<string> Foreign { get; } = [];

    /// <summary>Tracked changes inside it.</summary>
    public int Changes { get; set; }
}

/// <summary>An item of the comments region, in document order: one of our controls, or a paragraph typed in the region itself.</summary>
internal abstract record RegionItem;

internal sealed record RegionControl(Control Control) : RegionItem;

internal sealed record RegionParagraph(PlacedParagraph Paragraph) : RegionItem;

/// <summary>
/// Walks the document's body once, in order: every paragraph is read, numbered and placed, and sorted into the control
/// it stands in (the innermost of ours; other content controls are looked through). Content outside every control,
/// content a field cannot hold, and tracked changes and review-comment anchors are recorded where they are.
/// </summary>
internal sealed class BodyWalker(ParagraphReader reader, string documentName, bool acceptChanges)
{
    private static readonly XNamespace W = WordXml.W;
    private readonly List<WordProblem> _problems = [];
    private readonly List<WordTrackedChange> _changes = [];
    private string? _headingAbove;
    private int _paragraphs;

    /// <summary>Our controls, in document order (the comments region not among them).</summary>
    public List<Control> Controls { get; } = [];

    /// <summary>The comments region's items, or null when there is none; <see cref="Regions"/> counts them.</summary>
    public List<RegionItem>? Region { get; private set; }

    public int Regions { get; private set; }

    /// <summary>The characters of the text in fields and the comments region: at least what the remiss file would hold of them.</summary>
    public long FieldCharacters { get; private set; }

    /// <summary>The paragraphs with text in fields and the comments region: each is at least one line of the remiss file.</summary>
    public int FieldParagraphs { get; private set; }

    public IReadOnlyList<WordProblem> Problems => _problems;

    public IReadOnlyList<WordTrackedChange> Changes => _changes;

    /// <summary>Review comments' anchors by id: the field (or governing key) and place of the first.</summary>
    public Dictionary<string, (string? Field, WordPlace Place)> CommentAnchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The governing YAML key of a standard-wording part, by its key (from the round-trip part), for messages.</summary>
    public Func<string, string?> GovernsOf { get; init; } = _ => null;

    private abstract record Scope;

    private sealed record Outside : Scope;

    private sealed record InRegion : Scope;

    private sealed record InControl(Control Control) : Scope;

    public void Walk(XElement body) => WalkBlocks(body, new Outside());

    private void WalkBlocks(XElement parent, Scope scope)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.Namespace != W)
            {
                continue;
            }

            switch (child.Name.LocalName)
            {
                case "p":
                    Paragraph(child, scope);
                    break;
                case "tbl":
                    Table(child, scope);
                    break;
                case "sdt":
                    Control(child, scope);
                    break;
                case "customXml" or "ins" or "moveTo":
                    WalkBlocks(child, scope);
                    break;
                case "del" or "moveFrom":
                    // Whole paragraphs deleted as a tracked change: taken as accepted, they are gone.
                    var events = new Events(this, scope, new WordPlace(documentName, _paragraphs + 1, _headingAbove));
                    events.TrackedChange(child.Name.LocalName == "del" ? WordChangeKind.Deletion : WordChangeKind.MovedFrom,
                        (string?)child.Attribute(W + "author") ?? "okänd", (string?)child.Attribute(W + "date"), string.Concat(child.Descendants(W + "delText").Select(t => t.Value)));
                    events.Flush();
                    break;
                case "altChunk":
                    Foreign(scope, "ett inbäddat dokument", null);
                    break;
            }
        }
    }

    private void Control(XElement sdt, Scope scope)
    {
        var tag = (string?)sdt.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val");
        var content = sdt.Element(W + "sdtContent");
        if (content is null)
        {
            return;
        }

        var place = new WordPlace(documentName, _paragraphs + 1, _headingAbove);
        if (sdt.Element(W + "sdtPr")?.Element(W + "showingPlcHdr") is { } placeholder && (string?)placeholder.Attribute(W + "val") is not ("0" or "false" or "off"))
        {
            // Word shows its placeholder ("Klicka eller tryck här …") in a control emptied by the officer: that is no text.
            _paragraphs += content.Descendants(W + "p").Count();
            content = new XElement(W + "sdtContent");
        }

        Scope inner = scope;
        if (tag == RoundTripXml.FieldTagPrefix + RoundTripXml.CommentsPath)
        {
            Regions++;
            Region ??= [];
            inner = new InRegion();
        }
        else if (tag is not null && (tag.StartsWith(RoundTripXml.FieldTagPrefix, StringComparison.Ordinal) || tag.StartsWith(RoundTripXml.FixedTagPrefix, StringComparison.Ordinal)))
        {
            var isFixed = tag.StartsWith(RoundTripXml.FixedTagPrefix, StringComparison.Ordinal);
            var control = new Control(tag[(isFixed ? RoundTripXml.FixedTagPrefix : RoundTripXml.FieldTagPrefix).Length..], isFixed, place);
            Controls.Add(control);
            if (scope is InRegion)
            {
                Region!.Add(new RegionControl(control));
            }

            inner = new InControl(control);
        }

        WalkBlocks(content, inner);
    }

    private void Paragraph(XElement element, Scope scope)
    {
        var number = ++_paragraphs;
        var place = new WordPlace(documentName, number, _headingAbove);
        var events = new Events(this, scope, place);
        var paragraph = reader.Read(element, events);
        place = place with { FirstWords = ParagraphReader.FirstWords(paragraph.RawText) is { Length: > 0 } words ? words : null };
        events.Place = place;
        events.Flush();
        if (paragraph.Role == ParagraphRole.Heading && !paragraph.IsBlank)
        {
            _headingAbove = paragraph.RawText.Replace('\n', ' ').Trim();
        }

        var placed = new PlacedParagraph(paragraph, place);
        switch (scope)
        {
            case InControl { Control: var control }:
                control.Paragraphs.Add(placed);
                if (!control.IsFixed)
                {
                    Count(paragraph);
                }

                break;
            case InRegion:
                Count(paragraph);
                Region!.Add(new RegionParagraph(placed));
                break;
            default:
                if (!paragraph.IsBlank)
                {
                    Problem(DiagnosticDescriptors.WordOutsideFields, null, place, "Ett stycke");
                }

                break;
        }
    }

    /// <summary>
    /// A table: in a field or the comments region, one table paragraph (<see cref="WordTable"/>); in standard wording its
    /// cells' paragraphs, each as the writer captured it; outside every field, content that cannot be pulled.
    /// </summary>
    private void Table(XElement table, Scope scope)
    {
        switch (scope)
        {
            case InControl { Control.IsFixed: true }:
                foreach (var paragraph in table.Descendants(W + "p"))
                {
                    Paragraph(paragraph, scope);
                }

                break;
            case InControl or InRegion:
                var place = new WordPlace(documentName, ++_paragraphs, _headingAbove, FirstWordsOf(table));
                var events = new Events(this, scope, place);
                var read = WordTable.Read(table, reader, events);
                events.Flush();
                var placed = new PlacedParagraph(read, place);
                Count(read);
                if (scope is InControl { Control: var control })
                {
                    control.Paragraphs.Add(placed);
                }
                else
                {
                    Region!.Add(new RegionParagraph(placed));
                }

                break;
            default:
                Foreign(scope, "en tabell", FirstWordsOf(table));
                break;
        }
    }

    private void Count(WordParagraph paragraph)
    {
        FieldCharacters += paragraph.RawText.Length;
        FieldParagraphs += paragraph.IsBlank ? 0 : 1;
    }

    /// <summary>A table or an embedded document: outside, an error; in a field, content it cannot hold; in standard wording, a change.</summary>
    private void Foreign(Scope scope, string what, string? firstWords) =>
        ForeignAt(scope, what, new WordPlace(documentName, _paragraphs + 1, _headingAbove, firstWords));

    private static string? FirstWordsOf(XElement element) =>
        ParagraphReader.FirstWords(string.Join(" ", element.Descendants(W + "t").Select(t => t.Value))) is { Length: > 0 } words ? words : null;

    private static string Capitalised(string what) => char.ToUpperInvariant(what[0]) + what[1..];

    private void Problem(DiagnosticDescriptor descriptor, string? yamlPath, WordPlace place, params object?[] args) =>
        _problems.Add(new WordProblem(descriptor, [place.ToString(), .. args], yamlPath, place));

    /// <summary>The field a scope stands for in lists of changes and comments: a field's path, standard wording's governing key, or null.</summary>
    private string? FieldOf(Scope scope) => scope switch
    {
        InControl { Control: { IsFixed: true } control } => GovernsOf(control.Key),
        InControl { Control: var control } => control.Key,
        InRegion => RoundTripXml.CommentsPath,
        _ => null,
    };

    /// <summary>A paragraph's events, held until its place (with its first words) is known, and adjacent changes of one kind by one author joined.</summary>
    private sealed class Events(BodyWalker walker, Scope scope, WordPlace place) : IParagraphEvents
    {
        private readonly List<(WordChangeKind Kind, string Author, string? Date, string Text)> _changes = [];
        private readonly List<string> _unsupported = [];
        private readonly List<string> _anchors = [];

        public WordPlace Place { get; set; } = place;

        public void TrackedChange(WordChangeKind kind, string author, string? date, string text)
        {
            if (_changes.Count > 0 && _changes[^1].Kind == kind && _changes[^1].Author == author && _changes[^1].Date == date)
            {
                _changes[^1] = _changes[^1] with { Text = _changes[^1].Text + text };
            }
            else
            {
                _changes.Add((kind, author, date, text));
            }
        }

        public void Unsupported(string what)
        {
            if (!_unsupported.Contains(what))
            {
                _unsupported.Add(what);
            }
        }

        public void CommentAnchor(string id) => _anchors.Add(id);

        public void Flush()
        {
            // A new paragraph typed with changes tracked has its mark and its text inserted: one change, not two.
            if (_changes.Any(c => c.Kind == WordChangeKind.Insertion))
            {
                _changes.RemoveAll(c => c.Kind == WordChangeKind.ParagraphInserted && _changes.Any(i => i.Kind == WordChangeKind.Insertion && i.Author == c.Author));
            }

            var field = walker.FieldOf(scope);
            var inStandardWording = scope is InControl { Control.IsFixed: true };
            foreach (var (kind, author, date, text) in _changes)
            {
                walker._changes.Add(new WordTrackedChange(kind, author, date, field, inStandardWording, text, Place));
                if (scope is InControl { Control: var control })
                {
                    control.Changes++;
                }

                var words = text.Length == 0 ? Describe(kind) : text.Trim();
                if (inStandardWording)
                {
                    walker.Problem(DiagnosticDescriptors.WordTrackedChangeInStandardWording, field, Place, KindText(kind), Who(author, date), words, field ?? "mallen");
                }
                else if (!walker.AcceptChanges)
                {
                    walker.Problem(DiagnosticDescriptors.WordTrackedChange, field, Place, KindText(kind), Who(author, date), words);
                }
            }

            _changes.Clear();
            foreach (var what in _unsupported)
            {
                walker.ForeignAt(scope, what, Place);
            }

            _unsupported.Clear();
            foreach (var id in _anchors)
            {
                walker.CommentAnchors.TryAdd(id, (field, Place));
            }

            _anchors.Clear();
        }

        private static string KindText(WordChangeKind kind) => kind switch
        {
            WordChangeKind.Insertion => "infogat",
            WordChangeKind.Deletion => "borttaget",
            WordChangeKind.MovedFrom => "flyttat härifrån",
            WordChangeKind.MovedTo => "flyttat hit",
            WordChangeKind.Formatting => "formatering ändrad",
            WordChangeKind.ParagraphInserted => "nytt stycke",
            _ => "stycken sammanslagna",
        };

        private static string Describe(WordChangeKind kind) => kind is WordChangeKind.ParagraphInserted or WordChangeKind.ParagraphDeleted ? "styckebrytning" : string.Empty;
    }

    private bool AcceptChanges => acceptChanges;

    /// <summary>An author and the day, for messages: <c>Anna Berg den 2025-03-20</c>.</summary>
    internal static string Who(string author, string? date) => date is { Length: >= 10 } ? author + " den " + date[..10] : author;

    private void ForeignAt(Scope scope, string what, WordPlace place)
    {
        switch (scope)
        {
            case InControl { Control: { IsFixed: true } control }:
                control.Foreign.Add(what);
                break;
            case InControl { Control: var control }:
                Problem(DiagnosticDescriptors.WordUnsupportedInField, control.Key, place, Capitalised(what), control.Key);
                break;
            case InRegion:
                Problem(DiagnosticDescriptors.WordUnsupportedInField, RoundTripXml.CommentsPath, place, Capitalised(what), RoundTripXml.CommentsPath);
                break;
            default:
                Problem(DiagnosticDescriptors.WordOutsideFields, null, place, Capitalised(what));
                break;
        }
    }
}
