namespace Remiss.Templates;

/// <summary>
/// What each <see cref="OutputFormat"/> is called outside the code, in one place: its name on the command line and
/// in URLs (<c>docx</c>), its file extension and its content type.
/// </summary>
public static class OutputFormats
{
    /// <summary>Every format, in the order the tools list them: docx, pdf, md, html.</summary>
    public static IReadOnlyList<OutputFormat> All { get; } = [OutputFormat.Docx, OutputFormat.Pdf, OutputFormat.Markdown, OutputFormat.Html];

    /// <summary>The format's name: <c>docx</c>, <c>pdf</c>, <c>md</c>, <c>html</c>.</summary>
    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Docx => "docx",
        OutputFormat.Pdf => "pdf",
        OutputFormat.Markdown => "md",
        OutputFormat.Html => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format with exactly this <see cref="Name"/>, or null.</summary>
    public static OutputFormat? Parse(string? name) => All.Where(f => Name(f) == name).Select(f => (OutputFormat?)f).FirstOrDefault();

    /// <summary>The file extension: <c>.docx</c>.</summary>
    public static string Extension(OutputFormat format) => "." + Name(format);

    /// <summary>The media type, with the charset for text.</summary>
    public static string ContentType(OutputFormat format) => format switch
    {
        OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OutputFormat.Pdf => "application/pdf",
        OutputFormat.Markdown => "text/markdown; charset=utf-8",
        OutputFormat.Html => "text/html; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
