import * as Y from 'yjs';
import { z } from 'zod';
import type { StructuredRoot } from './records';

/**
 * Removing a record (issue 19): a structured record is never deleted from the document. Removing it
 * sets one plain value, `removed` ({ at, by }), on the record's Y.Map (an objective, a Y.Text, carries
 * it as a Y.Text attribute); restoring deletes that key. So the record, its text and its position
 * stay in the document: the version history and undo keep working, and a removal made offline merges
 * like any other edit (last writer wins on the one key; a concurrent edit of the removed record is
 * kept and comes back with it). Readers leave removed records out of the live plan, the checks,
 * the hash, the PDF and the parent's view; a thread on one is detached.
 */
export const REMOVED_KEY = 'removed';

/** The roots whose records can be removed and restored (areas of need are a fixed checklist). */
export const REMOVABLE_ROOTS = [
  'goals',
  'services',
  'accommodations',
  'transitionGoals',
] as const satisfies readonly StructuredRoot[];
export type RemovableRoot = (typeof REMOVABLE_ROOTS)[number];

export const removalSchema = z.object({
  /** When, as an ISO timestamp. */
  at: z.string().max(40),
  /** Who, as the remover's client saw themselves. */
  by: z.object({ id: z.string().max(64), name: z.string().max(200) }),
});
export type Removal = z.infer<typeof removalSchema>;

/** The removal mark of a record or objective: null when live, `{}`-like garbage still counts as removed. */
function markOf(value: unknown): unknown {
  if (value instanceof Y.Map) return (value as Y.Map<unknown>).get(REMOVED_KEY);
  if (value instanceof Y.Text) return value.getAttribute(REMOVED_KEY) as unknown;
  return undefined;
}

/** Whether a record's Y.Map (or an objective's Y.Text) carries a removal mark. */
export function isRemoved(value: unknown): boolean {
  const mark = markOf(value);
  return mark !== undefined && mark !== null;
}

/** Who removed it and when, if the mark is readable (null for a live record or an unreadable mark). */
export function removalOf(value: unknown): Removal | null {
  const parsed = removalSchema.safeParse(markOf(value));
  return parsed.success ? parsed.data : null;
}

function liveRecord(doc: Y.Doc, root: RemovableRoot, id: string): Y.Map<unknown> | null {
  const value = doc.getMap<unknown>(root).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/**
 * Marks a record removed (one Yjs change). Returns false, writing nothing, when there is no such
 * record or it is already removed.
 */
export function removeRecord(doc: Y.Doc, root: RemovableRoot, id: string, removal: Removal): boolean {
  const record = liveRecord(doc, root, id);
  if (!record || isRemoved(record)) return false;
  record.set(REMOVED_KEY, removalSchema.parse(removal));
  return true;
}

/** Restores a removed record. Returns false when there is no such record or it is not removed. */
export function restoreRecord(doc: Y.Doc, root: RemovableRoot, id: string): boolean {
  const record = liveRecord(doc, root, id);
  if (!record || !isRemoved(record)) return false;
  record.delete(REMOVED_KEY);
  return true;
}

/** Marks the objective at `index` of a goal's Y.Array removed (the raw index, removed ones included). */
export function removeObjective(objectives: Y.Array<unknown>, index: number, removal: Removal): boolean {
  const item = objectives.get(index);
  if (!(item instanceof Y.Text) || isRemoved(item)) return false;
  item.setAttribute(REMOVED_KEY, removalSchema.parse(removal));
  return true;
}

/** Restores the removed objective at `index` of a goal's Y.Array. */
export function restoreObjective(objectives: Y.Array<unknown>, index: number): boolean {
  const item = objectives.get(index);
  if (!(item instanceof Y.Text) || !isRemoved(item)) return false;
  item.removeAttribute(REMOVED_KEY);
  return true;
}

/** The objectives of a goal with their raw indexes, live and removed apart. */
export function splitObjectives(objectives: Y.Array<unknown>): {
  live: { index: number; text: Y.Text }[];
  removed: { index: number; text: Y.Text; removal: Removal | null }[];
} {
  const live: { index: number; text: Y.Text }[] = [];
  const removed: { index: number; text: Y.Text; removal: Removal | null }[] = [];
  objectives.toArray().forEach((item, index) => {
    if (!(item instanceof Y.Text)) return;
    if (isRemoved(item)) removed.push({ index, text: item, removal: removalOf(item) });
    else live.push({ index, text: item });
  });
  return { live, removed };
}
