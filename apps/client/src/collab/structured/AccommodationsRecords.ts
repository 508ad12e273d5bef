import * as Y from 'yjs';
import { moveRecord, positionBetween, type StructuredRoot } from '@iep/shared';

export type AccommodationKind = 'accommodation' | 'equipment';

/** A new record id (random UUID where the platform has one). */
export function newRecordId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The highest position in a root list, if any record has one. */
export function lastRecordPosition(doc: Y.Doc, root: StructuredRoot): number | undefined {
  let max: number | undefined;
  for (const value of doc.getMap<unknown>(root).values()) {
    const p = value instanceof Y.Map ? value.get('position') : undefined;
    if (typeof p === 'number' && (max === undefined || p > max)) max = p;
  }
  return max;
}

/** Removes a record from its root map (the version history keeps what it held). */
export function removeRecord(doc: Y.Doc, root: StructuredRoot, id: string): void {
  doc.getMap<unknown>(root).delete(id);
}

/**
 * Moves the record at `index` of a position-ordered list one place up or down, changing only its
 * position. Returns false when it is already at that end.
 */
export function moveInList(
  doc: Y.Doc,
  root: StructuredRoot,
  list: readonly { id: string; position: number | null }[],
  index: number,
  direction: 'up' | 'down',
): boolean {
  const record = list[index];
  if (record === undefined) return false;
  if (direction === 'up') {
    const prev = list[index - 1];
    if (prev === undefined) return false;
    moveRecord(doc, root, record.id, list[index - 2]?.position ?? null, prev.position);
  } else {
    const next = list[index + 1];
    if (next === undefined) return false;
    moveRecord(doc, root, record.id, next.position, list[index + 2]?.position ?? null);
  }
  return true;
}

/** Adds an accommodation or a piece of equipment at the end of the list. Returns its id. */
export function addAccommodation(doc: Y.Doc, kind: AccommodationKind, text = ''): string {
  const id = newRecordId();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    doc.getMap<unknown>('accommodations').set(id, record);
    record.set('position', positionBetween(lastRecordPosition(doc, 'accommodations')));
    record.set('kind', kind);
    record.set('text', new Y.Text(text));
  });
  return id;
}
