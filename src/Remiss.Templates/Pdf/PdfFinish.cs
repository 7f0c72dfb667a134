using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Remiss.Templates.Model;

namespace Remiss.Templates.Pdf;

/// <summary>
/// Works around what PDFsharp 6.2.4 writes wrongly or differently every time, on the saved file: it replaces the XMP
/// metadata (PDFsharp's has no <c>pdfuaid:part</c>, is not XML-escaped, so a title with <c>&amp;</c> breaks it, and
/// carries random ids and the clock) with ours, and makes the font subset tags and the document id depend on the
/// content only, so the same input gives the same bytes. The cross-reference table is rewritten to match.
/// </summary>
internal static partial class PdfFinish
{
    private const string ZeroUuid = "00000000-0000-0000-0000-000000000000";
    private const string ZeroHex = "00000000000000000000000000000000";

    public static byte[] Apply(byte[] pdf, DocumentInfo info, Remiss.Core.PdfProfile profile = Remiss.Core.PdfProfile.PdfUA)
    {
        var latin = Encoding.Latin1.GetString(pdf);
        var producer = ProducerPattern().Match(latin) is { Success: true } p ? p.Groups[1].Value : null;
        latin = ReplaceMetadata(latin, Xmp(info, producer, ZeroUuid, profile));

        // Placeholders first, so the hash that decides them covers everything else.
        var tags = new List<string>();
        latin = SubsetPattern().Replace(latin, m =>
        {
            if (!tags.Contains(m.Groups[2].Value))
            {
                tags.Add(m.Groups[2].Value);
            }

            return $"/{m.Groups[1].Value}/AAAA{tags.IndexOf(m.Groups[2].Value):00}+";
        });
        latin = IdPattern().Replace(latin, $"/ID[<{ZeroHex}><{ZeroHex}>]");

        var hash = SHA256.HashData(Encoding.Latin1.GetBytes(latin));
        var id = Convert.ToHexString(hash, 0, 16);
        var uuid = new Guid(hash.AsSpan(0, 16)).ToString("D");
        latin = latin.Replace($"/ID[<{ZeroHex}><{ZeroHex}>]", $"/ID[<{id}><{id}>]", StringComparison.Ordinal)
            .Replace("uuid:" + ZeroUuid, "uuid:" + uuid, StringComparison.Ordinal);
        for (var i = 0; i < tags.Count; i++)
        {
            // Six capitals per subset (ISO 32000-1 §9.6.4), from the content: distinct subsets get distinct tags.
            var bytes = SHA256.HashData([.. hash, (byte)i]);
            var tag = string.Concat(bytes.Take(6).Select(b => (char)('A' + (b % 26))));
            latin = latin.Replace($"/AAAA{i:00}+", $"/{tag}+", StringComparison.Ordinal);
        }

        return Encoding.Latin1.GetBytes(latin);
    }

    /// <summary>Replaces the catalog's metadata stream object and shifts the cross-reference offsets after it.</summary>
    private static string ReplaceMetadata(string pdf, string xmp)
    {
        var reference = MetadataPattern().Match(pdf);
        if (!reference.Success)
        {
            throw new InvalidOperationException("PDFsharp wrote no /Metadata in the catalog.");
        }

        var number = reference.Groups[1].Value;
        var start = pdf.IndexOf("\n" + number + " 0 obj", StringComparison.Ordinal) + 1;
        var end = pdf.IndexOf("endobj\n", start, StringComparison.Ordinal) + "endobj\n".Length;
        if (start <= 0 || end < start)
        {
            throw new InvalidOperationException("The metadata object was not found in PDFsharp's output.");
        }

        var body = Encoding.UTF8.GetBytes(xmp);
        var replacement = $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {body.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n{Encoding.Latin1.GetString(body)}\nendstream\nendobj\n";
        var delta = replacement.Length - (end - start);
        var text = string.Concat(pdf.AsSpan(0, start), replacement, pdf.AsSpan(end));

        // The classic table PDFsharp writes: "xref\n0 n\n" then fixed 20-byte entries, then the trailer and startxref.
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var header = text.IndexOf('\n', xref + 5) + 1;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, header);
        var at = header;
        while (at + 20 <= text.Length && char.IsAsciiDigit(text[at]))
        {
            var offset = long.Parse(text.AsSpan(at, 10), NumberStyles.None, CultureInfo.InvariantCulture);
            var used = text[at + 17] == 'n';
            builder.Append((used && offset > start ? offset + delta : offset).ToString("0000000000", CultureInfo.InvariantCulture));
            builder.Append(text, at + 10, 10);
            at += 20;
        }

        builder.Append(text, at, text.Length - at);
        var result = builder.ToString();
        var startxref = StartXrefPattern().Match(result);
        return startxref.Success
            ? string.Concat(result.AsSpan(0, startxref.Groups[1].Index), xref.ToString(CultureInfo.InvariantCulture), result.AsSpan(startxref.Groups[1].Index + startxref.Groups[1].Length))
            : result;
    }

    /// <summary>The XMP packet: PDF/UA identification, title, author, language, dates from the document, and the document id.</summary>
    internal static string Xmp(DocumentInfo info, string? producer, string uuid, Remiss.Core.PdfProfile profile = Remiss.Core.PdfProfile.PdfUA)
    {
        var date = info.Date is null ? null : info.Date + "T00:00:00Z";
        var xmp = new StringBuilder();
        xmp.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xmp.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"><pdfuaid:part>1</pdfuaid:part></rdf:Description>\n");
        xmp.Append(PdfArchival.Xmp(profile));
        xmp.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
        xmp.Append("<dc:format>application/pdf</dc:format>");
        xmp.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(MarkupText.Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>");
        xmp.Append("<dc:creator><rdf:Seq><rdf:li>").Append(MarkupText.Escape(info.Organisation)).Append("</rdf:li></rdf:Seq></dc:creator>");
        xmp.Append("<dc:language><rdf:Bag><rdf:li>").Append(DocumentInfo.Language).Append("</rdf:li></rdf:Bag></dc:language>");
        xmp.Append("</rdf:Description>\n");
        if (producer is not null)
        {
            xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"><pdf:Producer>").Append(MarkupText.Escape(producer)).Append("</pdf:Producer></rdf:Description>\n");
        }

        xmp.Append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:CreatorTool>").Append(PdfWriter.Creator).Append("</xmp:CreatorTool>");
        if (date is not null)
        {
            xmp.Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate><xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate><xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>");
        }

        xmp.Append("</rdf:Description>\n");
        xmp.Append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"><xmpMM:DocumentID>uuid:").Append(uuid)
            .Append("</xmpMM:DocumentID><xmpMM:InstanceID>uuid:").Append(uuid).Append("</xmpMM:InstanceID></rdf:Description>\n");
        xmp.Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return xmp.ToString();
    }


    [GeneratedRegex(@"/Metadata (\d+) 0 R")]
    private static partial Regex MetadataPattern();

    [GeneratedRegex(@"/(BaseFont|FontName)/([A-Z]{6})\+")]
    private static partial Regex SubsetPattern();

    [GeneratedRegex(@"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"/Producer\(([^()\\]*)\)")]
    private static partial Regex ProducerPattern();

    [GeneratedRegex(@"startxref\n(\d+)")]
    private static partial Regex StartXrefPattern();
}
