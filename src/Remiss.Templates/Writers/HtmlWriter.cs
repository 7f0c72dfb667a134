using System.Text;
using Markdig;
using Markdig.Renderers;
using Remiss.Templates.Model;

namespace Remiss.Templates.Writers;

/// <summary>
/// A standalone HTML page (<c>lang="sv"</c>, print CSS) from the document's Markdown, with the links and images
/// <see cref="DocumentLinks"/> allows and its content security policy.
/// </summary>
internal static class HtmlWriter
{
    private const string Css = """
        body { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 11pt; line-height: 1.4; max-width: 42em; margin: 2em auto; color: #000; }
        header.letterhead { border-bottom: 1px solid #000; padding-bottom: .3em; margin-bottom: 2em; font-size: 9pt; }
        header.letterhead div { display: flex; justify-content: space-between; }
        footer.attestation { border-top: 1px solid #000; padding-top: .3em; margin-top: 2em; font-size: 9pt; white-space: pre; }
        h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.5em; } h3 { font-size: 11pt; }
        a { color: #00457c; }
        @page { size: A4; margin: 25mm 25mm 25mm 25mm; }
        @media print { body { margin: 0; max-width: none; } a { color: #000; } h1, h2, h3 { break-after: avoid; } p, li { orphans: 3; widows: 3; }
          /* A fixed element repeats on every printed page: the attestation line ends each one. */
          footer.attestation { position: fixed; bottom: 0; left: 0; right: 0; margin: 0; background: #fff; } main { margin-bottom: 3em; } }
        """;

    public static string Write(string markdown, DocumentInfo info)
    {
        var document = RemissMarkdown.Parse(markdown);
        DocumentLinks.Confine(document);
        using var bodyWriter = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(bodyWriter);
        RemissMarkdown.Instance.Setup(renderer);
        renderer.Render(document);
        bodyWriter.Flush();
        var body = bodyWriter.ToString();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n");
        // The preview's rule in the file itself: opened from disk or mail, it runs nothing and fetches nothing either.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(DocumentLinks.ContentSecurityPolicy).Append("; base-uri 'none'; form-action 'none'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(info.Title)).Append("</title>\n");
        html.Append("<meta name=\"author\" content=\"").Append(Encode(info.Organisation)).Append("\">\n");
        html.Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header class=\"letterhead\">\n");
        foreach (var row in info.Header)
        {
            html.Append("<div>");
            foreach (var cell in row.Where(c => c.Length > 0))
            {
                html.Append("<span>").Append(Encode(cell)).Append("</span>");
            }

            html.Append("</div>\n");
        }

        html.Append("</header>\n<main>\n");
        html.Append(body);
        html.Append("</main>\n");
        if (info.Footer is { } footer)
        {
            html.Append("<footer class=\"attestation\">").Append(Encode(footer)).Append("</footer>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    // Only what markup needs in text and double-quoted attributes (&, <, >, "): å, ä, ö and ” stay readable in the source.
    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
