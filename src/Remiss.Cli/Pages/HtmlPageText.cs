namespace Remiss.Cli.Pages;

/// <summary>The command line's name for <see cref="Remiss.Templates.HtmlPageText"/>, which the desk shares.</summary>
internal static class HtmlPageText
{
    /// <inheritdoc cref="Remiss.Templates.HtmlPageText.Lines"/>
    public static IReadOnlyList<Remiss.Core.PageLine> Lines(string html) => Remiss.Templates.HtmlPageText.Lines(html);
}
