namespace Remiss.Core;

/// <summary>
/// The e-mail addresses a remiss file gives (<c>remiss.reply_to</c>, <c>remiss.reply_cc</c>): a plain address
/// (<c>s.remissvar@regeringskansliet.se</c>), the form missives print. Display names, <c>mailto:</c> and several
/// addresses in one value are refused with a hint, so what the e-mail draft gets is exactly what the officer checked.
/// </summary>
public static class EmailAddress
{
    private const string LocalSpecials = "!#$%&'*+/=?^_`{|}~-";

    /// <summary>True when <paramref name="text"/> is one plain address, <c>local@domain.tld</c> (RFC 5322's dot-atom form).</summary>
    public static bool IsValid(string? text) => text is not null && Problem(text) is null;

    /// <summary>
    /// Null when <paramref name="text"/> is a plain address; otherwise what is wrong with it in Swedish, ending with a
    /// space, for the loader's message (empty when there is nothing more specific to say than that it is no address).
    /// </summary>
    public static string? Problem(string text)
    {
        text = text.Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return "Ta bort 'mailto:'. ";
        }

        if (text.IndexOf('<') >= 0 || text.IndexOf('>') >= 0)
        {
            return "Skriv bara adressen, utan namn och <>. ";
        }

        if (text.IndexOf(',') >= 0 || text.IndexOf(';') >= 0 || text.IndexOf(' ') >= 0 || text.Split('@').Length > 2)
        {
            return "Värdet ser ut att innehålla flera adresser; skriv en adress per rad i en lista. ";
        }

        var at = text.IndexOf('@');
        if (at < 0)
        {
            return "Adressen saknar @. ";
        }

        var local = text.Substring(0, at);
        var domain = text.Substring(at + 1);
        return IsDotAtom(local, c => char.IsLetterOrDigit(c) || LocalSpecials.IndexOf(c) >= 0) && IsDomain(domain) ? null : string.Empty;
    }

    private static bool IsDotAtom(string text, Func<char, bool> allowed) =>
        text.Length > 0 && text.Split('.').All(part => part.Length > 0 && part.All(allowed));

    // At least two labels, each of letters (å, ä and ö too), digits and inner hyphens; the last is not all digits.
    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length is > 0 and <= 63 && l.All(c => char.IsLetterOrDigit(c) || c == '-') && l[0] != '-' && l[l.Length - 1] != '-')
            && !labels[labels.Length - 1].All(char.IsDigit);
    }
}
