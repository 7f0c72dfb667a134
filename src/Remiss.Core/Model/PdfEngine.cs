namespace Remiss.Core;

/// <summary>
/// What writes a document's PDF: Remiss itself from the document (the default, no other program needed), or
/// LibreOffice printing the .docx, for a region whose Word letterhead does things the native layout does not.
/// Chosen by <c>pdf_engine</c> in the organisation file or <c>remiss render --pdf-engine</c>.
/// </summary>
public enum PdfEngine
{
    /// <summary>Remiss lays the document out and writes a tagged PDF/UA itself (<c>native</c>).</summary>
    Native = 0,

    /// <summary>LibreOffice converts the .docx (<c>libreoffice</c>); it must be installed.</summary>
    LibreOffice,
}
