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
}
