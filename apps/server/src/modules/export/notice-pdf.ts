import type { NoticeAction, NoticeOption, NoticeTrigger, Role } from '@iep/shared';
import { NOTICE_PDF_LABELS, type NoticePdfLabels } from './notice-pdf.labels';
import { PDF_LABELS, type PdfLocale } from './section-pdf.labels';
import {
  COLOR,
  FONT,
  PdfWriter,
  SIZE,
  documentOptions,
  newPdfDocument,
  pdfBuffer,
  printable,
} from './section-pdf.layout';
import { finishRunningPages, renderLetterhead, type PdfLetterhead, type RenderOptions } from './section-pdf';

/** Everything one printed notice shows; the renderer reads nothing else. */
export interface NoticePdfInput {
  locale: PdfLocale;
  letterhead?: PdfLetterhead;
  student: { name: string; dateOfBirth: Date | null; grade: string; school: string };
  notice: {
    id: string;
    issued: boolean;
    trigger: NoticeTrigger;
    action: NoticeAction;
    description: string;
    reasons: string;
    options: NoticeOption[];
    dataUsed: string;
    otherFactors: string;
    /** The rights statement as issued (a draft prints the one it would carry). */
    safeguards: string;
    issuedAt: Date | null;
    issuedBy: { name: string; role: Role } | null;
    receipts: { name: string; acknowledgedAt: Date }[];
  };
}

/**
 * Renders a Prior Written Notice as a Letter-size PDF with the section printout's machinery (the
 * district letterhead, the writer, the watermark), in the language it is issued in.
 */
export async function renderNoticePdf(input: NoticePdfInput, options: RenderOptions = {}): Promise<Buffer> {
  const N = NOTICE_PDF_LABELS[input.locale];
  const doc = await newPdfDocument(
    documentOptions(
      input.locale,
      {
        Title: printable(`${N.title} — ${input.student.name}${input.notice.issued ? '' : ` (${N.draftLine})`}`),
        Author: printable(input.student.school),
        Subject: input.notice.id,
        Creator: 'IEP workspace',
      },
      options.compress ?? true,
    ),
  );
  return pdfBuffer(doc, () => {
    const w = new PdfWriter(doc, PDF_LABELS[input.locale], input.locale, input.letterhead?.timeZone ?? 'UTC');
    renderBody(w, N, input);
    finishPages(w, N, input);
  });
}

/** A block of free text, or "None." when blank. */
function text(w: PdfWriter, N: NoticePdfLabels, value: string): void {
  if (value.trim() === '') w.muted(N.none);
  else for (const para of value.split(/\n{2,}/)) w.paragraph(para);
}

function renderBody(w: PdfWriter, N: NoticePdfLabels, input: NoticePdfInput): void {
  const { student, notice } = input;
  const L = w.labels;
  renderLetterhead(w, input.letterhead, student.school);
  w.title(N.title);
  w.muted(N.law);
  const status = notice.issued ? N.issuedLine(w.dateTime(notice.issuedAt) ?? '') : N.draftLine;
  w.paragraph(status, { font: FONT.bold, size: SIZE.h2, color: notice.issued ? COLOR.text : COLOR.draft });
  if (input.letterhead) w.muted(L.timesIn(input.letterhead.timeZone));

  w.heading(N.studentHeading);
  w.field(L.student.name, student.name);
  w.field(L.student.dateOfBirth, w.date(student.dateOfBirth));
  w.field(L.student.grade, student.grade);
  w.field(L.student.school, student.school);

  w.heading(N.noticeHeading);
  w.field(N.trigger, N.triggers[notice.trigger]);
  if (notice.issuedBy) w.field(N.issuedBy, `${notice.issuedBy.name} (${L.roles[notice.issuedBy.role]})`);

  w.heading(N.action[notice.action]);
  text(w, N, notice.description);
  w.heading(N.reasons);
  text(w, N, notice.reasons);

  w.heading(N.options);
  if (notice.options.length === 0) w.muted(N.noOptions);
  else
    w.group('L', () =>
      notice.options.forEach((option, i) => {
        w.keepSpace(SIZE.body * 4);
        w.group('LI', () =>
          w.group('LBody', () => {
            w.paragraph(`${i + 1}. ${option.option}`, { font: FONT.bold });
            w.field(N.whyRejected, option.whyRejected, 12);
          }),
        );
      }),
    );

  w.heading(N.dataUsed);
  text(w, N, notice.dataUsed);
  w.heading(N.otherFactors);
  text(w, N, notice.otherFactors);
  w.heading(N.safeguards);
  text(w, N, notice.safeguards);

  if (notice.issued) {
    w.heading(N.receipt);
    if (notice.receipts.length === 0) w.muted(N.notAcknowledged);
    for (const r of notice.receipts) w.paragraph(N.acknowledged(r.name, w.dateTime(r.acknowledgedAt) ?? ''));
  }
}

/** Footer on every page (the notice, the student, page X of Y) and, on a draft, the watermark. */
function finishPages(w: PdfWriter, N: NoticePdfLabels, input: NoticePdfInput): void {
  finishRunningPages(w.doc, {
    watermark: input.notice.issued ? null : N.watermark,
    line: `${input.notice.issued ? N.footer : N.draftLine} — ${input.student.name}`,
    page: w.labels.page,
  });
}
