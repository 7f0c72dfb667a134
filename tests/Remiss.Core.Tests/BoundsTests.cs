using Remiss.Tests.Shared;

namespace Remiss.Core.Tests;

/// <summary>
/// Issue 26 in Core: <c>check</c> reports, at the field's line and column, whatever the renderer would refuse — Markdown
/// nested past Markdig's limit, more text than the renderer and the Word reader work on — so render never meets it.
/// </summary>
public sealed class BoundsTests
{
    [Theory]
    [MemberData(nameof(Examples.DeepMarkdown), MemberType = typeof(Examples))]
    public void Markdown_nested_past_the_limit_is_an_error_at_its_line_and_column(string kind, int column)
    {
        var text = Examples.WithBackground(Examples.Deep(kind));

        var result = TestFiles.Load(text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("RMS0185", diagnostic.Code);
        Assert.Equal(Examples.BackgroundLineNumber, diagnostic.Span.Line);
        Assert.Equal(column, diagnostic.Span.Column);
        Assert.Equal("'memo.background' har Markdown som här är nästlad mer än 32 nivåer djupt (citat, listor, hakparenteser eller betoning inuti varandra), och så djupt renderar Remiss inte. Skriv texten som vanliga stycken eller en lista med högst några nivåer.", diagnostic.Message);
        Assert.Null(result.File);
    }

    [Theory]
    [InlineData(">", 32)]
    [InlineData("* ", 16)]
    [InlineData("[", 32)]
    [InlineData("*", 32)]
    public void Nesting_up_to_the_limit_is_accepted_and_one_more_is_not(string opener, int atLimit)
    {
        static string Nested(string opener, int n) => string.Concat(Enumerable.Repeat(opener, n)) + "text";

        Assert.DoesNotContain(TestFiles.Load(Examples.WithBackground(Nested(opener, atLimit))).Diagnostics, d => d.IsError);
        Assert.Contains(TestFiles.Load(Examples.WithBackground(Nested(opener, atLimit + 1))).Diagnostics, d => d.Code == "RMS0185");
    }

    [Fact]
    public void Ordinary_markdown_is_far_from_the_limit()
    {
        var text = Examples.WithBackground("> Ett citat med **fet** och *kursiv* text, [en länk](https://www.regeringen.se) och _understrykning_.\n\n1. Ett\n   - två\n     - tre\n\n5 * 3 * 2 = 30 och a*b*c*d*e*f*g och filnamn_med_understreck_och_fler_av_dem.");

        Assert.DoesNotContain(TestFiles.Load(text).Diagnostics, d => d.IsError);
    }

    [Fact]
    public void More_lines_than_a_file_holds_is_an_error_at_the_field_that_passes_the_limit()
    {
        var text = Examples.WithBackground(string.Join("\n", Enumerable.Repeat("Ny rad.", TextLimits.Lines + 1)));

        var result = TestFiles.Load(text);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("RMS0186", diagnostic.Code);
        Assert.Equal(Examples.BackgroundLineNumber - 1, diagnostic.Span.Line); // the value's indicator, after 'background:'
        Assert.StartsWith("Filens text blir för stor vid 'memo.background': ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("rader, men Remiss tar emot högst 5000 i en fil", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_characters_than_a_file_holds_is_an_error_even_in_few_lines()
    {
        var text = Examples.WithBackground(new string('a', TextLimits.Characters));

        var diagnostic = Assert.Single(TestFiles.Load(text).Diagnostics, d => d.IsError);

        Assert.Equal("RMS0186", diagnostic.Code);
        Assert.Contains("tecken, men Remiss tar emot högst 250000 i en fil (omkring hundra sidor)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_codes_are_documented()
    {
        var docs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "diagnostics.md"));

        Assert.Equal(["RMS0185", "RMS0186", "RMS0187", "RMS0188", "RMS0189"], DiagnosticDescriptors.BoundsCodes);
        Assert.All(DiagnosticDescriptors.BoundsCodes, code => Assert.Contains("\n## " + code + "\n", docs, StringComparison.Ordinal));
    }
}
