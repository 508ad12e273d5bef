import type { NoticeLocale, ProgressCode, ProgressGoal, Role } from '@iep/shared';
import { finishRunningPages, renderLetterhead, type PdfLetterhead } from '../export/section-pdf';
import { PDF_LABELS } from '../export/section-pdf.labels';
import {
  COLOR,
  FONT,
  PdfWriter,
  SIZE,
  documentOptions,
  newPdfDocument,
  pdfBuffer,
  printable,
} from '../export/section-pdf.layout';
import { grid } from '../export/section-pdf.structure';
import { formatValue } from './progress-narrative';

export interface ProgressReportPdfInput {
  locale: NoticeLocale;
  letterhead?: PdfLetterhead;
  student: { name: string; dateOfBirth: Date | null; grade: string; school: string };
  report: {
    id: string;
    issued: boolean;
    periodStart: string;
    periodEnd: string;
    goals: ProgressGoal[];
    issuedAt: Date | null;
    issuedBy: { name: string; role: Role } | null;
    receipts: { name: string; acknowledgedAt: Date }[];
  };
}

const LABELS = {
  en: {
    title: 'Progress report',
    law: 'How your child is doing on each occupational therapy (OT) goal, with the data the therapist recorded.',
    period: 'Reporting period',
    periodValue: (a: string, b: string) => `${a} to ${b}`,
    issuedLine: (at: string) => `Sent to the family on ${at}`,
    draftLine: 'Draft — not yet sent to the family',
    watermark: 'DRAFT',
    studentHeading: 'Student',
    goalHeading: (n: number) => `Goal ${n}`,
    code: 'Progress',
    codes: {
      not_begun: 'Not yet begun',
      emerging: 'Emerging',
      progressing: 'Progressing',
      achieved: 'Achieved',
    } satisfies Record<ProgressCode, string>,
    narrative: 'What the data shows',
    data: 'Data in this period',
    noData: 'No data was recorded in this period.',
    date: 'Date',
    result: 'Result',
    target: 'Goal',
    issuedBy: 'Sent by',
    receipt: 'Receipt',
    notAcknowledged: 'Not yet acknowledged by the family.',
    acknowledged: (name: string, at: string) => `${name} confirmed receiving this report on ${at}.`,
    footer: 'Progress report',
  },
  es: {
    title: 'Informe de progreso',
    law: 'Cómo va su hijo o hija en cada meta de terapia ocupacional (TO), con los datos que registró la terapeuta.',
    period: 'Período del informe',
    periodValue: (a: string, b: string) => `Del ${a} al ${b}`,
    issuedLine: (at: string) => `Enviado a la familia el ${at}`,
    draftLine: 'Borrador — todavía no enviado a la familia',
    watermark: 'BORRADOR',
    studentHeading: 'Estudiante',
    goalHeading: (n: number) => `Meta ${n}`,
    code: 'Progreso',
    codes: {
      not_begun: 'Todavía no comenzado',
      emerging: 'Emergente',
      progressing: 'Progresando',
      achieved: 'Logrado',
    } satisfies Record<ProgressCode, string>,
    narrative: 'Lo que muestran los datos',
    data: 'Datos de este período',
    noData: 'No se registraron datos en este período.',
    date: 'Fecha',
    result: 'Resultado',
    target: 'Meta',
    issuedBy: 'Enviado por',
    receipt: 'Recibo',
    notAcknowledged: 'La familia todavía no confirmó que lo recibió.',
    acknowledged: (name: string, at: string) => `${name} confirmó que recibió este informe el ${at}.`,
    footer: 'Informe de progreso',
  },
} as const;
type Labels = (typeof LABELS)[NoticeLocale];

/** The progress report as a Letter-size PDF on the district letterhead, in the family's language. */
export async function renderProgressReportPdf(input: ProgressReportPdfInput): Promise<Buffer> {
  const P = LABELS[input.locale];
  const doc = await newPdfDocument(
    documentOptions(
      input.locale,
      {
        Title: printable(`${P.title} — ${input.student.name}${input.report.issued ? '' : ` (${P.draftLine})`}`),
        Author: printable(input.student.school),
        Subject: input.report.id,
        Creator: 'IEP workspace',
      },
      true,
    ),
  );
  return pdfBuffer(doc, () => {
    const w = new PdfWriter(doc, PDF_LABELS[input.locale], input.locale, input.letterhead?.timeZone ?? 'UTC');
    renderBody(w, P, input);
    finishPages(w, P, input);
  });
}

