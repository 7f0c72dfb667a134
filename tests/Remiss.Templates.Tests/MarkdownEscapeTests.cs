using CsCheck;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Remiss.Templates.Model;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Tests;

/// <summary>Any value from the YAML, escaped and inserted into Markdown, reads back as exactly that text.</summary>
public class MarkdownEscapeTests
{
    /// <summary>The literal text Markdig reads from one line of Markdown; fails on any markup (emphasis, link, code, heading, list …).</summary>
    private static string ReadBack(string markdown)
    {
        var document = RemissMarkdown.Parse(markdown);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        var text = new System.Text.StringBuilder();
        foreach (var inline in paragraph.Inline!)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                default:
                    Assert.Fail($"'{markdown}' became {inline.GetType().Name}");
                    break;
            }
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("Lag om *stjärnor* och _streck_")]
    [InlineData("1. januari")]
    [InlineData("2) punkt")]
    [InlineData("- inte en lista")]
    [InlineData("# inte en rubrik")]
    [InlineData("> inte ett citat")]
    [InlineData("[länk](http://x) ![bild](y)")]
    [InlineData("<b>fet</b> &amp; &lt;")]
    [InlineData("`kod` \\ bakstreck")]
    [InlineData("C# och F#")]
    [InlineData("===")]
    [InlineData("+ plus")]
    public void Tricky_values_stay_literal(string value)
    {
        Assert.Equal(value, ReadBack(MarkdownText.Escape(value)));
        Assert.Equal("Rubrik: " + value, ReadBack("Rubrik: " + MarkdownText.Escape(value)));
    }

    [Fact]
    public void Any_value_stays_literal()
    {
        Gen.String[Gen.Char["abcå 0123456789.)*_`[]()<>!#&;\\-+=|~:\"'/"], 1, 30]
            .Where(s => s.Trim().Length > 0 && !s.Contains("  ", StringComparison.Ordinal))
            .Sample(value =>
            {
                var expected = value.Trim();
                Assert.Equal(expected, ReadBack(MarkdownText.Escape(value)));
                Assert.Equal("Text " + expected, ReadBack("Text " + MarkdownText.Escape(value)));
            }, iter: 2000);
    }
}
