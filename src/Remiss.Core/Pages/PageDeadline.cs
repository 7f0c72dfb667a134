using System.Globalization;
using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// The deadline and the department named with it: <c>Remissvaren ska ha kommit in till {Department} senast
/// den 13 maj 2025.</c>, <c>Sista dag att svara på remissen är den 12 mars 2025.</c>, weekday forms
/// (<c>senast tisdagen den 1 mars 2016</c>, <c>senast torsdagenden 18 maj 2017</c>), a time of day
/// (<c>senast kl. 10.00 den 18 mars 2022</c>), the date first (<c>Senast den 25 november 2015 ska remissvaren …</c>),
/// a past remiss period (<c>Remisstiden gick ut den 1 oktober 2015.</c>), and notices of an extended remiss period,
/// where the later date wins.
/// </summary>
internal static class PageDeadline
{
    private static readonly TimeSpan Timeout = PageText.RegexTimeout;
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private const string Date =
        @"(?:den\s+)?(?:senast\s+)?(?:kl\.?\s*\d{1,2}[.:]\d{2}\s+)?(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s*)?(?:den\s+)?" +
        @"(?:(?<day>\d{1,2})\s+(?<month>januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+(?<year>\d{4})\b" +
        @"|(?<iso>\d{4}-\d{2}-\d{2})\b)";

    // Within one sentence: a full stop ends it, unless a digit follows ("avsnitten 5.1, 5.3 och 9.3 ska ha kommit in …").
    private const string InSentence = @"(?:[^.]|\.(?=\d))";

    private static readonly Regex[] Sentences =
    {
        // "Remissvaren ska ha kommit in …", and the singular "Remissvaret ska ha kommit in till Justitiedepartementet senast …".
        new(@"\b(?:remis+var(?:en|et)?|svar(?:en|et)?|yttrande(?:n|na|t)?|synpunkter(?:na)?)\b" + InSentence + @"{0,300}?\bsenaste?\s+" + Date, Options, Timeout),
        new(@"\bsista\s+dag(?:en)?\b[^.]{0,120}?\bär\s+" + Date, Options, Timeout),
        new(@"\bförläng\w*\b[^.]{0,120}?\b(?:till och med|till|senast)\s+" + Date, Options, Timeout),
        // "Senast den 25 november 2015 ska remissvaren inkommit till Näringsdepartementet."
        new(@"(?<=^|[.!?]\s+)senast\s+" + Date + @"[^.]{0,120}?\b(?:remissvar(?:en|et)?|svar(?:en|et)?|synpunkter(?:na)?|yttrande(?:n|na|t)?)\b[^.]{0,160}", Options, Timeout),
        // "Remisstiden gick ut den 1 oktober 2015.", "Remisstiden löper ut den 19 juni 2015", "varade till och med den …"
        new(@"\bremisstiden\s+(?:gick|går|löper|löpte)\s+ut\s+" + Date, Options, Timeout),
        new(@"\bremisstiden\s+(?:varade|pågick|pågår)\s+till\s+(?:och|om)\s+med\s+" + Date, Options, Timeout),
    };

    private static readonly Regex ExtensionNotice = new(@"\bförläng\w*", Options, Timeout);
    private static readonly Regex AboutTheRemiss = new(@"remiss|svarstid", Options, Timeout);

    /// <summary>A department's name: <c>Socialdepartementet</c>, <c>Klimat- och näringslivsdepartementet</c>.</summary>
    public static readonly Regex DepartmentName = new(
        @"\b(?:[A-ZÅÄÖ][a-zåäö]+-\s*och\s+[a-zåäö]+departementet|[A-ZÅÄÖ][a-zåäö]*departementet|Statsrådsberedningen)\b",
        RegexOptions.CultureInvariant, Timeout);

    /// <summary>A deadline sentence's date and the department the sentence names.</summary>
    public sealed record Candidate(CalendarDate Date, int Line, string? Department, long Order);

    /// <summary>What the page says about its deadline.</summary>
    public sealed record Found(PageValue<CalendarDate>? Deadline, PageValue<CalendarDate>? ExtendedFrom, PageValue<string>? Department);

