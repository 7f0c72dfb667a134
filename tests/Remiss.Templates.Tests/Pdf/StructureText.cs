using System.Text.RegularExpressions;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>An element of a PDF's structure tree as <c>pdfinfo -struct-text</c> prints it, with its text and children.</summary>
internal sealed class StructureElement
{
    public required string Type { get; init; }

    public List<object> Children { get; } = [];

    public IEnumerable<StructureElement> Elements => Children.OfType<StructureElement>();

    /// <summary>The element's own text: its text and its inline children's (Link), not its block children's.</summary>
    public string OwnText => string.Concat(Children.Select(c => c switch
    {
        string s => s,
        StructureElement { Type: "Link" or "Span" } e => e.OwnText,
        _ => string.Empty,
    }));

    public IEnumerable<StructureElement> DescendantsAndSelf() => new[] { this }.Concat(Elements.SelectMany(e => e.DescendantsAndSelf()));
}

/// <summary>Reads the tagged structure that screen readers follow, through poppler.</summary>
internal static partial class StructureText
{
    public static StructureElement Read(string pdf)
    {
        var root = new StructureElement { Type = "(root)" };
        var stack = new List<(int Indent, StructureElement Element)> { (-1, root) };
        foreach (var raw in Poppler.Run("pdfinfo", "-struct-text", pdf).Split('\n'))
        {
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var indent = raw.Length - raw.TrimStart().Length;
            while (stack[^1].Indent >= indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            var line = raw.Trim();
            if (line.StartsWith('"') && line.EndsWith('"') && line.Length >= 2)
            {
                stack[^1].Element.Children.Add(line[1..^1]);
            }
            else if (ElementLine().Match(line) is { Success: true } m)
            {
                var element = new StructureElement { Type = m.Groups[1].Value };
                stack[^1].Element.Children.Add(element);
                stack.Add((indent, element));
            }
        }

        return root;
    }

    /// <summary>The text of every paragraph-like element (headings, P, list item bodies), in reading order, empty ones left out.</summary>
    public static IReadOnlyList<string> Paragraphs(string pdf) =>
        Read(pdf).DescendantsAndSelf()
            .Where(e => e.Type is "P" or "LBody" || HeadingType().IsMatch(e.Type))
            .Select(e => e.OwnText)
            .Where(t => t.Length > 0)
            .ToList();

    [GeneratedRegex(@"^(\w+)(?: \(\w+\))?:?$")]
    private static partial Regex ElementLine();

    [GeneratedRegex(@"^H[1-6]$")]
    private static partial Regex HeadingType();
}
