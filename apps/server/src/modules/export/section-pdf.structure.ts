import type { GoalRecord, RichTextNode, SectionStructure, ServiceRecord } from '@iep/shared';
import { labelOf } from './section-pdf.labels';
import { COLOR, FONT, SIZE, printable, type PdfWriter, type StructOptions } from './section-pdf.layout';
import { inlineText, renderRichText } from './section-pdf.rich-text';

const INDENT = 12;
/** pdfkit writes `scope` as the Table attribute /Scope; @types/pdfkit declares only the common options. */
const scope = { scope: 'Column', title: undefined };
const columnScope: StructOptions = scope;

/** Who left an item out of their consent, by the item's ref ("goals/<id>"). */
export type Exclusions = ReadonlyMap<string, string[]>;

/** The structured parts of the section, each under its own heading, in the order the editor shows. */
export function renderStructure(w: PdfWriter, structure: SectionStructure, excluded: Exclusions = new Map()): void {
  renderAreasOfNeed(w, structure);
  renderGoals(w, structure.goals, excluded);
  renderServices(w, structure.services, excluded);
  renderAccommodations(w, structure, excluded);
  renderTransitionGoals(w, structure);
}

/** The consent mark printed where an excluded item stands. */
function markExcluded(w: PdfWriter, excluded: Exclusions, ref: string, indent = 0): void {
  const who = excluded.get(ref);
  if (!who || who.length === 0) return;
  w.paragraph(w.labels.consent.excluded(who.join(', ')), { indent, font: FONT.bold, color: COLOR.draft });
}

function renderAreasOfNeed(w: PdfWriter, structure: SectionStructure): void {
  const L = w.labels;
  w.heading(L.areasOfNeed.heading);
  // Only the areas the team checked: the unchecked ones are the form's choices, not the plan.
  const chosen = structure.areasOfNeed.filter((a) => a.selected === true);
  if (chosen.length === 0) {
    w.muted(L.areasOfNeed.none);
    return;
  }
  for (const area of chosen) {
    w.paragraph(`[x] ${L.goalAreas[area.area]}`, { font: FONT.bold });
    if (area.note && area.note.trim() !== '') w.field(L.areasOfNeed.note, area.note, INDENT);
  }
}

function hasText(node: RichTextNode | null): node is RichTextNode {
  return node !== null && (node.content ?? []).some((child) => inlineText(child).trim() !== '');
}

function renderGoals(w: PdfWriter, goals: GoalRecord[], excluded: Exclusions): void {
  const L = w.labels.goals;
  w.heading(L.heading);
  if (goals.length === 0) {
    w.muted(L.none);
    return;
  }
  goals.forEach((goal, i) => {
    w.heading(L.number(i + 1), 2);
    markExcluded(w, excluded, `goals/${goal.id}`, INDENT);
    if (goal.provenance) {
      const { proposedBy, acceptedBy, acceptedAt } = goal.provenance;
      const who = (p: { name: string; role: string }): string =>
        `${p.name} (${labelOf(w.labels.roles, p.role) ?? p.role})`;
      w.muted(L.origin(who(proposedBy), who(acceptedBy), acceptedAt.slice(0, 10)), INDENT);
    }
    w.field(L.area, goal.area ? w.labels.goalAreas[goal.area] : null, INDENT);
    w.field(L.baseline, goal.baseline, INDENT);
    w.fieldIfSet(L.condition, goal.condition, INDENT);
    w.field(L.behavior, goal.behavior, INDENT);
    w.field(L.criterion, goal.criterion, INDENT);
    w.field(L.timeframe, goal.timeframe, INDENT);
    w.field(L.measurement, goal.measurement, INDENT);
    w.fieldIfSet(L.reporting, goal.reporting, INDENT);
    const objectives = (goal.objectives ?? []).filter((o) => o.trim() !== '');
    if (objectives.length > 0) {
      w.paragraph(`${L.objectives}:`, { indent: INDENT, font: FONT.bold, gap: 1 });
      w.group('L', () =>
        objectives.forEach((objective, j) =>
          w.group('LI', () => w.paragraph(`${j + 1}. ${objective}`, { indent: INDENT * 2, tag: 'LBody' })),
        ),
      );
    }
    if (hasText(goal.description)) {
      w.paragraph(`${L.description}:`, { indent: INDENT, font: FONT.bold, gap: 1 });
      renderRichText(w, goal.description, INDENT * 2);
    }
  });
}

function frequencyOf(w: PdfWriter, s: ServiceRecord): string | null {
  if (s.frequency === null) return null;
  const period = labelOf(w.labels.services.periods, s.period);
  return period ? w.labels.services.timesPer(s.frequency, period) : String(s.frequency);
}

