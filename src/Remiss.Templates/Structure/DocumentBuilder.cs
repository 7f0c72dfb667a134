using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Md = Markdig.Syntax;
using MdInline = Markdig.Syntax.Inlines;

namespace Remiss.Templates.Structure;

/// <summary>
/// Builds the document structure from the Markdig AST: the one place that decides what each Markdown block and inline
/// becomes (its style, list level and number, formatting, link target), for every writer and for the round trip.
/// </summary>
internal static class DocumentBuilder
{
    public static DocumentBody Build(Md.MarkdownDocument document)
    {
        var blocks = new List<DocBlock>();
        var sources = new List<SourceRange>();
        foreach (var block in document)
        {
            var built = new List<DocBlock>(1);
            Block(block, level: null, built);
            if (built.Count == 0)
            {
                continue;
            }

            // A Markdig block builds one block; only a container of no known kind (none in the dialect) could build more.
            foreach (var one in built)
            {
                blocks.Add(one);
                sources.Add(new SourceRange(block.Span.Start, End(block)));
            }
        }

        return new DocumentBody(new NodeList<DocBlock>(blocks), new NodeList<SourceRange>(sources));
    }

    /// <summary>
    /// Where a block's text really ends: its span, or its last line's end when that is later (Markdig leaves the span
    /// of a code fence that is never closed at its first line, though it runs to the document's end).
    /// </summary>
    private static int End(Md.Block block)
    {
        var end = block.Span.End;
        if (block is Md.LeafBlock { Lines.Count: > 0 } leaf)
        {
            end = Math.Max(end, leaf.Lines.Lines[leaf.Lines.Count - 1].Slice.End);
        }
        else if (block is Md.ContainerBlock container)
        {
            foreach (var child in container)
            {
                end = Math.Max(end, End(child));
            }
        }

        return end;
    }

    /// <summary>Adds what <paramref name="block"/> becomes to <paramref name="into"/>; <paramref name="level"/> is the level of the list it stands in, or null outside lists.</summary>
    private static void Block(Md.Block block, int? level, List<DocBlock> into)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or Md.LinkReferenceDefinitionGroup or Md.BlankLineBlock:
                break;
            case Md.HeadingBlock heading:
                into.Add(new HeadingBlock(Math.Clamp(heading.Level, 1, 6), Inlines(heading.Inline)));
                break;
            case Md.ParagraphBlock paragraph:
                into.Add(new ParagraphBlock(level is null ? ParagraphStyle.Normal : ParagraphStyle.ListParagraph, Inlines(paragraph.Inline)));
                break;
            case Md.ListBlock list:
                into.Add(List(list, level));
                break;
            case Md.QuoteBlock quote:
                var quoted = new List<DocBlock>();
                foreach (var child in quote)
                {
                    if (child is Md.ParagraphBlock p)
                    {
                        quoted.Add(new ParagraphBlock(ParagraphStyle.Quote, Inlines(p.Inline)));
                    }
                    else
                    {
                        Block(child, level, quoted);
                    }
                }

                if (quoted.Count > 0)
                {
                    into.Add(new QuoteBlock(new NodeList<DocBlock>(quoted)));
                }

                break;
            case Md.CodeBlock code:
                if (code.Lines.Count > 0)
                {
                    into.Add(new CodeBlock(new NodeList<string>(Enumerable.Range(0, code.Lines.Count).Select(i => code.Lines.Lines[i].Slice.ToString()))));
                }

                break;
            case Md.ThematicBreakBlock:
                into.Add(new RuleBlock());
                break;
            case Table table:
                into.Add(TableOf(table));
                break;
            case Md.ContainerBlock container:
                foreach (var child in container)
                {
                    Block(child, level, into);
                }

