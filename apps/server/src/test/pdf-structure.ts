import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { textLinesOf } from '../modules/export/pdf-text';

/** One element of a tagged PDF's structure tree, with the text its marked content draws. */
export interface StructNode {
  type: string | null;
  alt: string | null;
  /** A table header cell's Scope attribute (Column, Row, Both). */
  scope: string | null;
  text: string;
  kids: StructNode[];
}

/** What a screen reader is told about the document as a whole, and its structure tree. */
export interface PdfStructure {
  marked: boolean;
  lang: string | null;
  title: string | null;
  displayDocTitle: boolean;
  tree: StructNode[];
  /** Per page, what is drawn outside every marked-content sequence (neither tagged nor an artifact). */
  unmarked: string[][];
}

interface RawNode {
  type: string | null;
  alt: string | null;
  scope: string | null;
  content: { page: number | null; mcid: number }[];
  kids: RawNode[];
}

/**
 * Test helper: the PDF's structure as MuPDF (WebAssembly, in a child process since it is an ES module
 * with top-level await) reads it. Each element's text is what its marked-content sequences draw;
 * the PDF must be written uncompressed for the text to be read back.
 */
export function pdfStructure(pdf: Buffer): PdfStructure {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-structure-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const script = resolve(__dirname, '../../scripts/pdf-structure.mjs');
    const raw = JSON.parse(
      execFileSync(process.execPath, [script, file], { encoding: 'utf8', maxBuffer: 64 << 20 }),
    ) as {
      marked: boolean;
      lang: string | null;
      title: string | null;
      displayDocTitle: boolean;
      pages: string[];
      tree: RawNode[];
    };
    const marked = raw.pages.map(markedContentOf);
    const toNode = (n: RawNode): StructNode => ({
      type: n.type,
      alt: n.alt,
      scope: n.scope,
      text: n.content
        .map((c) => (c.page === null ? '' : (marked[c.page]?.get(c.mcid) ?? '')))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      kids: n.kids.map(toNode),
    });
    return {
      marked: raw.marked,
      lang: raw.lang,
      title: raw.title,
      displayDocTitle: raw.displayDocTitle,
      tree: raw.tree.map(toNode),
      unmarked: raw.pages.map(unmarkedDrawing),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each marked-content sequence on a page, by its MCID. */
function markedContentOf(stream: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of stream.matchAll(/\/\w+\s*<<\s*\/MCID\s+(\d+)\s*>>\s*BDC([\s\S]*?)\bEMC\b/g))
    out.set(Number(m[1]), textLinesOf(m[2] ?? '').join(' '));
  return out;
}

/** Text, image and path-painting operators left once every BDC/BMC … EMC sequence is cut out. */
function unmarkedDrawing(stream: string): string[] {
  let depth = 0;
  const out: string[] = [];
  for (const line of stream.split('\n')) {
    const op = line.trim().split(/\s+/).pop() ?? '';
    if (op === 'BDC' || op === 'BMC') depth++;
    else if (op === 'EMC') depth--;
    else if (depth === 0 && ['TJ', 'Tj', 'Do', 'S', 'f', 'B', 'b', 's', 'sh'].includes(op)) out.push(line.trim());
  }
  if (depth !== 0) out.push(`unbalanced marked content (${depth})`);
  return out;
}

/** Every element of the tree, depth first, in reading order. */
export function flatten(nodes: StructNode[]): StructNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.kids)]);
}
