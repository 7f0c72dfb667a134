using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Remiss.Templates.Model;
using Remiss.Templates.Writers;

namespace Remiss.Benchmarks.Baseline;

/// <summary>The page header: organisation, date and Dnr on one line, <c>Sida n(m)</c> from PAGE and NUMPAGES fields.</summary>
internal static class BaselineDocxHeader
{
    public static void Write(HeaderPart part, DocumentInfo info)
    {
        var header = new Header();
        foreach (var line in Lines(info))
        {
            header.Append(line);
        }

        part.Header = header;
    }

    private static IEnumerable<Paragraph> Lines(DocumentInfo info)
    {
        var top = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }));
        top.Append(Text(info.Organisation));
        top.Append(new Run(new TabChar()));
        if (info.Date is not null)
        {
            top.Append(Text(info.Date));
        }

        top.Append(new Run(new TabChar()));
        top.Append(Text(info.DnrLine));

        var page = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" }, new Justification { Val = JustificationValues.Right }));
        page.Append(Text("Sida "));
        page.Append(Field("PAGE"));
        page.Append(Text("("));
        page.Append(Field("NUMPAGES"));
        page.Append(Text(")"));
        return [top, page];
    }

    private static Run Text(string text) => new(new Text(WordXml.WordText(text)) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A simple field with a cached result, so viewers that do not update fields still show a number.</summary>
    private static SimpleField Field(string instruction) => new(new Run(new RunProperties(new NoProof()), new Text("1"))) { Instruction = " " + instruction + " " };
}
