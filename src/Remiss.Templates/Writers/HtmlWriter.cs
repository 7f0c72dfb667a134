using System.Globalization;
using System.Text;
using Markdig.Renderers;
using Remiss.Templates.Structure;
using Remiss.Templates.Model;

namespace Remiss.Templates.Writers;

/// <summary>
/// A standalone HTML page (<c>lang="sv"</c>, print CSS) from the document structure, with the links and images
/// <see cref="DocumentLinks"/> allows (the structure holds no other) and its content security policy. The body's
/// markup is CommonMark's (as Markdig writes it), tables with header cells scoped to their column.
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

    /// <summary>The tables' rules, added only to a page with a table: a document without one keeps its bytes.</summary>
    private const string TableCss = """
        table { border-collapse: collapse; margin: 1em 0; } th, td { border: 1px solid #000; padding: .2em .4em; vertical-align: top; } th { background: #e7e6e6; text-align: left; }
        @media print { tr { break-inside: avoid; } thead { display: table-header-group; } }
        """;

    public static string Write(DocumentBody document, DocumentInfo info)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n");
        // The preview's rule in the file itself: opened from disk or mail, it runs nothing and fetches nothing either.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(DocumentLinks.ContentSecurityPolicy).Append("; base-uri 'none'; form-action 'none'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(MarkupText.Escape(info.Title)).Append("</title>\n");
        html.Append("<meta name=\"author\" content=\"").Append(MarkupText.Escape(info.Organisation)).Append("\">\n");
        html.Append("<style>\n").Append(Css).Append(document.HasTables ? "\n" + TableCss : string.Empty).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header class=\"letterhead\">\n");
        foreach (var row in info.Header)
        {
            html.Append("<div>");
            foreach (var cell in row.Where(c => c.Length > 0))
            {
                html.Append("<span>").Append(MarkupText.Escape(cell)).Append("</span>");
            }

            html.Append("</div>\n");
        }

        html.Append("</header>\n<main>\n");
        using (var body = new StringWriter(html, CultureInfo.InvariantCulture))
        {
            new HtmlBody(body).Blocks(document.Blocks, tight: false);
        }

        html.Append("</main>\n");
        if (info.Footer is { } footer)
        {
            html.Append("<footer class=\"attestation\">").Append(MarkupText.Escape(footer)).Append("</footer>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }


    /// <summary>The body's blocks as CommonMark's HTML, escaped by Markdig's own rules.</summary>
    private sealed class HtmlBody(TextWriter writer)
    {
        private readonly HtmlRenderer _out = new(writer);

        public void Blocks(IEnumerable<DocBlock> blocks, bool tight)
        {
            foreach (var block in blocks)
            {
                Block(block, tight);
            }
        }

        private void Block(DocBlock block, bool tight)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
                    _out.EnsureLine();
                    _out.Write('<').Write(tag).Write('>');
                    Inlines(heading.Content, html: true);
                    _out.Write("</").Write(tag).WriteLine(">");
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph.Content, tight);
                    break;
                case ListBlock list:
                    List(list);
                    break;
                case QuoteBlock quote:
                    _out.EnsureLine();
                    _out.WriteLine("<blockquote>");
                    Blocks(quote.Blocks, tight: false);
                    _out.EnsureLine();
                    _out.WriteLine("</blockquote>");
                    break;
                case CodeBlock code:
                    _out.EnsureLine();
                    _out.Write("<pre><code>");
                    foreach (var line in code.Lines)
                    {
                        _out.WriteEscape(line);
                        _out.Write('\n');
                    }

                    _out.WriteLine("</code></pre>");
                    break;
                case RuleBlock:
                    _out.EnsureLine();
                    _out.WriteLine("<hr />");
                    break;
                case TableBlock table:
                    Table(table);
                    break;
            }
        }

        private void Paragraph(NodeList<Inline> content, bool tight)
        {
            if (!tight)
            {
                _out.EnsureLine();
                _out.Write("<p>");
            }

            Inlines(content, html: true);
            if (!tight)
            {
                _out.WriteLine("</p>");
            }
        }

        private void List(ListBlock list)
        {
            _out.EnsureLine();
            if (list.Ordered)
            {
                _out.Write("<ol");
                if (list.Start != 1)
                {
                    _out.Write(" start=\"").Write(list.Start.ToString(CultureInfo.InvariantCulture)).Write('"');
                }

                _out.WriteLine(">");
            }
            else
            {
                _out.WriteLine("<ul>");
            }

            foreach (var item in list.Items)
            {
                _out.EnsureLine();
                _out.Write("<li>");
                if (list.Loose && item.Lead.Count > 0)
                {
                    _out.Write("<p>");
                    Inlines(item.Lead, html: true);
                    _out.WriteLine("</p>");
                }
                else
                {
                    Inlines(item.Lead, html: true);
                }

                Blocks(item.Blocks, tight: !list.Loose);
                _out.WriteLine("</li>");
            }

            _out.EnsureLine();
            _out.WriteLine(list.Ordered ? "</ol>" : "</ul>");
        }

        /// <summary>A table: the header row's cells are <c>th scope="col"</c>, aligned cells say so in their style.</summary>
        private void Table(TableBlock table)
        {
            _out.EnsureLine();
            _out.WriteLine("<table>");
            _out.WriteLine("<thead>");
            Row(table, table.Header, "th");
            _out.WriteLine("</thead>");
            if (table.Rows.Count > 0)
            {
                _out.WriteLine("<tbody>");
                foreach (var row in table.Rows)
                {
                    Row(table, row, "td");
                }

                _out.WriteLine("</tbody>");
            }

            _out.WriteLine("</table>");
        }

        private void Row(TableBlock table, TableRow row, string cell)
        {
            _out.WriteLine("<tr>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                _out.Write('<').Write(cell);
                if (cell == "th")
                {
                    _out.Write(" scope=\"col\"");
                }

                if (table.Columns[i] is not ColumnAlign.None and var align)
                {
                    _out.Write(" style=\"text-align: ").Write(align.ToString().ToLowerInvariant()).Write('"');
                }

                _out.Write('>');
                Inlines(row.Cells[i], html: true);
                _out.Write("</").Write(cell).WriteLine(">");
            }

            _out.WriteLine("</tr>");
        }

        /// <summary>Writes <paramref name="inlines"/>; <paramref name="html"/> false inside an image's alt text, where only text goes.</summary>
        private void Inlines(NodeList<Inline> inlines, bool html)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case TextInline text:
                        _out.WriteEscape(text.Text);
                        break;
                    case SoftBreakInline:
                        _out.WriteLine();
                        break;
                    case LineBreakInline:
                        if (html)
                        {
                            _out.WriteLine("<br />");
                        }
                        else
                        {
                            _out.WriteLine();
                        }

                        break;
                    case StrongInline strong:
                        Wrap("strong", strong.Content, html);
                        break;
                    case EmphasisInline emphasis:
                        Wrap("em", emphasis.Content, html);
                        break;
                    case CodeInline code:
                        if (html)
                        {
                            _out.Write("<code>");
                        }

                        _out.WriteEscape(code.Code);
                        if (html)
                        {
                            _out.Write("</code>");
                        }

                        break;
                    case LinkInline link:
                        if (html)
                        {
                            _out.Write("<a href=\"").WriteEscapeUrl(link.Url).Write('"');
                            Title(link.Title);
                            _out.Write('>');
                        }

                        Inlines(link.Content, html);
                        if (html)
                        {
                            _out.Write("</a>");
                        }

                        break;
                    case ImageInline image:
                        if (html)
                        {
                            _out.Write("<img src=\"").WriteEscapeUrl(image.Source).Write("\" alt=\"");
                            Inlines(image.Description, html: false);
                            _out.Write('"');
                            Title(image.Title);
                            _out.Write(" />");
                        }
                        else
                        {
                            Inlines(image.Description, html);
                        }

                        break;
                }
            }
        }

        private void Wrap(string tag, NodeList<Inline> content, bool html)
        {
            if (html)
            {
                _out.Write('<').Write(tag).Write('>');
            }

            Inlines(content, html);
            if (html)
            {
                _out.Write("</").Write(tag).Write('>');
            }
        }

        private void Title(string? title)
        {
            if (title is not null)
            {
                _out.Write(" title=\"").WriteEscape(title).Write('"');
            }
        }
    }
}
