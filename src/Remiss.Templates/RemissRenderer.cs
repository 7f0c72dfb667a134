using System.Text;
using Remiss.Core;
using Remiss.Templates.Structure;
using Remiss.Templates.Marks;
using Remiss.Templates.Model;
using Remiss.Templates.Pdf;
using Remiss.Templates.Scripting;
using Remiss.Templates.Writers;

namespace Remiss.Templates;

/// <summary>
/// Renders the yttrande, the tjänsteutlåtande and the protocol extracts of a remiss file: view model → Scriban template →
/// Markdown → Markdig → one document structure (with the round trip's field marks) → .md, .html, .docx or .pdf (written
/// by Remiss, or by LibreOffice from the .docx). A document is rendered once however many formats are asked of it
/// (<see cref="Render(RemissFile, RemissDocument, IReadOnlyList{OutputFormat}, RenderSource?)"/>).
/// </summary>
public sealed class RemissRenderer
{
    private readonly TemplateEngine _engine;
    private readonly Lazy<ReferenceDocx?> _reference;
    private readonly Lazy<PdfDesign> _design;

    /// <summary>Creates a renderer; templates are parsed once and reused (the renderer is thread-safe).</summary>
    /// <exception cref="RenderException">The template directory does not exist.</exception>
    public RemissRenderer(RenderOptions? options = null)
    {
        Options = options ?? new RenderOptions();
        _engine = new TemplateEngine(TemplateSource.For(Options.TemplateDirectory));
        var referencePath = Options.ReferenceDocx;
        _reference = new Lazy<ReferenceDocx?>(() => referencePath is null ? null : ReferenceDocx.Load(referencePath));
        _design = new Lazy<PdfDesign>(() => PdfDesign.For(_reference.Value, referencePath));
    }

    /// <summary>The options in use.</summary>
    public RenderOptions Options { get; }

    /// <summary>
    /// The document as the template writes it: the Markdown every output format starts from. The .md file
    /// (<see cref="Render(RemissFile, DocumentKind, OutputFormat)"/>) is this plus, for an extract, its page footer line.
    /// </summary>
    /// <exception cref="RenderException">A template error.</exception>
    /// <exception cref="ArgumentException"><see cref="DocumentKind.Protokollsutdrag"/>: use the overload that takes the meeting.</exception>
    public string RenderMarkdown(RemissFile file, DocumentKind document) => RenderMarkdown(file, document, NoMeeting(document));

    /// <summary>The protocol extract of <paramref name="meeting"/> (one of <c>file.Decision.Meetings</c>) as Markdown.</summary>
    /// <exception cref="RenderException">A template error.</exception>
    public string RenderMarkdown(RemissFile file, RecordedMeeting meeting) =>
        RenderMarkdown(file, DocumentKind.Protokollsutdrag, meeting ?? throw new ArgumentNullException(nameof(meeting)));

    /// <summary>The document in <paramref name="format"/>; a PDF is written by <see cref="RenderOptions.PdfEngine"/>, the yttrande's e-mail with its .docx and .pdf (<see cref="RenderEmail"/>).</summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDF (missing or failed).</exception>
    /// <exception cref="ArgumentException"><see cref="DocumentKind.Protokollsutdrag"/>: use the overload that takes the meeting.</exception>
    public byte[] Render(RemissFile file, DocumentKind document, OutputFormat format) => Render(file, document, NoMeeting(document), format);

    /// <summary>The protocol extract of <paramref name="meeting"/> (one of <c>file.Decision.Meetings</c>) in <paramref name="format"/>.</summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDF.</exception>
    public byte[] Render(RemissFile file, RecordedMeeting meeting, OutputFormat format) =>
        Render(file, DocumentKind.Protokollsutdrag, meeting ?? throw new ArgumentNullException(nameof(meeting)), format);

