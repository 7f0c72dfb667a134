namespace Remiss.Templates.Model;

/// <summary>
/// What a document says about itself, outside its body: the page header (organisation, date, Dnr) and the
/// file's properties (title, creator, language). Plain text, never Markdown.
/// </summary>
internal sealed record DocumentInfo(string Title, string Organisation, string? Date, string Dnr)
{
    /// <summary>The language every output declares.</summary>
    public const string Language = "sv-SE";

    /// <summary>The header line, e.g. <c>Dnr 24HSN5898</c>.</summary>
    public string DnrLine => "Dnr " + Dnr;

    /// <summary>
    /// The page header's lines, each a row of cells separated by tabs in Word: by default organisation, date and
    /// Dnr on one line; a protocol extract sets its own (organisation, Protokollsutdrag / body, Sammanträdesdatum).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> HeaderRows { get; init; } = [];

    /// <summary>The line every page ends with (a Word footer), or null for none.</summary>
    public string? Footer { get; init; }

    /// <summary>The header rows to print: <see cref="HeaderRows"/>, else the standard one.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Header =>
        HeaderRows.Count > 0 ? HeaderRows : [Date is null ? [Organisation, string.Empty, DnrLine] : [Organisation, Date, DnrLine]];
}
