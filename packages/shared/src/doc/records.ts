import * as Y from 'yjs';
import type { z } from 'zod';
import { isRemoved, removalOf, type Removal } from './removal';
import { fragmentToJson } from './rich-text';

/**
 * What every structured root of the section's Y.Doc has in common. Each list is a root Y.Map of
 * records keyed by id, ordered by a `position` number: reordering changes only positions, so someone
 * typing in a record while another person moves it loses nothing. Every free-text field is a Y.Text,
 * so two people can edit different fields of one record (or the same field) at once.
 */
export const STRUCTURED_ROOTS = ['areasOfNeed', 'goals', 'services', 'accommodations', 'transitionGoals'] as const;
export type StructuredRoot = (typeof STRUCTURED_ROOTS)[number];

/** A field whose stored value does not pass its schema: shown next to the field and in the checks. */
export interface FieldIssue {
  path: [StructuredRoot, string, string];
  message: string;
}

export type Shape = Record<string, z.ZodType>;
export type Parsed<S extends Shape> = { [K in keyof S]: z.infer<S[K]> | null };

/** Plain JSON of a stored value: Y.Text and Y.XmlFragment become strings, Y.Array of Y.Text a list. */
function plain(value: unknown): unknown {
  if (value instanceof Y.XmlFragment) return fragmentToJson(value);
  if (value instanceof Y.Text) return value.toString();
  // A removed objective (issue 19) is no part of its goal's live value.
  if (value instanceof Y.Array)
    return value
      .toArray()
      .filter((item) => !isRemoved(item))
      .map(plain);
  if (value instanceof Y.Map) return Object.fromEntries([...value.entries()].map(([k, v]) => [k, plain(v)]));
  if (value instanceof Y.AbstractType) return value.toJSON();
  return value;
}

/** One record, field by field through its schema, so a bad field never hides the rest of its record. */
export function readRecord<S extends Shape>(
  map: Y.Map<unknown>,
  shape: S,
  root: StructuredRoot,
  id: string,
  issues: FieldIssue[],
): Parsed<S> {
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shape)) {
    const raw = plain(map.get(field));
    const result = schema.safeParse(raw === undefined && schema.safeParse(null).success ? null : raw);
    if (result.success) out[field] = result.data;
    else {
      out[field] = null;
      if (raw !== undefined)
        issues.push({ path: [root, id, field], message: result.error.issues[0]?.message ?? 'invalid' });
    }
  }
  return out as Parsed<S>;
}

const byPosition = (a: { id: string; position?: unknown }, b: { id: string; position?: unknown }): number =>
  ((a.position as number | null) ?? 0) - ((b.position as number | null) ?? 0) || a.id.localeCompare(b.id);

/**
 * A root list's live records in position order (ties broken by id, so every reader sees one order).
 * Removed records (issue 19) are left out, and so are their field issues.
 */
export function readList<S extends Shape>(
  doc: Y.Doc,
  root: StructuredRoot,
  shape: S,
  issues: FieldIssue[],
): ({ id: string } & Parsed<S>)[] {
  const records: ({ id: string } & Parsed<S>)[] = [];
  for (const [id, value] of doc.getMap<unknown>(root).entries()) {
    if (!(value instanceof Y.Map)) {
      issues.push({ path: [root, id, '*'], message: 'not a record' });
      continue;
    }
    if (isRemoved(value)) continue;
    records.push({ id, ...readRecord(value as Y.Map<unknown>, shape, root, id, issues) });
  }
  return records.sort(byPosition);
}

/** A removed record as the "Removed items" list shows it: its fields and who removed it when. */
export type RemovedRecord<S extends Shape> = { id: string; removal: Removal | null } & Parsed<S>;

/** A root list's removed records, most recently removed first. */
export function readRemovedList<S extends Shape>(doc: Y.Doc, root: StructuredRoot, shape: S): RemovedRecord<S>[] {
  const records: RemovedRecord<S>[] = [];
  for (const [id, value] of doc.getMap<unknown>(root).entries()) {
    if (!(value instanceof Y.Map) || !isRemoved(value)) continue;
    const record = value as Y.Map<unknown>;
    records.push({ id, removal: removalOf(record), ...readRecord(record, shape, root, id, []) });
  }
  return records.sort((a, b) => (b.removal?.at ?? '').localeCompare(a.removal?.at ?? '') || byPosition(a, b));
}

/** The record's Y.Map, if it is still there. */
export function recordMap(doc: Y.Doc, root: StructuredRoot, id: string): Y.Map<unknown> | null {
  const value = doc.getMap<unknown>(root).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : null;
}

/** A position between two neighbours (either may be missing): moving a record touches only this. */
export function positionBetween(before?: number | null, after?: number | null): number {
  if (before == null && after == null) return 1;
  if (before == null) return (after as number) - 1;
  if (after == null) return before + 1;
  return (before + after) / 2;
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

/** A new record id (random UUID where the platform has one). */
export function newRecordId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Adds a record at the end of a root list in one transaction: the Y.Map is set into the root
 * first, then filled, so every field is written inside the document. Returns its id.
 */
export function appendRecord(doc: Y.Doc, root: StructuredRoot, fill: (record: Y.Map<unknown>) => void): string {
  const id = newRecordId();
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    doc.getMap<unknown>(root).set(id, record);
    record.set('position', positionBetween(lastRecordPosition(doc, root)));
    fill(record);
  });
  return id;
}

/** Moves a record between two neighbours by changing its position only. */
export function moveRecord(
  doc: Y.Doc,
  root: StructuredRoot,
  id: string,
  before?: number | null,
  after?: number | null,
): void {
  recordMap(doc, root, id)?.set('position', positionBetween(before, after));
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
