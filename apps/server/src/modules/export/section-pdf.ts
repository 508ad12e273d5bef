import {
  acceptedContent,
  acceptedStructure,
  holdsSuggestions,
  mapGoalDescriptions,
  SECTION_FRAGMENTS,
  structureHoldsSuggestions,
  type SectionSnapshotJson,
} from '@iep/shared';
import { PDF_LABELS, bilingualLabels, labelOf, type PdfLabels, type PdfLocale } from './section-pdf.labels';
import {
  COLOR,
  FONT,
  PdfWriter,
  SIZE,
  artifact,
  documentOptions,
  newPdfDocument,
  pdfBuffer,
  printable,
} from './section-pdf.layout';
import {
  renderAttendance,
  renderRevocations,
  renderSignatures,
  renderTeam,
  type PdfAttendance,
  type PdfRevocation,
  type PdfSignature,
  type PdfTeamMember,
} from './section-pdf.people';
import { bracketSuggestions, renderRichText } from './section-pdf.rich-text';
import { renderStructure, type Exclusions } from './section-pdf.structure';

export type { PdfAttendance, PdfRevocation, PdfSignature, PdfTeamMember } from './section-pdf.people';
export type { PdfLocale } from './section-pdf.labels';

/** Everything one printed version shows; the renderer reads nothing else. */
export interface SectionPdfInput {
  locale: PdfLocale;
  /**
   * Every heading and fixed label in both languages, this locale's first ("Name / Nombre" in
   * English, "Nombre / Name" in Spanish); what the team typed prints as typed.
   */
  bilingual?: boolean;
  /** The district's letterhead and the zone every time prints in. */
  letterhead?: PdfLetterhead;
  /** The approved version under sign-off; anything else is printed as a draft. */
  final: boolean;
  student: { name: string; dateOfBirth: Date | null; grade: string; school: string };
  plan: { kind: 'iep' | 'plan504'; meetingDate: Date | null; annualReviewDate: Date | null };
  version: {
    number: number;
    name: string;
    reason: string;
    createdAt: Date;
    contentHash: string;
    snapshot: SectionSnapshotJson;
  };
  team: PdfTeamMember[];
  attendance: PdfAttendance[];
  signatures: PdfSignature[];
  revocations: PdfRevocation[];
}

export interface PdfLetterhead {
  name: string;
  address: string;
  timeZone: string;
  logo: Buffer | null;
}

export interface RenderOptions {
  /** Off in tests, so the text can be read back out of the file. */
  compress?: boolean;
}

/** Renders one version of the OT section as a Letter-size PDF with the standard Helvetica fonts. */
export async function renderSectionPdf(input: SectionPdfInput, options: RenderOptions = {}): Promise<Buffer> {
  const L = labelsFor(input);
  const doc = await newPdfDocument(
    documentOptions(
      input.locale,
      {
        Title: printable(
          `${L.title[input.plan.kind]} — ${input.student.name} — v${input.version.number}${input.final ? '' : ` (${L.draftLine})`}`,
        ),
        Author: printable(input.student.school),
        Subject: printable(input.version.contentHash),
        Creator: 'IEP workspace',
      },
      options.compress ?? true,
    ),
  );
  return pdfBuffer(doc, () => {
    const w = new PdfWriter(doc, L, input.locale, input.letterhead?.timeZone ?? 'UTC');
    renderBody(w, input);
    finishPages(w, input);
  });
}

function labelsFor(input: SectionPdfInput): PdfLabels {
  const own = PDF_LABELS[input.locale];
  if (input.bilingual !== true) return own;
  return bilingualLabels(own, PDF_LABELS[input.locale === 'en' ? 'es' : 'en']);
}

/** One status for the whole document, the same words in the heading and every footer. */
function statusOf(input: SectionPdfInput, L: PdfLabels): string {
  return input.final ? L.finalLine : L.draftLine;
}