    public static Found Read(PageText page, string filePath, List<Diagnostic> diagnostics)
    {
        var candidates = new List<Candidate>();
        var extended = false;
        var seen = new HashSet<(int Paragraph, int Index)>();
        var ordinal = 0;
        foreach (var paragraph in page.Paragraphs())
        {
            ordinal++;
            var text = paragraph.Text;
            extended |= ExtensionNotice.IsMatch(text) && AboutTheRemiss.IsMatch(text);
            foreach (var sentence in Sentences)
            {
                foreach (Match match in sentence.Matches(text))
                {
                    var dateGroup = match.Groups["iso"].Success ? match.Groups["iso"] : match.Groups["day"];
                    var line = paragraph.LineAt(dateGroup.Index);
                    if (!seen.Add((ordinal, dateGroup.Index)))
                    {
                        continue; // the same date found by two sentence forms
                    }

                    if (ToDate(match) is not { } date)
                    {
                        var written = match.Value.Substring(dateGroup.Index - match.Index);
                        diagnostics.Add(DiagnosticDescriptors.PageImpossibleDate.Create(filePath, SourceSpan.At(line, 1), written.Trim()));
                        continue;
                    }

                    candidates.Add(new Candidate(date, line, DepartmentIn(SentenceAround(text, match)), ((long)ordinal << 32) + dateGroup.Index));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return new Found(null, null, null);
        }

        candidates = candidates.OrderBy(c => c.Order).ToList(); // reading order
        var distinct = candidates.GroupBy(c => c.Date).Select(g => g.First()).ToList();
        Candidate chosen;
        Candidate? original = null;
        if (extended && distinct.Count > 1)
        {
            chosen = distinct.OrderByDescending(c => c.Date).First();
            original = distinct.OrderBy(c => c.Date).First();
        }
        else
        {
            chosen = distinct[0];
            if (distinct.Count > 1)
            {
                diagnostics.Add(DiagnosticDescriptors.PageSeveralDeadlines.Create(filePath, SourceSpan.At(distinct[1].Line, 1),
                    SwedishText.JoinList(distinct.Select(c => $"{c.Date} på rad {c.Line}")), chosen.Date));
            }
        }

        var named = chosen.Department is not null ? chosen : candidates.FirstOrDefault(c => c.Department is not null);
        return new Found(
            new PageValue<CalendarDate>(chosen.Date, chosen.Line),
            original is null ? null : new PageValue<CalendarDate>(original.Date, original.Line),
            named is null ? null : new PageValue<string>(named.Department!, named.Line));
    }

    // A day outside the toolkit's range (RMS0170) is no deadline either: it is reported as an impossible date.
    private static CalendarDate? ToDate(Match match) => ToAnyDate(match) is { IsSupported: true } date ? date : null;

    private static CalendarDate? ToAnyDate(Match match)
    {
        if (match.Groups["iso"].Success)
        {
            return CalendarDate.TryParseIso(match.Groups["iso"].Value, out var iso) ? iso : null;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var monthName = match.Groups["month"].Value.ToLowerInvariant();
        var month = Enumerable.Range(1, 12).First(m => SwedishText.MonthName(m) == monthName);
        return day >= 1 && year >= 1 && day <= DateTime.DaysInMonth(year, month) ? new CalendarDate(year, month, day) : null;
    }

    /// <summary>The sentence the match ends in, from the previous full stop on, so a department named before the verb counts.</summary>
    private static string SentenceAround(string text, Match match)
    {
        var start = text.LastIndexOf(". ", match.Index, StringComparison.Ordinal);
        start = start < 0 ? 0 : start + 2;
        return text.Substring(start, match.Index + match.Length - start);
    }

    // "Landsbygds-och infrastrukturdepartementet", as one page writes it, is the department's name with its space.
    private static string? DepartmentIn(string sentence) =>
        DepartmentName.Match(sentence) is { Success: true } m ? Regex.Replace(m.Value, @"-\s*och\s+", "- och ", RegexOptions.CultureInvariant, Timeout) : null;
}
