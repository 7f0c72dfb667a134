using System.Text;
using Remiss.Core;
using Remiss.Templates.Model;
using Remiss.Templates.Pdf;
using Remiss.Templates.Scripting;
using Remiss.Templates.Writers;

namespace Remiss.Templates;

/// <summary>
/// Renders the yttrande, the tjänsteutlåtande and the protocol extracts of a remiss file: view model → Scriban template →
/// Markdown → Markdig → .md, .html, .docx or .pdf (written by Remiss, or by LibreOffice from the .docx).
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

    /// <summary>The document in <paramref name="format"/>; a PDF is written by <see cref="RenderOptions.PdfEngine"/>.</summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDF (missing or failed).</exception>
    /// <exception cref="ArgumentException"><see cref="DocumentKind.Protokollsutdrag"/>: use the overload that takes the meeting.</exception>
    public byte[] Render(RemissFile file, DocumentKind document, OutputFormat format) => Render(file, document, NoMeeting(document), format);

    /// <summary>The protocol extract of <paramref name="meeting"/> (one of <c>file.Decision.Meetings</c>) in <paramref name="format"/>.</summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDF.</exception>
    public byte[] Render(RemissFile file, RecordedMeeting meeting, OutputFormat format) =>
        Render(file, DocumentKind.Protokollsutdrag, meeting ?? throw new ArgumentNullException(nameof(meeting)), format);

    /// <summary>One document of the file (<see cref="RemissDocument.Of"/>) in <paramref name="format"/>.</summary>
    /// <exception cref="RenderException">A template error, or the LibreOffice engine could not make the PDF.</exception>
    public byte[] Render(RemissFile file, RemissDocument document, OutputFormat format) =>
        document.Meeting is { } meeting ? Render(file, meeting, format) : Render(file, document.Kind, format);

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

        return LibreOfficePdf.Convert(documents.Select(d => Render(d.File, d.Document, OutputFormat.Docx)).ToList());
    }

    private string RenderMarkdown(RemissFile file, DocumentKind document, RecordedMeeting? meeting)
    {
        ArgumentNullException.ThrowIfNull(file);
        var markdown = _engine.Render(document, ViewModel.Build(file, document, Options.Registry, meeting));
        return Tidy(markdown);
    }

    private byte[] Render(RemissFile file, DocumentKind document, RecordedMeeting? meeting, OutputFormat format)
    {
        var markdown = RenderMarkdown(file, document, meeting);
        var info = ViewModel.Info(file, document, meeting);
        return format switch
        {
            // Markdown has no pages: a footer line (the extract's attestation) ends the file instead.
            OutputFormat.Markdown => Utf8.GetBytes(info.Footer is { } footer ? markdown + "\n" + MarkdownText.Escape(footer) + "\n" : markdown),
            OutputFormat.Html => Utf8.GetBytes(HtmlWriter.Write(markdown, info)),
            OutputFormat.Docx => DocxWriter.Write(markdown, info, _reference.Value),
            OutputFormat.Pdf when Options.PdfEngine == PdfEngine.LibreOffice => LibreOfficePdf.Convert([DocxWriter.Write(markdown, info, _reference.Value)])[0],
            OutputFormat.Pdf => PdfWriter.Write(markdown, info, _design.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    private static RecordedMeeting? NoMeeting(DocumentKind document) => document == DocumentKind.Protokollsutdrag
        ? throw new ArgumentException("A protokollsutdrag is of one recorded meeting: call the overload that takes the RecordedMeeting.", nameof(document))
        : null;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// LF line endings, at most one blank line in a row and one final newline, so a template can use
    /// conditionals freely without its output depending on where the blank lines fall.
    /// </summary>
    internal static string Tidy(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var builder = new StringBuilder(markdown.Length);
        var blank = true; // drops leading blank lines
        foreach (var line in lines)
        {
            var isBlank = string.IsNullOrWhiteSpace(line);
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
