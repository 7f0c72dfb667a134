using System.Globalization;

namespace Remiss.Core;

/// <summary>
/// The one date-range rule (RMS0170): a date in a file, an option or a query is a real day within
/// <see cref="CalendarDate.FirstSupported"/>–<see cref="CalendarDate.LastSupported"/>. The file's reader, the CLI's
/// <c>--today</c> and the API's <c>?today=</c> check it here and say it in the one message, naming where the date was.
/// </summary>
public static class DateRange
{
    /// <summary>Reads <paramref name="text"/> as <c>yyyy-mm-dd</c>: the date when it is a supported day; else null, with <paramref name="outOfRange"/> true for a real day outside the range.</summary>
    public static CalendarDate? Parse(string text, out bool outOfRange)
    {
        var isDate = CalendarDate.TryParseIso(text, out var date);
        outOfRange = isDate && !date.IsSupported;
        return isDate && !outOfRange ? date : null;
    }

    /// <summary>RMS0170's message for <paramref name="text"/> given at <paramref name="where"/> (a field's path, an option, a parameter).</summary>
    public static string Message(string where, string text) =>
        string.Format(CultureInfo.InvariantCulture, DiagnosticDescriptors.DateOutOfRange.MessageFormat, where, text, CalendarDate.FirstSupported, CalendarDate.LastSupported);
}
