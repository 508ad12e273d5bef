import { diffWordsWithSpace } from 'diff';

/** A run of words in a comparison: kept, added or removed (spaces kept, so the runs rebuild both texts). */
export interface WordChange {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * Word-level changes from `before` to `after` (jsdiff's word diff): joining the `same` and `added`
 * runs gives `after`, the `same` and `removed` runs give `before`. Line breaks are kept as text.
 * Changes separated only by spaces read as one: "with help" → "on his own", not word against word.
 */
export function diffWords(before: string, after: string): WordChange[] {
  const runs: WordChange[] = diffWordsWithSpace(before, after).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
  const out: WordChange[] = [];
  const push = (op: WordChange['op'], text: string): void => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last !== undefined && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  let removed = '';
  let added = '';
  const flush = (): void => {
    push('removed', removed);
    push('added', added);
    removed = '';
    added = '';
  };
  runs.forEach((run, i) => {
    const next = runs[i + 1];
    if (run.op === 'removed') removed += run.text;
    else if (run.op === 'added') added += run.text;
    else if ((removed !== '' || added !== '') && run.text.trim() === '' && next !== undefined && next.op !== 'same') {
      // Spaces between two changes: part of both sides of one change.
      removed += run.text;
      added += run.text;
    } else {
      flush();
      push('same', run.text);
    }
  });
  flush();
  return out;
}

/** True when the runs change a word (not only spaces or blank lines). */
export function changesWords(changes: readonly WordChange[]): boolean {
  return changes.some((c) => c.op !== 'same' && c.text.trim() !== '');
}
