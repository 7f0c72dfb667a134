using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Remiss.Templates;

/// <summary>
/// What a document may point at or show, one rule for every writer and for the server's preview: a link goes to an
/// absolute http, https or mailto address, and an image is one carried in the document itself (<c>data:</c>). Any
/// other link (<c>javascript:</c>, a relative or local path) is its text; any other image (a remote address, which
/// would tell its server who opened the document) is its description.
/// </summary>
public static class DocumentLinks
{
    /// <summary>
    /// The content security policy of a document's HTML, as its own <c>&lt;meta&gt;</c> and as the preview's header: no
    /// script, no requests anywhere, its own inline styles and embedded images only.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /// <summary>The address a link of the document points at (absolute http, https or mailto), or null: then it is text.</summary>
    public static string? Target(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" ? uri.AbsoluteUri : null;

    /// <summary>True when an image's source is carried in the document (<c>data:</c>).</summary>
    public static bool IsEmbedded(string? source) => source is not null && source.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Takes out of <paramref name="document"/> every link and image the rule does not allow, keeping their text.</summary>
    internal static void Confine(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link when link.IsImage ? !IsEmbedded(link.Url) : Target(link.Url) is null:
                    // The link's text, or the image's description, takes its place.
                    while (link.FirstChild is { } child)
                    {
                        child.Remove();
                        link.InsertBefore(child);
                    }

                    link.Remove();
                    break;
                case AutolinkInline autolink when Target(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url) is null:
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }
    }
}