    /// <summary>
    /// The PDFs of several documents, in order. With the LibreOffice engine they are converted in one LibreOffice call
    /// (starting LibreOffice takes far longer than a conversion); the native engine writes each in milliseconds.
    /// </summary>
    /// <exception cref="RenderException">A template error, or LibreOffice could not make the PDFs (then none is returned).</exception>
    public IReadOnlyList<byte[]> RenderPdfs(IEnumerable<(RemissFile File, RemissDocument Document)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (Options.PdfEngine != PdfEngine.LibreOffice)
        {
            return documents.Select(d => Render(d.File, d.Document, OutputFormat.Pdf)).ToList();
        }

        var list = documents.ToList();
        if (list.Select(d => LibreOfficeRefusal(d.Document.Kind)).OfType<string>().FirstOrDefault() is { } refusal)
        {
            throw new RenderException(refusal);
        }

        return LibreOfficePdf.Convert(list.Select(d => Render(d.File, d.Document, OutputFormat.Docx)).ToList());
    }

    /// <summary>
    /// The e-mail's covering text (the template <c>epost.txt.scriban</c>, built in or the organisation's own): plain text
    /// with LF line endings, ending in one newline.
    /// </summary>
    /// <exception cref="RenderException">A template error.</exception>
    public string RenderEmailText(RemissFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Tidy(_engine.Render(TemplateSource.EmailFileName, EmailModel.Build(file)));
    }

    /// <summary>
    /// The e-mail to the department as an unsent draft (.eml): To <c>remiss.reply_to</c>, Cc <c>remiss.reply_cc</c>, the
    /// subject the department asks for (<see cref="OutputNames.EmailSubject"/>), the covering text
    /// (<see cref="RenderEmailText"/>), and <paramref name="docx"/> and <paramref name="pdf"/> (the yttrande, rendered by
    /// the caller) attached under the department's file names. The same input gives the same bytes.
    /// </summary>
    /// <exception cref="RenderException">A template error.</exception>
    public byte[] RenderEmail(RemissFile file, byte[] docx, byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(docx);
        ArgumentNullException.ThrowIfNull(pdf);
        var text = RenderEmailText(file);
        return EmlWriter.Write(new EmailDraft(
            file.Remiss.ReplyTo,
            file.Remiss.ReplyCc,
            OutputNames.EmailSubject(file),
            text,
            DeliveryWording.DraftDate(file).ToDateOnly(),
            [
                new EmailAttachment(OutputNames.FileName(file, DocumentKind.Yttrande, OutputFormat.Docx), OutputFormats.ContentType(OutputFormat.Docx), docx),
                new EmailAttachment(OutputNames.FileName(file, DocumentKind.Yttrande, OutputFormat.Pdf), OutputFormats.ContentType(OutputFormat.Pdf), pdf),
            ]));
    }

    /// <summary>One document of the file (<see cref="RemissDocument.Of"/>) in <paramref name="format"/>.</summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDF.</exception>
    public byte[] Render(RemissFile file, RemissDocument document, OutputFormat format) => Render(file, document, format, source: null);

    /// <summary>
    /// One document of the file in <paramref name="format"/>; a .docx records <paramref name="source"/> (the remiss file it
    /// came from and its hash) for <c>remiss pull</c>. The other formats do not depend on it.
    /// </summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDF.</exception>
    public byte[] Render(RemissFile file, RemissDocument document, OutputFormat format, RenderSource? source) =>
        Write(Prepare(file, document), format, source, made: null);

    /// <summary>
    /// One document of the file in each of <paramref name="formats"/>, in order, from one run of its template: the
    /// Markdown, its document structure and its field marks are made once and every format is written from them (an
    /// e-mail draft attaches the .docx and .pdf made here too). The bytes are those of
    /// <see cref="Render(RemissFile, RemissDocument, OutputFormat, RenderSource?)"/> for each format.
    /// </summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDF.</exception>
    public IReadOnlyList<byte[]> Render(RemissFile file, RemissDocument document, IReadOnlyList<OutputFormat> formats, RenderSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var rendered = Prepare(file, document);
        var made = new Dictionary<OutputFormat, byte[]>();
        return formats.Select(format => Write(rendered, format, source, made)).ToList();
    }

