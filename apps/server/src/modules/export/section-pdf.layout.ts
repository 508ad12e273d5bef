import { dateTimeFormat } from '@iep/shared';
import type { PdfLabels, PdfLocale } from './section-pdf.labels';

export const FONT = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  mono: 'Courier',
} as const;
export const SIZE = { title: 18, h1: 14, h2: 11.5, body: 10, small: 8, footer: 7 } as const;
export const COLOR = {
  text: '#111111',
  muted: '#555555',
  draft: '#9a3412',
  rule: '#999999',
  watermark: '#b0b0b0',
} as const;
/** Letter, with a deeper bottom margin: the footer (hash, page numbers) lives below it. */
export const MARGINS = { top: 54, left: 60, right: 60, bottom: 78 } as const;

/** Code points the standard fonts' WinAnsi encoding adds beyond Latin-1 (curly quotes, dashes, €…). */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/**
 * Text the built-in Helvetica can print. pdfkit writes each character's code as hex without
 * padding, so a tab or an emoji would corrupt the string: those become a space or "?".
 */
export function printable(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (ch === '\n') out += ch;
    else if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) out += ' ';
    else if (code <= 0xff || WIN_ANSI_EXTRA.has(code)) out += ch;
    else if (code === 0x2009 || code === 0x202f) out += ' ';
    else if (code === 0x2212) out += '-';
    else if (code === 0x2264) out += '<=';
    else if (code === 0x2265) out += '>=';
    else out += '?';
  }
  return out;
}

/** The structure types the printouts use (PDF 1.7, 14.8.4): what a screen reader announces. */
export type StructType =
  'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'Figure' | 'Table' | 'TR' | 'TH' | 'TD' | 'L' | 'LI' | 'Lbl' | 'LBody';

/** A structure element's options (alternative text, language…). */
export type StructOptions = NonNullable<Parameters<PDFKit.PDFDocument['struct']>[1]>;

/** The options every printout's PDFDocument is made with: tagged, with its language and title shown. */
export function documentOptions(lang: string, info: PDFKit.DocumentInfo, compress: boolean): PDFKit.PDFDocumentOptions {
  return {
    size: 'LETTER',
    margins: MARGINS,
    // Kept in memory so the footer can say "of Y" once the page count is known.
    bufferPages: true,
    compress,
    pdfVersion: '1.7',
    tagged: true,
    lang,
    displayTitle: true,
    info,
  };
}

/**
 * The finished file of a document: runs `write` (the pages, then their footers) and collects what
 * pdfkit streams out. A failure while writing ends the document and rejects, never hangs.
 */
/** pdfkit (with its fonts and image decoders) is loaded with the first document, not at every start. */
export async function newPdfDocument(options: PDFKit.PDFDocumentOptions): Promise<PDFKit.PDFDocument> {
  const { default: PDFDocument } = await import('pdfkit');
  return new PDFDocument(options);
}

export function pdfBuffer(doc: PDFKit.PDFDocument, write: () => void): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    write();
    doc.end();
  } catch (err) {
    doc.end();
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
  return done;
}

/**
 * Drawing that is not content (rules, shading, running footers, the watermark): marked as an
 * artifact, so a screen reader skips it.
 */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/**
 * Writes blocks down the page; pdfkit breaks pages itself, this keeps headings with what follows.
 * Every block is tagged (heading, paragraph, table cell, list item) under one Document element, in
 * reading order.
 */