/** The district's name, address and logo across the top of the first page. */
export function renderLetterhead(w: PdfWriter, letterhead: PdfLetterhead | undefined, school: string): void {
  if (!letterhead) return;
  const { doc } = w;
  const top = doc.y;
  const logoSize = 54;
  let textLeft = w.left;
  const { logo } = letterhead;
  // A logo the library cannot draw leaves the letterhead as text: the document still prints.
  const drawable = logo !== null && canDraw(doc, logo);
  if (logo && drawable) {
    w.tagged('Figure', () => doc.image(logo, w.left, top, { fit: [logoSize, logoSize] }), {
      alt: printable(w.labels.logo(letterhead.name)),
    });
    textLeft = w.left + logoSize + 12;
  }
  const width = w.left + w.width - textLeft;
  w.tagged('P', () =>
    doc
      .font(FONT.bold)
      .fontSize(SIZE.h1)
      .fillColor(COLOR.text)
      .text(printable(letterhead.name), textLeft, top, { width }),
  );
  for (const line of [school, ...letterhead.address.split('\n')].filter((l) => l.trim() !== ''))
    w.tagged('P', () =>
      doc
        .font(FONT.regular)
        .fontSize(SIZE.body)
        .fillColor(COLOR.muted)
        .text(printable(line), textLeft, doc.y, { width }),
    );
  doc.y = Math.max(doc.y, drawable ? top + logoSize : doc.y) + 8;
  w.artifact(() =>
    doc
      .save()
      .moveTo(w.left, doc.y)
      .lineTo(w.left + w.width, doc.y)
      .lineWidth(1)
      .strokeColor(COLOR.text)
      .stroke()
      .restore(),
  );
  doc.x = w.left;
  doc.y += 12;
}

/** Who left which item out of their consent: live (not voided) partial consents, by item ref. */
function exclusionsOf(signatures: PdfSignature[]): Exclusions {
  const out = new Map<string, string[]>();
  for (const s of signatures) {
    if (s.voidedAt !== null || s.decision !== 'consent_in_part') continue;
    for (const item of s.excludedItems) out.set(item.ref, [...(out.get(item.ref) ?? []), s.typedName || s.signerName]);
  }
  return out;
}

function renderBody(w: PdfWriter, input: SectionPdfInput): void {
  const L = w.labels;
  const { student, plan, version } = input;
  renderLetterhead(w, input.letterhead, student.school);
  w.title(L.title[plan.kind]);
  w.doc.moveDown(0.2);
  w.paragraph(statusOf(input, L), { font: FONT.bold, size: SIZE.h2, color: input.final ? COLOR.text : COLOR.draft });
  if (input.letterhead) w.muted(L.timesIn(input.letterhead.timeZone));

  w.heading(L.student.heading);
  w.field(L.student.name, student.name);
  w.field(L.student.dateOfBirth, w.date(student.dateOfBirth));
  w.field(L.student.grade, student.grade);
  w.field(L.student.school, student.school);

  w.heading(L.plan.heading);
  w.field(L.plan.kind, plan.kind === 'iep' ? 'IEP' : '504');
  w.field(L.plan.meetingDate, w.date(plan.meetingDate));
  w.field(L.plan.annualReviewDate, w.date(plan.annualReviewDate));

  w.heading(L.version.heading);
  w.field(L.version.number, version.number);
  // A workflow step's version is named by its step, in the reader's language; a hand-saved one by its saver.
  if (version.reason === 'manual') w.field(L.version.name, version.name);
  w.field(L.version.reason, labelOf(L.reasons, version.reason));
  w.field(L.version.savedAt, w.dateTime(version.createdAt));
  w.field(L.hash, version.contentHash);

  renderTeam(w, input.team);

  // Open suggestions: marked in brackets on a draft, left out of the approved version (never signed).
  const content = version.snapshot.content;
  const { structure } = version.snapshot;
  const marked =
    !input.final &&
    (SECTION_FRAGMENTS.some((name) => content[name] && holdsSuggestions(content[name])) ||
      structureHoldsSuggestions(structure));
  if (marked) w.muted(L.suggestions.note);
  for (const name of SECTION_FRAGMENTS) {
    w.heading(L.fragments[name]);
    const fragment = content[name];
    if (fragment) renderRichText(w, input.final ? acceptedContent(fragment) : bracketSuggestions(fragment, L));
    else w.muted(L.empty);
  }

  // Goal descriptions the same way: bracketed on a draft, accepted text only on the approved plan.
  const shown = input.final
    ? acceptedStructure(structure)
    : mapGoalDescriptions(structure, (d) => bracketSuggestions(d, L));
  renderStructure(w, shown, exclusionsOf(input.signatures));
  renderAttendance(w, input.attendance);
  renderSignatures(w, input.signatures, version.contentHash);
  renderRevocations(w, input.revocations);
}

