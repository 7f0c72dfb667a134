using Microsoft.AspNetCore.Http;
using Remiss.Core;
using Remiss.Core.Json;

namespace Remiss.Server.Api;

/// <summary>
/// An error answer (RFC 9457 <c>application/problem+json</c>) that carries an RMS code like every other
/// error of the toolkit. <see cref="Diagnostics"/> holds the file's diagnostics when the problem is the file.
/// </summary>
/// <param name="Type">A link to the code's entry in docs/diagnostics.md.</param>
/// <param name="Title">A short English summary (stable, for logs).</param>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Detail">What went wrong and what to do, in Swedish.</param>
/// <param name="Code">The RMS code.</param>
public sealed record ApiProblem(string Type, string Title, int Status, string Detail, string Code)
{
    /// <summary>The line in the request (or in the file) the problem is at, when known.</summary>
    public int? Line { get; init; }

    /// <summary>The column, when known.</summary>
    public int? Column { get; init; }

    /// <summary>The file's diagnostics, when the problem is that the file has errors.</summary>
    public IReadOnlyList<DiagnosticJson>? Diagnostics { get; init; }
}

/// <summary>The problems the server answers with; its own codes (RMS0120–RMS0129) are Core's (<see cref="DiagnosticDescriptors"/>), named here for short.</summary>
public static class ServerProblems
{
    /// <summary>Where every code is explained.</summary>
    public const string DocsUrl = "https://github.com/remiss/remiss/blob/main/docs/diagnostics.md#";

    public const string InvalidRequest = DiagnosticDescriptors.InvalidRequestCode;
    public const string RequestTooLarge = DiagnosticDescriptors.RequestTooLargeCode;
    public const string InvalidParameter = DiagnosticDescriptors.InvalidParameterCode;
    public const string Unauthorized = DiagnosticDescriptors.UnauthorizedCode;
    public const string PdfBusy = DiagnosticDescriptors.PdfBusyCode;
    public const string PdfFailed = DiagnosticDescriptors.PdfFailedCode;
    public const string RenderFailed = DiagnosticDescriptors.RenderFailedCode;
    public const string NotFound = DiagnosticDescriptors.NotFoundCode;
    public const string NotLoopbackWithoutKey = DiagnosticDescriptors.NotLoopbackWithoutKeyCode;
    public const string CannotListen = DiagnosticDescriptors.CannotListenCode;

    /// <summary>Every code of the server's range, for the documentation test.</summary>
    public static IReadOnlyList<string> Codes => DiagnosticDescriptors.ServerCodes;

    public static ApiProblem Create(int status, string code, string title, string detail) =>
        new(DocsUrl + code.ToLowerInvariant(), title, status, detail, code);

    /// <summary>A remiss (or organisation) file with errors: 422 with its diagnostics, under the first error's code.</summary>
    public static ApiProblem FileHasErrors(IReadOnlyList<Diagnostic> diagnostics)
    {
        var first = diagnostics.First(d => d.IsError);
        var where = first.FilePath;
        var errors = diagnostics.Count(d => d.IsError && d.FilePath == where); // the file's own, not the RMS0080 it causes in the remiss file
        return Create(StatusCodes.Status422UnprocessableEntity, first.Code, "The file has errors",
            $"{(where == "organisation" ? "Organisationsfilen" : "Remissfilen")} har {errors} fel och kan inte renderas. Det första: {(where is "remiss" or "organisation" ? string.Empty : where + ", ")}rad {first.Line}, kolumn {first.Column}: {first.Message}") with
        {
            Line = first.Line,
            Column = first.Column,
            Diagnostics = diagnostics.Select(DiagnosticJson.From).ToList(),
        };
    }

    public static ApiProblem NotFoundProblem(string detail) =>
        Create(StatusCodes.Status404NotFound, NotFound, "Not found", detail);

    public static ApiProblem InvalidParameterProblem(string detail) =>
        Create(StatusCodes.Status400BadRequest, InvalidParameter, "Invalid parameter", detail);

    /// <summary>Writes the problem as <c>application/problem+json</c>.</summary>
    public static IResult ToResult(this ApiProblem problem) =>
        TypedResults.Json(problem, ServerJson.Api.ApiProblem, "application/problem+json", problem.Status);

    /// <summary>Writes the problem straight to a response (middleware, where there is no endpoint result).</summary>
    public static Task WriteAsync(HttpContext context, ApiProblem problem)
    {
        context.Response.StatusCode = problem.Status;
        return context.Response.WriteAsJsonAsync(problem, ServerJson.Api.ApiProblem, "application/problem+json", context.RequestAborted);
    }
}
