using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// The title line of a remiss page: <c>Remiss av betänkandet {title} (SOU 2024:72)</c>,
/// <c>Remiss av promemorian {title} (Ds 2025:5)</c>, <c>Remiss SOU 2024:72 {title}</c>, <c>Remittering av …</c>,
/// possibly followed by <c>Diarienummer: …</c> on the same line; in a PDF's text it may wrap over lines.
/// </summary>
internal static class PageTitle
{
    private static readonly TimeSpan Timeout = PageText.RegexTimeout;
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Start = new(@"^(?:Remiss|Remittering)\b(?<rest>.*)$", Options, Timeout);
    private static readonly Regex DnrTail = new(@"\s*[-–|,;]?\s*\b(?:Diarienummer|Dnr)\b.*$", Options, Timeout);
    private static readonly Regex SiteTail = new(@"\s+[-–|]\s+Regeringen(?:\.se|skansliet)\s*$", Options, Timeout);
    private static readonly Regex NumberFirst = new(@"^(?:\s+av)?\s*[:–-]?\s*(?<number>(?:SOU|Ds)\s*\d{4}\s*:\s*\d+)\b\s*[:–-]?\s*(?<title>.*)$", Options, Timeout);
    private static readonly Regex Of = new(@"^\s+av\s+(?<title>.+?)(?:\s*\((?<number>[^()]*?\d{4}(?:/\d{2})?\s*:\s*\d+)\))?$", Options, Timeout);
    private static readonly Regex Phrase = new(@"^(?<phrase>delbetänkandet|slutbetänkandet|betänkandet|departementspromemorian|promemorian)\s+(?<title>.+)$", Options, Timeout);
    private static readonly Regex EndsWithNumber = new(@"\([^()]*?\d{4}(?:/\d{2})?\s*:\s*\d+\)\s*$", Options, Timeout);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant, Timeout);

    // "Här kan du ta del av till vilka instanser regeringen har remitterat Ds 2015:59 Särskilda satsningar på unga och äldres hälsa."
    private static readonly Regex Remitted = new(
        @"\bremitterat\s+(?:(?<phrase>betänkandet|promemorian|departementspromemorian)\s+)?(?<number>(?:SOU|Ds)\s*\d{4}\s*:\s*\d+)\s+(?<title>[^.]{3,300}?)\s*(?:\.(?:\s|$)|$)",
        Options, Timeout);

    /// <summary>What the title line gave.</summary>
    public sealed record Found(PageValue<string>? Title, PageValue<ReferralKind>? Kind, PageValue<DocumentNumber>? Number);

    /// <summary>
    /// The title line's values; when it has no number, the number (and, without any title line, the title) from the
    /// sentence that says what the government remitted, when it names the same document.
    /// </summary>
    public static Found Read(PageText page)
    {
        var found = ReadTitleLine(page);
        if (found.Number is not null || RemittedSentence(page) is not { } sentence)
        {
            return found;
        }

        if (found.Title is null)
        {
            return sentence;
        }

        return SameTitle(found.Title.Value, sentence.Title!.Value)
            ? found with { Number = sentence.Number, Kind = found.Kind is { Value: not ReferralKind.Other } ? found.Kind : sentence.Kind }
            : found;
    }

    private static Found? RemittedSentence(PageText page)
    {
        foreach (var paragraph in page.Paragraphs())
        {
            if (Remitted.Match(paragraph.Text) is not { Success: true } match)
            {
                continue;
            }

            var line = paragraph.LineAt(match.Index);
            var title = CleanTitle(match.Groups["title"].Value, capitalise: false);
            var number = DocumentNumber.Parse(NormaliseNumber(match.Groups["number"].Value));
            var kind = match.Groups["phrase"].Success
                ? match.Groups["phrase"].Value.ToLowerInvariant().Contains("betänkande") ? ReferralKind.Betankande : ReferralKind.Promemoria
                : number.Series == DocumentSeries.Sou ? ReferralKind.Betankande : ReferralKind.Promemoria;
            return title.Length == 0 ? null : new Found(new PageValue<string>(title, line), new PageValue<ReferralKind>(kind, line), new PageValue<DocumentNumber>(number, line));
        }

        return null;
    }

    /// <summary>Titles equal apart from letter case, spacing and a final full stop.</summary>
    private static bool SameTitle(string a, string b) =>
        string.Equals(Spaces.Replace(a, " ").Trim().TrimEnd('.'), Spaces.Replace(b, " ").Trim().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static Found ReadTitleLine(PageText page)
    {
        var lines = page.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var match = Start.Match(lines[i].Text);
            if (!match.Success)
            {
                continue;
            }

            var rest = match.Groups["rest"].Value;
            var joined = JoinWrapped(lines, i, rest);
            if (Parse(joined, lines[i].Line) is { } found)
            {
                return found;
            }

            // "Remiss SOU 2024:72" alone: the title is the next line.
            if (NumberFirst.Match(StripTails(rest)) is { Success: true } numberOnly && numberOnly.Groups["title"].Value.Length == 0
                && NextNonBlank(lines, i) is { } next && next.Text.Length <= 200
                && Parse(rest + " " + next.Text, lines[i].Line) is { } withNextLine)
            {
                return withNextLine;
            }
        }

        return new Found(null, null, null);
    }

    private static Found? Parse(string rest, int line)
    {
        rest = StripTails(rest);
        string title;
        string? number;
        ReferralKind? kind = null;
        var numberFirst = NumberFirst.Match(rest);
        if (numberFirst.Success)
        {
            number = numberFirst.Groups["number"].Value;
            title = numberFirst.Groups["title"].Value;
        }
        else if (Of.Match(rest) is { Success: true } of)
        {
            title = of.Groups["title"].Value;
            number = of.Groups["number"].Success ? of.Groups["number"].Value : null;
            if (Phrase.Match(title) is { Success: true } phrase)
            {
                kind = phrase.Groups["phrase"].Value.ToLowerInvariant().Contains("betänkande") ? ReferralKind.Betankande : ReferralKind.Promemoria;
                title = phrase.Groups["title"].Value;
            }
        }
        else
        {
            return null;
        }

        title = CleanTitle(title, capitalise: kind is null && !numberFirst.Success);
        if (title.Length == 0)
        {
            return null;
        }

        var documentNumber = number is null ? null : DocumentNumber.Parse(NormaliseNumber(number));
        kind ??= documentNumber?.Series switch
        {
            DocumentSeries.Sou => ReferralKind.Betankande,
            DocumentSeries.Ds => ReferralKind.Promemoria,
            _ => ReferralKind.Other,
        };
        return new Found(
            new PageValue<string>(title, line),
            new PageValue<ReferralKind>(kind.Value, line),
            documentNumber is null ? null : new PageValue<DocumentNumber>(documentNumber, line));
    }

    private static string StripTails(string rest) => SiteTail.Replace(DnrTail.Replace(rest, string.Empty), string.Empty).TrimEnd();

    /// <summary>A PDF wraps a long title: join the following lines of the paragraph when they end with the number.</summary>
    private static string JoinWrapped(IReadOnlyList<CleanLine> lines, int index, string rest)
    {
        if (EndsWithNumber.IsMatch(StripTails(rest)) || !Regex.IsMatch(rest, @"^\s+av\s", Options, Timeout))
        {
            return rest;
        }

        var joined = rest;
        for (var j = index + 1; j < lines.Count && j <= index + 2 && lines[j].Text.Length > 0; j++)
        {
            joined += " " + lines[j].Text;
            if (EndsWithNumber.IsMatch(StripTails(joined)))
            {
                return joined;
            }
        }

        return rest;
    }

    private static CleanLine? NextNonBlank(IReadOnlyList<CleanLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count && j <= index + 3; j++)
        {
            if (lines[j].Text.Length > 0)
            {
                return lines[j];
            }
        }

        return null;
    }

    private static string CleanTitle(string title, bool capitalise)
    {
        title = Spaces.Replace(title, " ").Trim().Trim('"', '”', '“', '„', '\'', '’', '»', '«').Trim();
        if (title.EndsWith(".", StringComparison.Ordinal) && !title.EndsWith("..", StringComparison.Ordinal))
        {
            title = title.Substring(0, title.Length - 1).TrimEnd();
        }

        // "Remiss av förslag till …" has no kind phrase: the rest is the title, as a title starts.
        return capitalise && title.Length > 0 ? char.ToUpperInvariant(title[0]) + title.Substring(1) : title;
    }

    private static string NormaliseNumber(string number) =>
        DocumentNumber.SuggestKnownSpelling(number) ?? Spaces.Replace(number.Replace(" :", ":").Replace(": ", ":"), " ").Trim();
}
