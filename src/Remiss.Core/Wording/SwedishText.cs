namespace Remiss.Core;

/// <summary>Swedish dates and lists as the documents print them.</summary>
public static class SwedishText
{
    private static readonly string[] MonthNames =
    {
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    };

    /// <summary>The lower-case Swedish name of a month, 1–12.</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary><c>den 21 mars 2025</c>: no leading zero, lower-case month.</summary>
    public static string LongDate(CalendarDate date) => $"den {date.Day} {MonthName(date.Month)} {date.Year}";

    /// <summary><c>21 mars 2025</c>: the long date without <c>den</c>, as in a document header.</summary>
    public static string LongDateWithoutArticle(CalendarDate date) => $"{date.Day} {MonthName(date.Month)} {date.Year}";

    /// <summary>Joins items the Swedish way: <c>A</c>, <c>A och B</c>, <c>A, B och C</c> (no serial comma).</summary>
    public static string JoinList(IEnumerable<string> items)
    {
        var list = items as IReadOnlyList<string> ?? items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " och " + list[list.Count - 1],
        };
    }
}
