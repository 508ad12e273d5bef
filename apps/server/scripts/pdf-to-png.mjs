// Renders every page of a PDF to PNG with MuPDF (WebAssembly, no native binary), for tests that
// look at the printed document.   node scripts/pdf-to-png.mjs <file.pdf> <out-prefix> [dpi]
// Writes <out-prefix>-<n>.png and prints the page count.
import { readFileSync, writeFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

const [file, prefix, dpiArg] = process.argv.slice(2);
if (!file || !prefix) {
  console.error('usage: pdf-to-png.mjs <file.pdf> <out-prefix> [dpi]');
  process.exit(2);
}
const scale = Number(dpiArg ?? 96) / 72;
const doc = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
const count = doc.countPages();
for (let i = 0; i < count; i++) {
  const pixmap = doc.loadPage(i).toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  writeFileSync(`${prefix}-${i + 1}.png`, pixmap.asPNG());
}
console.log(count);
