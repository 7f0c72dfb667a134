using Remiss.Templates;

namespace Remiss.Server.Rendering;

/// <summary>The names documents and formats have in URLs, query strings and on the page.</summary>
internal static class DocumentNames
{
    /// <summary>The documents of a remiss, in the order the page shows them.</summary>
    public static IReadOnlyList<DocumentKind> Documents { get; } = [DocumentKind.Yttrande, DocumentKind.Tjansteutlatande];

    /// <summary>The formats a user downloads (HTML is the preview).</summary>
    public static IReadOnlyList<OutputFormat> Downloads { get; } = [OutputFormat.Docx, OutputFormat.Pdf, OutputFormat.Markdown];

    public static string Name(DocumentKind document) => document switch
    {
        DocumentKind.Yttrande => "yttrande",
        DocumentKind.Tjansteutlatande => "tjansteutlatande",
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, null),
    };

    public static string Label(DocumentKind document) => document switch
    {
        DocumentKind.Yttrande => "Yttrande",
        DocumentKind.Tjansteutlatande => "Tjänsteutlåtande",
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, null),
    };

    public static DocumentKind? ParseDocument(string? name) => name switch
    {
        "yttrande" => DocumentKind.Yttrande,
        "tjansteutlatande" => DocumentKind.Tjansteutlatande,
        _ => null,
    };

    public static string Name(OutputFormat format) => format switch
    {
        OutputFormat.Docx => "docx",
        OutputFormat.Pdf => "pdf",
        OutputFormat.Markdown => "md",
        OutputFormat.Html => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static OutputFormat? ParseFormat(string? name) => name switch
    {
        "docx" => OutputFormat.Docx,
        "pdf" => OutputFormat.Pdf,
        "md" => OutputFormat.Markdown,
        "html" => OutputFormat.Html,
        _ => null,
    };

    public static string ContentType(OutputFormat format) => format switch
    {
        OutputFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        OutputFormat.Pdf => "application/pdf",
        OutputFormat.Markdown => "text/markdown; charset=utf-8",
        OutputFormat.Html => "text/html; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string DocumentChoices => string.Join(", ", Documents.Select(Name));

    public static string FormatChoices => "docx, pdf, md, html";
}
