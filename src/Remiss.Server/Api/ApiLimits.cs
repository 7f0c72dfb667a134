using Microsoft.AspNetCore.Http;
using Remiss.Core;

namespace Remiss.Server.Api;

/// <summary>
/// The bounds on a request's work (docs/hardening.md): the lists of a JSON body (Core's <see cref="ListLimits"/>,
/// the same as in a file), the dates a query may give (Core's supported range) and the time one request may take.
/// </summary>
internal static class ApiLimits
{
    /// <summary>
    /// The longest a request may take before it is answered 503 (RMS0172): a render takes well under a second, and a
    /// PDF waiting behind the whole queue (eight, a few seconds each) well under this.
    /// </summary>
    public static TimeSpan RequestTime { get; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The largest body of <c>/api/v1/pull</c>: a remiss file and a .docx in base64. A rendered yttrande is about 10 KB and
    /// one that colleagues have polished in Word, with a pasted logo, well under a megabyte; 24 MiB holds a .docx of
    /// 16 MiB (base64 adds a third), and the Word reader refuses what unpacks to more.
    /// </summary>
    public const int PullBytes = 24 * 1024 * 1024;

    /// <summary>The text the OpenAPI document gives for the lists' caps.</summary>
    public static string Described { get; } =
        $"Caps (RMS0171): path at most {ListLimits.PathBodies} bodies, clauses at most {ListLimits.Clauses}, a clause's named arguments at most {ListLimits.ClauseArguments}; " +
        $"in the YAML texts decision.path {ListLimits.PathBodies}, decision.clauses {ListLimits.Clauses}, decision.meetings {ListLimits.RecordedMeetings}, organisation bodies {ListLimits.Bodies}, " +
        $"a body's meetings {ListLimits.CalendarMeetings}, any other list {ListLimits.Default}. Dates {CalendarDate.FirstSupported} to {CalendarDate.LastSupported} (RMS0170). A request taking over {RequestTime.TotalSeconds:0} s is 503 (RMS0172).";

    /// <summary>A list of the request longer than its cap: 400 with RMS0171, naming the field.</summary>
    public static ApiProblem? TooMany(string field, int? count, (int Max, string Why) limit) => count > limit.Max
        ? ServerProblems.Create(StatusCodes.Status400BadRequest, DiagnosticDescriptors.TooManyCode, "List too long",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.TooManyItems.MessageFormat, field, count, limit.Max, limit.Why))
        : null;

    /// <summary>A date parameter outside the supported range: 400 with RMS0170, naming the parameter.</summary>
    public static ApiProblem DateOutOfRange(string parameter, string text) =>
        ServerProblems.Create(StatusCodes.Status400BadRequest, DiagnosticDescriptors.DateOutOfRange.Code, "Date outside the supported range",
            DateRange.Message(parameter, text));
}
