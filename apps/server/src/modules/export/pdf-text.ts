import { inflateSync } from 'node:zlib';

/**
 * Test helper: the text of a pdfkit PDF drawn with the standard fonts. pdfkit writes each line as a
 * TJ array of WinAnsi hex strings with kerning numbers between them, so joining the hex parts of one
 * array gives the line back. Compressed content streams are inflated first.
 */

/** WinAnsi 0x80–0x9F, which differ from Latin-1 (dashes, curly quotes, bullet, €…). */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI_HIGH[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

/** The lines of text in the PDF, in drawing order (page by page, footers last). */
export function pdfTextLines(pdf: Buffer): string[] {
  return textLinesOf(contentOf(pdf));
}

/** The lines of text drawn by one (inflated) content stream or any part of it. */
export function textLinesOf(source: string): string[] {
  const lines: string[] = [];
  for (const match of source.matchAll(/\[((?:<[0-9a-fA-F]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    const body = match[1] ?? '';
    lines.push([...body.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1] ?? '')).join(''));
  }
  return lines;
}

/** The file as latin1 text, with every Flate-compressed stream replaced by its inflated bytes. */
function contentOf(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  if (!raw.includes('/FlateDecode')) return raw;
  return raw.replace(/stream\n([\s\S]*?)\nendstream/g, (whole, data: string) => {
    try {
      return `stream\n${inflateSync(Buffer.from(data, 'latin1')).toString('latin1')}\nendstream`;
    } catch {
      return whole;
    }
  });
}

/** All the text, one line per drawn line. */
export function pdfText(pdf: Buffer): string {
  return pdfTextLines(pdf).join('\n');
}

/** The page count the document's page tree declares. */
export function pdfPageCount(pdf: Buffer): number {
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'));
  return match?.[1] ? Number(match[1]) : 0;
}
