import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where rendered pages are kept as test artifacts, to be looked at by a person. */
export const PDF_ARTIFACTS = resolve(__dirname, '../../test-results/pdf');

/**
 * Writes the PDF and each of its pages as PNG under test-results/pdf (MuPDF, WebAssembly, in a child
 * process since it is an ES module with top-level await). Returns the PNGs, first page first.
 */
export function renderPages(pdf: Buffer, name: string, dpi = 96): Buffer[] {
  mkdirSync(PDF_ARTIFACTS, { recursive: true });
  const file = join(PDF_ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  const script = resolve(__dirname, '../../scripts/pdf-to-png.mjs');
  const count = Number(
    execFileSync(process.execPath, [script, file, join(PDF_ARTIFACTS, name), String(dpi)], { encoding: 'utf8' }).trim(),
  );
  return Array.from({ length: count }, (_, i) => readFileSync(join(PDF_ARTIFACTS, `${name}-${i + 1}.png`)));
}
