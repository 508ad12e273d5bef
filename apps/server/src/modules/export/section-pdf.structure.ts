import type { GoalRecord, RichTextNode, SectionStructure, ServiceRecord } from '@iep/shared';
import { labelOf } from './section-pdf.labels';
import { FONT, SIZE, type PdfWriter } from './section-pdf.layout';
import { inlineText, renderRichText } from './section-pdf.rich-text';

const INDENT = 12;

/** The structured parts of the section, each under its own heading, in the order the editor shows. */
export function renderStructure(w: PdfWriter, structure: SectionStructure): void {
  renderAreasOfNeed(w, structure);
  renderGoals(w, structure.goals);
  renderServices(w, structure.services);
  renderAccommodations(w, structure);
  renderTransitionGoals(w, structure);
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

function renderGoals(w: PdfWriter, goals: GoalRecord[]): void {
  const L = w.labels.goals;
  w.heading(L.heading);
  if (goals.length === 0) {
    w.muted(L.none);
    return;
  }
  goals.forEach((goal, i) => {
    w.heading(L.number(i + 1), 2);
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
      objectives.forEach((objective, j) => w.paragraph(`${j + 1}. ${objective}`, { indent: INDENT * 2 }));
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

function datesOf(w: PdfWriter, s: ServiceRecord): string | null {
  if (!s.startDate && !s.endDate) return null;
  return `${w.date(s.startDate) ?? w.labels.notRecorded} – ${w.date(s.endDate) ?? w.labels.notRecorded}`;
}

function renderServices(w: PdfWriter, services: ServiceRecord[]): void {
  const L = w.labels.services;
  w.heading(L.heading);
  if (services.length === 0) {
    w.muted(L.none);
    return;
  }
  services.forEach((s, i) => {
    w.heading(L.number(i + 1), 2);
    w.field(L.model, labelOf(L.models, s.model), INDENT);
    w.field(L.frequency, frequencyOf(w, s), INDENT);
    w.field(L.minutes, s.minutes, INDENT);
    w.field(L.grouping, labelOf(L.groupings, s.grouping), INDENT);
    w.field(L.location, s.location, INDENT);
    w.field(L.provider, labelOf(L.providers, s.provider), INDENT);
    w.field(L.dates, datesOf(w, s), INDENT);
  });
}

function renderAccommodations(w: PdfWriter, structure: SectionStructure): void {
  const L = w.labels.accommodations;
  w.heading(L.heading);
  const items = structure.accommodations.filter((a) => (a.text ?? '').trim() !== '');
  if (items.length === 0) {
    w.muted(L.none);
    return;
  }
  for (const item of items) w.field(labelOf(L.kinds, item.kind) ?? L.kinds.accommodation ?? '', item.text);
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