                break;
            case Md.LeafBlock leaf:
                // Anything else (e.g. an HTML block as text when HTML is off): its text, as a paragraph.
                var text = string.Join(" ", (leaf.Lines.Lines ?? []).Take(leaf.Lines.Count).Select(l => l.Slice.ToString()));
                into.Add(new ParagraphBlock(ParagraphStyle.Normal, new NodeList<Inline>([new TextInline(text)])));
                break;
        }
    }

    private static ListBlock List(Md.ListBlock list, int? parent)
    {
        var level = parent is null ? 0 : Math.Min(parent.Value + 1, 8);
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var items = new List<ListItem>();
        foreach (var block in list)
        {
            if (block is not Md.ListItemBlock item)
            {
                continue;
            }

            // The first paragraph carries the label; an item that opens with anything else gets an empty one before it.
            NodeList<Inline> lead = NodeList<Inline>.Empty;
            var rest = new List<DocBlock>();
            var first = true;
            foreach (var child in item)
            {
                if (first && child is Md.ParagraphBlock paragraph)
                {
                    lead = Inlines(paragraph.Inline);
                }
                else
                {
                    Block(child, level, rest);
                }

                first = false;
            }

            items.Add(new ListItem(lead, new NodeList<DocBlock>(rest)));
        }

        return new ListBlock(list.IsOrdered, start, level, new NodeList<ListItem>(items), list.IsLoose);
    }

    private static TableBlock TableOf(Table table)
    {
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        var width = rows.Count == 0 ? 0 : rows[0].Count;
        var columns = Enumerable.Range(0, width).Select(i => i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment switch
        {
            TableColumnAlign.Left => ColumnAlign.Left,
            TableColumnAlign.Center => ColumnAlign.Center,
            TableColumnAlign.Right => ColumnAlign.Right,
            _ => ColumnAlign.None,
        } : ColumnAlign.None);

        // GFM: the header row sets the width; a shorter row is filled with empty cells, a longer one cut.
        TableRow Row(Markdig.Extensions.Tables.TableRow row) => new(new NodeList<NodeList<Inline>>(Enumerable.Range(0, width)
            .Select(i => i < row.Count && row[i] is TableCell cell ? CellInlines(cell) : NodeList<Inline>.Empty)));

        var header = rows.Count > 0 ? Row(rows[0]) : new TableRow(NodeList<NodeList<Inline>>.Empty);
        return new TableBlock(new NodeList<ColumnAlign>(columns), header, new NodeList<TableRow>(rows.Skip(1).Select(Row)));
    }

    private static NodeList<Inline> CellInlines(TableCell cell)
    {
        var inlines = new List<Inline>();
        foreach (var paragraph in cell.OfType<Md.ParagraphBlock>())
        {
            if (inlines.Count > 0)
            {
                inlines.Add(new SoftBreakInline());
            }

            inlines.AddRange(Inlines(paragraph.Inline));
        }

        return new NodeList<Inline>(inlines);
    }

    private static NodeList<Inline> Inlines(MdInline.ContainerInline? container)
    {
        if (container is null)
        {
            return NodeList<Inline>.Empty;
        }

        var into = new List<Inline>();
        Inlines(container, into);
        return new NodeList<Inline>(into);
    }

    private static void Inlines(MdInline.ContainerInline container, List<Inline> into)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case MdInline.LiteralInline literal:
                    into.Add(new TextInline(literal.Content.ToString()));
                    break;
                case MdInline.EmphasisInline emphasis:
                    var content = Inlines(emphasis);
                    // ** is bold, * italic, *** both.
                    into.Add(emphasis.DelimiterCount switch
                    {
                        >= 3 => new StrongInline(new NodeList<Inline>([new EmphasisInline(content)])),
                        2 => new StrongInline(content),
                        _ => new EmphasisInline(content),
                    });
                    break;
                case MdInline.CodeInline code:
                    into.Add(new CodeInline(code.Content));
                    break;
                case MdInline.LineBreakInline lineBreak:
                    into.Add(lineBreak.IsHard ? new LineBreakInline() : new SoftBreakInline());
                    break;
                case MdInline.HtmlEntityInline entity:
                    into.Add(new TextInline(entity.Transcoded.ToString()));
                    break;
                case MdInline.AutolinkInline autolink:
                    var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    Link(url, url, null, new NodeList<Inline>([new TextInline(autolink.Url)]), into);
                    break;
                case MdInline.LinkInline { IsImage: true } image:
                    if (DocumentLinks.IsEmbedded(image.Url))
                    {
                        into.Add(new ImageInline(image.Url!, image.Title, Inlines(image)));
                    }
                    else
                    {
                        // Any other image is its description.
                        Inlines(image, into);
                    }

                    break;
                case MdInline.LinkInline link:
                    Link(link.Url ?? string.Empty, link.Url ?? string.Empty, link.Title, Inlines(link), into);
                    break;
                case MdInline.HtmlInline html:
                    into.Add(new TextInline(html.Tag));
                    break;
                case MdInline.ContainerInline other:
                    Inlines(other, into);
                    break;
                default:
                    into.Add(new TextInline(inline.ToString() ?? string.Empty));
                    break;
            }
        }
    }

    /// <summary>A link that points somewhere, or else its text: only an absolute http, https or mailto address points anywhere.</summary>
    private static void Link(string address, string url, string? title, NodeList<Inline> content, List<Inline> into)
    {
        if (DocumentLinks.Target(address) is { } target)
        {
            // A link without text shows its address.
            into.Add(new LinkInline(target, url, string.IsNullOrEmpty(title) ? null : title, content.Count > 0 ? content : new NodeList<Inline>([new TextInline(url)])));
        }
        else
        {
            into.AddRange(content);
        }
    }
}
