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
}
