using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Remiss.Core;
using Remiss.Core.Json;
using Remiss.Server.Hosting;

namespace Remiss.Fuzz;

/// <summary>
/// The readers added in issue 21: the remiss page of <c>remiss new --from</c> (text, Markdown and pdftotext's text
/// through Core's <see cref="ReferralPage"/>; HTML through the CLI's reader first), the planner and the meeting
/// record (calendars, records, deadlines and today made from the bytes), and the API's JSON bodies through the
/// server's own request delegates, in process.
/// </summary>
public static class ReaderTargets
{
    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "Data", "sou-2024-72.remiss.yaml");

    // Lazy for the same reason as in FuzzTargets: nothing instrumented may run before the fuzzer maps its memory.
    private static readonly Lazy<RemissFile> Example = new(() =>
        RemissLoader.LoadFile(ExamplePath).File ?? throw new InvalidOperationException("The shared example does not load."));

    private static readonly Lazy<IReadOnlyDictionary<string, (RequestDelegate Run, IServiceProvider Services)>> Api = new(BuildApi);

    /// <summary>The API's endpoints as the target calls them: each input is the body of every one.</summary>
    private static readonly string[] ApiCalls =
    [
        "/api/v1/check",
        "/api/v1/render?document=yttrande&format=md",
        "/api/v1/render?document=tjansteutlatande&format=html",
        "/api/v1/plan?today=2025-03-01",
        "/api/v1/plan?today=2199-12-31",
        "/api/v1/wording",
    ];

    /// <summary>A page as text: decoded like the CLI decodes it, then read; never throws, every diagnostic located.</summary>
    public static void PageText(byte[] input)
    {
        const string path = "fuzz.txt";
        if (input.Length > ReferralPage.MaxBytes)
        {
            return; // the CLI refuses it before reading (RMS0118)
        }

        var text = ReferralPage.DecodeText(input, path, out var failure);
        if (text is null)
        {
            FuzzTarget.CheckDiagnostics(failure is null ? [] : [failure], path, FuzzTarget.LineCount(input));
            return;
        }

        FuzzTarget.CheckDiagnostics(ReferralPage.Read(text, path).Diagnostics, path, FuzzTarget.LineCount(input));
    }

    /// <summary>A saved web page: the CLI's HTML reader (AngleSharp, depth-capped), then the page reader; the same promises.</summary>
    public static void PageHtml(byte[] input)
    {
        const string path = "fuzz.html";
        if (input.Length > ReferralPage.MaxBytes)
        {
            return;
        }

        var text = ReferralPage.DecodeText(input, path, out var failure);
        if (text is null)
        {
            FuzzTarget.CheckDiagnostics(failure is null ? [] : [failure], path, FuzzTarget.LineCount(input));
            return;
        }

        var lines = Remiss.Cli.Pages.HtmlPageText.Lines(text);
        FuzzTarget.CheckDiagnostics(ReferralPage.Read(lines, path).Diagnostics, path, FuzzTarget.LineCount(input));
    }

    /// <summary>
    /// Calendars, a path, recorded meetings, a deadline with extensions and today, all from the bytes (any date
    /// the parser accepts, the calendar's ends included): planning backwards and forwards, the plan's JSON and the
    /// deadline status never throw, and the meeting record loaded against the calendars keeps the loaders' promises.
    /// </summary>
    public static void Plan(byte[] input)
    {
        var r = new Bytes(input);
        var bodies = new List<OrganisationBody>();
        var count = 1 + r.Next(4);
        for (var i = 0; i < count; i++)
        {
            var meetings = Enumerable.Range(0, r.Next(12)).Select(_ => r.Date()).Distinct().Order().ToEquatableArray();
            bodies.Add(new OrganisationBody($"b{i}", $"Organ {i}", r.Next(61), r.Next(61), meetings, default));
        }

        var organisation = new OrganisationFile(OrganisationFile.CurrentFormat, "Region Fuzz", HouseStyle.Att, null, null, default, bodies.ToEquatableArray());
        var path = bodies.Take(1 + r.Next(bodies.Count)).Select(b => r.Next(2) == 0 ? b.Name : b.Id).ToEquatableArray();
        var records = Enumerable.Range(0, r.Next(4))
            .Select(_ => new RecordedMeeting(r.Next(5) == 0 ? "Okänt organ" : path[r.Next(path.Count)], r.Date(), r.Next(100)))
            .ToEquatableArray();
        var deadline = r.Date();
        var extensions = Enumerable.Range(0, r.Next(3)).Select(_ => new DeadlineExtension(r.Date(), r.Next(2) == 0 ? null : r.Date())).ToEquatableArray();
        var today = r.Date();

        var example = Example.Value;
        var file = example with
        {
            Remiss = example.Remiss with { Deadline = deadline, Extensions = extensions },
            Decision = example.Decision with { Path = path, Meetings = records },
        };
        _ = DeadlineStatus.For(file.Remiss, today);
        if (MeetingPlan.For(file, organisation) is { } plan)
        {
            var forward = ForwardPlan.IfNeeded(plan, file, organisation, today);
            _ = JsonSerializer.Serialize(PlanRow.From("fuzz.remiss.yaml", file, plan, forward), Remiss.Server.Api.ServerJson.Api.PlanRow);
        }

        // The record as a file states it, checked against these calendars (MeetingValidator) by the loader.
        var yaml = File.ReadAllText(ExamplePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var block = new StringBuilder("  meetings:\n");
        foreach (var record in records)
        {
            block.Append(CultureInfoInvariant($"    - body: \"{record.Body}\"\n      date: {record.Date}\n      paragraph: {record.Paragraph}\n"));
        }

        const string notify = "  notify: [Socialdepartementet]\n";
        var text = yaml.Replace(notify, notify + (records.IsEmpty ? string.Empty : block.ToString()), StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        var loaded = RemissLoader.Load(bytes, "fuzz.remiss.yaml", new LoadOptions { Organisation = organisation, OrganisationPath = "fuzz/organisation.yaml" });
        FuzzTarget.CheckDiagnostics(loaded.Diagnostics.Where(d => d.FilePath == "fuzz.remiss.yaml"), "fuzz.remiss.yaml", FuzzTarget.LineCount(bytes));
    }

    /// <summary>
    /// The input as the JSON body of every API call, through the endpoints' request delegates (the request-delegate
    /// generator's binding and the handlers, no network): nothing escapes, nothing is a 500, and every error answer
    /// is problem+json with an RMS code.
    /// </summary>
    public static void ApiBody(byte[] input)
    {
        foreach (var call in ApiCalls)
        {
            var pathAndQuery = call.Split('?', 2);
            var (run, services) = Api.Value[pathAndQuery[0]];
            using var scope = services.CreateScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Method = HttpMethods.Post;
            context.Request.Path = pathAndQuery[0];
            context.Request.QueryString = pathAndQuery.Length > 1 ? new QueryString("?" + pathAndQuery[1]) : QueryString.Empty;
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = input.Length;
            context.Request.Body = new MemoryStream(input, writable: false);
            var answer = new MemoryStream();
            context.Response.Body = answer;

            run(context).GetAwaiter().GetResult();

            var status = context.Response.StatusCode;
            if (status >= 500 && status != StatusCodes.Status503ServiceUnavailable)
            {
                throw new FuzzFinding(FindingKind.InternalError, $"{call}: {status} {Encoding.UTF8.GetString(answer.ToArray())}");
            }

            if (status >= 400)
            {
                if (context.Response.ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
                {
                    throw new FuzzFinding(FindingKind.Unlocated, $"{call}: {status} answered as {context.Response.ContentType ?? "nothing"}");
                }

                using var problem = JsonDocument.Parse(answer.ToArray());
                if (problem.RootElement.GetProperty("code").GetString() is not { } code || !code.StartsWith("RMS", StringComparison.Ordinal))
                {
                    throw new FuzzFinding(FindingKind.Unlocated, $"{call}: {status} without an RMS code");
                }
            }
        }
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static IReadOnlyDictionary<string, (RequestDelegate, IServiceProvider)> BuildApi()
    {
        var folder = Directory.CreateTempSubdirectory("remiss-fuzz-api-").FullName;
        var app = RemissServer.Build(new ServerOptions { Folder = folder, Port = 0, Today = () => new CalendarDate(2025, 3, 1), Log = TextWriter.Null });
        return ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            // The stateless endpoints whose whole input is the body; the desk's (/api/v1/files…) act on the served folder
            // and share a route between methods.
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true && e.RequestDelegate is not null
                && !e.RoutePattern.RawText.StartsWith("/api/v1/files", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .ToDictionary(e => e.RoutePattern.RawText!, e => (e.RequestDelegate!, app.Services));
    }

    /// <summary>Numbers and dates from the input, zero when it runs out (so every input is some calendar).</summary>
    private sealed class Bytes(byte[] input)
    {
        private static readonly int Base = new CalendarDate(2025, 1, 1).ToDateOnly().DayNumber;
        private int _at;

        public int Next(int below) => below <= 1 ? 0 : (_at < input.Length ? input[_at++] : 0) % below;

        /// <summary>Mostly days around 2025; now and then any day of the calendar, or one of its ends.</summary>
        public CalendarDate Date()
        {
            var offset = (Next(256) << 8 | Next(256)) - 32768;
            var day = Next(16) switch
            {
                0 => 0,
                1 => DateOnly.MaxValue.DayNumber,
                2 => (int)((long)(Next(256) << 16 | Next(256) << 8 | Next(256)) * DateOnly.MaxValue.DayNumber / 0xFFFFFF),
                _ => Base + (offset / 8),
            };
            return CalendarDate.FromDateOnly(DateOnly.FromDayNumber(Math.Clamp(day, 0, DateOnly.MaxValue.DayNumber)));
        }
    }
}
