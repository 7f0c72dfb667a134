namespace Remiss.Templates;

/// <summary>
/// What each <see cref="OutputFormat"/> is called outside the code, in one place: its name on the command line and
/// in URLs (<c>docx</c>), its file extension and its content type.
/// </summary>
public static class OutputFormats
{
    /// <summary>Every format, in the order the tools list them: docx, pdf, md, html, eml (the last only for the yttrande).</summary>
    public static IReadOnlyList<OutputFormat> All { get; } = [OutputFormat.Docx, OutputFormat.Pdf, OutputFormat.Markdown, OutputFormat.Html, OutputFormat.Eml];

    /// <summary>The format's name: <c>docx</c>, <c>pdf</c>, <c>md</c>, <c>html</c>, <c>eml</c>.</summary>
    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Docx => "docx",
        OutputFormat.Pdf => "pdf",
        OutputFormat.Markdown => "md",
        OutputFormat.Html => "html",
        OutputFormat.Eml => "eml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format with exactly this <see cref="Name"/>, or null.</summary>
    public static OutputFormat? Parse(string? name) => All.Where(f => Name(f) == name).Select(f => (OutputFormat?)f).FirstOrDefault();

    /// <summary>The file extension: <c>.docx</c>.</summary>
    public static string Extension(OutputFormat format) => "." + Name(format);

    /// <summary>True for the formats every document has; the e-mail (<see cref="OutputFormat.Eml"/>) is the yttrande's only.</summary>
    public static bool AppliesTo(OutputFormat format, DocumentKind document) => format != OutputFormat.Eml || document == DocumentKind.Yttrande;

    /// <summary>The media type, with the charset for text.</summary>
    public static string ContentType(OutputFormat format) => format switch
    {
        OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OutputFormat.Pdf => "application/pdf",
        OutputFormat.Markdown => "text/markdown; charset=utf-8",
        OutputFormat.Html => "text/html; charset=utf-8",
        OutputFormat.Eml => "message/rfc822",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
