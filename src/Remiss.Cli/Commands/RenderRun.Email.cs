using Remiss.Cli.Output;
using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Cli.Commands;

/// <summary>
/// The e-mail drafts of a <c>render</c> run (<c>--format eml</c>): each attaches the yttrande's .docx, rendered with
/// the other documents, and its .pdf, made in the run's LibreOffice call (also when PDF itself was not asked for, then
/// without writing it), so a draft is written after the PDFs, under the same folder lock and edit protection.
/// </summary>
internal sealed partial class RenderRun
{
    private readonly List<PendingEmail> _pendingEmails = [];
    private readonly Dictionary<(string Directory, string FileName, string Source), byte[]> _pdfs = [];

    /// <summary>
    /// Whether <paramref name="format"/> is made for <paramref name="document"/>: the e-mail only for the yttrande, and
    /// with <c>--format all</c> only once the deciding meeting is recorded (before that there is no answer to send).
    /// </summary>
    private bool WantsFormat(RemissFile remiss, RemissDocument document, OutputFormat format) =>
        format != OutputFormat.Eml
        || (OutputFormats.AppliesTo(format, document.Kind) && (!request.AllFormats || ResponseWording.DecidingMeeting(remiss) is not null));

    /// <summary>Queues the drafts of one remiss file (at most one: its yttrande's) and the PDF they attach.</summary>
    private void QueueEmails(RemissFile remiss, LoadResult result, RemissRenderer renderer, string directory, string source, IEnumerable<(string FileName, byte[] Docx)> drafts)
    {
        foreach (var (fileName, docx) in drafts)
        {
            var pdfName = OutputNames.FileName(remiss, DocumentKind.Yttrande, OutputFormat.Pdf);
            if (!_pendingPdfs.Any(p => p.Directory == directory && p.FileName == pdfName && p.Source == source))
            {
                _pendingPdfs.Add(new PendingPdf(directory, pdfName, docx, source, Write: false));
            }

            if (remiss.Remiss.ReplyTo.IsEmpty)
            {
                var at = result.Sources?["remiss"] ?? SourceSpan.Start;
                Out(DiagnosticDescriptors.NoReplyAddress.Create(source, at, fileName).ToString());
            }

            _pendingEmails.Add(new PendingEmail(directory, fileName, pdfName, docx, source, remiss, renderer));
        }
    }

    /// <summary>Keeps a PDF the run made, for the drafts that attach it.</summary>
    private void KeepPdf(PendingPdf pdf, byte[] bytes) => _pdfs[(pdf.Directory, pdf.FileName, pdf.Source)] = bytes;

    private void WriteEmails()
    {
        foreach (var email in _pendingEmails)
        {
            if (!_pdfs.TryGetValue((email.Directory, email.PdfName, email.Source), out var pdf))
            {
                Fail($"remiss: e-postutkastet {email.FileName} skrevs inte: det ska ha yttrandet som PDF bifogat, och PDF:en kunde inte skapas (se ovan).");
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = email.Renderer.RenderEmail(email.File, email.Docx, pdf);
            }
            catch (RenderException e)
            {
                Fail($"remiss: e-postutkastet {email.FileName} skrevs inte:");
                Error(e.Message);
                continue;
            }

            WriteInFolder(email.Directory, [email.FileName], [new RenderOutput(email.FileName, bytes, email.Source)], "remiss: e-postutkastet ovan skrevs inte.");
        }
    }

    private sealed record PendingEmail(string Directory, string FileName, string PdfName, byte[] Docx, string Source, RemissFile File, RemissRenderer Renderer);
}
