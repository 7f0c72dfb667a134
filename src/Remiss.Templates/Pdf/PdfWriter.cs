using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Remiss.Templates.Structure;
using Remiss.Templates.Model;
using Remiss.Templates.Writers;

namespace Remiss.Templates.Pdf;

/// <summary>
/// What a document's pages look like, read once per renderer: the Word styles, the page setup and the letterhead,
/// the built-in ones or a reference .docx's, the same the Word writer uses.
/// </summary>
internal sealed record PdfDesign(WordStyles Styles, PageSetup Page, PdfLetterhead? Letterhead)
{
    public static PdfDesign BuiltIn { get; } = new(WordStyles.BuiltIn, PageSetup.BuiltIn, null);

    /// <exception cref="RenderException">The reference's styles, theme, page setup or letterhead cannot be read.</exception>
    public static PdfDesign For(ReferenceDocx? reference, string? path)
    {
        if (reference is null)
        {
            return BuiltIn;
        }

        try
        {
            return new PdfDesign(WordStyles.From(reference.StylesWithTable, reference.Theme), PageSetup.From(reference.SectionXml), PdfLetterhead.From(reference.Letterhead));
        }
        catch (Exception e) when (e is System.Xml.XmlException or FormatException or OverflowException or InvalidOperationException)
        {
            throw new RenderException($"{path}: error: mall-.docx:en kan inte läsas för PDF:en ({e.Message}); spara den på nytt i Word eller LibreOffice, eller välj pdf_engine: libreoffice.", e);
        }
    }
}

/// <summary>
/// Writes an accessible PDF (PDF/UA-1) of a document from the same structure and document facts the Word writer reads:
/// the body (<see cref="PdfContent"/>) set in lines and pages (<see cref="PdfLayout"/>, <see cref="PdfPagination"/>),
/// drawn with its structure tree (<see cref="PdfPainter"/>), with the header and footer on every page
/// (<see cref="PdfFurniture"/>), then finished so that the same input gives the same bytes (<see cref="PdfFinish"/>).
/// </summary>
internal static class PdfWriter
{
    /// <summary>The application the PDF names as its creator.</summary>
    public const string Creator = "Remiss";

    /// <summary>
    /// The most pages a PDF may have. A file within its check's text limits (<see cref="Remiss.Core.TextLimits"/>) makes
    /// a few hundred at most; only a template that repeats text comes near this.
    /// </summary>
    public const int MaxPages = 1_000;

    public static byte[] Write(DocumentBody body, DocumentInfo info, PdfDesign design)
    {
        var items = PdfContent.Of(body);
        using var text = new PdfText();
        var layout = new PdfLayout(text, design.Styles, design.Page.TextWidth);
        var paragraphs = new List<LaidParagraph>();
        var laid = new Dictionary<ContentParagraph, LaidParagraph>(ReferenceEqualityComparer.Instance);
        foreach (var item in items)
        {
            if (item.Paragraph is { } paragraph)
            {
                var line = paragraph.Table is null ? layout.Lay(paragraph) : PdfTable.Lay(paragraph, text, design.Styles, design.Page.TextWidth);
                paragraphs.Add(line);
                laid[paragraph] = line;
            }
        }

        var images = new Dictionary<LetterheadImage, XImage?>(ReferenceEqualityComparer.Instance);
        var furniture = new PdfFurniture(design.Page, design.Styles, text, info, design.Letterhead, image =>
        {
            if (!images.TryGetValue(image, out var decoded))
            {
                decoded = image.Decode();
                images[image] = decoded;
            }

            return decoded;
        });
        var pages = PdfPagination.Place(paragraphs, furniture.BodyTop, furniture.BodyBottom);
        if (pages > MaxPages)
        {
            // Counted before a page is painted: painting and saving are where a PDF's time and memory go.
            throw new RenderException(Remiss.Core.DiagnosticDescriptors.DocumentTooLarge.Code + ": " + string.Format(System.Globalization.CultureInfo.InvariantCulture,
                Remiss.Core.DiagnosticDescriptors.DocumentTooLarge.MessageFormat, $"PDF:en skulle få {pages} sidor, fler än {MaxPages}"));
        }

        using var document = new PdfDocument();
        document.Info.Title = info.Title;
        document.Info.Author = info.Organisation;
        document.Info.Creator = Creator;
        if (info.Date is not null && DateTime.TryParseExact(info.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
        {
            // The document's date, never the clock: the same input gives the same bytes.
            document.Info.CreationDate = DateTime.SpecifyKind(date, DateTimeKind.Utc);
            document.Info.ModificationDate = DateTime.SpecifyKind(date, DateTimeKind.Utc);
        }
        else
        {
            document.Info.Elements.Remove("/CreationDate");
            document.Info.Elements.Remove("/ModDate");
        }

        using (var painter = new PdfPainter(document, design.Page, furniture, pages))
        {
            painter.Paint(items, laid);
        }

        PdfBookmarks.Add(document, paragraphs, design.Page.Height);

        using var output = new MemoryStream();
        document.Save(output);
        foreach (var image in images.Values)
        {
            image?.Dispose();
        }

        return PdfFinish.Apply(output.ToArray(), info);
    }
}
