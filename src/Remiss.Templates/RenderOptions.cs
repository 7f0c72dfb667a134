namespace Remiss.Templates;

/// <summary>Where templates and the Word reference document come from.</summary>
public sealed record RenderOptions
{
    /// <summary>A directory of the user's own Scriban templates (<c>yttrande.md.scriban</c>, <c>tjansteutlatande.md.scriban</c>); null for the built-in ones.</summary>
    /// <remarks>A template missing from the directory falls back to the built-in one; includes resolve inside the directory only.</remarks>
    public string? TemplateDirectory { get; init; }

    /// <summary>A .docx whose styles, fonts and letterhead the Word output uses, like pandoc's <c>--reference-doc</c>.</summary>
    public string? ReferenceDocx { get; init; }
}
