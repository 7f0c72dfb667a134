using System.Text.Json.Nodes;
using Remiss.Tests.Shared;

namespace Remiss.Templates.Tests.Pdf;

/// <summary>
/// pdf.js (pdfjs-dist from eng/npm, run by node), the reader of Firefox and many web viewers: each page's text and the
/// structure tree it exposes to assistive technology, and the document's metadata.
/// </summary>
internal static class PdfJs
{
    private const string Script = """
        // pdf.js 6 uses Promise.withResolvers (Node 22); Debian's Node 20 lacks it.
        Promise.withResolvers ??= () => { let resolve, reject; const promise = new Promise((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; };
        const [, , pdfjs, file] = process.argv;
        const { getDocument } = await import(pdfjs + '/legacy/build/pdf.mjs');
        const fs = await import('fs');
        const doc = await getDocument({ data: new Uint8Array(fs.readFileSync(file)), verbosity: 0 }).promise;
        const meta = await doc.getMetadata();
        const pages = [];
        for (let i = 1; i <= doc.numPages; i++) {
          const page = await doc.getPage(i);
          const text = await page.getTextContent();
          const tree = await page.getStructTree();
          const tags = [];
          const walk = node => { if (node.role) tags.push(node.role); (node.children || []).forEach(walk); };
          if (tree) walk(tree);
          pages.push({ text: text.items.map(t => t.str + (t.hasEOL ? '\n' : '')).join(''), tags });
        }
        process.stdout.write(JSON.stringify({ title: meta.info.Title, pdfa: meta.metadata ? meta.metadata.get('pdfaid:part') : null, pages }));
        """;

    /// <summary>What pdf.js reads: the title, the XMP's <c>pdfaid:part</c>, each page's text and its structure roles in order.</summary>
    public static JsonNode Read(string pdf)
    {
        var module = Checkout.NpmPackage("pdfjs-dist");
        var script = Path.Combine(Path.GetTempPath(), "remiss-pdfjs-read-" + Guid.NewGuid().ToString("N") + ".mjs");
        File.WriteAllText(script, Script);
        try
        {
            return JsonNode.Parse(Checkout.Node(script, module, pdf))!;
        }
        finally
        {
            File.Delete(script);
        }
    }
}
