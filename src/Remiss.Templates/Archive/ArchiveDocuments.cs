using Remiss.Core;

namespace Remiss.Templates.Archive;

/// <summary>
/// The documents a closed case keeps in its archive package, and the one place they become PDFs. Both are seams:
/// a new document kind joins the package in <see cref="Of"/>, and the PDF profile the archive needs is chosen in
/// <see cref="Render"/>, so the package never disagrees with what <c>remiss render</c> writes.
/// </summary>
public static class ArchiveDocuments
{
    /// <summary>The kinds a case keeps, in package order: the answer, the memo, then one extract per recorded meeting.</summary>
    // Seam: another document kind (the justering notice) is added to this list, and RemissDocument.Of expands it.
    public static IReadOnlyList<DocumentKind> Kinds { get; } = [DocumentKind.Yttrande, DocumentKind.Tjansteutlatande, DocumentKind.Protokollsutdrag];

    /// <summary>The documents of <paramref name="file"/> the package holds, in order (<see cref="Kinds"/>).</summary>
    public static IReadOnlyList<RemissDocument> Of(RemissFile file) => RemissDocument.Of(file, Kinds);

    /// <summary>
    /// The PDFs of <paramref name="documents"/>, in order, as <paramref name="renderer"/> writes them (its PDF engine).
    /// Every PDF in a package comes from here: switching the archive to PDF/A is a change to this method alone.
    /// </summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDFs.</exception>
    public static IReadOnlyList<byte[]> Render(RemissRenderer renderer, RemissFile file, IReadOnlyList<RemissDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(documents);
        return renderer.RenderPdfs(documents.Select(d => (file, d)));
    }
}
