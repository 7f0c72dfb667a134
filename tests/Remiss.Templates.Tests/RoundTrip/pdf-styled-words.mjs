// What a reader sees styled in each PDF, read by pdf.js (an independent reader, not the writer's PDFsharp):
// the words set in a bold face, the words set in an italic face, and each link annotation's target with the text
// under it. Usage: node pdf-styled-words.mjs <pdfjs-dist folder> file.pdf… → {"file.pdf": {bold, italic, links}}.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// pdf.js 5 wants Node 22's built-ins; Debian's Node 20 lacks two of them.
if (!Promise.withResolvers) {
  Promise.withResolvers = () => { let resolve, reject; const promise = new Promise((a, b) => { resolve = a; reject = b; }); return { promise, resolve, reject }; };
}
if (!ArrayBuffer.prototype.transferToFixedLength) {
  ArrayBuffer.prototype.transferToFixedLength = function (length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
}

const [dist, ...files] = process.argv.slice(2);
const pdfjs = await import(pathToFileURL(dist + '/legacy/build/pdf.mjs').href);
const words = text => text.split(/\s+/).filter(w => w !== '');
const result = {};
for (const file of files) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), fontExtraProperties: true, verbosity: 0 }).promise;
  const bold = [], italic = [], links = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    await page.getOperatorList(); // loads the fonts, so their PostScript names are known
    const items = (await page.getTextContent()).items.filter(i => i.str !== undefined && i.str.trim() !== '');
    for (const item of items) {
      const font = await new Promise(resolve => page.commonObjs.get(item.fontName, resolve));
      const face = (font?.name ?? '').replace(/^[A-Z]{6}\+/, '');
      if (/Bold/i.test(face)) bold.push(...words(item.str));
      if (/Italic|Oblique/i.test(face)) italic.push(...words(item.str));
    }
    for (const link of await page.getAnnotations()) {
      if (link.subtype !== 'Link' || !link.url) continue;
      const [x1, y1, x2, y2] = link.rect;
      // A text item is a run of one font, often a whole line: each word is placed by its share of the item's
      // characters, which is near enough to tell the words under a link from their neighbours.
      const under = [];
      for (const i of items) {
        const y = i.transform[5] + i.height / 3;
        if (y < y1 || y > y2) continue;
        for (const m of i.str.matchAll(/\S+/g)) {
          const x = i.transform[4] + i.width * (m.index + m[0].length / 2) / i.str.length;
          if (x >= x1 && x <= x2) under.push(m[0]);
        }
      }
      links.push(link.url + ' ' + under.join(' '));
    }
  }
  result[file] = { bold, italic, links };
}
process.stdout.write(JSON.stringify(result));
