using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Remiss.Core;

namespace Remiss.Templates;

/// <summary>
/// A remiss page saved as HTML, as the lines of text a reader sees: the main content (or the body without
/// navigation, header and footer), after the page title when the content has no <c>h1</c>, one line per block or list item, blank lines between
/// paragraphs. Each line keeps the HTML file's line where its element starts, so findings point into the file.
/// Uses AngleSharp's HTML5 parser (the browsers' algorithm, entities included); no scripts run.
/// </summary>
internal static class HtmlPageText
{
    // Blocks that end a paragraph; the others below only end a line.
    private static readonly HashSet<string> ParagraphBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "section", "article", "blockquote", "pre",
        "header", "footer", "aside", "figure", "form", "fieldset", "details", "main", "hr", "title",
    };

    private static readonly HashSet<string> LineBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "li", "dt", "dd", "tr", "td", "th", "caption", "summary", "figcaption", "address", "br", "option", "legend",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "head", "nav", "button", "select",
    };

    /// <summary>True when the text looks like HTML: named so, or starting with a tag of a web page.</summary>
    public static bool Looks(string path, string text)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var start = text.TrimStart();
        return start.StartsWith('<') && System.Text.RegularExpressions.Regex.IsMatch(start.Length > 2000 ? start[..2000] : start,
            @"<(?:!doctype\s+html|html|head|body|main|h1|p|div)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }

    public static IReadOnlyList<PageLine> Lines(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, MaximumDepth = 512 });
        using var document = parser.ParseDocument(html);
        var writer = new LineWriter();

        // regeringen.se puts the remiss in <main>; other saved pages may not have one.
        IElement? root = document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;

        // The page's own heading names the remiss; the title element (with "- Regeringen.se") only stands in for a missing one.
        if (root?.QuerySelector("h1") is null && document.Head?.QuerySelector("title") is { } title)
        {
            Walk(title, writer);
        }

        if (root is not null)
        {
            Walk(root, writer);
        }

        writer.Break(paragraph: true);
        return writer.Lines;
    }

    /// <summary>Depth-first without recursion, so a deeply nested page cannot overflow the stack.</summary>
    private static void Walk(IElement start, LineWriter writer)
    {
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((start, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                writer.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (!leaving && element != start && (Skipped.Contains(name) || (name is "header" or "footer" && start == element.Owner?.Body)))
            {
                continue;
            }

            var block = ParagraphBlocks.Contains(name) || LineBlocks.Contains(name);
            if (leaving)
            {
                if (block)
                {
                    writer.Break(ParagraphBlocks.Contains(name));
                }

                continue;
            }

            if (block)
            {
                writer.Break(ParagraphBlocks.Contains(name));
            }

            if (element.SourceReference is { } source)
            {
                writer.At(source.Position.Line);
            }

            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
    }

    /// <summary>Collapses white space the way a browser shows it and cuts lines at blocks.</summary>
    private sealed class LineWriter
    {
        private readonly StringBuilder _current = new();
        private int _line = 1;
        private int _currentLine = 1;
        private bool _blankPending;

        public List<PageLine> Lines { get; } = [];

        public void At(int line)
        {
            // AngleSharp gives line 0 to elements its tree builder makes up while mending broken markup (an element
            // reopened after a misnested end tag): they have no place in the file, so the text keeps the place before.
            if (line < 1)
            {
                return;
            }

            _line = line;
            if (_current.Length == 0)
            {
                _currentLine = line;
            }
        }

        public void Append(string data)
        {
            foreach (var c in data)
            {
                if (c is ' ' or '\n' or '\r' or '\t' or '\f')
                {
                    if (_current.Length > 0 && _current[^1] != ' ')
                    {
                        _current.Append(' ');
                    }

                    continue;
                }

                if (_current.Length == 0)
                {
                    _currentLine = _line;
                    if (_blankPending && Lines.Count > 0)
                    {
                        Lines.Add(new PageLine(_currentLine, string.Empty));
                    }

                    _blankPending = false;
                }

                _current.Append(c);
            }
        }

        public void Break(bool paragraph)
        {
            if (_current.Length > 0)
            {
                Lines.Add(new PageLine(_currentLine, _current.ToString().TrimEnd()));
                _current.Clear();
            }

            _blankPending |= paragraph;
        }
    }
}
