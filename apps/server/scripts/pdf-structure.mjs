// Reads a PDF's accessibility structure with MuPDF (WebAssembly), for tests that check what a screen
// reader is given.   node scripts/pdf-structure.mjs <file.pdf>
// Prints JSON: { marked, lang, title, displayDocTitle, pages: [content stream text…], tree }, where
// each tree node is { type, alt, scope, content: [{ page, mcid }], kids: [node…] }.
import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('usage: pdf-structure.mjs <file.pdf>');
  process.exit(2);
}
const doc = new mupdf.PDFDocument(readFileSync(file));
const root = doc.getTrailer().get('Root');
const info = doc.getTrailer().get('Info');
const pageNumbers = new Map();
const pages = [];
for (let i = 0; i < doc.countPages(); i++) {
  const page = doc.findPage(i);
  pageNumbers.set(page.asIndirect(), i);
  // Streams are read through their indirect references.
  const contents = page.get('Contents');
  const list = contents.resolve();
  const streams = list.isArray() ? Array.from({ length: list.length }, (_, j) => list.get(j)) : [contents];
  pages.push(streams.map((s) => Buffer.from(s.readStream().asUint8Array()).toString('latin1')).join('\n'));
}
const text = (obj) => (obj.isString() ? obj.asString() : null);
const pageOf = (ref) => (ref.isNull() ? null : (pageNumbers.get(ref.asIndirect()) ?? null));

/** A table cell's Scope, from its attribute dictionary (pdfkit writes one, not an array). */
function scopeOf(attrs) {
  if (attrs.isNull() || !attrs.isDictionary()) return null;
  const scope = attrs.get('Scope');
  return scope.isName() ? scope.asName() : null;
}

function node(elem) {
  const out = {
    type: elem.get('S').isName() ? elem.get('S').asName() : null,
    alt: text(elem.get('Alt')),
    scope: scopeOf(elem.get('A')),
    content: [],
    kids: [],
  };
  const page = pageOf(elem.get('Pg'));
  const k = elem.get('K').resolve();
  const items = k.isArray() ? Array.from({ length: k.length }, (_, i) => k.get(i)) : k.isNull() ? [] : [k];
  for (const raw of items) {
    const item = raw.resolve();
    if (item.isNumber()) out.content.push({ page, mcid: item.asNumber() });
    else if (item.isDictionary() && item.get('Type').isName() && item.get('Type').asName() === 'MCR')
      out.content.push({ page: pageOf(item.get('Pg')), mcid: item.get('MCID').asNumber() });
    else if (item.isDictionary() && item.get('S').isName()) out.kids.push(node(item));
  }
  return out;
}

const treeRoot = root.get('StructTreeRoot').resolve();
const top = treeRoot.isNull() ? [] : node(treeRoot).kids;
const markInfo = root.get('MarkInfo').resolve();
console.log(
  JSON.stringify({
    marked: markInfo.isDictionary() && markInfo.get('Marked').isBoolean() && markInfo.get('Marked').asBoolean(),
    lang: text(root.get('Lang')),
    title: info.isNull() ? null : text(info.get('Title')),
    displayDocTitle: root.get('ViewerPreferences').get('DisplayDocTitle').isBoolean()
      ? root.get('ViewerPreferences').get('DisplayDocTitle').asBoolean()
      : false,
    pages,
    tree: top,
  }),
);
