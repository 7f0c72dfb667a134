using System.Text;
using Remiss.Core;

namespace Remiss.Templates.Tests;

/// <summary>
/// Every character the loader accepts reaches every writer (issue 27): the example with invisible and unusual
/// characters the loader lets through (C1 controls, a soft hyphen, joiners, a noncharacter, an emoji, private use)
/// in its title, a comment's section, heading and text, and the summary, renders to Markdown, HTML, a valid .docx
/// (body, properties and round-trip part), a native PDF and the e-mail, and its .docx reads back unchanged.
/// </summary>
public class AcceptedCharacterTests
{
    private const string Escaped = "\\x80\\u00AD\\u200D\\uFDD0\\U0001F600\\u00A0\\x9F\\uE000";
    private const string Characters = "\u0080\u00AD\u200D\uFDD0\U0001F600\u00A0\u009F\uE000";

    private static RemissFile Weird()
    {
        var text = Remiss.Tests.Shared.ExampleOrganisation.WithMeetings(TestFiles.ExampleText)
            .Replace("    - section: \"6\"", "    - section: \"6" + Escaped + "\"", StringComparison.Ordinal)
            .Replace("      heading: Medicinsk bedömning dygnet runt", "      heading: \"Medicinsk " + Escaped + " bedömning\"", StringComparison.Ordinal)
            .Replace("  title: Stärkt medicinsk kompetens i kommunal hälso- och sjukvård\n", "  title: \"Stärkt " + Escaped + " medicinsk kompetens i kommunal hälso- och sjukvård\"\n", StringComparison.Ordinal)
            .Replace("Region Västernorrland välkomnar utredningens", "Region Västernorrland " + Characters + " välkomnar utredningens", StringComparison.Ordinal);
        var result = RemissLoader.Load(text, "sou-2024-72.remiss.yaml", Remiss.Tests.Shared.ExampleOrganisation.Options);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.Contains(Characters, result.File!.Response.Comments[0].Heading, StringComparison.Ordinal);
        return result.File!;
    }

    [Theory]
    [InlineData(DocumentKind.Yttrande)]
    [InlineData(DocumentKind.Tjansteutlatande)]
    public void Every_writer_carries_them(DocumentKind kind)
    {
        var file = Weird();
        var renderer = new RemissRenderer();

        var markdown = Encoding.UTF8.GetString(renderer.Render(file, kind, OutputFormat.Markdown));
        var html = Encoding.UTF8.GetString(renderer.Render(file, kind, OutputFormat.Html));
        var docx = renderer.Render(file, new RemissDocument(kind), OutputFormat.Docx, new RenderSource("sou-2024-72.remiss.yaml", new byte[32]));
        var pdf = renderer.Render(file, kind, OutputFormat.Pdf);

        Assert.Contains("\U0001F600", markdown, StringComparison.Ordinal);
        Assert.Contains("\U0001F600", html, StringComparison.Ordinal);
        DocxChecks.AssertOpensCleanly(docx);
        var read = WordReader.Read(docx, "x.docx");
        Assert.True(read.Problems.Count == 0, string.Join("\n", read.Problems));
        Assert.True(read.IsUnchanged, string.Join("\n", read.Fields.Where(f => f.IsChanged).Select(f => $"{f.Path}: [{f.Value}] [{f.Rendered}]"))
            + string.Join("\n", read.Comments?.Comments.Where(c => c.IsChanged).Select(c => $"[{c.Section}|{c.Heading}|{c.Text}] [{c.RenderedSection}|{c.RenderedHeading}|{c.RenderedText}]") ?? []));
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        if (kind == DocumentKind.Yttrande)
        {
            Assert.Contains(read.Comments!.Comments, c => c.Section == "6" + Characters && c.Heading.Contains(Characters, StringComparison.Ordinal));
            var eml = Encoding.ASCII.GetString(renderer.Render(file, kind, OutputFormat.Eml));
            Assert.Contains("MIME-Version: 1.0", eml, StringComparison.Ordinal);
        }
    }
}
