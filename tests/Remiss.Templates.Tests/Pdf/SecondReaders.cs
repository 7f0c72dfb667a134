using System.Text.Json;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// Readers other than poppler, so a property of the PDF is not only what one library makes of it: qpdf's JSON (the
/// objects as they are: catalog, outline) and pdf.js (Firefox's viewer: title, viewer preferences, outline, tagged text),
/// from eng/npm (<c>cd eng/npm &amp;&amp; npm ci</c>; test.sh installs it).
/// </summary>
internal static class SecondReaders
{
    /// <summary>qpdf's JSON (version 2) of a PDF.</summary>
    public static JsonElement Qpdf(string pdf) => JsonDocument.Parse(Poppler.Run("qpdf", "--json=2", pdf)).RootElement.Clone();

    /// <summary>An object of qpdf's JSON by reference ("2 0 R"): its value.</summary>
    public static JsonElement Object(JsonElement qpdf, string reference) =>
        qpdf.GetProperty("qpdf")[1].GetProperty("obj:" + reference).GetProperty("value");

    /// <summary>The document catalog (the trailer's /Root) as qpdf reads it.</summary>
    public static JsonElement Catalog(JsonElement qpdf) =>
        Object(qpdf, qpdf.GetProperty("qpdf")[1].GetProperty("trailer").GetProperty("value").GetProperty("/Root").GetString()!);

    /// <summary>A dictionary's entry, following an indirect reference.</summary>
    public static JsonElement Get(JsonElement qpdf, JsonElement dictionary, string key)
    {
        var value = dictionary.GetProperty(key);
        return value.ValueKind == JsonValueKind.String && value.GetString()!.EndsWith(" R", StringComparison.Ordinal) ? Object(qpdf, value.GetString()!) : value;
    }

    /// <summary>What pdf.js reads in a PDF (see tests/Remiss.Templates.Tests/Pdf/pdfjs-read.mjs).</summary>
    public static JsonElement PdfJs(string pdf)
    {
        var root = Checkout.Root;
        var module = Path.Combine(root, "eng", "npm", "node_modules", "pdfjs-dist");
        Assert.True(Directory.Exists(module), $"pdf.js is missing: cd eng/npm && npm ci ({module})");
        var script = Path.Combine(root, "tests", "Remiss.Templates.Tests", "Pdf", "pdfjs-read.mjs");
        return JsonDocument.Parse(Poppler.Run("node", script, root, pdf)).RootElement.Clone();
    }
}