    /// <summary>
    /// The editable fields of one document as its .docx records them (<see cref="WordField.Rendered"/>, and a comment's
    /// <see cref="WordComment.RenderedHeading"/> and <see cref="WordComment.RenderedText"/>), in document order: what
    /// <c>remiss pull</c> compares a document's fields with to tell a change made in the YAML since the render from
    /// none. Each field's <see cref="WordField.Value"/> equals its <see cref="WordField.Rendered"/>.
    /// </summary>
    /// <exception cref="RenderException">A template error.</exception>
    public IReadOnlyList<WordField> FieldsAsRendered(RemissFile file, RemissDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Prepare(file, document.Kind, document.Meeting).Marks.Fields.Select(f => f.Mark.Kind == MarkKind.Text
                ? new WordField(f.Mark.Key, WordFieldKind.Text, WordReader.HeadingWithoutSection(f.Markdown, f.Mark.Section), WordReader.HeadingWithoutSection(f.Markdown, f.Mark.Section))
                : new WordField(f.Mark.Key, WordFieldKind.Markdown, f.Markdown, f.Markdown))
            .ToList();
    }

    private string RenderMarkdown(RemissFile file, DocumentKind document, RecordedMeeting? meeting) =>
        MarkedText.Strip(RenderMarked(file, document, meeting, new MarkRegistry()), out _);

    /// <summary>The template's Markdown with the marked values between their markers (<see cref="MarkedText"/>), tidied.</summary>
    private string RenderMarked(RemissFile file, DocumentKind document, RecordedMeeting? meeting, MarkRegistry marks)
    {
        ArgumentNullException.ThrowIfNull(file);
        var markdown = _engine.Render(document, ViewModel.Build(file, document, Options.Registry, meeting, marks), marks);
        return Tidy(markdown);
    }

    private byte[] Render(RemissFile file, DocumentKind document, RecordedMeeting? meeting, OutputFormat format, RenderSource? source = null) =>
        Write(Prepare(file, document, meeting), format, source, made: null);

    private RenderedDocument Prepare(RemissFile file, RemissDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Prepare(file, document.Kind, DocumentKinds.IsPerMeeting(document.Kind) ? document.Meeting ?? throw new ArgumentException($"A {DocumentKinds.Name(document.Kind)} needs its meeting.", nameof(document)) : NoMeeting(document.Kind));
    }

    /// <summary>Runs the template once and builds what every format is written from.</summary>
    private RenderedDocument Prepare(RemissFile file, DocumentKind document, RecordedMeeting? meeting)
    {
        var marks = new MarkRegistry();
        var markdown = MarkedText.Strip(RenderMarked(file, document, meeting, marks), out var regions);
        var body = DocumentBody.Parse(markdown);
        return new RenderedDocument(file, document, meeting, markdown, body, FieldMarks.Plan(markdown, body, marks.Marks, regions), ViewModel.Info(file, document, meeting));
    }

