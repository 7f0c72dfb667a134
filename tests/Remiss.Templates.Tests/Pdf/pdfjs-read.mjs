// A second PDF reader for the tests: what pdf.js (Firefox's viewer) makes of a PDF, printed as JSON.
// Usage: node pdfjs-read.mjs <repo root> <file.pdf>
// Prints { title, metadataTitle, displayDocTitle, pageMode, outline: [{ title, page, items }], paragraphs: [{ page, role, text }] }:
// the tagged paragraphs are each structure element's marked content, read page by page (a line end read as "\n").
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

// pdf.js 6 asks for Node 22; on an older Node (Debian's 20) this is the one thing it lacks.
Promise.withResolvers ??= function withResolvers() {
  let resolve, reject;
  const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
};

const [root, file] = process.argv.slice(2);
const pdfjs = await import(pathToFileURL(join(root, "eng/npm/node_modules/pdfjs-dist/legacy/build/pdf.mjs")).href);
const document = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;

const meta = await document.getMetadata();
const preferences = await document.getViewerPreferences();

async function outline(items) {
  const result = [];
  for (const item of items ?? []) {
    let page = null;
    const dest = typeof item.dest === "string" ? await document.getDestination(item.dest) : item.dest;
    if (Array.isArray(dest) && dest[0]) {
      page = (await document.getPageIndex(dest[0])) + 1;
    }
    result.push({ title: item.title, page, items: await outline(item.items) });
  }
  return result;
}

const paragraphs = [];
for (let n = 1; n <= document.numPages; n++) {
  const page = await document.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const texts = new Map();
  const open = [];
  for (const item of content.items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      open.push(item.id ?? null);
    } else if (item.type === "endMarkedContent") {
      open.pop();
    } else if (typeof item.str === "string") {
      const id = open.findLast((i) => i !== null);
      // pdf.js drops a line's trailing spaces and marks its end (hasEOL): a reader reads that as a word break.
      if (id) texts.set(id, (texts.get(id) ?? "") + item.str + (item.hasEOL && item.str.length > 0 ? "\n" : ""));
    }
  }
  const tree = await page.getStructTree();
  const ownText = (node) => (node.children ?? []).map((c) =>
    c.type === "content" ? (texts.get(c.id) ?? "") : c.role === "Link" || c.role === "Span" ? ownText(c) : "").join("");
  const walk = (node) => {
    if (/^(P|H[1-6]|LBody|Lbl)$/.test(node.role ?? "")) {
      paragraphs.push({ page: n, role: node.role, text: ownText(node) });
    }
    for (const child of node.children ?? []) if (child.role) walk(child);
  };
  if (tree) walk(tree);
}

process.stdout.write(JSON.stringify({
  title: meta.info?.Title ?? null,
  metadataTitle: meta.metadata?.get("dc:title") ?? null,
  displayDocTitle: preferences?.get("DisplayDocTitle") ?? null,
  pageMode: await document.getPageMode(),
  outline: await outline(await document.getOutline()),
  paragraphs,
}));
