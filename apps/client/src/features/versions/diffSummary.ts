import type { SectionDiff } from '@iep/shared';

export interface DiffCounts {
  added: number;
  removed: number;
  records: number;
}

/** Paragraphs (not blank ones) added and removed across the fragments, and records (goals, services...) changed. */
export function diffCounts(diff: SectionDiff): DiffCounts {
  let added = 0;
  let removed = 0;
  for (const fragment of diff.fragments) {
    for (const change of fragment.changes) {
      if (change.text.trim() === '') continue;
      if (change.op === 'added') added++;
      else if (change.op === 'removed') removed++;
    }
  }
  return { added, removed, records: diff.records.length };
}

/** True when the diff holds any change at all. */
export function hasChanges(diff: SectionDiff): boolean {
  const c = diffCounts(diff);
  return c.added + c.removed + c.records > 0;
}

/** A field value as words: text as is, lists joined with "; ", records by their values, empty values as `empty`; never JSON. */
export function describeValue(value: unknown, empty: string, label: (text: string) => string = (x) => x): string {
  if (value === null || value === undefined) return empty;
  if (typeof value === 'string') return value.trim() === '' ? empty : label(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map((v) => describeValue(v, '', label)).filter((v) => v !== '');
    return parts.length === 0 ? empty : parts.join('; ');
  }
  if (typeof value === 'object') return describeValue(Object.values(value), empty, label);
  return empty;
}

/** The fragments whose words changed, with their changed stretches word by word (in order). */
export function changedFragments(diff: SectionDiff): SectionDiff['fragments'] {
  return diff.fragments.filter((f) => f.edits.length > 0);
}
