import { diffWordsWithSpace } from 'diff';

/** A run of words in a comparison: kept, added or removed (spaces kept, so the runs rebuild both texts). */
export interface WordChange {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Word-level changes from `before` to `after` (jsdiff's word diff): joining the `same` and `added`
 * runs gives `after`, the `same` and `removed` runs give `before`. Line breaks are kept as text.
 */
export function diffWords(before: string, after: string): WordChange[] {
  const out: WordChange[] = [];
  for (const part of diffWordsWithSpace(before, after)) {
    const op: WordChange['op'] = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = out[out.length - 1];
    if (last !== undefined && last.op === op) last.text += part.value;
    else out.push({ op, text: part.value });
  }
  return out;
}

/** True when the runs change a word (not only spaces or blank lines). */
export function changesWords(changes: readonly WordChange[]): boolean {
  return changes.some((c) => c.op !== 'same' && c.text.trim() !== '');
}
