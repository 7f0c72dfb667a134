// What a reader sees styled in each PDF, read by independent readers (not the writer's PDFsharp): the words set in
// a bold face and in an italic face (pdf.js: each text run's font), and each link annotation's target (pdf.js) with
// the words under it (poppler's pdftotext -bbox: each word's box; a pdf.js text run is often a whole line).
// Usage: node pdf-styled-words.mjs <pdfjs-dist folder> file.pdf… → {"file.pdf": {bold, italic, links}}.
import { execFileSync } from 'node:child_process';
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
const entities = text => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Each page's words with their boxes, in PDF space (origin bottom left). */
function wordBoxes(file) {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(page => {
    const height = Number(page[2]);
    return [...page[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map(w => ({ x: (Number(w[1]) + Number(w[3])) / 2, y: height - (Number(w[2]) + Number(w[4])) / 2, text: entities(w[5]) }));
  });
}
const result = {};
for (const file of files) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), fontExtraProperties: true, verbosity: 0 }).promise;
  const bold = [], italic = [], links = [];
  const boxes = wordBoxes(file);
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
      const under = (boxes[n - 1] ?? []).filter(w => w.x >= x1 && w.x <= x2 && w.y >= y1 && w.y <= y2).map(w => w.text);
      links.push(link.url + ' ' + under.join(' '));
    }
  }
  result[file] = { bold, italic, links };
}
process.stdout.write(JSON.stringify(result));
