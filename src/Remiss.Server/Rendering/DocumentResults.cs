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
internal sealed class DocumentResults(PdfLimit pdf)
{
    public async Task<IResult> RenderAsync(RemissRenderer renderer, RemissFile file, RemissDocument document, OutputFormat format, bool attachment, CancellationToken cancellation)
    {
        if (!OutputFormats.AppliesTo(format, document.Kind))
        {
            return ServerProblems.InvalidParameterProblem(
                $"Bara yttrandet skickas med e-post: format=eml finns för document=yttrande, inte för {DocumentKinds.Name(document.Kind)}.").ToResult();
        }

        byte[] bytes;
        // A PDF, and the e-mail that attaches one, take a place in the PDF limit.
        if (format is OutputFormat.Pdf or OutputFormat.Eml)
        {
            var engine = renderer.Options.PdfEngine;
            try
            {
                if (engine == PdfEngine.LibreOffice)
                {
                    // LibreOffice's PDF is made from the .docx: rendering it first tells a template error (422) from a failed conversion (500).
                    renderer.Render(file, document, OutputFormat.Docx);
                }
            }
            catch (RenderException e)
            {
                return RenderFailed(e);
            }

            try
            {
                var (made, retryAfter) = await pdf.RenderAsync(engine, () => renderer.Render(file, document, format), cancellation);
                if (made is null)
                {
                    return new RetryAfterResult(
                        ServerProblems.Create(StatusCodes.Status503ServiceUnavailable, ServerProblems.PdfBusy, "PDF queue full",
                            $"Servern gör redan så många PDF:er den kan. Försök igen om {retryAfter.TotalSeconds:0} sekunder, eller hämta .docx."),
                        retryAfter);
                }

                bytes = made;
            }
            catch (RenderException e) when (engine == PdfEngine.LibreOffice)
            {
                return ServerProblems.Create(StatusCodes.Status500InternalServerError, ServerProblems.PdfFailed, "PDF conversion failed",
                    $"PDF:en kunde inte skapas: {e.Message}").ToResult();
            }
            catch (RenderException e)
            {
                return RenderFailed(e);
            }
        }
        else
        {
            try
            {
                bytes = renderer.Render(file, document, format);
            }
            catch (RenderException e)
            {
                return RenderFailed(e);
            }
        }

        var name = OutputNames.FileName(file, document, format);
        return attachment
            ? TypedResults.File(bytes, OutputFormats.ContentType(format), name)
            : TypedResults.File(bytes, OutputFormats.ContentType(format));
    }

    /// <summary>A template error: 422 with its message.</summary>
    internal static IResult RenderFailed(RenderException e) =>
        ServerProblems.Create(StatusCodes.Status422UnprocessableEntity, ServerProblems.RenderFailed, "The document could not be rendered",
            $"Dokumentet kunde inte renderas: {e.Message}").ToResult();

    /// <summary>A problem with a <c>Retry-After</c> header.</summary>
    internal sealed class RetryAfterResult(ApiProblem problem, TimeSpan retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ToResult().ExecuteAsync(httpContext);
        }
    }
}
