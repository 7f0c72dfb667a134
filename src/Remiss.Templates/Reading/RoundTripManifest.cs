using System.Globalization;
using System.Xml.Linq;
using Remiss.Templates.RoundTrip;

namespace Remiss.Templates.Reading;

/// <summary>A field as the round-trip part records it: the Markdown the template inserted, and a heading's section.</summary>
internal sealed record ManifestField(string Path, bool IsText, string? Section, string Markdown);

/// <summary>A standard-wording part as recorded: its key, the YAML key that governs it, its comment, its text as written.</summary>
internal sealed record ManifestFixed(string Key, string? Governs, int? Comment, string Text);

/// <summary>The round-trip part of a document (<see cref="Writers.DocxRoundTripPart"/>), read back.</summary>
internal sealed record RoundTripManifest(string Version, WordOrigin Origin, IReadOnlyList<int>? CommentOrder, IReadOnlyList<ManifestField> Fields, IReadOnlyList<ManifestFixed> Fixed)
{
    private static readonly XNamespace Ns = RoundTripXml.Namespace;
    private const string CustomXmlType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";

    /// <summary>
    /// The part in <paramref name="docx"/>: through the main document's custom XML relationships, as Word keeps them,
    /// else any <c>customXml/*.xml</c> of our namespace (a program that dropped the relationship kept the part). Null
    /// when there is none; a damaged one is an error.
    /// </summary>
    public static RoundTripManifest? Find(BoundedDocx docx, IReadOnlyList<PartRelationship> documentRelationships)
    {
        var candidates = documentRelationships.Where(r => !r.External && r.Type == CustomXmlType).Select(r => r.Target)
            .Concat(docx.Names.Where(n => n.StartsWith("customXml/", StringComparison.OrdinalIgnoreCase) && n.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                && !n.Contains("/itemProps", StringComparison.OrdinalIgnoreCase) && !n.Contains("/_rels/", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in candidates)
        {
            if (docx.Load(name)?.Root is { } root && root.Name == Ns + RoundTripXml.Root)
            {
                return Parse(root);
            }
        }

        return null;
    }

    private static RoundTripManifest Parse(XElement root)
    {
        var version = (string?)root.Attribute("version") ?? string.Empty;
        var source = root.Element(Ns + RoundTripXml.Source);
        var document = root.Element(Ns + RoundTripXml.Document);
        var kind = DocumentKinds.Parse((string?)document?.Attribute("kind")) ?? throw Damaged("dokumentets slag saknas");
        WordMeeting? meeting = null;
        if (Int(document!.Attribute("meeting")) is { } index)
        {
            meeting = new WordMeeting(index, (string?)document.Attribute("body") ?? string.Empty, (string?)document.Attribute("date") ?? string.Empty, Int(document.Attribute("paragraph")) ?? 0);
        }

        var origin = new WordOrigin((string?)source?.Attribute("path"), (string?)source?.Attribute("sha256"), kind, meeting);
        IReadOnlyList<int>? order = null;
        if ((string?)root.Element(Ns + RoundTripXml.Comments)?.Attribute("order") is { } orderText)
        {
            order = orderText.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(i => int.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Damaged("synpunkternas ordning är skadad"))
                .ToList();
            // The renderer writes each rendered comment's index once, in print order; a repeated one was not written by us.
            if (order.Distinct().Count() != order.Count)
            {
                throw Damaged("synpunkternas ordning är skadad");
            }
        }

        var fields = root.Elements(Ns + RoundTripXml.Field).Select(f => new ManifestField(
                (string?)f.Attribute("path") ?? throw Damaged("ett fält saknar sökväg"),
                (string?)f.Attribute("kind") == RoundTripXml.TextKind,
                (string?)f.Attribute("section"),
                f.Value))
            .ToList();
        var fixedParts = root.Elements(Ns + RoundTripXml.Fixed).Select(f => new ManifestFixed(
                (string?)f.Attribute("key") ?? throw Damaged("en standardtext saknar namn"),
                (string?)f.Attribute("governs"),
                Int(f.Attribute("comment")),
                f.Value))
            .ToList();
        return new RoundTripManifest(version, origin, order, fields, fixedParts);
    }

    private static WordReadException Damaged(string what) =>
        new(Remiss.Core.DiagnosticDescriptors.WordMarksLost, "den dolda delen med texterna som de renderades är skadad (" + what + ")");

    private static int? Int(XAttribute? attribute) =>
        int.TryParse((string?)attribute, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
