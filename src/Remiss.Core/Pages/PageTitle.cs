using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// The title line of a remiss page: <c>Remiss av betänkandet {title} (SOU 2024:72)</c>,
/// <c>Remiss av promemorian {title} (Ds 2025:5)</c>, <c>Remiss SOU 2024:72 {title}</c>, <c>Remittering av …</c>,
/// possibly followed by <c>Diarienummer: …</c> on the same line; in a PDF's text it may wrap over lines. The number
/// may stand anywhere in that line (<c>Remiss av Öppna data-utredningens huvudbetänkande …, SOU 2020:55</c>,
/// <c>Remiss av (SOU 2023:56) …</c>, <c>Remissvar Ds 2016:20 …</c>) or, without any <c>Remiss</c> line, in the page's
/// first line (<c>SOU 2022:40 God tvångsvård …</c>): the shapes of regeringen.se's pages since 2011 (docs/performance.md).
/// </summary>
internal static class PageTitle
{
    private static readonly TimeSpan Timeout = PageText.RegexTimeout;
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Start = new(@"^(?:Remiss(?:var|lista|instanser|sammanställning)?|Remittering)\b(?<rest>.*)$", Options, Timeout);
    private const string Preposition = @"(?:av|för|avseende|gällande)";

    // Copied from a browser, the page's heading and its "Diarienummer:" label run together ("…hemmaDiarienummer: Ju2025/01361").
    private static readonly Regex DnrTail = new(@"\s*[-–|,;]?\s*(?:\b(?:Diarienummer|Dnr)\b|(?<=[\p{L}\d)])Diarienummer\s*:).*$", Options, Timeout);
    private static readonly Regex SiteTail = new(@"\s+[-–|]\s+Regeringen(?:\.se|skansliet)\s*$", Options, Timeout);
    private static readonly Regex NumberFirst = new(@"^(?:\s+" + Preposition + @")?\s*[:–-]?\s*(?<number>(?:SOU|Ds)\s*\d{4}\s*:\s*\d+)\b\s*[:,–-]?\s*(?<title>.*)$", Options, Timeout);
    private static readonly Regex Of = new(@"^\s+" + Preposition + @"\s+(?<title>.+?)(?:\s*\((?<number>[^()]*?\d{4}(?:/\d{2})?\s*:\s*\d+)\))?$", Options, Timeout);
    private static readonly Regex Phrase = new(@"^(?<phrase>delbetänkandet|slutbetänkandet|betänkandet|departementspromemorian|promemorian)\s+(?<title>.+)$", Options, Timeout);
    private static readonly Regex EndsWithNumber = new(@"\([^()]*?\d{4}(?:/\d{2})?\s*:\s*\d+\)\s*$", Options, Timeout);
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant, Timeout);

    // A document number anywhere in the title line, with the parentheses around it, and the words around it that
    // say what it numbers.
    private static readonly Regex AnyNumber = new(@"\(?\b(?<number>(?:SOU|Ds)\s*\d{4}\s*:\s*\d+)\b\)?", Options, Timeout);
    private const string KindWord = @"(?:(?:del|slut|huvud)?betänkande(?:t)?|(?:departements)?promemoria(?:n)?)";
    private static readonly Regex KindWordFirst = new(@"^" + KindWord + @"\s*:?\s+", Options, Timeout);
    private static readonly Regex KindWordLast = new(@"(?:,\s*|\s+)" + KindWord + @"$", Options, Timeout);
    private static readonly Regex KindWordBefore = new(@"\b" + KindWord + @"\s*$", Options, Timeout);
    private static readonly Regex EndsWithPreposition = new(@"\b(?:till|av|om|för|över)$", Options, Timeout);
    private static readonly Regex RemissWords = new(@"^(?:Remiss\w*|Remittering)\s+(?:" + Preposition + @"\s+)?", Options, Timeout);

    // "Här kan du ta del av till vilka instanser regeringen har remitterat Ds 2015:59 Särskilda satsningar på unga och äldres hälsa."
    private static readonly Regex Remitted = new(
        @"\bremitterat\s+(?:(?<phrase>betänkandet|promemorian|departementspromemorian)\s+)?(?<number>(?:SOU|Ds)\s*\d{4}\s*:\s*\d+),?\s+(?<title>[^.]{3,300}?)\s*(?:\.(?:\s|$)|$)",
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
        if (found.Title is not null && found.Number is null && NumberIn(found.Title.Value, found.Title.Line, found.Kind?.Value) is { } numbered)
        {
            found = numbered;
        }

        if (found.Number is not null)
        {
            return found;
        }

        if (RemittedSentence(page) is not { } sentence)
        {
            return found.Title is null && FirstLine(page) is { } first
                && NumberIn(StripTails(RemissWords.Replace(first.Text, string.Empty)), first.Line, null) is { } fromFirstLine
                ? fromFirstLine
                : found;
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

    /// <summary>
    /// The title and number when <paramref name="title"/> names exactly one SOU or Ds number: at its start or end the
    /// number leaves the title, and so does a kind word next to it (<c>Hållbar slamhantering, betänkande SOU 2020:3</c>);
    /// after a kind word inside it, the title is what follows (<c>Klimatanpassningsutredningens betänkande SOU 2017:42
    /// Vem har ansvaret?</c>); elsewhere (<c>Kompletterande promemoria till SOU 2020:54 …</c>, <c>… förslag till SOU
    /// 2025:95</c>) the title stays whole.
    /// </summary>
    private static Found? NumberIn(string title, int line, ReferralKind? kind)
    {
        var matches = AnyNumber.Matches(title);
        if (matches.Count == 0 || matches.Cast<Match>().Select(m => NormaliseNumber(m.Groups["number"].Value)).Distinct(StringComparer.OrdinalIgnoreCase).Count() != 1)
        {
            return null;
        }

        var match = matches[0];
        var before = title.Substring(0, match.Index).TrimEnd();
        var after = title.Substring(match.Index + match.Length).TrimStart();
        var separators = new[] { ' ', ',', ':', '–', '-', '.' };
        string cleaned;
        if (before.Length == 0)
        {
            cleaned = KindWordFirst.Replace(after.TrimStart(separators), string.Empty);
        }
        else if (after.Trim(separators).Length == 0 && !EndsWithPreposition.IsMatch(before))
        {
            cleaned = KindWordLast.Replace(before.TrimEnd(separators), string.Empty);
        }
        else if (KindWordBefore.IsMatch(before))
        {
            cleaned = after.TrimStart(separators);
        }
        else
        {
            cleaned = title;
        }

        cleaned = CleanTitle(KindWordFirst.Replace(cleaned, string.Empty), capitalise: true);
        if (cleaned.Length == 0)
        {
            return null;
        }

        var number = DocumentNumber.Parse(NormaliseNumber(match.Groups["number"].Value));
        var series = number.Series == DocumentSeries.Sou ? ReferralKind.Betankande : ReferralKind.Promemoria;
        return new Found(
            new PageValue<string>(cleaned, line),
            new PageValue<ReferralKind>(kind is null or ReferralKind.Other ? series : kind.Value, line),
            new PageValue<DocumentNumber>(number, line));
    }

    /// <summary>The page's first line with text (a saved page's heading), when it is short enough to be one.</summary>
    private static CleanLine? FirstLine(PageText page)
    {
        foreach (var line in page.Lines)
        {
            if (line.Text.Length > 0)
            {
                return line.Text.Length <= 300 ? line : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Titles equal apart from letter case, spacing, a final full stop and a leading word that says what the document
    /// is (<c>Remiss av skrivelsen Avgiftsfrihet …</c> and <c>remitterat Ds 2015:51 Avgiftsfrihet …</c>).
    /// </summary>
    private static bool SameTitle(string a, string b) =>
        string.Equals(
            WhatItIs.Replace(Spaces.Replace(a, " ").Trim().TrimEnd('.'), string.Empty),
            WhatItIs.Replace(Spaces.Replace(b, " ").Trim().TrimEnd('.'), string.Empty),
            StringComparison.OrdinalIgnoreCase);

    private static readonly Regex WhatItIs = new(@"^(?:skrivelsen|rapporten|promemorian|promemoria|betänkandet|betänkande)\s+", Options, Timeout);

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
            // "(Rapport 2024:3)" names a series; a bare "(2022:795)" is a law cited in the title, not the document's number.
            number = of.Groups["number"].Success && of.Groups["number"].Value.Any(char.IsLetter) ? of.Groups["number"].Value : null;
            if (number is null && of.Groups["number"].Success)
            {
                title = rest.Substring(of.Groups["title"].Index);
            }

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
