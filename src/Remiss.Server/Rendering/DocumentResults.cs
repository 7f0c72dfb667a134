using Microsoft.AspNetCore.Http;
using Remiss.Core;
using Remiss.Core.Json;
using Remiss.Server.Api;
using Remiss.Templates;

namespace Remiss.Server.Rendering;

/// <summary>
/// A loaded remiss rendered as an HTTP answer: the file with its content type and the department's file
/// name, or a problem with an RMS code. The API and the page's download buttons both answer through here.
/// </summary>
internal sealed class DocumentResults(PdfQueue pdf)
{
    public async Task<IResult> RenderAsync(RemissRenderer renderer, RemissFile file, RemissDocument document, OutputFormat format, bool attachment, CancellationToken cancellation)
    {
        if (!OutputFormats.AppliesTo(format, document.Kind))
        {
            return ServerProblems.InvalidParameterProblem(
                $"Bara yttrandet skickas med e-post: format=eml finns för document=yttrande, inte för {DocumentKinds.Name(document.Kind)}.").ToResult();
        }

        byte[] bytes;
        byte[]? docx = null;
        try
        {
            // PDF is made from the .docx, and the e-mail carries both.
            bytes = renderer.Render(file, document, format is OutputFormat.Pdf or OutputFormat.Eml ? OutputFormat.Docx : format);
            docx = format == OutputFormat.Eml ? bytes : null;
        }
        catch (RenderException e)
        {
            return ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, ServerProblems.RenderFailed, "The document could not be rendered",
                $"Dokumentet kunde inte renderas: {e.Message}").ToResult();
        }

        if (format is OutputFormat.Pdf or OutputFormat.Eml)
        {
            try
            {
                var (converted, retryAfter) = await pdf.ConvertAsync(bytes, cancellation);
                if (converted is null)
                {
                    return new RetryAfterResult(
                        ServerProblems.Create(StatusCodes.Status503ServiceUnavailable, ServerProblems.PdfBusy, "PDF queue full",
                            $"Servern gör redan så många PDF:er den kan. Försök igen om {retryAfter.TotalSeconds:0} sekunder, eller hämta .docx."),
                        retryAfter);
                }

                bytes = converted;
            }
            catch (RenderException e)
            {
                return ServerProblems.Create(StatusCodes.Status500InternalServerError, ServerProblems.PdfFailed, "PDF conversion failed",
                    $"PDF:en kunde inte skapas: {e.Message}").ToResult();
            }
        }

        if (docx is not null)
        {
            try
            {
                bytes = renderer.RenderEmail(file, docx, bytes);
            }
            catch (RenderException e)
            {
                return ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, ServerProblems.RenderFailed, "The e-mail could not be rendered",
                    $"E-postutkastet kunde inte renderas: {e.Message}").ToResult();
            }
        }

        var name = OutputNames.FileName(file, document, format);
        return attachment
            ? TypedResults.File(bytes, OutputFormats.ContentType(format), name)
            : TypedResults.File(bytes, OutputFormats.ContentType(format));
    }

    /// <summary>A problem with a <c>Retry-After</c> header.</summary>
    private sealed class RetryAfterResult(ApiProblem problem, TimeSpan retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ToResult().ExecuteAsync(httpContext);
        }
    }
}
