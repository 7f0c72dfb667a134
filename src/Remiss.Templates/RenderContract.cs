using Remiss.Core;

namespace Remiss.Templates;

// The public surface the CLI renders through. Implementation lands with the Remiss.Templates issue.

/// <summary>The two documents made from a remiss file.</summary>
public enum DocumentKind
{
    /// <summary>The yttrande: the answer the department receives.</summary>
    Yttrande,

    /// <summary>The tjänsteutlåtande: the memo to the political committee.</summary>
    Tjansteutlatande,
}

/// <summary>Output formats.</summary>
public enum OutputFormat
{
    /// <summary>Markdown (.md).</summary>
    Markdown,

    /// <summary>Standalone HTML (.html).</summary>
    Html,

    /// <summary>Word (.docx).</summary>
    Docx,

    /// <summary>Tagged PDF/UA (.pdf) through LibreOffice.</summary>
    Pdf,
}

/// <summary>Where templates and the Word reference document come from.</summary>
public sealed record RenderOptions
{
    /// <summary>A directory of the user's own Scriban templates (<c>yttrande.md.scriban</c>, <c>tjansteutlatande.md.scriban</c>); null for the built-in ones.</summary>
    public string? TemplateDirectory { get; init; }

    /// <summary>A .docx whose styles, fonts and letterhead the Word output uses, like pandoc's <c>--reference-doc</c>.</summary>
    public string? ReferenceDocx { get; init; }
}

/// <summary>A rendering failure the user can act on (template error, missing LibreOffice, …).</summary>
public sealed class RenderException : Exception
{
    /// <summary>Creates the exception; the message is shown to the user as is.</summary>
    public RenderException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>Renders the yttrande and the tjänsteutlåtande of a remiss file.</summary>
public sealed partial class RemissRenderer
{
    /// <summary>Creates a renderer; templates are parsed once and reused (the renderer is thread-safe).</summary>
    public RemissRenderer(RenderOptions? options = null) => Options = options ?? new RenderOptions();

    /// <summary>The options in use.</summary>
    public RenderOptions Options { get; }

    /// <summary>The document as Markdown.</summary>
    /// <exception cref="RenderException">A template error.</exception>
    public string RenderMarkdown(RemissFile file, DocumentKind document) => throw new NotImplementedException();

    /// <summary>The document in <paramref name="format"/> (Markdown, Html or Docx; use <see cref="PdfExport"/> for PDF).</summary>
    /// <exception cref="RenderException">A template error.</exception>
    public byte[] Render(RemissFile file, DocumentKind document, OutputFormat format) => throw new NotImplementedException();
}

/// <summary>Turns .docx files into tagged PDF/UA with LibreOffice headless.</summary>
public static class PdfExport
{
    /// <summary>
    /// Converts every file in one LibreOffice call, writing <c>name.pdf</c> beside each name into
    /// <paramref name="outputDirectory"/>.
    /// </summary>
    /// <exception cref="RenderException">LibreOffice is not installed (the message names the package) or the conversion failed.</exception>
    public static void ConvertDocxToPdf(IReadOnlyList<string> docxPaths, string outputDirectory) => throw new NotImplementedException();
}
