using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// The list of consulted bodies under a <c>Remissinstanser</c> (or <c>Sändlista</c>) heading, one per line,
/// with a limitation written in parentheses after a name: <c>Region Västernorrland (begränsad till avsnitt 5 och 6)</c>.
/// </summary>
internal static class PageBodies
{
    private static readonly TimeSpan Timeout = PageText.RegexTimeout;
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Heading = new(@"^(?:förteckning över\s+)?(?:remissinstanser(?:na)?|sändlista(?:n)?)\s*:?$", Options, Timeout);

    // What follows the list on pages and in missives: the deadline paragraph, contact details, page furniture.
    private static readonly Regex NextSection = new(
        @"^(?:remissvar\w*|sista dag|svaren|svar|ytterligare|information|kontakt\w*|ta del av|relaterat|dokument|läs mer|publicerad|uppdaterad|till toppen|om remissen|råd om|hur|remissen|dela|skriv ut|bilaga\w*|observera|notera|kopia till|för kännedom)\b",
        Options, Timeout);

    private static readonly Regex PageFurniture = new(@"^(?:\d+\s*\(\s*\d+\s*\)|\d+|sida \d+.*|\d{4}-\d{2}-\d{2}|\p{L}{1,3}\d{4}/\d+(?:/\p{L}+)?)$", Options, Timeout);
    private static readonly Regex Limitation = new(@"^(?<name>.+?)\s*\((?<limitation>\p{Ll}[^()]*)\)$", RegexOptions.CultureInvariant, Timeout);

    public static EquatableArray<PageValue<ConsultedBody>> Read(PageText page)
    {
        var lines = page.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Heading.IsMatch(lines[i].Text))
            {
                var list = ReadList(lines, i + 1);
                if (list.Count > 0)
                {
                    return list.ToEquatableArray();
                }
            }
        }

        return EquatableArray<PageValue<ConsultedBody>>.Empty;
    }

    private static List<PageValue<ConsultedBody>> ReadList(IReadOnlyList<CleanLine> lines, int start)
    {
        var list = new List<PageValue<ConsultedBody>>();
        var blanks = 0;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.TrimEnd(',', ';').Trim();
            if (text.Length == 0)
            {
                if (++blanks >= 3 && list.Count > 0)
                {
                    break;
                }

                continue;
            }

            blanks = 0;
            if (PageFurniture.IsMatch(text))
            {
                continue; // a PDF's page number, date or dnr repeated at the top of a page
            }

            if (line.IsHeading || IsSentence(text) || NextSection.IsMatch(text) || text.Length > 200)
            {
                break;
            }

            var body = Limitation.Match(text) is { Success: true } limited
                ? new ConsultedBody(limited.Groups["name"].Value.Trim(), limited.Groups["limitation"].Value.Trim())
                : new ConsultedBody(text, null);
            if (!list.Any(b => string.Equals(b.Value.Name, body.Name, StringComparison.OrdinalIgnoreCase)))
            {
                list.Add(new PageValue<ConsultedBody>(body, line.Line));
            }
        }

        return list;
    }

    /// <summary>A sentence (four words or more ending in a full stop or colon) ends the list; a name does not end so.</summary>
    private static bool IsSentence(string text)
    {
        var last = text[text.Length - 1];
        return last is '.' or ':' or '!' or '?' && text.Split(' ').Length >= 4;
    }
}