export class PdfWriter {
  private readonly root: PDFKit.PDFStructureElement;
  private parent: PDFKit.PDFStructureElement;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly labels: PdfLabels,
    readonly locale: PdfLocale,
    /** The district's IANA zone: every moment prints in it. */
    readonly timeZone = 'UTC',
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    this.parent = this.root;
  }

  /** Draws one tagged block (a heading, a paragraph, a cell) under the current parent element. */
  tagged(type: StructType, draw: () => void, options: StructOptions = {}): void {
    const element = this.doc.struct(type, options);
    this.parent.add(element);
    const content = this.doc.markStructureContent(type);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
    element.end();
  }

  /** Groups the blocks `fill` writes under one element (a table, a row, a list, a list item). */
  group(type: StructType, fill: () => void, options: StructOptions = {}): void {
    const element = this.doc.struct(type, options);
    this.parent.add(element);
    const outer = this.parent;
    this.parent = element;
    try {
      fill();
    } finally {
      this.parent = outer;
    }
    element.end();
  }

  /** Drawing a screen reader skips: rules and shading. */
  artifact(draw: () => void): void {
    artifact(this.doc, draw);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** Starts a new page when less than `height` points are left, so a heading never ends a page. */
  keepSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  /** The document's title, its one H1. */
  title(text: string): void {
    this.tagged('H1', () =>
      this.doc
        .font(FONT.bold)
        .fontSize(SIZE.title)
        .fillColor(COLOR.text)
        .text(printable(text), this.left, this.doc.y, { width: this.width }),
    );
  }

  /** A part's heading (H2), or a heading within a part (H3) such as one goal. */
  heading(text: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? SIZE.h1 : SIZE.h2;
    this.keepSpace(size * (level === 1 ? 5.5 : 4));
    this.doc.moveDown(level === 1 ? 0.9 : 0.5);
    this.tagged(level === 1 ? 'H2' : 'H3', () =>
      this.doc
        .font(FONT.bold)
        .fontSize(size)
        .fillColor(COLOR.text)
        .text(printable(text), this.left, this.doc.y, { width: this.width }),
    );
    if (level === 1) {
      const y = this.doc.y + 1;
      this.artifact(() =>
        this.doc
          .save()
          .moveTo(this.left, y)
          .lineTo(this.left + this.width, y)
          .lineWidth(0.5)
          .strokeColor(COLOR.rule)
          .stroke()
          .restore(),
      );
    }
    this.doc.moveDown(0.3);
  }

  /** A plain paragraph; `indent` in points from the left margin. */
  paragraph(
    text: string,
    opts: { indent?: number; font?: string; size?: number; color?: string; gap?: number; tag?: StructType } = {},
  ): void {
    const indent = opts.indent ?? 0;
    this.tagged(opts.tag ?? 'P', () =>
      this.doc
        .font(opts.font ?? FONT.regular)
        .fontSize(opts.size ?? SIZE.body)
        .fillColor(opts.color ?? COLOR.text)
        .text(printable(text), this.left + indent, this.doc.y, {
          width: this.width - indent,
          paragraphGap: opts.gap ?? 3,
        }),
    );
    this.doc.x = this.left;
  }

  /** "Label: value" with the label in bold; an empty value prints as not recorded. */
  field(label: string, value: string | number | null | undefined, indent = 0): void {
    const text = value === null || value === undefined || value === '' ? this.labels.notRecorded : String(value);
    this.tagged('P', () =>
      this.doc
        .font(FONT.bold)
        .fontSize(SIZE.body)
        .fillColor(COLOR.text)
        .text(`${printable(label)}: `, this.left + indent, this.doc.y, { width: this.width - indent, continued: true })
        .font(FONT.regular)
        .text(printable(text), { paragraphGap: 2 }),
    );
    this.doc.x = this.left;
  }

  /** Fields whose value is empty are left out: a goal with no condition reads better without the line. */
  fieldIfSet(label: string, value: string | number | null | undefined, indent = 0): void {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return;
    this.field(label, value, indent);
  }

  muted(text: string, indent = 0): void {
    this.paragraph(text, { indent, font: FONT.italic, color: COLOR.muted });
  }

  gap(lines = 0.5): void {
    this.doc.moveDown(lines);
  }

  /** A calendar date (stored at UTC midnight) in the reader's language. */
  date(value: Date | string | null | undefined): string | null {
    if (value === null || value === undefined) return null;
    const d = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
    if (Number.isNaN(d.getTime())) return typeof value === 'string' ? value : null;
    return dateTimeFormat(this.locale === 'es' ? 'es-US' : 'en-US', {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(d);
  }

  /**
   * A moment in the district's time zone, with the zone's short name ("EST", "CDT"), so the printed
   * record reads the same wherever it is opened.
   */
  dateTime(value: Date | null | undefined): string | null {
    if (!value) return null;
    const locale = this.locale === 'es' ? 'es-US' : 'en-US';
    const text = dateTimeFormat(locale, {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: this.timeZone,
      hourCycle: 'h23',
    }).format(value);
    const zone =
      dateTimeFormat('en-US', { timeZone: this.timeZone, timeZoneName: 'short' })
        .formatToParts(value)
        .find((p) => p.type === 'timeZoneName')?.value ?? this.timeZone;
    return `${text} ${zone}`;
  }
}
