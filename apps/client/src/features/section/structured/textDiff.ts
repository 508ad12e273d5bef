import type { TextEdit } from '@iep/shared';

/* The edit itself (diffText) is the document's, in packages/shared/src/doc/text.ts; this is the caret's side. */

/** A change made by someone else, as Yjs reports it (a Y.Text delta). */
export type TextDelta = readonly { retain?: number; insert?: unknown; delete?: number }[];

/**
 * Where a local caret (or selection end) goes after a remote change: text inserted before it
 * pushes it right, text deleted before it pulls it left; changes after it leave it alone. An
 * insert exactly at the caret stays after the caret (the local person keeps typing where they were).
 */
export function shiftCaret(caret: number, delta: TextDelta): number {
  let pos = 0; // position in the old text
  let shift = 0;
  for (const op of delta) {
    if (pos >= caret) break;
    if (op.retain !== undefined) pos += op.retain;
    else if (op.delete !== undefined) {
      const removedBeforeCaret = Math.min(op.delete, caret - pos);
      shift -= removedBeforeCaret;
      pos += op.delete;
    } else if (op.insert !== undefined) {
      shift += typeof op.insert === 'string' ? op.insert.length : 1;
    }
  }
  return Math.max(0, caret + shift);
}

/**
 * Moves a local edit, computed against the text the input showed, over remote changes that
 * arrived after that render: so a keystroke racing a remote update never undoes the remote text.
 */
export function rebaseEdit(edit: TextEdit, deltas: readonly TextDelta[]): TextEdit {
  let start = edit.index;
  let end = edit.index + edit.remove;
  for (const delta of deltas) {
    start = shiftCaret(start, delta);
    end = shiftCaret(end, delta);
  }
  return { index: start, remove: Math.max(0, end - start), insert: edit.insert };
}
