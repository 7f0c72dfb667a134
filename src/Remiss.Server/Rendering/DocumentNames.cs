using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Server.Rendering;

/// <summary>One document of a remiss: the yttrande, the tjänsteutlåtande, or the protocol extract of one recorded meeting.</summary>
internal sealed record DocumentRequest(DocumentKind Kind, RecordedMeeting? Meeting = null)
{
    public byte[] Render(RemissRenderer renderer, RemissFile file, OutputFormat format) =>
        Meeting is { } meeting ? renderer.Render(file, meeting, format) : renderer.Render(file, Kind, format);

    public string FileName(RemissFile file, OutputFormat format) =>
        Meeting is { } meeting ? OutputNames.FileName(file, meeting, format) : OutputNames.FileName(file, Kind, format);
}

/// <summary>The names documents and formats have in URLs, query strings and on the page.</summary>
internal static class DocumentNames
{
    /// <summary>The page's name of an extract: <c>protokollsutdrag-1</c> for the first recorded meeting.</summary>
    public const string ExtractPrefix = "protokollsutdrag-";

    /// <summary>The documents of a loaded remiss with their page names, in the order the page shows them: one extract per recorded meeting.</summary>
    public static IReadOnlyList<(string Name, string Label, DocumentRequest Document)> Of(RemissFile file)
    {
        var documents = new List<(string, string, DocumentRequest)>
        {
            (Name(DocumentKind.Yttrande), Label(DocumentKind.Yttrande), new DocumentRequest(DocumentKind.Yttrande)),
            (Name(DocumentKind.Tjansteutlatande), Label(DocumentKind.Tjansteutlatande), new DocumentRequest(DocumentKind.Tjansteutlatande)),
        };
        for (var i = 0; i < file.Decision.Meetings.Count; i++)
        {
            var meeting = file.Decision.Meetings[i];
            documents.Add((ExtractPrefix + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Protokollsutdrag {meeting.Body} § {meeting.Paragraph}", new DocumentRequest(DocumentKind.Protokollsutdrag, meeting)));
        }

        return documents;
    }

    /// <summary>The document a page name stands for in <paramref name="file"/>, or null: names are looked up, never built into anything.</summary>
    public static DocumentRequest? Find(RemissFile file, string name) =>
        Of(file).Where(d => d.Name == name).Select(d => d.Document).FirstOrDefault();

    /// <summary>The formats a user downloads (HTML is the preview).</summary>
    public static IReadOnlyList<OutputFormat> Downloads { get; } = [OutputFormat.Docx, OutputFormat.Pdf, OutputFormat.Markdown];

    public static string Name(DocumentKind document) => document switch
    {
        DocumentKind.Yttrande => "yttrande",
        DocumentKind.Tjansteutlatande => "tjansteutlatande",
        DocumentKind.Protokollsutdrag => "protokollsutdrag",
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, null),
    };

    public static string Label(DocumentKind document) => document switch
    {
        DocumentKind.Yttrande => "Yttrande",
        DocumentKind.Tjansteutlatande => "Tjänsteutlåtande",
        DocumentKind.Protokollsutdrag => "Protokollsutdrag",
        _ => throw new ArgumentOutOfRangeException(nameof(document), document, null),
    };

    public static DocumentKind? ParseDocument(string? name) => name switch
    {
        "yttrande" => DocumentKind.Yttrande,
        "tjansteutlatande" => DocumentKind.Tjansteutlatande,
        "protokollsutdrag" => DocumentKind.Protokollsutdrag,
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

    public static string DocumentChoices => "yttrande, tjansteutlatande, protokollsutdrag";

    public static string FormatChoices => "docx, pdf, md, html";
}