function renderBody(w: PdfWriter, P: Labels, input: ProgressReportPdfInput): void {
  const { student, report } = input;
  const L = w.labels;
  renderLetterhead(w, input.letterhead, student.school);
  w.title(P.title);
  w.muted(P.law);
  const status = report.issued ? P.issuedLine(w.dateTime(report.issuedAt) ?? '') : P.draftLine;
  w.paragraph(status, { font: FONT.bold, size: SIZE.h2, color: report.issued ? COLOR.text : COLOR.draft });
  w.field(P.period, P.periodValue(w.date(report.periodStart) ?? '', w.date(report.periodEnd) ?? ''));
  if (report.issuedBy) w.field(P.issuedBy, `${report.issuedBy.name} (${L.roles[report.issuedBy.role]})`);

  w.heading(P.studentHeading);
  w.field(L.student.name, student.name);
  w.field(L.student.dateOfBirth, w.date(student.dateOfBirth));
  w.field(L.student.grade, student.grade);
  w.field(L.student.school, student.school);

  report.goals.forEach((goal, i) => {
    w.heading(P.goalHeading(i + 1));
    w.paragraph(goal.goalText);
    w.field(P.code, P.codes[goal.code]);
    if (goal.target !== null) w.field(P.target, formatValue(goal.scale, goal.target, input.locale));
    w.heading(P.narrative, 2);
    w.paragraph(goal.narrative);
    w.heading(P.data, 2);
    if (goal.points.length === 0) w.muted(P.noData);
    else {
      drawLine(w, goal);
      const rows = goal.points.map((p) => [w.date(p.date) ?? p.date, formatValue(goal.scale, p.value, input.locale)]);
      grid(w, [P.date, P.result], rows, [1, 1]);
    }
  });

  if (report.issued) {
    w.heading(P.receipt);
    if (report.receipts.length === 0) w.muted(P.notAcknowledged);
    for (const r of report.receipts) w.paragraph(P.acknowledged(r.name, w.dateTime(r.acknowledgedAt) ?? ''));
  }
}

/** A small line chart of the period's points (the table below says the same in words: an artifact). */
function drawLine(w: PdfWriter, goal: ProgressGoal): void {
  if (goal.points.length < 2) return;
  const { doc } = w;
  const height = 70;
  w.keepSpace(height + 10);
  const top = doc.y;
  const values = goal.points.map((p) => p.value).concat(goal.target === null ? [] : [goal.target]);
  const lo = Math.min(...values, goal.scale === 'percent' ? 0 : Infinity);
  const hi = Math.max(...values, goal.scale === 'percent' ? 100 : -Infinity);
  const span = hi - lo || 1;
  const width = Math.min(w.width, 320);
  const x = (i: number) => w.left + (width * i) / (goal.points.length - 1);
  const y = (v: number) => top + height - ((v - lo) / span) * height;
  w.artifact(() => {
    doc.save().rect(w.left, top, width, height).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    if (goal.target !== null)
      doc
        .moveTo(w.left, y(goal.target))
        .lineTo(w.left + width, y(goal.target))
        .dash(3, { space: 3 })
        .strokeColor(COLOR.muted)
        .stroke()
        .undash();
    goal.points.forEach((p, i) => (i === 0 ? doc.moveTo(x(i), y(p.value)) : doc.lineTo(x(i), y(p.value))));
    doc.lineWidth(1.5).strokeColor(COLOR.text).stroke().restore();
  });
  doc.x = w.left;
  doc.y = top + height + 8;
}

/** Footer on every page (the report, the student, page X of Y) and, on a draft, the watermark. */
function finishPages(w: PdfWriter, P: Labels, input: ProgressReportPdfInput): void {
  finishRunningPages(w.doc, {
    watermark: input.report.issued ? null : P.watermark,
    line: `${input.report.issued ? P.footer : P.draftLine} — ${input.student.name}`,
    page: w.labels.page,
  });
}