/** Footer on every page (who, which version, the hash, page X of Y) and, on a draft, the watermark. */
function finishPages(w: PdfWriter, input: SectionPdfInput): void {
  const L = w.labels;
  finishRunningPages(w.doc, {
    watermark: input.final ? null : L.watermark,
    // The status comes first (the same words as the heading) so that shortening never cuts it off.
    line: `${statusOf(input, L)} — ${input.student.name} — v${input.version.number}`,
    below: `${L.hash}: ${input.version.contentHash}`,
    page: L.page,
  });
}

/** What every page of a document carries at its foot. */
export interface RunningFooter {
  /** Across each page (a draft); null for none. */
  watermark: string | null;
  /** Left of the page number, shortened with an ellipsis to fit. */
  line: string;
  /** A second line under it, if any. */
  below?: string;
  page: (n: number, of: number) => string;
}

/** Writes the footer (and watermark) on every buffered page, once the content is laid out. */
export function finishRunningPages(doc: PDFKit.PDFDocument, footer: RunningFooter): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page; lift it while we do.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (footer.watermark !== null) watermark(doc, footer.watermark);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const y = doc.page.height - bottom + 24;
    // A running footer: an artifact, so a screen reader does not read it out on every page.
    artifact(
      doc,
      () => {
        doc
          .save()
          .moveTo(left, y - 6)
          .lineTo(left + width, y - 6)
          .lineWidth(0.5)
          .strokeColor(COLOR.rule)
          .stroke()
          .restore();
        const pageText = footer.page(i - range.start + 1, range.count);
        doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted);
        const pageWidth = doc.widthOfString(pageText);
        doc.text(fitText(doc, printable(footer.line), width - pageWidth - 12), left, y, { lineBreak: false });
        doc.text(pageText, left + width - pageWidth, y, { lineBreak: false });
        if (footer.below !== undefined)
          doc.text(printable(footer.below), left, y + SIZE.footer + 4, { width, lineBreak: false });
      },
      'Pagination',
    );
    doc.page.margins.bottom = bottom;
  }
}

/** The text, cut with an ellipsis to one line of `width` points in the current font. */
export function fitText(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

export function watermark(doc: PDFKit.PDFDocument, text: string): void {
  const cx = doc.page.width / 2;
  const cy = doc.page.height / 2;
  const diagonal = Math.hypot(doc.page.width, doc.page.height);
  doc.save();
  // As large as fits the diagonal, so the longer Spanish words do not run off the page.
  const size = Math.min(72, (0.8 * diagonal) / doc.font(FONT.bold).fontSize(1).widthOfString(text));
  doc.fontSize(size).fillColor(COLOR.watermark).fillOpacity(0.35);
  const width = doc.widthOfString(text);
  doc.rotate(-50, { origin: [cx, cy] });
  artifact(doc, () => doc.text(printable(text), cx - width / 2, cy - size / 2, { lineBreak: false }), 'Pagination');
  doc.restore();
}

/** Whether pdfkit can read the image (PNG or JPEG it understands): a bad one must not open a Figure. */
function canDraw(doc: PDFKit.PDFDocument, image: Buffer): boolean {
  // pdfkit's own decoder, which @types/pdfkit does not declare.
  const reader = doc as PDFKit.PDFDocument & { openImage(src: Buffer): unknown };
  try {
    reader.openImage(image);
    return true;
  } catch {
    return false;
  }
}
