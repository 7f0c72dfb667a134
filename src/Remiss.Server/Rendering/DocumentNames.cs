using Remiss.Core;
using Remiss.Templates;

namespace Remiss.Server.Rendering;

/// <summary>
/// The documents of a remiss as the page addresses them: <c>yttrande</c>, <c>tjansteutlatande</c> and
/// <c>protokollsutdrag-1</c> for the first recorded meeting, <c>anslag-1</c> for its justering notice. Names and formats are Templates' own
/// (<see cref="DocumentKinds"/>, <see cref="OutputFormats"/>).
/// </summary>
internal static class DocumentNames
{
    /// <summary>The page's name of an extract: <c>protokollsutdrag-1</c> for the first recorded meeting.</summary>
    public const string ExtractPrefix = "protokollsutdrag-";

    /// <summary>The page's name of a justering notice: <c>anslag-2</c> for the second recorded meeting's (numbered as its extract).</summary>
    public const string NoticePrefix = "anslag-";

    /// <summary>The formats a user downloads (HTML is the preview).</summary>
    public static IReadOnlyList<OutputFormat> Downloads { get; } = [OutputFormat.Docx, OutputFormat.Pdf, OutputFormat.Markdown];

    /// <summary>The document kinds a request may name, for messages.</summary>
    public static string DocumentChoices { get; } = string.Join(", ", DocumentKinds.All.Select(DocumentKinds.Name));

    /// <summary>The formats a request may name, for messages.</summary>
    public static string FormatChoices { get; } = string.Join(", ", OutputFormats.All.Select(OutputFormats.Name));

    /// <summary>The documents of a loaded remiss with their page names, in the order the page shows them: one extract per recorded meeting.</summary>
    public static IReadOnlyList<(string Name, string Label, RemissDocument Document)> Of(RemissFile file)
    {
        var documents = new List<(string, string, RemissDocument)>();
        foreach (var document in RemissDocument.Of(file, DocumentKinds.All))
        {
            documents.Add(document.Meeting is { } meeting
                ? ((document.Kind == DocumentKind.Anslag ? NoticePrefix : ExtractPrefix) + Number(file, meeting).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    $"{DocumentKinds.Label(document.Kind)} {meeting.Body} § {meeting.Paragraph}", document)
                : (DocumentKinds.Name(document.Kind), DocumentKinds.Label(document.Kind), document));
        }

        return documents;
    }

    /// <summary>The meeting's place in <c>decision.meetings</c>, from 1 (the API's meeting=N).</summary>
    private static int Number(RemissFile file, RecordedMeeting meeting)
    {
        var meetings = file.Decision.Meetings;
        var index = Enumerable.Range(0, meetings.Count).FirstOrDefault(i => ReferenceEquals(meetings[i], meeting) || meetings[i] == meeting, -1);
        return index + 1;
    }

    /// <summary>The document a page name stands for in <paramref name="file"/>, or null: names are looked up, never built into anything.</summary>
    public static RemissDocument? Find(RemissFile file, string name) =>
        Of(file).Where(d => d.Name == name).Select(d => d.Document).FirstOrDefault();
}