    /// <summary>One format of a rendered document; <paramref name="made"/>, when given, holds the formats made of it so far (an e-mail draft reuses its .docx and .pdf).</summary>
    private byte[] Write(RenderedDocument d, OutputFormat format, RenderSource? source, Dictionary<OutputFormat, byte[]>? made)
    {
        if (made is not null && made.TryGetValue(format, out var done))
        {
            return done;
        }

        var bytes = format switch
        {
            // Markdown has no pages: a footer line (the extract's attestation) ends the file instead.
            OutputFormat.Markdown => Utf8.GetBytes(d.Info.Footer is { } footer ? d.Markdown + "\n" + MarkdownText.Escape(footer) + "\n" : d.Markdown),
            OutputFormat.Html => Utf8.GetBytes(HtmlWriter.Write(d.Body, d.Info)),
            OutputFormat.Docx => DocxWriter.Write(d.Body, d.Info, _reference.Value, new DocxMarks(d.Marks, Origin(d.File, d.Kind, d.Meeting, source))),
            OutputFormat.Pdf when LibreOfficeRefusal(d.Kind) is { } refusal => throw new RenderException(refusal),
            OutputFormat.Pdf when Options.PdfEngine == PdfEngine.LibreOffice => LibreOfficePdf.Convert([Write(d, OutputFormat.Docx, source, made)])[0],
            OutputFormat.Pdf => PdfWriter.Write(d.Body, d.Info, _design.Value, Options.PdfProfile, SealedDocuments.IsSealed(d.Kind) ? Options.Seal : null),
            OutputFormat.Eml when d.Kind == DocumentKind.Yttrande => RenderEmail(d.File, Write(d, OutputFormat.Docx, source, made), Write(d, OutputFormat.Pdf, source, made)),
            OutputFormat.Eml => throw new RenderException($"Bara yttrandet skickas med e-post; {DocumentKinds.Label(d.Kind).ToLowerInvariant()} har inget e-postutkast."),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
        made?.TryAdd(format, bytes);
        return bytes;
    }

    /// <summary>A document rendered once: the template's Markdown, its structure and marks, its header and properties.</summary>
    private sealed record RenderedDocument(RemissFile File, DocumentKind Kind, RecordedMeeting? Meeting, string Markdown, DocumentBody Body, FieldMarks Marks, DocumentInfo Info);

    /// <summary>
    /// Why the PDF of <paramref name="document"/> cannot be made with these options (RMS0324: a seal or PDF/A asked of
    /// the LibreOffice engine, which makes neither), as the code and its Swedish message, or null when it can. The one
    /// rule behind every refusal: render's check before it writes anything, and each way this renderer makes a PDF.
    /// </summary>
    internal string? LibreOfficeRefusal(DocumentKind document)
    {
        if (Options.PdfEngine != PdfEngine.LibreOffice)
        {
            return null;
        }

        var what = Options.Seal is not null && SealedDocuments.IsSealed(document) ? "Förseglade PDF:er"
            : Options.PdfProfile == PdfProfile.PdfA2a ? "PDF/A-2a (pdf_profile: pdfa-2a)"
            : null;
        return what is null ? null
            : $"{DiagnosticDescriptors.SealNeedsNativePdf.Code}: {string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.SealNeedsNativePdf.MessageFormat, what)}";
    }

    private static WordOrigin Origin(RemissFile file, DocumentKind document, RecordedMeeting? meeting, RenderSource? source) =>
        new(source?.RemissPath, source?.Sha256Hex, document, meeting is null ? null : new WordMeeting(ViewModel.MeetingIndex(file, meeting), meeting.Body, meeting.Date.ToString(), meeting.Paragraph));

    private static RecordedMeeting? NoMeeting(DocumentKind document) => DocumentKinds.IsPerMeeting(document)
        ? throw new ArgumentException($"A {DocumentKinds.Name(document)} is of one recorded meeting: call the overload that takes the RemissDocument with its meeting.", nameof(document))
        : null;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// LF line endings, at most one blank line in a row and one final newline, so a template can use
    /// conditionals freely without its output depending on where the blank lines fall. A line is blank when it is
    /// whitespace once its markers are taken out, so marks never change which lines are kept.
    /// </summary>
    internal static string Tidy(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var builder = new StringBuilder(markdown.Length);
        var blank = true; // drops leading blank lines
        foreach (var line in lines)
        {
            var isBlank = MarkedText.IsBlank(line);
            if (isBlank && blank)
            {
                continue;
            }

            builder.Append(isBlank ? string.Empty : line).Append('\n');
            blank = isBlank;
        }

        var text = builder.ToString().TrimEnd('\n');
        return text + "\n";
    }
}
