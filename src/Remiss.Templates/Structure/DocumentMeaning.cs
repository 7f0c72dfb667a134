using System.Text;

namespace Remiss.Templates.Structure;

/// <summary>
/// A block as it means, for comparing: adjacent text joined, a soft line break as the space it prints, empty text
/// gone. Markdig splits text where a delimiter failed to pair and wherever the source wraps; none of that shows.
/// </summary>
internal static class DocumentMeaning
{
    public static DocBlock Of(DocBlock block) => block switch
    {
        HeadingBlock heading => heading with { Content = Inlines(heading.Content) },
        ParagraphBlock paragraph => paragraph with { Content = Inlines(paragraph.Content) },
        // A loose list and a tight one print the same but in HTML's spacing; Word keeps no such difference.
        ListBlock list => list with { Loose = false, Items = new(list.Items.Select(i => new ListItem(Inlines(i.Lead), new(i.Blocks.Select(Of))))) },
        QuoteBlock quote => quote with { Blocks = new(quote.Blocks.Select(Of)) },
        TableBlock table => table with { Header = Row(table.Header), Rows = new(table.Rows.Select(Row)) },
        _ => block,
    };

    private static TableRow Row(TableRow row) => new(new(row.Cells.Select(Inlines)));

    private static NodeList<Inline> Inlines(NodeList<Inline> inlines)
    {
        var result = new List<Inline>(inlines.Count);
        var text = new StringBuilder();
        void Flush()
        {
            if (text.Length > 0)
            {
                result.Add(new TextInline(text.ToString()));
                text.Clear();
            }
        }

        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline t:
                    text.Append(t.Text);
                    break;
                case SoftBreakInline:
                    text.Append(' ');
                    break;
                default:
                    Flush();
                    result.Add(inline switch
                    {
                        StrongInline strong => new StrongInline(Inlines(strong.Content)),
                        EmphasisInline emphasis => new EmphasisInline(Inlines(emphasis.Content)),
                        LinkInline link => link with { Content = Inlines(link.Content) },
                        ImageInline image => image with { Description = Inlines(image.Description) },
                        _ => inline,
                    });
                    break;
            }
        }

        Flush();
        return new NodeList<Inline>(result);
    }
}
