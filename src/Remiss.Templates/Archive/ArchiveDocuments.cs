using Remiss.Core;

namespace Remiss.Templates.Archive;

/// <summary>
/// The documents a closed case keeps in its archive package, and the one place they become PDFs. Both are seams:
/// a new document kind joins the package in <see cref="Of"/>, and the PDF profile the archive needs is chosen in
/// <see cref="Render"/>, so the package never disagrees with what <c>remiss render</c> writes.
/// </summary>
public static class ArchiveDocuments
{
    /// <summary>
    /// The kinds a case keeps, in package order: the answer, the memo, one extract per recorded meeting, then one
    /// justering notice per justerad meeting (<see cref="RemissDocument.Of"/> expands the per-meeting kinds).
    /// </summary>
    public static IReadOnlyList<DocumentKind> Kinds { get; } = [DocumentKind.Yttrande, DocumentKind.Tjansteutlatande, DocumentKind.Protokollsutdrag, DocumentKind.Anslag];

    /// <summary>The documents of <paramref name="file"/> the package holds, in order (<see cref="Kinds"/>).</summary>
    public static IReadOnlyList<RemissDocument> Of(RemissFile file) => RemissDocument.Of(file, Kinds);

    /// <summary>
    /// The PDFs of <paramref name="documents"/>, in order, as <paramref name="renderer"/> writes them with its templates
    /// and styles, but always PDF/A-2a (and PDF/UA-1) from the native writer: an archive takes long-term formats only,
    /// and the LibreOffice engine makes no PDF/A. A seal in the renderer's options seals the extracts and notices here too.
    /// </summary>
    /// <exception cref="RenderException">A template error.</exception>
    public static IReadOnlyList<byte[]> Render(RemissRenderer renderer, RemissFile file, IReadOnlyList<RemissDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(documents);
        var archival = renderer.Options is { PdfProfile: PdfProfile.PdfA2a, PdfEngine: PdfEngine.Native }
            ? renderer
            : new RemissRenderer(renderer.Options with { PdfProfile = PdfProfile.PdfA2a, PdfEngine = PdfEngine.Native });
        return archival.RenderPdfs(documents.Select(d => (file, d)));
    }
}
