import type * as Y from 'yjs';

/** A minimal edit turning one string into another: delete `remove` chars at `index`, then insert `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single-span edit from `before` to `after`, found by their common prefix and suffix.
 * `caret` (the caret in `after`, when known) breaks ties when the change sits in a run of equal
 * characters, so typing "a" in "aa" is recorded where the caret is.
 */
export function diffText(before: string, after: string, caret?: number): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (caret !== undefined) {
    // The changed span ends at the caret when typing/deleting: never let the prefix run past it.
    const limit = Math.max(0, caret - Math.max(0, after.length - before.length));
    prefix = Math.min(prefix, limit);
  }
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { index: prefix, remove: before.length - prefix - suffix, insert: after.slice(prefix, after.length - suffix) };
}

/** Applies an edit to a Y.Text (the caller chooses the transaction and its origin). */
export function applyTextEdit(text: Y.Text, edit: TextEdit): void {
  if (edit.remove > 0) text.delete(edit.index, edit.remove);
  if (edit.insert !== '') text.insert(edit.index, edit.insert);
}

/**
 * Replaces a Y.Text's content by touching only the part that differs (common prefix and suffix
 * kept), so someone typing elsewhere in the same field keeps their characters.
 */
export function replaceText(text: Y.Text, next: string): void {
  const edit = diffText(text.toString(), next);
  if (edit !== null) applyTextEdit(text, edit);
}
