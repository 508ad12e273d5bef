import * as Y from 'yjs';
import { GOAL_TEXT_FIELDS, type GoalArea, type StructuredRoot } from './section-structure';

/** A position between two neighbours (either may be missing): moving a record touches only this. */
export function positionBetween(before?: number | null, after?: number | null): number {
  if (before == null && after == null) return 1;
  if (before == null) return (after as number) - 1;
  if (after == null) return before + 1;
  return (before + after) / 2;
}

function lastPosition(doc: Y.Doc, root: StructuredRoot): number | undefined {
  let max: number | undefined;
  for (const value of doc.getMap<unknown>(root).values()) {
    const p = value instanceof Y.Map ? value.get('position') : undefined;
    if (typeof p === 'number' && (max === undefined || p > max)) max = p;
  }
  return max;
}

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export interface GoalInit {
  area?: GoalArea | null;
  baseline?: string;
  condition?: string;
  behavior?: string;
  criterion?: string;
  timeframe?: string;
  measurement?: string;
  reporting?: string;
  objectives?: string[];
}

/** Adds a goal at the end of the list, every text field a Y.Text. Returns its id. */
export function addGoal(doc: Y.Doc, init: GoalInit = {}): string {
  const id = newId();
  doc.transact(() => {
    const goal = new Y.Map<unknown>();
    doc.getMap<unknown>('goals').set(id, goal);
    goal.set('position', positionBetween(lastPosition(doc, 'goals')));
    goal.set('area', init.area ?? null);
    for (const field of GOAL_TEXT_FIELDS) goal.set(field, new Y.Text(init[field] ?? ''));
    const objectives = new Y.Array<Y.Text>();
    goal.set('objectives', objectives);
    objectives.push((init.objectives ?? []).map((o) => new Y.Text(o)));
    // The rich-text description, bound to its own Tiptap editor in the goal card.
    goal.set('description', new Y.XmlFragment());
  });
  return id;
}

/** Adds an empty service row at the end of the list. */
export function addService(doc: Y.Doc): string {
  const id = newId();
  doc.transact(() => {
    const row = new Y.Map<unknown>();
    doc.getMap<unknown>('services').set(id, row);
    row.set('position', positionBetween(lastPosition(doc, 'services')));
    for (const field of ['model', 'frequency', 'period', 'minutes', 'grouping', 'provider', 'startDate', 'endDate']) row.set(field, null);
    row.set('location', new Y.Text(''));
  });
  return id;
}

/** Moves a record between two neighbours by changing its position only. */
export function moveRecord(doc: Y.Doc, root: StructuredRoot, id: string, before?: number | null, after?: number | null): void {
  const record = doc.getMap<unknown>(root).get(id);
  if (record instanceof Y.Map) record.set('position', positionBetween(before, after));
}
