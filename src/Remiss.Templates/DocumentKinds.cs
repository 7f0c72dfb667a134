namespace Remiss.Templates;

/// <summary>
/// What each <see cref="DocumentKind"/> is called outside the code, in one place: its name on the command line, in
/// URLs and in template file names (<c>tjansteutlatande</c>), and its label for people (<c>Tjänsteutlåtande</c>).
/// </summary>
public static class DocumentKinds
{
    /// <summary>Every kind, in the order the tools list them.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = [DocumentKind.Yttrande, DocumentKind.Tjansteutlatande, DocumentKind.Protokollsutdrag, DocumentKind.Anslag];

    /// <summary>The kind's name, ASCII only: <c>yttrande</c>, <c>tjansteutlatande</c>, <c>protokollsutdrag</c>.</summary>
    public static string Name(DocumentKind kind) => kind switch
    {
        DocumentKind.Yttrande => "yttrande",
        DocumentKind.Tjansteutlatande => "tjansteutlatande",
        DocumentKind.Protokollsutdrag => "protokollsutdrag",
        DocumentKind.Anslag => "anslag",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True for the kinds made once per recorded meeting (an extract, a notice): they are rendered with their meeting.</summary>
    public static bool IsPerMeeting(DocumentKind kind) => kind is DocumentKind.Protokollsutdrag or DocumentKind.Anslag;

    /// <summary>The kind with exactly this <see cref="Name"/>, or null.</summary>
    public static DocumentKind? Parse(string? name) => All.Where(k => Name(k) == name).Select(k => (DocumentKind?)k).FirstOrDefault();

    /// <summary>The kind as people write it: <c>Yttrande</c>, <c>Tjänsteutlåtande</c>, <c>Protokollsutdrag</c>.</summary>
    public static string Label(DocumentKind kind) => kind switch
    {
        DocumentKind.Yttrande => "Yttrande",
        DocumentKind.Tjansteutlatande => "Tjänsteutlåtande",
        DocumentKind.Protokollsutdrag => Core.ProtocolExtract.DocumentTitle,
        DocumentKind.Anslag => Core.JusteringNotice.DocumentTitle,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
