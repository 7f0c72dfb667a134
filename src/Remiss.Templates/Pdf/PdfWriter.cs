using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Remiss.Core;
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

    /// <param name="body">The document's body.</param>
    /// <param name="info">Its title, header and footer.</param>
    /// <param name="design">Its styles and pages.</param>
    /// <param name="profile">PDF/UA-1 alone, or PDF/A-2a and PDF/UA-1 (<see cref="PdfArchival"/>).</param>
    /// <param name="seal">Seals the document (<see cref="PdfSealField"/>, <see cref="PdfSignatureFill"/>), or null.</param>
    public static byte[] Write(DocumentBody body, DocumentInfo info, PdfDesign design, PdfProfile profile = PdfProfile.PdfUA, PdfSeal? seal = null)
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
        PdfArchival.Begin(document, profile);
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

        // One time for the visible block and /M, to the second, as PDF dates have it.
        var sealedAt = seal is null ? default : DateTimeOffset.FromUnixTimeSeconds(seal.Clock.GetUtcNow().ToUnixTimeSeconds());
        var signatureSize = seal is null ? 0 : seal.Signer.GetSignatureSizeAsync().GetAwaiter().GetResult();
        using (var painter = new PdfPainter(document, design.Page, furniture, pages))
        {
            painter.Paint(items, laid, seal is null ? null : p => PdfSealField.Add(document, p, document.Pages[document.PageCount - 1], design.Page, furniture.BodyBottom,
                new RunLook(text.Font("Arial", 7.5, bold: false, italic: false), text.Brush(null), Underline: false, Link: null), seal, sealedAt, signatureSize));
        }

        PdfBookmarks.Add(document, paragraphs, design.Page.Height);
        PdfArchival.Finish(document, profile);

        using var output = new MemoryStream();
        document.Save(output);
        foreach (var image in images.Values)
        {
            image?.Dispose();
        }

        var finished = PdfFinish.Apply(output.ToArray(), info, profile);
        return seal is null ? finished : PdfSignatureFill.Sign(finished, seal.Signer, signatureSize);
    }
}
