import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import type * as Y from 'yjs';
import { applyTextEdit, diffText } from '@iep/shared';
import { rebaseEdit, shiftCaret, type TextDelta } from './textDiff';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Binds a text input straight to a Y.Text: every change becomes the minimal delete/insert on the
 * Y.Text (one transaction), and changes from others show at once with the local caret kept in place.
 */
export function useYText(ytext: Y.Text): {
  value: string;
  onChange: (event: ChangeEvent<Field>) => void;
  ref: (element: Field | null) => void;
} {
  const [value, setValue] = useState(() => ytext.toString());
  const element = useRef<Field | null>(null);
  const pendingSelection = useRef<[number, number] | null>(null);
  /** The text the input shows, and the remote changes that arrived since it was rendered. */
  const shown = useRef(value);
  const unseen = useRef<TextDelta[]>([]);
  // A unique transaction origin, so this input ignores the echo of its own edits.
  const origin = useRef<object>({});

  useEffect(() => {
    const current = ytext.toString();
    shown.current = current;
    unseen.current = [];
    setValue(current);
    const observer = (event: Y.YTextEvent, transaction: Y.Transaction): void => {
      if (transaction.origin === origin.current) return;
      const delta = event.delta as TextDelta;
      unseen.current.push(delta);
      const el = element.current;
      if (
        el !== null &&
        el.ownerDocument.activeElement === el &&
        el.selectionStart !== null &&
        el.selectionEnd !== null
      ) {
        const base = pendingSelection.current ?? [el.selectionStart, el.selectionEnd];
        pendingSelection.current = [shiftCaret(base[0], delta), shiftCaret(base[1], delta)];
      }
      setValue(ytext.toString());
    };
    ytext.observe(observer);
    return () => ytext.unobserve(observer);
  }, [ytext]);

  // Once a value is on screen: remember it, and put the caret back where it belongs.
  useLayoutEffect(() => {
    shown.current = value;
    unseen.current = [];
    const selection = pendingSelection.current;
    pendingSelection.current = null;
    const el = element.current;
    if (selection !== null && el !== null && el.ownerDocument.activeElement === el)
      el.setSelectionRange(selection[0], selection[1]);
  }, [value]);

  const onChange = useCallback(
    (event: ChangeEvent<Field>) => {
      const next = event.currentTarget.value;
      const caret = event.currentTarget.selectionStart ?? undefined;
      const edit = diffText(shown.current, next, caret);
      if (edit === null) return;
      const stale = unseen.current.length > 0;
      const moved = stale ? rebaseEdit(edit, unseen.current) : edit;
      const apply = (): void => applyTextEdit(ytext, moved);
      if (ytext.doc === null) apply();
      else ytext.doc.transact(apply, origin.current);
      const now = ytext.toString();
      if (stale) {
        const at = moved.index + moved.insert.length;
        pendingSelection.current = [at, at];
      }
      shown.current = now;
      unseen.current = [];
      setValue(now);
    },
    [ytext],
  );

  const ref = useCallback((el: Field | null) => {
    element.current = el;
  }, []);

  return { value, onChange, ref };
}
