namespace Remiss.Templates;

/// <summary>Output formats.</summary>
public enum OutputFormat
{
    /// <summary>Markdown (.md).</summary>
    Markdown,

    /// <summary>Standalone HTML (.html).</summary>
    Html,

    /// <summary>Word (.docx).</summary>
    Docx,

    /// <summary>Tagged PDF/UA (.pdf), written by Remiss or by LibreOffice (<see cref="RenderOptions.PdfEngine"/>).</summary>
    Pdf,

    /// <summary>
    /// The e-mail to the department (.eml, an unsent draft): the yttrande's covering text with its .docx and .pdf attached
    /// (<see cref="RemissRenderer.RenderEmail"/>).
    /// </summary>
    Eml,
}
