using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remiss.Core;
using Remiss.Core.Json;
using Remiss.Server.Rendering;
using Remiss.Templates;
using Remiss.Templates.Archive;

namespace Remiss.Server.Api;

/// <summary><c>POST /api/v1/archive</c>: the closed case as an E-ARK SIP 2.1 .zip, as <c>remiss archive -o x.zip</c> writes it.</summary>
internal static partial class ApiEndpoints
{
    /// <summary>The content type of the package.</summary>
    public const string ZipContentType = "application/zip";

    private static void MapArchive(RouteGroupBuilder api) =>
        api.MapPost("/archive", ArchiveAsync)
            .Documented<RemissRequest>("archive", "Archive a closed case as an E-ARK SIP 2.1 (FGS Paketstruktur 2.0)",
                "The package as a .zip whose one root folder is the case's dnr: METS.xml, metadata/descriptive/erms.xml (CITS ERMS), metadata/preservation/premis.xml (PREMIS 3) and representations/rep1/ with its METS.xml and the yttrande, the tjänsteutlåtande and every protocol extract as PDF, with SHA-256 checksums (docs/archive.md). A case that is not decided (the deciding body's meeting in decision.meetings) and sent (response.sent) is 422 with RMS0310/RMS0311 located at the key to fill in; a file with errors is 422 with its diagnostics; a full PDF queue is 503 with Retry-After.")
            .Produces(StatusCodes.Status200OK, contentType: ZipContentType)
            .Problems(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> ArchiveAsync(HttpRequest request, ApiRenderer renderer, PdfLimit pdf)
    {
        var (loaded, problem) = await LoadAsync(request);
        if (loaded?.File is not { } file)
        {
            return problem ?? ServerProblems.FileHasErrors(loaded!.Diagnostics).ToResult();
        }

        var refusals = ArchiveReadiness.Check(file, RemissSource, loaded.Sources);
        if (refusals.Count > 0)
        {
            var first = refusals[0];
            return (ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, first.Code, "The case cannot be archived yet",
                $"Ärendet kan inte arkiveras ännu: rad {first.Line}, kolumn {first.Column}: {first.Message}") with
            {
                Line = first.Line,
                Column = first.Column,
                Diagnostics = refusals.Select(DiagnosticJson.From).ToList(),
            }).ToResult();
        }

        string? name = null;
        byte[]? zip;
        TimeSpan retryAfter;
        try
        {
            // The package's PDFs take one place in the PDF limit, as one render's would.
            (zip, retryAfter) = await pdf.RenderAsync(renderer.Renderer.Options.PdfEngine, () =>
            {
                var package = ArchiveRun.Package(renderer.Renderer, file, DateTimeOffset.Now);
                name = package.ObjectId + ".zip";
                using var stream = new MemoryStream();
                SipOutput.WriteZip(package, stream);
                return stream.ToArray();
            }, request.HttpContext.RequestAborted);
        }
        catch (RenderException e)
        {
            return DocumentResults.RenderFailed(e);
        }

        if (zip is null)
        {
            return new DocumentResults.RetryAfterResult(
                ServerProblems.Create(StatusCodes.Status503ServiceUnavailable, ServerProblems.PdfBusy, "PDF queue full",
                    $"Servern gör redan så många PDF:er den kan. Försök igen om {retryAfter.TotalSeconds:0} sekunder."),
                retryAfter);
        }

        return TypedResults.File(zip, ZipContentType, name);
    }
}
