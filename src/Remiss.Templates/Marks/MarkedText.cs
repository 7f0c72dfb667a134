using System.Globalization;
using System.Text;

namespace Remiss.Templates.Marks;

/// <summary>
/// The markers a marked value is printed between, and taking them out again. A marker is a control character, a
/// decimal id and another control character (<c>U+0001 id U+0002</c> before, <c>U+0003 id U+0002</c> after); the view
/// model's values never contain control characters (<see cref="Model.MarkdownText.Clean"/>), so a marker cannot be
/// confused with text. The .md and .html outputs are the text with the markers taken out, byte for byte what they
/// were before marks existed.
/// </summary>
internal static class MarkedText
{
    private const char Open = '\u0001';
    private const char Close = '\u0003';
    private const char Stop = '\u0002';

    /// <summary>The marker before the value with this id.</summary>
    public static string Start(int id) => Open + id.ToString(CultureInfo.InvariantCulture) + Stop;

    /// <summary>The marker after the value with this id.</summary>
    public static string End(int id) => Close + id.ToString(CultureInfo.InvariantCulture) + Stop;

    /// <summary>True when the line has nothing but whitespace once its markers are taken out.</summary>
    public static bool IsBlank(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (MarkerLength(line, i) is var length and > 0)
            {
                i += length - 1;
            }
            else if (!char.IsWhiteSpace(line[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The text without its markers, and where each marked value stands in it (offsets into the returned text). A
    /// marker without its partner (a template cut a marked value apart) is dropped, and its value is not marked.
    /// </summary>
    public static string Strip(string marked, out IReadOnlyList<MarkedRegion> regions)
    {
        if (marked.IndexOf(Open) < 0)
        {
            regions = [];
            return marked;
        }

        var text = new StringBuilder(marked.Length);
        var open = new Dictionary<int, int>();
        var found = new List<MarkedRegion>();
        for (var i = 0; i < marked.Length; i++)
        {
            var length = MarkerLength(marked, i);
            if (length == 0)
            {
                text.Append(marked[i]);
                continue;
            }

            var id = int.Parse(marked.AsSpan(i + 1, length - 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (marked[i] == Open)
            {
                open[id] = text.Length;
            }
            else if (open.Remove(id, out var start))
            {
                found.Add(new MarkedRegion(id, start, text.Length));
            }

            i += length - 1;
        }

        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        regions = found;
        return text.ToString();
    }

    /// <summary>The length of the marker at <paramref name="index"/>, or 0 when there is none.</summary>
    private static int MarkerLength(string text, int index)
    {
        var c = text[index];
        if (c != Open && c != Close)
        {
            return 0;
        }

        var i = index + 1;
        while (i < text.Length && i - index <= 9 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > index + 1 && i < text.Length && text[i] == Stop ? i - index + 1 : 0;
    }
}

/// <summary>Where the marked value with id <paramref name="Id"/> stands in the Markdown: <c>[Start, End)</c>.</summary>
internal readonly record struct MarkedRegion(int Id, int Start, int End);
