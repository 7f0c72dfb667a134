using System.IO.Compression;
using System.Text;

namespace Remiss.Templates.Tests.RoundTrip;

/// <summary>
/// The probe's pull of issue 26: the example's rendered yttrande with many short paragraphs added inside the summary's
/// content control (<c>remiss:response.summary</c>), as the probe built it (120,000 made a 44 KB .docx).
/// </summary>
internal static class HostileYttrande
{
    /// <summary>The example's yttrande as <paramref name="renderer"/> renders it, with <paramref name="count"/> paragraphs of <paramref name="text"/> added to its summary.</summary>
    public static byte[] WithSummaryParagraphs(RemissRenderer renderer, int count, string text = "Ny rad.")
    {
        var file = Core.RemissLoader.Load(Remiss.Tests.Shared.Examples.ExampleText, "sou-2024-72.remiss.yaml").File!;
        var docx = renderer.Render(file, DocumentKind.Yttrande, OutputFormat.Docx);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var control = xml.IndexOf("remiss:response.summary", StringComparison.Ordinal);
            Assert.True(control > 0, "the summary's control");
            // The block control's content ends after its last paragraph (its first paragraph's runs sit in an inline control).
            var end = xml.IndexOf("</w:p></w:sdtContent>", control, StringComparison.Ordinal) + "</w:p>".Length;
            var added = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                added.Append("<w:p><w:r><w:t>").Append(text).Append("</w:t></w:r></w:p>");
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml.Insert(end, added.ToString()));
        }

        return stream.ToArray();
    }
}
