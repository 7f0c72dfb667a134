using System.Text.RegularExpressions;

namespace Remiss.Core;

/// <summary>
/// Where the missive asks for the answer and what its subject line must say: <c>Svaren bör i första hand lämnas per
/// e-post till s.remissvar@regeringskansliet.se och med kopia till s.fs@regeringskansliet.se.</c> (the addresses before
/// <c>kopia</c> are the recipients, those after it the copies) and <c>Ange diarienumret S2024/02145 och remissinstansens
/// namn i ämnesraden på e-postmeddelandet.</c> The first sentence about answers that gives addresses counts; a contact
/// person's address (<c>Frågor besvaras av …</c>) does not.
/// </summary>
internal static class PageReply
{
    private static readonly TimeSpan Timeout = PageText.RegexTimeout;
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Address = new(@"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", Options, Timeout);
    private static readonly Regex SentenceEnd = new(@"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", RegexOptions.CultureInvariant, Timeout);
    private static readonly Regex AboutAnswers = new(@"\b(?:remissvar\w*|svar(?:en|et)?|yttrande\w*)\b|\w+\.remissvar@", Options, Timeout);
    private static readonly Regex Contact = new(@"\b(?:frågor|upplysningar|kontakta|kontaktperson\w*|besvaras|handläggare)\b", Options, Timeout);
    private static readonly Regex Copy = new(@"\bkopia\b", Options, Timeout);
    private static readonly Regex Subject = new(@"\bämnesrad(?:en)?\b", Options, Timeout);

    /// <summary>What the page says about delivery.</summary>
    public sealed record Found(PageValue<string>? To, EquatableArray<PageValue<string>> Cc, PageValue<string>? SubjectInstruction);

    public static Found Read(PageText page)
    {
        PageValue<string>? to = null;
        var cc = new List<PageValue<string>>();
        PageValue<string>? subject = null;
        foreach (var paragraph in page.Paragraphs())
        {
            foreach (var (sentence, start) in Sentences(paragraph.Text))
            {
                if (subject is null && Subject.IsMatch(sentence))
                {
                    subject = new PageValue<string>(sentence.Trim(), paragraph.LineAt(start));
                }

                if (to is not null || !AboutAnswers.IsMatch(sentence) || Contact.IsMatch(sentence))
                {
                    continue;
                }

                var addresses = Address.Matches(sentence).Cast<Match>().ToList();
                if (addresses.Count == 0)
                {
                    continue;
                }

                var copyAt = Copy.Match(sentence) is { Success: true } copy ? copy.Index : int.MaxValue;
                foreach (var address in addresses)
                {
                    var value = new PageValue<string>(address.Value, paragraph.LineAt(start + address.Index));
                    if (address.Index > copyAt)
                    {
                        cc.Add(value);
                    }
                    else
                    {
                        to ??= value; // one recipient: the department's registry
                    }
                }
            }
        }

        return new Found(to, cc.ToEquatableArray(), subject);
    }

    /// <summary>The sentences of a paragraph with where each starts in it.</summary>
    private static IEnumerable<(string Text, int Start)> Sentences(string text)
    {
        var start = 0;
        foreach (Match end in SentenceEnd.Matches(text))
        {
            yield return (text.Substring(start, end.Index - start), start);
            start = end.Index + end.Length;
        }

        yield return (text.Substring(start), start);
    }
}
