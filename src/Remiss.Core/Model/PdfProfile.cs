namespace Remiss.Core;

/// <summary>
/// Which standards a native PDF claims beyond tagged PDF: PDF/UA-1 alone (the default), or PDF/A-2a and PDF/UA-1 in
/// one file, for the archive. Chosen by <c>pdf_profile</c> in the organisation file or <c>remiss render --pdf-profile</c>.
/// </summary>
public enum PdfProfile
{
    /// <summary>An accessible PDF (PDF/UA-1) (<c>pdf-ua</c>).</summary>
    PdfUA = 0,

    /// <summary>PDF/A-2a and PDF/UA-1 in one file: an sRGB output intent, <c>pdfaid</c> in the XMP, no transparency (<c>pdfa-2a</c>).</summary>
    PdfA2a,
}
