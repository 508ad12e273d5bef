import {
  fragmentPlainText,
  GOAL_TEXT_FIELDS,
  SECTION_FRAGMENTS,
  STRUCTURED_ROOTS,
  type SectionContent,
  type SectionFragment,
  type SectionStructure,
  type StructuredRoot,
} from './doc';
import type { RichTextNode } from './schemas';
import { changesWords, diffWords, type WordChange } from './word-diff';

export { changesWords, diffWords, type WordChange } from './word-diff';

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
  /** The values as stored, except rich text, which is given as its plain text (never as JSON). */
  from: unknown;
  to: unknown;
  /** For a field of free text changed (not added or removed with its record): its words, kept, added or removed. */
  words: WordChange[] | null;
}

export interface RecordChange {
  root: StructuredRoot;
  id: string;
  change: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
}

export interface FragmentDiff {
  name: SectionFragment;
  /** Paragraph by paragraph: kept, added or removed. */
  changes: TextChange[];
  /**
   * Each stretch of paragraphs that changed, word by word (the removed paragraphs against the added
   * ones around the same place; line breaks kept as text). Stretches that change only spaces are left out.
   */
  edits: WordChange[][];
}

export interface SectionDiff {
  fragments: FragmentDiff[];
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

/** The fields of free text in each kind of record: these are compared word by word. */
export const RECORD_TEXT_FIELDS: { readonly [R in StructuredRoot]: readonly string[] } = {
  areasOfNeed: ['note'],
  goals: [...GOAL_TEXT_FIELDS, 'objectives', 'description'],
  services: ['location'],
  accommodations: ['text'],
  transitionGoals: ['goal'],
};

const isRichText = (v: unknown): v is RichTextNode =>
  typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'doc';

/** A stored value as the diff carries it: rich text as its plain text, the rest as is. */
const shown = (v: unknown): unknown => (isRichText(v) ? fragmentPlainText(v) : (v ?? null));

/** A field's value as text to compare word by word: lists one item a line. */
function asText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').join('\n');
  return '';
}

function fieldChange(root: StructuredRoot, field: string, from: unknown, to: unknown, changed: boolean): FieldChange {
  const before = shown(from);
  const after = shown(to);
  const words = changed && RECORD_TEXT_FIELDS[root].includes(field) ? diffWords(asText(before), asText(after)) : null;
  return { field, from: before, to: after, words };
}

/** Each changed stretch of paragraphs (removed and added between two kept ones), word by word. */
function wordEdits(changes: TextChange[]): WordChange[][] {
  const edits: WordChange[][] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    if (removed.length > 0 || added.length > 0) {
      const words = diffWords(removed.join('\n'), added.join('\n'));
      if (changesWords(words)) edits.push(words);
    }
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.op === 'same') flush();
    else (change.op === 'removed' ? removed : added).push(change.text);
  }
  flush();
  return edits;
}

/** Text changes per fragment and field-by-field changes per record ("criterion: 3/5 -> 4/5"). */
export function diffSections(before: SectionSnapshotJson, after: SectionSnapshotJson): SectionDiff {
  const fragments = SECTION_FRAGMENTS.map((name) => {
    const changes = diffLines(
      lines(fragmentPlainText(before.content[name])),
      lines(fragmentPlainText(after.content[name])),
    );
    return { name, changes, edits: wordEdits(changes) };
  });
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
        .map((field) => fieldChange(root, field, prev?.[field], next[field], prev !== undefined));
      if (!prev) records.push({ root, id, change: 'added', fields });
      else if (fields.length > 0) records.push({ root, id, change: 'changed', fields });
    }
    for (const [id, prev] of a) {
      if (b.has(id)) continue;
      const fields = Object.keys(prev)
        .filter((f) => !ignored.has(f))
        .map((field) => fieldChange(root, field, prev[field], null, false));
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