/** The service grid: one row per service, every column the law asks the plan to state. */
function renderServices(w: PdfWriter, services: ServiceRecord[], excluded: Exclusions): void {
  const L = w.labels.services;
  w.heading(L.heading);
  if (services.length === 0) {
    w.muted(L.none);
    return;
  }
  const header = [L.service, L.model, L.frequency, L.minutes, L.location, L.grouping, L.provider, L.start, L.end];
  const rows = services.map((s, i) => {
    const who = excluded.get(`services/${s.id}`);
    const mark = who && who.length > 0 ? `\n${w.labels.consent.excluded(who.join(', '))}` : '';
    return [
      `${i + 1}. ${L.otService}${mark}`,
      labelOf(L.models, s.model),
      frequencyOf(w, s),
      s.minutes === null ? null : String(s.minutes),
      s.location,
      labelOf(L.groupings, s.grouping),
      labelOf(L.providers, s.provider),
      w.date(s.startDate),
      w.date(s.endDate),
    ].map((cell) => (cell === null || cell.trim() === '' ? w.labels.notRecorded : cell));
  });
  grid(w, header, rows, [1.3, 1.1, 1, 0.8, 1.1, 0.9, 1.3, 1, 1]);
}

/**
 * A ruled table that breaks pages between rows and repeats its header on the next page, tagged as a
 * Table whose first row holds the column headers (TH); a repeated header is an artifact.
 */
export function grid(w: PdfWriter, header: string[], rows: string[][], weights: number[]): void {
  const { doc } = w;
  const pad = 3;
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((f) => (w.width * f) / total);
  const widthOf = (i: number): number => (widths[i] ?? 0) - 2 * pad;
  const size = SIZE.small;
  const heightOf = (cells: string[], font: string): number =>
    Math.max(
      ...cells.map((c, i) =>
        doc
          .font(font)
          .fontSize(size)
          .heightOfString(printable(c), { width: widthOf(i) }),
      ),
    ) +
    2 * pad;
  /** `cell` null: the row is a repeated header, drawn as an artifact. */
  const drawRow = (cells: string[], font: string, shade: boolean, cell: 'TH' | 'TD' | null): void => {
    const h = heightOf(cells, font);
    const top = doc.y;
    let x = w.left;
    w.artifact(() => {
      if (shade) doc.save().rect(w.left, top, w.width, h).fillColor('#eeeeee').fill().restore();
      let left = w.left;
      cells.forEach((_, i) => {
        doc
          .save()
          .rect(left, top, widthOf(i) + 2 * pad, h)
          .lineWidth(0.5)
          .strokeColor(COLOR.rule)
          .stroke()
          .restore();
        left += widthOf(i) + 2 * pad;
      });
    });
    const drawCells = (): void =>
      cells.forEach((c, i) => {
        const draw = (): void => {
          doc
            .font(font)
            .fontSize(size)
            .fillColor(COLOR.text)
            .text(printable(c), x + pad, top + pad, { width: widthOf(i) });
        };
        if (cell === null) w.artifact(draw);
        // A header cell heads its column (the Table attribute Scope).
        else if (cell === 'TH') w.tagged('TH', draw, columnScope);
        else w.tagged('TD', draw);
        x += widthOf(i) + 2 * pad;
      });
    if (cell === null) drawCells();
    else w.group('TR', drawCells);
    doc.x = w.left;
    doc.y = top + h;
  };
  const headerHeight = heightOf(header, FONT.bold);
  w.keepSpace(headerHeight + heightOf(rows[0] ?? header, FONT.regular));
  w.group('Table', () => {
    drawRow(header, FONT.bold, true, 'TH');
    for (const row of rows) {
      const h = heightOf(row, FONT.regular);
      if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        drawRow(header, FONT.bold, true, null);
      }
      drawRow(row, FONT.regular, false, 'TD');
    }
  });
  w.gap(0.5);
}

function renderAccommodations(w: PdfWriter, structure: SectionStructure, excluded: Exclusions): void {
  const L = w.labels.accommodations;
  w.heading(L.heading);
  const items = structure.accommodations.filter((a) => (a.text ?? '').trim() !== '');
  if (items.length === 0) {
    w.muted(L.none);
    return;
  }
  for (const item of items) {
    w.field(labelOf(L.kinds, item.kind) ?? L.kinds.accommodation ?? '', item.text);
    markExcluded(w, excluded, `accommodations/${item.id}`, INDENT);
  }
}

function renderTransitionGoals(w: PdfWriter, structure: SectionStructure): void {
  const L = w.labels.transition;
  w.heading(L.heading);
  const goals = structure.transitionGoals.filter((g) => (g.goal ?? '').trim() !== '' || g.area !== null);
  if (goals.length === 0) {
    w.muted(L.none);
    return;
  }
  goals.forEach((g, i) => {
    w.keepSpace(SIZE.body * 4);
    w.paragraph(L.number(i + 1), { font: FONT.bold, gap: 1 });
    w.field(w.labels.goals.area, labelOf(L.areas, g.area), INDENT);
    w.field(L.goal, g.goal, INDENT);
  });
}
