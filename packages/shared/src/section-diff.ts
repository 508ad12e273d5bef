import {
  fragmentPlainText,
  SECTION_FRAGMENTS,
  STRUCTURED_ROOTS,
  type SectionContent,
  type SectionFragment,
  type SectionStructure,
  type StructuredRoot,
} from './doc';

/** What a version holds, as JSON: the basis of diffs and of the content hash a sign-off binds to. */
export interface SectionSnapshotJson {
  content: SectionContent;
  structure: SectionStructure;
}

export interface TextChange {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface RecordChange {
  root: StructuredRoot;
  id: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface SectionDiff {
  fragments: { name: SectionFragment; changes: TextChange[] }[];
  records: RecordChange[];
}

/** Paragraph-level diff (longest common subsequence): small documents, exact answers. */
export function diffLines(before: string[], after: string[]): TextChange[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        before[i] === after[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const out: TextChange[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      out.push({ op: 'same', text: before[i] as string });
      i++;
      j++;
    } else if (j < m && (i === n || (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0))) {
      out.push({ op: 'added', text: after[j] as string });
      j++;
    } else {
      out.push({ op: 'removed', text: before[i] as string });
      i++;
    }
  }
  return out;
}

const lines = (text: string): string[] => (text === '' ? [] : text.split('\n'));

function recordsOf(structure: SectionStructure, root: StructuredRoot): Map<string, Record<string, unknown>> {
  const map = new Map<string, Record<string, unknown>>();
  if (root === 'areasOfNeed') {
    for (const a of structure.areasOfNeed) map.set(a.area, a as unknown as Record<string, unknown>);
  } else {
    for (const r of structure[root]) map.set(r.id, r as unknown as Record<string, unknown>);
  }
  return map;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Text changes per fragment and field-by-field changes per record ("criterion: 3/5 -> 4/5"). */
export function diffSections(before: SectionSnapshotJson, after: SectionSnapshotJson): SectionDiff {
  const fragments = SECTION_FRAGMENTS.map((name) => ({
    name,
    changes: diffLines(lines(fragmentPlainText(before.content[name])), lines(fragmentPlainText(after.content[name]))),
  }));
  const records: RecordChange[] = [];
  for (const root of STRUCTURED_ROOTS) {
    const a = recordsOf(before.structure, root);
    const b = recordsOf(after.structure, root);
    // The key of an area of need is its `area`; positions change on every reorder and are not content.
    const ignored = new Set(['id', 'position', ...(root === 'areasOfNeed' ? ['area'] : [])]);
    for (const [id, next] of b) {
      const prev = a.get(id);
      const fields = Object.keys(next)
        .filter((f) => !ignored.has(f) && (!prev || !same(prev[f], next[f])))
        .map((field) => ({ field, from: prev?.[field] ?? null, to: next[field] ?? null }));
      if (!prev) records.push({ root, id, change: 'added', fields });
      else if (fields.length > 0) records.push({ root, id, change: 'changed', fields });
    }
    for (const [id, prev] of a) {
      if (b.has(id)) continue;
      const fields = Object.keys(prev)
        .filter((f) => !ignored.has(f))
        .map((field) => ({ field, from: prev[field], to: null }));
      records.push({ root, id, change: 'removed', fields });
    }
  }
  return { fragments, records };
}

/** Canonical JSON (sorted keys), so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
