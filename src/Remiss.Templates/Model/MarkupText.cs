namespace Remiss.Templates.Model;

/// <summary>Text inside markup: the HTML page and the PDF's XMP packet escape it alike.</summary>
internal static class MarkupText
{
    /// <summary>
    /// Only what markup needs in text and double-quoted attributes (&amp;, &lt;, &gt;, "): å, ä, ö and ” stay readable in
    /// the source, as they are valid UTF-8 in both.
    /// </summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
